"""A commitment's updates, newest first: what the organisation says beside what the panel thinks."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from commission.ui.style import LINE, MUTED, VERDICT_COLOURS
from commission.ui.widgets import Pill, link_button, muted
from commission.ui.words import VERDICT_WORDS, percent, uk_date


class UpdateCard(QFrame):
    remove = Signal(int)

    def __init__(self, update, counted: bool, parent=None):
        super().__init__(parent)
        self.update_id = update.id
        self.setObjectName("card")
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        when = QLabel(
            f"<b>{uk_date(update.date)}</b>"
            + (
                ""
                if counted
                else f" <span style='color:{MUTED}'>" + self.tr("(after the as-of date: not counted)") + "</span>"
            )
        )
        progress = f" · {percent(update.progress)}" if update.progress is not None else ""
        status = QLabel(f"{QCoreApplication.translate('words', update.status)}{progress}")
        status.setStyleSheet("font-weight: 600;")
        note = QLabel(update.note or "—")
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cymraeg = self.tr("Cymraeg")  # the report in Welsh, under the English
        welsh = QLabel(
            f"<span style='color:{MUTED}'>{cymraeg}:</span> {html.escape(update.note_cy)}"
            if getattr(update, "note_cy", "")
            else ""
        )
        welsh.setWordWrap(True)
        welsh.setTextFormat(Qt.TextFormat.RichText)
        welsh.setObjectName("note_cy")
        who = muted(f"— {update.reported_by}" if update.reported_by else "")
        verdict = Pill(
            VERDICT_WORDS.get(update.verdict, update.verdict), VERDICT_COLOURS.get(update.verdict, "#757575")
        )
        comment = QLabel(f"“{update.verdict_comment}”" if update.verdict_comment else "")
        comment.setWordWrap(True)
        comment.setStyleSheet("font-style: italic;")
        remove = link_button(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove.emit(self.update_id))
        grid.addWidget(when, 0, 0)
        grid.addWidget(remove, 0, 1, Qt.AlignmentFlag.AlignRight)
        claim = QVBoxLayout()
        claim.setSpacing(3)
        claim.addWidget(muted(self.tr("What they say")))
        claim.addWidget(status)
        claim.addWidget(note)
        if welsh.text():
            claim.addWidget(welsh)
        if update.reported_by:
            claim.addWidget(who)
        claim.addStretch(1)
        panel = QVBoxLayout()
        panel.setSpacing(3)
        panel.addWidget(muted(self.tr("What the panel thinks")))
        panel.addWidget(verdict)
        if update.verdict_comment:
            panel.addWidget(comment)
        panel.addStretch(1)
        grid.addLayout(claim, 1, 0)
        grid.addLayout(panel, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        if not counted:
            self.setStyleSheet(f"QFrame#card {{ border: 1px dashed {LINE}; background: #fbfbfc; }}")


class Timeline(QScrollArea):
    remove_update = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.inner = QWidget()
        self.inner.setObjectName("page")
        self.layout_ = QVBoxLayout(self.inner)
        self.layout_.setContentsMargins(0, 0, 6, 0)
        self.layout_.setSpacing(8)
        self.setWidget(self.inner)
        self.cards: list[UpdateCard] = []
        self.status: QLabel | None = None  # "Reading the updates…", or why they could not be read
        self.show_all = False
        self._updates, self._as_of = [], None

    SHOWN = 12  # the newest; more on request, so a commitment with years of updates opens at once

    def reading(self) -> None:
        """While a commitment's updates are read (their words are read when it is opened)."""
        self._say(self.tr("Reading the updates…"))

    def failed(self, reason: str) -> None:
        self._say(self.tr("The updates could not be read: {0}").format(reason))

    def _say(self, words: str) -> None:
        self._clear()
        self._updates, self._as_of = [], None
        self.status = muted(words)
        self.layout_.addWidget(self.status)
        self.layout_.addStretch(1)

    def _clear(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item.widget():
                # Hidden now: deleted only when the event loop next gets to it, a card would otherwise be painted
                # where it was, under the new ones (a commitment's cards over the last one's, text over text).
                item.widget().hide()
                item.widget().deleteLater()
        self.cards = []
        self.status = None

    def set_updates(self, updates, as_of, *, keep_expanded: bool = False) -> None:
        if keep_expanded and as_of == self._as_of and _same(updates, self._updates):
            return  # the same commitment's very same updates (an edit elsewhere): the cards shown still hold
        if not keep_expanded:
            self.show_all = False
        self._updates, self._as_of = list(updates), as_of
        self._clear()
        ordered = sorted(enumerate(updates), key=lambda pair: (pair[1].date, pair[0]), reverse=True)
        if not ordered:
            self.layout_.addWidget(
                muted(
                    self.tr(
                        "No updates yet. When the organisation reports back, press "
                        "Log update… and add what the panel thinks of it."
                    )
                )
            )
        shown = ordered if self.show_all else ordered[: self.SHOWN]
        for _, update in shown:
            card = UpdateCard(update, update.date <= as_of)
            card.remove.connect(self.remove_update.emit)
            self.cards.append(card)
            self.layout_.addWidget(card)
        if len(shown) < len(ordered):
            more = link_button(self.tr("Show all {0} updates").format(len(ordered)))
            more.clicked.connect(self._expand)
            self.layout_.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)

    def _expand(self) -> None:
        self.show_all = True
        self.set_updates(self._updates, self._as_of, keep_expanded=True)


def _same(updates, shown) -> bool:
    return len(updates) == len(shown) and all(a is b for a, b in zip(updates, shown, strict=True))
