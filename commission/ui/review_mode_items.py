"""Review mode's items: one item on screen (its words, the quotes behind it, the answer given), answering it
(each answer saved as it is given, one at a time, in order, off the GUI thread) and moving between items.
A part of ReviewMode (commission.ui.review_mode)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
)

from commission.ui.layouts import vbox
from commission.ui.review_mode_page import SAID, ReviewModePart
from commission.ui.words import counted


class ReviewModeItems(ReviewModePart):
    """Showing, answering and moving between the reviewer's items; mixed into ReviewMode."""

    # -- one item -----------------------------------------------------------------------------------
    def current(self):
        return self.items[self.index] if self.items else None

    def show_item(self, index: int) -> None:
        from commission.services.review_text import split_action_text

        self.index = max(0, min(index, len(self.items) - 1))
        item = self.items[self.index]
        self.kind.setText(
            self.tr("AN ORGANISATION'S UPDATE") if item.kind == "update" else self.tr(item.kind_label).upper()
        )
        title, text = split_action_text(item.text) if item.kind == "action" else ("", item.text)
        self.heading.setText(title or item.heading)
        self.heading.setVisible(bool(title or item.heading))
        self.text.setText(text)
        self.earlier.setVisible(item.answered_earlier_text and item.item_id not in self.answers)
        self._show_quotes(item)
        self.question.setText(self.tr(item.question))
        self.comment.blockSignals(True)
        self.comment.setPlainText(self.comments.get(item.item_id, ""))
        self.comment.blockSignals(False)
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setText(self.tr("Next  ›") if self.index < len(self.items) - 1 else self.tr("Finish  ✓"))
        self._show_answer()
        chosen = self.answer_buttons.get(self.answers.get(item.item_id, ""), self.answer_buttons["agree"])
        self._placing = True  # a new item is read from its top, though an answer holds the focus
        try:
            chosen.setFocus()
        finally:
            self._placing = False
        self.scroll.verticalScrollBar().setValue(0)

    def _show_quotes(self, item) -> None:
        from PySide6.QtWidgets import QFrame

        while self.quotes.count():
            widget = self.quotes.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # out of sight at once; deleted once the event loop gets to it
                widget.deleteLater()
        if item.quotes:
            said = QLabel(self.tr("What was said"))
            said.setObjectName("reviewMuted")
            said.setFont(self._scaled(0.65, True))
            self.quotes.addWidget(said)
        for quote in item.quotes:
            frame = QFrame()
            frame.setObjectName("reviewQuote")
            frame.setProperty("own", quote.own)
            box = vbox(frame, (16, 10, 16, 10), 6)
            words = QLabel(f"“{quote.text}”")
            words.setWordWrap(True)
            words.setFont(self._scaled(0.8))
            who = QLabel(self.tr("You said this") if quote.own else f"— {quote.speaker}")
            who.setObjectName("reviewKind" if quote.own else "reviewMuted")
            who.setFont(self._scaled(0.6, quote.own))
            box.addWidget(words)
            box.addWidget(who)
            self.quotes.addWidget(frame)
        if item.quotes_withheld:
            more = QLabel(
                counted(
                    self.tr(
                        "%n more quote(s) not shown: the people who said them have not agreed to share their words.",
                        "",
                        item.quotes_withheld,
                    ),
                    item.quotes_withheld,
                )
            )
            more.setObjectName("reviewMuted")
            more.setWordWrap(True)
            more.setFont(self._scaled(0.6))
            self.quotes.addWidget(more)

    def _show_answer(self) -> None:
        item = self.current()
        answer = self.answers.get(item.item_id)
        for key, button in self.answer_buttons.items():
            button.setChecked(key == answer)
        answered = sum(1 for i in self.items if i.item_id in self.answers)
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.items)))
        )
        self.progress.setRange(0, len(self.items))
        self.progress.setValue(answered)
        self.progress.setToolTip(
            self.tr("%1 of %2 answered").replace("%1", str(answered)).replace("%2", str(len(self.items)))
        )
        if item.item_id in self.failed:
            self.status.setObjectName("reviewNotice")
            self.status.setText(
                self.tr(
                    "Your answer is not saved yet: %1 It is still shown here; "
                    "press it again to try again, or tell the coordinator."
                ).replace("%1", self.failed[item.item_id])
            )
        elif answer:
            self.status.setObjectName("reviewMuted")
            said = self.tr(SAID[answer])  # type: ignore[arg-type]  # QT_TRANSLATE_NOOP gives its str
            self.status.setText(
                self.tr("Saved: %1.").replace("%1", said)
                if self.saved.get(item.item_id, ("",))[0] == answer
                else self.tr("Saving: %1…").replace("%1", said)
            )
        elif self.comment.toPlainText().strip():
            self.status.setObjectName("reviewMuted")
            self.status.setText(self.tr("Choose Agree, Change or Disagree to keep your comment."))
        else:
            self.status.setText("")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        # a comment is optional, except that "Change" asks what should change
        self.comment_label.setText(
            self.tr("What should change? Tell us here.")
            if answer == "change"
            else self.tr("Anything you want to say? (you don't have to)")
        )
        if answer:  # in large type the answers and the comment box may be below the fold: bring them up,
            # once the new words have been laid out
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.comment, 0, 24))

    def eventFilter(self, watched, event) -> bool:
        """In large type the answers and the comment box can lie below the fold: whichever one the keyboard
        reaches with Tab scrolls into view (not while a new item is being put on screen, which starts at its top)."""
        if (
            event.type() == QEvent.Type.FocusIn
            and not getattr(self, "_placing", False)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
            and getattr(self, "scroll", None) is not None
            and self.scroll.isAncestorOf(watched)
        ):
            QTimer.singleShot(0, lambda w=watched: self.scroll.ensureWidgetVisible(w, 0, 24))
        return super().eventFilter(watched, event)

    # -- answering ----------------------------------------------------------------------------------
    def answer(self, answer: str) -> None:
        item = self.current()
        if item is None or self.pages.currentIndex() != 1:
            return
        self.answers[item.item_id] = answer
        self.comments[item.item_id] = self.comment.toPlainText().strip()
        self.earlier.hide()
        self._save(item.item_id)
        self._show_answer()

    def _keep_comment(self) -> None:
        """The comment box's words belong to the item on screen; saved with its answer, if it has one."""
        item = self.current()
        if item is None:
            return
        self.comments[item.item_id] = self.comment.toPlainText().strip()
        if item.item_id in self.answers:
            self._save(item.item_id)

    def _save(self, item_id: int) -> None:
        wanted = (self.answers[item_id], self.comments.get(item_id, ""))
        if self.saved.get(item_id) == wanted and item_id not in self.failed:
            return
        self._queue = [q for q in self._queue if q[0] != item_id] + [(item_id, *wanted)]
        self._pump()

    def _pump(self) -> None:
        from commission.services import reviews

        if self._saving or not self._queue:
            return
        item_id, answer, comment = self._queue.pop(0)
        self._saving = True
        member_id, actor = self.member_id, self.settings.actor
        self.runner.submit(
            self.store.bind(
                lambda job, db: reviews.record_answer(db, item_id, member_id, answer, comment, actor=actor)
            ),
            on_done=lambda _r: self._saved(item_id, answer, comment),
            on_error=lambda exc: self._save_failed(item_id, exc),
        )

    def _saved(self, item_id: int, answer: str, comment: str) -> None:
        self._saving = False
        self.saved[item_id] = (answer, comment)
        self.failed.pop(item_id, None)
        self._after_save(item_id)

    def _save_failed(self, item_id: int, exc: BaseException) -> None:
        from commission.errors import UserError

        self._saving = False
        self.failed[item_id] = (
            str(exc) if isinstance(exc, UserError) else self.tr("something went wrong while saving it.")
        )
        self._after_save(item_id)

    def _after_save(self, item_id: int) -> None:
        if self._closed:  # left already: the last answers are still saved, then the window goes
            self._pump()
            if not self._saving:
                self.finished.emit()
                self.deleteLater()
            return
        if self.current() is not None and self.current().item_id == item_id:
            self._show_answer()
        self._pump()

    # -- moving -------------------------------------------------------------------------------------
    def next(self) -> None:
        if self.pages.currentIndex() != 1:
            return
        self._keep_comment()
        if self.index < len(self.items) - 1:
            self.show_item(self.index + 1)
        else:
            self.finish()

    def back(self) -> None:
        if self.pages.currentIndex() != 1:
            return
        self._keep_comment()
        if self.index > 0:
            self.show_item(self.index - 1)

    def unanswered(self) -> int:
        return sum(1 for i in self.items if i.item_id not in self.answers)
