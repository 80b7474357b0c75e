"""Review mode: a calm full-screen view for a panel member at the coordinator's laptop.

One item at a time, in large type (A-/A+ or Ctrl+= / Ctrl+-, remembered), with the words behind it (their
own marked "you said this"), the question, and three big answers: Agree, Change, Disagree (1/2/3 or A/C/D).
Back and Next (arrows, Page Up/Down, Alt+arrows or Ctrl+Enter from the comment box); Esc asks before leaving.
Nothing else from the commission is on screen. The items are read once, off the GUI thread; each answer is
saved as it is given (one at a time, in order), and one that could not be saved stays on screen, with a plain
message, to try again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from commission.ui.i18n import OWN_LANGUAGE, translate_in
from commission.ui.layouts import vbox
from commission.ui.review_mode_items import ReviewModeItems
from commission.ui.review_mode_page import STYLE, ReviewModePage
from commission.ui.settings import Settings
from commission.ui.words import counted


class ReviewMode(ReviewModePage, ReviewModeItems):
    finished = Signal()

    def __init__(
        self,
        store,
        runner,
        round_id: int,
        round_title: str,
        member_id: int,
        reviewer: str,
        settings: Settings,
        parent=None,
        *,
        language: str | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        # the reviewer's preferred language (members.language), whatever the app's: None follows the app
        self.language = language
        if language is not None:
            self.setProperty(OWN_LANGUAGE, True)  # an app language switch leaves this window's words alone
        self.store, self.runner, self.settings = store, runner, settings  # the Store lends the database to jobs
        self.round_id, self.member_id, self.reviewer = round_id, member_id, reviewer
        self.setObjectName("reviewMode")
        self.setWindowTitle(self.tr("Review: %1").replace("%1", round_title))
        self.setStyleSheet(STYLE)
        self.items: list = []
        self.index = 0
        self.answers: dict[int, str] = {}  # item id → answer on screen
        self.comments: dict[int, str] = {}
        self.saved: dict[int, tuple[str, str]] = {}  # item id → (answer, comment) as recorded
        self.failed: dict[int, str] = {}  # item id → why it could not be saved
        self._queue: list[tuple[int, str, str]] = []
        self._saving = False
        self._done = False
        self._closed = False
        self.leave_box: QMessageBox | None = None
        self.text_size = settings.review_text_size

        outer = vbox(self, (0, 0, 0, 0), 0)
        outer.addWidget(self._top_bar(round_title))
        self.pages = QStackedWidget()
        self.loading = self._message_page(self.tr("Getting your items ready…"))
        self.thanks = self._message_page("")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("reviewNav")
        self.close_button.clicked.connect(self._leave)
        thanks_layout = self.thanks.layout()
        assert isinstance(thanks_layout, QVBoxLayout)  # a message page is laid out in one
        thanks_layout.insertWidget(2, self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages.addWidget(self.loading)
        self.pages.addWidget(self._item_page())
        self.pages.addWidget(self.thanks)
        outer.addWidget(self.pages, 1)
        self._shortcuts()
        self.apply_size()

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        language = getattr(self, "language", None)
        if language is None:
            return super().tr(source, disambiguation, n)
        return translate_in(language, "ReviewMode", source, disambiguation, n)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:  # the app's text size, chosen in Preferences
            QTimer.singleShot(0, self.apply_size)
        return super().event(event)

    # -- starting -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Full screen, then read the reviewer's items once, off the GUI thread."""
        from commission.services.review_language import reviewer_items_in_language

        self.pages.setCurrentWidget(self.loading)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        round_id, member_id = self.round_id, self.member_id
        self.runner.submit(
            self.store.bind(lambda job, db: reviewer_items_in_language(db, round_id, member_id)[0]),
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _loaded(self, items) -> None:
        self.items = list(items)
        for item in self.items:
            if item.answer:
                self.answers[item.item_id] = item.answer
                self.saved[item.item_id] = (item.answer, item.comment)
            self.comments[item.item_id] = item.comment
        if not self.items:
            self.loading.label.setText(self.tr("There is nothing to review in this round yet. Press Esc to go back."))
            return
        self.pages.setCurrentIndex(1)
        first = next((n for n, i in enumerate(self.items) if i.item_id not in self.answers), 0)
        self.show_item(first)

    def _load_failed(self, exc: BaseException) -> None:
        self.loading.label.setText(
            self.tr("The items could not be read: %1").replace("%1", str(exc))
            + "\n\n"
            + self.tr("Press Esc to go back.")
        )

    def finish(self) -> None:
        if self.pages.currentIndex() != 1:
            if self._done or not self.items:
                self._leave()
            return
        self._keep_comment()
        missing = self.unanswered()
        if missing:
            self.leave_box = self._ask(
                self.tr("You have answered %1 of %2. Finish now?")
                .replace("%1", str(len(self.items) - missing))
                .replace("%2", str(len(self.items))),
                self.tr("You can come back to the others later."),
                self.tr("Finish"),
                self.tr("Keep going"),
                self._thank,
            )
        else:
            self._thank()

    def _thank(self) -> None:
        self._done = True
        answered = len(self.items) - self.unanswered()
        unsaved = len(self.failed)
        text = (
            self.tr("Thank you, %1.").replace("%1", self.reviewer)
            + "\n\n"
            + self.tr("You answered %1 of %2.").replace("%1", str(answered)).replace("%2", str(len(self.items)))
        )
        if unsaved:
            text += "\n\n" + counted(
                self.tr("%n answer(s) could not be saved: please tell the coordinator.", "", unsaved), unsaved
            )
        self.thanks.label.setText(text)
        self.pages.setCurrentWidget(self.thanks)
        self.close_button.setFocus()

    # -- leaving ------------------------------------------------------------------------------------
    def ask_to_leave(self) -> None:
        if self._done or not self.items:
            self._leave()
            return
        self._keep_comment()
        unsaved = len(self.failed)
        detail = (
            self.tr("Your answers so far are saved.")
            if not unsaved
            else counted(self.tr("%n answer(s) could not be saved and will be lost.", "", unsaved), unsaved)
        )
        self.leave_box = self._ask(
            self.tr("Leave review mode?"), detail, self.tr("Leave"), self.tr("Stay"), self._leave
        )

    def _ask(self, text: str, detail: str, yes: str, no: str, then) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Review"), text, QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(detail)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setFont(self._scaled(0.7))
        box.buttonClicked.connect(lambda button: then() if button is yes_button else None)
        box.yes_button, box.no_button = yes_button, stay  # type: ignore[attr-defined]  # kept on the box
        box.open()
        return box

    def _leave(self) -> None:
        self._keep_comment()
        self._done = True
        self.close()

    def keyPressEvent(self, event) -> None:
        """Enter presses the focused button (Close, Back, Next, an answer), as Space does."""
        focused = self.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(focused, QPushButton)
            and focused.isEnabled()
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            focused.click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done and self.items:
            event.ignore()  # closed by the window manager: ask first, as Esc does
            self.ask_to_leave()
            return
        super().closeEvent(event)
        self._closed = True
        if not self._saving:  # else once the answers on their way are saved (_after_save)
            self.finished.emit()
            self.deleteLater()
