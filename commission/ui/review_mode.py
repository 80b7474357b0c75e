"""Review mode: a calm full-screen view for a panel member at the coordinator's laptop.

One item at a time, in large type (A-/A+ or Ctrl+= / Ctrl+-, remembered), with the words behind it (their
own marked "you said this"), the question, and three big answers: Agree, Change, Disagree (1/2/3 or A/C/D).
Back and Next (arrows, Page Up/Down, Alt+arrows or Ctrl+Enter from the comment box); Esc asks before leaving.
Nothing else from the commission is on screen. The items are read once, off the GUI thread; each answer is
saved as it is given (one at a time, in order), and one that could not be saved stays on screen, with a plain
message, to try again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commission.ui.i18n import OWN_LANGUAGE, translate_in
from commission.ui.settings import Settings
from commission.ui.style import ACCENT, INK, MUTED, SCALES_ITSELF, text_factor
from commission.ui.words import counted

ANSWERS = (
    ("agree", QT_TRANSLATE_NOOP("ReviewMode", "Agree"), ("1", "A")),
    ("change", QT_TRANSLATE_NOOP("ReviewMode", "Change"), ("2", "C")),
    ("disagree", QT_TRANSLATE_NOOP("ReviewMode", "Disagree"), ("3", "D")),
)
SAID = {
    "agree": QT_TRANSLATE_NOOP("ReviewMode", "you agree"),
    "change": QT_TRANSLATE_NOOP("ReviewMode", "you would like it changed"),
    "disagree": QT_TRANSLATE_NOOP("ReviewMode", "you disagree"),
}
# services.review_text's words for an item, shown here in the interface's language
ITEM_WORDS = (
    QT_TRANSLATE_NOOP("ReviewMode", "What we heard"),
    QT_TRANSLATE_NOOP("ReviewMode", "Action"),
    QT_TRANSLATE_NOOP("ReviewMode", "Session notes"),
    QT_TRANSLATE_NOOP("ReviewMode", "You said, we did"),
    QT_TRANSLATE_NOOP("ReviewMode", "Is this what the panel said?"),
    QT_TRANSLATE_NOOP("ReviewMode", "Is this the action the panel agreed?"),
    QT_TRANSLATE_NOOP("ReviewMode", "Is this a fair record of the session?"),
    QT_TRANSLATE_NOOP("ReviewMode", "Is this a fair account of what you said and what has been done?"),
    QT_TRANSLATE_NOOP("ReviewMode", "Do you agree this is done?"),
    QT_TRANSLATE_NOOP("ReviewMode", "Tick Change if you think it is only partly done."),
)
PAPER = "#fbfaf6"
STYLE = f"""
QWidget#reviewMode, QWidget#reviewMode QScrollArea, QWidget#reviewPage {{ background: {PAPER}; }}
QWidget#reviewMode QLabel {{ color: {INK}; background: transparent; }}
QLabel#reviewKind {{ color: {ACCENT}; font-weight: 600; letter-spacing: 1px; }}
QLabel#reviewMuted {{ color: {MUTED}; }}
QLabel#reviewText {{ line-height: 140%; }}
QFrame#reviewQuote {{ background: white; border-left: 4px solid #c9d3dc; border-radius: 4px; }}
QFrame#reviewQuote[own="true"] {{ border-left: 4px solid {ACCENT}; background: #eef6f6; }}
QLabel#reviewNotice {{ background: #fff3e0; border: 1px solid #f0c27b; border-radius: 6px; padding: 10px 14px;
    color: #6b3f00; }}
QPushButton[answer] {{ border: 2px solid #b9c3cc; border-radius: 12px; padding: 14px 10px; background: white;
    font-weight: 600; }}
