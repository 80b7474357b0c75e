"""Choosing what goes to the panel and who is asked: a new review round, more items, more reviewers."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from commission.services.review_text import KIND_LABELS
from commission.ui.dialogs import FormDialog
from commission.ui.layouts import vbox
from commission.ui.widgets import CheckList, link_button, muted
from commission.ui.words import ROLE_WORDS, short_text, word

KIND_ORDER = tuple(KIND_LABELS)  # insight, action, session_notes, report_text, update
ROLE_ORDER = ("community", "civic", "facilitator", "guest")
ROLE_GROUPS = {
    "community": "Community commissioners",
    "civic": "Civic commissioners",
    "facilitator": "Facilitators",
    "guest": "Guests",
}


def item_key(kind: str, record_id: int) -> str:
    """A CheckList id for an item choice (plain text survives the trip through Qt's item data)."""
    return f"{kind}:{record_id}"


def item_entries(choices, exclude=()) -> list[tuple[str, str, str]]:
    """(key, label, group) for a CheckList: grouped by kind, suggested ones first within each kind."""
    exclude = set(exclude)
    chosen = [c for c in choices if (c.kind, c.record_id) not in exclude]
    chosen.sort(
        key=lambda c: (KIND_ORDER.index(c.kind) if c.kind in KIND_ORDER else 99, not c.suggested, c.label.lower())
    )
    return [
        (item_key(c.kind, c.record_id), short_text(c.label, 110), word(KIND_LABELS.get(c.kind, c.kind))) for c in chosen
    ]


def reviewer_entries(members, exclude=()) -> list[tuple[int, str, str]]:
    """(id, label, group): community commissioners first, then by name; erased members never."""
    exclude = set(exclude)
    chosen = [m for m in members if not m.erased and m.id not in exclude]
    chosen.sort(key=lambda m: (ROLE_ORDER.index(m.role) if m.role in ROLE_ORDER else 9, m.display_name.lower()))
    return [
        (
            m.id,
            m.display_name or m.pseudonym or m.ref,
            word(ROLE_GROUPS[m.role]) if m.role in ROLE_GROUPS else ROLE_WORDS.get(m.role, m.role),
        )
        for m in chosen
    ]


class ItemPicker(QWidget):
    """What to put to the panel, by kind; the suggested ones (most in need of the panel) come ticked."""

    def __init__(self, choices, exclude=(), parent=None):
        super().__init__(parent)
        layout = vbox(self, (0, 0, 0, 0), 4)
        layout.addWidget(QLabel(self.tr("What to put to the panel")))
        layout.addWidget(
            muted(
                self.tr(
                    "Ticked already: what we heard that is not yet agreed, and updates saying 'done' "
                    "that the panel has not yet assessed."
                )
            )
        )
        self.list = CheckList(self.tr("Filter…"))
        self.list.setAccessibleName(self.tr("Items to put to the panel"))
        entries = item_entries(choices, exclude)
        suggested = [item_key(c.kind, c.record_id) for c in choices if c.suggested]
        self.list.set_items(entries, suggested)
        self.list.list.scrollToTop()
        layout.addWidget(self.list, 1)

    def chosen(self) -> list[tuple[str, int]]:
        return [(kind, int(record_id)) for kind, record_id in (key.rsplit(":", 1) for key in self.list.checked_ids())]

    def set_checked(self, kind: str, record_id: int, checked: bool = True) -> None:
        self.list.set_checked(item_key(kind, record_id), checked)


class ReviewerPicker(QWidget):
    """Who is asked: community commissioners first."""

    def __init__(self, members, exclude=(), parent=None):
        super().__init__(parent)
        self.members = [m for m in members if not m.erased and m.id not in set(exclude)]
        layout = vbox(self, (0, 0, 0, 0), 4)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Who is asked")), 1)
        self.all_community = link_button(self.tr("Tick every community commissioner"))
        self.all_community.clicked.connect(self.tick_community)
        head.addWidget(self.all_community)
        layout.addLayout(head)
        self.list = CheckList(self.tr("Filter people…"))
        self.list.set_items(reviewer_entries(members, exclude))
        self.list.list.scrollToTop()
        layout.addWidget(self.list, 1)

    def tick_community(self) -> None:
        for member in self.members:
            if member.role == "community":
                self.list.set_checked(member.id)

    def chosen(self) -> list[int]:
        return self.list.checked_ids()


class NewRoundDialog(FormDialog):
    def __init__(self, choices, members, parent=None):
        super().__init__(
            self.tr("New review round"),
            self.tr(
                "Put drafts to the panel: each person asked answers agree, change or "
                "disagree for every item, in review mode at this laptop or on a printed pack."
            ),
            self.tr("Start round"),
            parent,
            900,
        )
        self.resize(900, 640)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Drafts for the March meeting"))
        self.form.addRow(self.tr("Round"), self.title)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        self.items = ItemPicker(choices)
        self.reviewers = ReviewerPicker(members)
        columns.addWidget(self.items, 3)
        columns.addWidget(self.reviewers, 2)
        self.extra.addLayout(columns, 1)
        self.title.textChanged.connect(self._check)
        self.items.list.changed.connect(self._check)
        self.reviewers.list.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.title.text().strip() and self.items.chosen() and self.reviewers.chosen()))

    def values(self) -> tuple[str, list[tuple[str, int]], list[int]]:
        return self.title.text().strip(), self.items.chosen(), self.reviewers.chosen()


class _AddToRound(FormDialog):
    """More items or reviewers for a round: what the picker has ticked, with OK once something is. A subclass
    names its picker and size (PICKER, SIZE) and its words (`words`: the title, then what it does)."""

    PICKER: type[ItemPicker | ReviewerPicker]
    SIZE: tuple[int, int]

    def __init__(self, choices, in_round, parent=None):
        self.picker = self.PICKER(choices, exclude=in_round)
        title, text = self.words()
        super().__init__(title, text, title, parent, self.SIZE[0])
        self.resize(*self.SIZE)
        self.extra.addWidget(self.picker, 1)
        self.picker.list.changed.connect(self._check)
        self._check()

    def words(self) -> tuple[str, str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.picker.chosen()))

    def values(self) -> list:
        return self.picker.chosen()


class AddItemsDialog(_AddToRound):
    PICKER, SIZE = ItemPicker, (640, 600)

    def words(self) -> tuple[str, str]:
        return self.tr("Add items"), self.tr("Everyone already asked in this round is asked about these too.")


class AddReviewersDialog(_AddToRound):
    PICKER, SIZE = ReviewerPicker, (520, 560)

    def words(self) -> tuple[str, str]:
        return self.tr("Add reviewers"), self.tr("They are asked about every item in the round.")
