"""One item of a review round as the coordinator sees it: its words, who said what, and resolving it
(edit the words in place, or keep them with a reason)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from commission.ui.models.reviews import ANSWER_TEXT, ANSWER_WORDS, item_state
from commission.ui.noop import QT_TRANSLATE_NOOP
from commission.ui.style import MUTED
from commission.ui.widgets import Pill, heading, link_button, muted
from commission.ui.words import counted, uk_date, uk_short_date, word

UPDATE_NOTE = QT_TRANSLATE_NOOP(
    "ItemPanel",
    "This is the organisation's own account, so it is not edited here: when the round closes, the "
    "panel's answers become its verdict (agree, partly or disagree).",
)


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ItemPanel", text, disambiguation, n)


def answers_html(item) -> str:
    """Who said what about an item: answers to its current words first, then those to earlier wordings."""
    rows = []
    for answer in sorted(item.answers, key=lambda a: (not a.current, a.member_name.lower())):
        colour = ANSWER_TEXT.get(answer.answer, MUTED) if answer.current else MUTED
        said = word(ANSWER_WORDS.get(answer.answer, answer.answer))
        said += "" if answer.current else _tr(" (to earlier words)")
        no_comment = _tr("No comment.")  # not inside the f-string: lupdate would not see it
        comment = (
            f"<br>{escape(answer.comment)}"
            if answer.comment
            else f"<br><span style='color:{MUTED}'>{no_comment}</span>"
        )
        rows.append(
            f"<p style='margin: 0 0 8px 0'><b>{escape(answer.member_name or answer.member_ref)}</b>"
            f" · <span style='color:{colour}; font-weight:600'>● {escape(said)}</span>"
            f" <span style='color:{MUTED}'>· {uk_short_date(answer.answered_on)}</span>{comment}</p>"
        )
    return "".join(rows)


class ItemPanel(QFrame):
    """Emits resolve_edit(item_id, text, text_version) or resolve_keep(item_id, reason)."""

    resolve_edit = Signal(int, str, int)
    resolve_keep = Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.item = None
        self.round_open = False
        self.current_text = None  # the record's words now, when they differ from those sent
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(18)

        left = QVBoxLayout()
        left.setSpacing(8)
        self.title = heading("")
        self.title.setWordWrap(True)
        self.state = Pill()
        left.addWidget(self.title)
        left.addWidget(self.state)
        self.note = muted("")
        left.addWidget(self.note)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("The words put to the panel"))
        self.text.setMinimumHeight(90)
        left.addWidget(self.text, 1)
        self.use_current = link_button(self.tr("Use its words as they are now"))
        self.use_current.setToolTip(self.tr("Its record was changed outside the round: put the new words to the panel"))
        self.use_current.clicked.connect(lambda: self.text.setPlainText(self.current_text or ""))
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.use_current)
        edit_row.addStretch(1)
        self.save_text = QPushButton(self.tr("Save the new wording"))
        self.save_text.setToolTip(self.tr("Changes the record itself; answers to the old words no longer count"))
        edit_row.addWidget(self.save_text)
        left.addLayout(edit_row)
        keep_row = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why keep the words as they are"))
        reason_label = QLabel(self.tr("Or keep it, because"))  # the placeholder goes as soon as one types
        reason_label.setBuddy(self.reason)
        keep_row.addWidget(reason_label)
        self.reason.setPlaceholderText(self.tr("Or keep the words as they are: say why"))
        self.reason.setToolTip(self.tr("For example: 'It is the panel's own wording from the May session'"))
        self.keep = QPushButton(self.tr("Keep as it is"))
        keep_row.addWidget(self.reason, 1)
        keep_row.addWidget(self.keep)
        left.addLayout(keep_row)

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(heading(self.tr("Who said what")))
        self.answers = QTextBrowser()  # each answer with its comment in full, wrapped: easier to read than cells
        self.answers.setOpenLinks(False)
        self.answers.setAccessibleName(self.tr("Who said what"))
        self.no_answers = muted(self.tr("No answers yet."))
        right.addWidget(self.answers, 1)
        right.addWidget(self.no_answers)
        right.addStretch(0)
        outer.addLayout(left, 1)
        outer.addLayout(right, 1)

        self.text.textChanged.connect(self._update_buttons)
        self.reason.textChanged.connect(self._update_buttons)
        self.save_text.clicked.connect(self._save_text)
        self.keep.clicked.connect(self._keep)
        self.reason.returnPressed.connect(self._keep)

    def set_item(self, item, round_open: bool, current_text: str | None = None) -> None:
        same = (
            self.item is not None
            and item is not None
            and self.item.item_id == item.item_id
            and self.item.text_version == item.text_version
        )
        self.item, self.round_open, self.current_text = item, round_open, current_text
        if item is None:
            self.title.setText("")
            self.text.clear()
            self.answers.clear()
            self._update_buttons()
            return
        self.title.setText(f"{item.number}. {word(item.kind_label)}: {item.heading or item.label}")
        self.state.set(*item_state(item))
        notes = []
        if item.kind == "update":
            notes.append(self.tr(UPDATE_NOTE))
        if item.out_of_date:
            notes.append(
                self.tr(
                    "Its record was changed outside the round after it was sent: put its new words to the "
                    "panel, or keep the words sent."
                )
            )
        if item.resolution == "edited":
            notes.append(
                self.tr(
                    "The wording was changed in this round (version %1); earlier answers were to the old words."
                ).replace("%1", str(item.text_version))
            )
        elif item.resolution == "kept" and item.resolution_note:
            notes.append(self.tr("Kept as it was: %1").replace("%1", item.resolution_note))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        if not same or not self.text.hasFocus():
            self.text.blockSignals(True)
            self.text.setPlainText(item.text)
            self.text.blockSignals(False)
        if not same:
            self.reason.clear()
        editable = round_open and item.kind != "update"
        self.text.setReadOnly(not editable)
        self.use_current.setVisible(editable and item.out_of_date and current_text is not None)
        for widget in (self.save_text, self.reason, self.keep):
            widget.setVisible(editable)
        self.answers.setHtml(answers_html(item))
        has_answers = bool(item.answers)
        self.answers.setVisible(has_answers)
        self.no_answers.setVisible(not has_answers)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.item
        editable = item is not None and self.round_open and item.kind != "update"
        changed = editable and self.text.toPlainText().strip() not in ("", item.text.strip())
        self.save_text.setEnabled(bool(changed))
        self.keep.setEnabled(bool(editable and self.reason.text().strip()))

    def _save_text(self) -> None:
        if self.item is not None and self.save_text.isEnabled():
            self.resolve_edit.emit(self.item.item_id, self.text.toPlainText().strip(), self.item.text_version)

    def _keep(self) -> None:
        if self.item is not None and self.keep.isEnabled():
            self.resolve_keep.emit(self.item.item_id, self.reason.text().strip())


class RoundSummary(QLabel):
    """A line under a round's title: when it started, how far the answers have got."""

    def show_round(self, view) -> None:
        if view is None:
            self.setText("")
            return
        items = len(view.items)
        done = sum(1 for r in view.reviewers if items and r.answered >= items)
        when = self.tr("Started %1").replace("%1", uk_date(view.created_on))
        if view.closed_on:
            when += self.tr(", closed %1").replace("%1", uk_date(view.closed_on))
        unresolved = len(view.unresolved)
        parts = [
            when,
            counted(self.tr("%n item(s)", "", items), items),
            counted(self.tr("%1 of %n reviewer(s) answered all", "", len(view.reviewers)), len(view.reviewers)).replace(
                "%1", str(done)
            ),
        ]
        if view.is_open and unresolved:
            parts.append(self.tr("%1 to resolve").replace("%1", str(unresolved)))
        self.setText(" · ".join(parts))