QPushButton[answer]:focus {{ border: 3px solid #1b4f9c; }}
QPushButton[answer="agree"]:checked {{ background: #2e7d32; border-color: #2e7d32; color: white; }}
QPushButton[answer="change"]:checked {{ background: #b35c00; border-color: #b35c00; color: white; }}
QPushButton[answer="disagree"]:checked {{ background: #c62828; border-color: #c62828; color: white; }}
QPushButton#reviewNav {{ padding: 10px 22px; border-radius: 10px; }}
QPushButton#reviewNav:focus, QPushButton#reviewSmall:focus {{ border: 2px solid #1b4f9c; }}
QPlainTextEdit#reviewComment {{ border: 2px solid #c6ced7; border-radius: 8px; padding: 8px; background: white; }}
QPlainTextEdit#reviewComment:focus {{ border: 2px solid {ACCENT}; }}
"""


class ReviewMode(QWidget):
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

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._top_bar(round_title))
        self.pages = QStackedWidget()
        self.loading = self._message_page(self.tr("Getting your items ready…"))
        self.thanks = self._message_page("")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("reviewNav")
        self.close_button.clicked.connect(self._leave)
        self.thanks.layout().insertWidget(2, self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
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

    # -- building -----------------------------------------------------------------------------------
    def _top_bar(self, round_title: str) -> QWidget:
        bar = QWidget()
        bar.setStyleSheet("background: #f1eee6;")
        row = QHBoxLayout(bar)
        row.setContentsMargins(32, 12, 32, 12)
        row.setSpacing(10)
        self.who = QLabel(f"{round_title} · {self.reviewer}")
        self.who.setObjectName("reviewMuted")
        self.who.setMinimumWidth(80)  # elided by the layout rather than widening the window
        self.position = QLabel("")
        self.position.setObjectName("reviewMuted")
        self.smaller = QPushButton("A−")
        self.bigger = QPushButton("A+")
        self.finish_button = QPushButton(self.tr("Finish"))
        for button, tip in (
            (self.smaller, self.tr("Smaller text (Ctrl+-)")),
            (self.bigger, self.tr("Bigger text (Ctrl+=)")),
            (self.finish_button, self.tr("Finish this review")),
        ):
            button.setObjectName("reviewSmall")
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.smaller.clicked.connect(lambda: self.change_size(-2))
        self.bigger.clicked.connect(lambda: self.change_size(+2))
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.who, 1)
        row.addWidget(self.position)
        row.addSpacing(16)
        row.addWidget(self.smaller)
        row.addWidget(self.bigger)
        row.addSpacing(8)
        row.addWidget(self.finish_button)
        return bar

    def _message_page(self, text: str) -> QWidget:
        page = QWidget()
        page.setObjectName("reviewPage")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)
        page.label = label
        return page

    def _item_page(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The item to review"))
        scroll.setWidgetResizable(True)
        page = QWidget()
        page.setObjectName("reviewPage")
        scroll.setWidget(page)
        centre = QHBoxLayout(page)
        centre.setContentsMargins(32, 28, 32, 28)
        column = QWidget()
        column.setMaximumWidth(1040)
        centre.addStretch(1)
        centre.addWidget(column, 12)
        centre.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setSpacing(14)
        self.kind = QLabel("")
        self.kind.setObjectName("reviewKind")
        self.heading = QLabel("")
        self.heading.setWordWrap(True)
        self.text = QLabel("")
        self.text.setObjectName("reviewText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.earlier = QLabel(
            self.tr("You answered an earlier wording. The words have changed since: please look again.")
        )
        self.earlier.setObjectName("reviewNotice")
        self.earlier.setWordWrap(True)
        self.quotes = QVBoxLayout()
        self.quotes.setSpacing(8)
        self.question = QLabel("")
        self.question.setWordWrap(True)
        layout.addWidget(self.kind)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.earlier)
        layout.addLayout(self.quotes)
        layout.addSpacing(6)
        layout.addWidget(self.question)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.answer_buttons: dict[str, QPushButton] = {}
        for answer, word, keys in ANSWERS:
            button = QPushButton(self.tr(word))
            button.setProperty("answer", answer)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Press %1 or %2").replace("%1", keys[0]).replace("%2", keys[1]))
            button.setAccessibleName(self.tr("%1 (press %2)").replace("%1", self.tr(word)).replace("%2", keys[0]))
            button.clicked.connect(lambda _checked=False, a=answer: self.answer(a))
            self.answer_buttons[answer] = button
            button.installEventFilter(self)
            buttons.addWidget(button, 1)
        layout.addLayout(buttons)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.comment_label = QLabel(self.tr("Anything you want to say? (you don't have to)"))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setAccessibleName(self.tr("Your comment"))
        self.comment.installEventFilter(self)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addStretch(1)

        nav = QWidget()
        nav.setStyleSheet("background: #f1eee6;")
        row = QHBoxLayout(nav)
        row.setContentsMargins(32, 12, 32, 14)
        self.back_button = QPushButton(self.tr("‹  Back"))
        self.next_button = QPushButton(self.tr("Next  ›"))
        for button in (self.back_button, self.next_button):
            button.setObjectName("reviewNav")
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress.setStyleSheet(
            f"QProgressBar {{ background: #dcd6c8; border-radius: 5px; }}"
            f" QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}"
        )
        self.keys_hint = QLabel(
            self.tr("Press 1, 2 or 3 (or A, C, D) to answer · arrows move between items · Esc to leave")
        )
        self.keys_hint.setObjectName("reviewMuted")
        self.keys_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_hint.setWordWrap(True)  # never wider than the screen, whatever the text size
        middle = QVBoxLayout()
        middle.setSpacing(6)
        middle.addWidget(self.progress)
        middle.addWidget(self.keys_hint)
        row.addWidget(self.back_button)
        row.addSpacing(24)
        row.addLayout(middle, 1)
        row.addSpacing(24)
        row.addWidget(self.next_button)
        wrapper = QWidget()
        wrapper_layout = QVBoxLayout(wrapper)
        wrapper_layout.setContentsMargins(0, 0, 0, 0)
        wrapper_layout.setSpacing(0)
        wrapper_layout.addWidget(scroll, 1)
        wrapper_layout.addWidget(nav)
        self.scroll = scroll
        return wrapper

    def _shortcuts(self) -> None:
        bindings = [(keys, lambda a=answer: self.answer(a)) for answer, _word, keys_ in ANSWERS for keys in keys_]
        bindings += [(k, self.back) for k in ("Left", "PgUp", "Alt+Left")]
        bindings += [(k, self.next) for k in ("Right", "PgDown", "Alt+Right", "Ctrl+Return", "Ctrl+Enter")]
        bindings += [(k, lambda: self.change_size(+2)) for k in ("Ctrl+=", "Ctrl++")]
        bindings += [("Ctrl+-", lambda: self.change_size(-2)), ("Esc", self.ask_to_leave)]
        self.shortcuts = []
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # -- size ---------------------------------------------------------------------------------------
    def change_size(self, step: int) -> None:
        self.settings.review_text_size = self.text_size + step  # kept within its bounds by Settings
        self.text_size = self.settings.review_text_size
        self.apply_size()

    def apply_size(self) -> None:
        def font(scale: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPointSizeF(max(self.text_size * text_factor() * scale, 10))
            f.setBold(bold)
            return f

        self.text.setFont(font(1.0))
        self.heading.setFont(font(0.8, True))
        self.kind.setFont(font(0.62, True))
        self.question.setFont(font(0.95, True))
        for button in self.answer_buttons.values():
            button.setFont(font(0.95, True))
            button.setMinimumHeight(int(self.text_size * text_factor() * 3.2))
        for widget in (self.comment_label, self.status, self.earlier):
            widget.setFont(font(0.7))
        self.comment.setFont(font(0.8))
        self.comment.setProperty(SCALES_ITSELF, True)
        self.comment.setFixedHeight(int(self.text_size * text_factor() * 4.6))
        for widget in (self.back_button, self.next_button, self.close_button):
            widget.setFont(font(0.75, True))
        for widget in (self.loading.label, self.thanks.label):
            widget.setFont(font(1.0))
        self.keys_hint.setFont(font(0.6))
        for widget in (self.who, self.position, self.smaller, self.bigger, self.finish_button):
            widget.setFont(font(0.6, widget is self.position))
        self.smaller.setEnabled(self.text_size > self.settings.REVIEW_TEXT_MIN)
        self.bigger.setEnabled(self.text_size < self.settings.REVIEW_TEXT_MAX)
        if self.items:
            self._show_quotes(self.items[self.index])

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
            box = QVBoxLayout(frame)
            box.setContentsMargins(16, 10, 16, 10)
            box.setSpacing(6)
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

    def _scaled(self, scale: float, bold: bool = False) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(self.text_size * text_factor() * scale, 10))
        f.setBold(bold)
        return f

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
            said = self.tr(SAID[answer])
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
        box.yes_button, box.no_button = yes_button, stay
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
