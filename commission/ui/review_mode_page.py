"""Review mode's page: its words and look (the answers, the style sheet), the widgets of the top bar, the item
page and the message pages, the keys, and the text size. A part of ReviewMode (commission.ui.review_mode)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commission.ui.layouts import vbox
from commission.ui.style import ACCENT, INK, MUTED, SCALES_ITSELF, text_factor

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


# The base of review mode's parts: ReviewMode (commission.ui.review_mode) is made of them and sets up the
# widgets and state they share, so the type checker is told that an attribute may come from another part.
if TYPE_CHECKING:

    class ReviewModePart(QWidget):
        # the state ReviewMode sets up and its parts change
        scroll: QScrollArea  # type: ignore[assignment]  # the page's scroll area shadows QWidget.scroll()
        text_size: int
        _queue: list[tuple[int, str, str]]
        _saving: bool

        def __getattr__(self, name: str) -> Any: ...

else:
    ReviewModePart = QWidget


class MessagePage(QWidget):
    """A page of one message (loading, thanks), its label kept to size its text."""

    label: QLabel


class ReviewModePage(ReviewModePart):
    """Building review mode's widgets and sizing its text; mixed into ReviewMode, whose state it uses."""

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

    def _message_page(self, text: str) -> MessagePage:
        page = MessagePage()
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
            button = QPushButton(self.tr(word))  # type: ignore[arg-type]  # QT_TRANSLATE_NOOP gives its str
            button.setProperty("answer", answer)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Press %1 or %2").replace("%1", keys[0]).replace("%2", keys[1]))
            button.setAccessibleName(self.tr("%1 (press %2)").replace("%1", self.tr(word)).replace("%2", keys[0]))  # type: ignore[arg-type]
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
        wrapper_layout = vbox(wrapper, (0, 0, 0, 0), 0)
        wrapper_layout.addWidget(scroll, 1)
        wrapper_layout.addWidget(nav)
        self.scroll = scroll
        return wrapper

    def _shortcuts(self) -> None:
        bindings: list[tuple[str, Callable[..., object]]] = [
            (keys, lambda a=answer: self.answer(a)) for answer, _word, keys_ in ANSWERS for keys in keys_
        ]
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
        widget: QWidget
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

    def _scaled(self, scale: float, bold: bool = False) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(self.text_size * text_factor() * scale, 10))
        f.setBold(bold)
        return f
