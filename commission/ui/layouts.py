"""Small helpers for what pages and dialogs build alike: a column with its margins and spacing, a page's title
with the line under it, a line of text to fill in, a combo box choosing a word of a vocabulary, a panel that
scrolls up and down only, and a form whose fields go under their labels when narrow."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from commission.ui.words import word


def vbox(parent: QWidget | None, margins: tuple[int, int, int, int], spacing: int) -> QVBoxLayout:
    """A vertical layout in `parent` (none: to nest), with margins (left, top, right, bottom) and spacing."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


def page_titles(title: QLabel, subtitle: QLabel) -> QVBoxLayout:
    """A page's title above the line that says what the page is for, close together."""
    layout = QVBoxLayout()
    layout.setSpacing(2)
    layout.addWidget(title)
    layout.addWidget(subtitle)
    return layout


class WordCombo(QComboBox):
    """A combo box of a vocabulary's words, never narrower than its longest word at the text size and in the
    language in use ("Comisiynydd cymunedol" at 150% in Welsh), and its list of choices neither: Qt keeps the
    smallest width it first worked out, so a layout could squeeze the box below its words."""

    def _whole(self) -> int:
        """The width that shows the longest item whole, with the box's padding and arrow as the style draws them."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        contents = QSize(longest, metrics.height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, self).width()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._whole()), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._whole()), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self.updateGeometry()

    def showPopup(self) -> None:
        view = self.view()
        bar = view.verticalScrollBar().sizeHint().width() if self.count() > self.maxVisibleItems() else 0
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + bar)
        super().showPopup()


class ElidingCombo(QComboBox):
    """A combo box of names (a member with their role, an organisation, a theme) that, narrower than the name
    chosen, cuts it with "…" and says it whole as a tip, rather than clipping it at the arrow where it reads as
    whole ("Gareth Hopkins (comisiynydd c")."""

    def _field_width(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return field.width()

    def shown_text(self) -> str:
        """The chosen item's words as they fit the box."""
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, self._field_width())

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.shown_text() != self.currentText():
            QToolTip.showText(event.globalPos(), self.currentText(), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)


def word_combo(values: Iterable[str], words: Mapping[str, str] | None = None, name: str = "") -> QComboBox:
    """A combo box offering each of `values` in its `words` (without words, as `words.word` puts it in the
    interface's language), the value as the item's data; `name` is what screen readers call it. It is as wide
    as its longest word (`WordCombo`)."""
    combo = WordCombo()
    if name:
        combo.setAccessibleName(name)
    for value in values:
        combo.addItem(words[value] if words is not None else word(value), value)
    return combo


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    """A line to fill in, called `name` for screen readers, showing `placeholder` while it is empty."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class UpAndDownScroll(QScrollArea):
    """A panel's scroll area that never scrolls sideways: it asks for its content's smallest width (and its
    scroll bar's), so a splitter beside it gives the panel the room it needs at any text size and in Welsh."""

    def __init__(self, name: str = ""):
        super().__init__()
        self.setAccessibleName(name)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.updateGeometry()  # the content's smallest width may have changed (language, text size)
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint, content = super().minimumSizeHint(), self.widget()
        if content is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.minimumSizeHint().width() + bar + 2 * self.frameWidth(), hint.height())


class FormWhenNarrow(QFormLayout):
    """A form whose fields stand beside their labels while they keep FIELD_ROOM average characters, and under
    them (every row alike) when they would not: a long Welsh label at a large text size no longer squeezes its
    field to a sliver, nor holds the panel wide."""

    FIELD_ROOM = 16

    def _labels_width(self) -> int:
        widths = [0]
        for row in range(self.rowCount()):
            item = self.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and not item.isEmpty():
                widths.append(item.sizeHint().width())
        return max(widths)

    def _fields_width(self) -> int:
        widths = [0]
        for row in range(self.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.itemAt(row, role)
                if item is not None and not item.isEmpty():
                    widths.append(item.minimumSize().width())
        return max(widths)

    def _margins(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right()

    def minimumSize(self) -> QSize:
        """As narrow as the labels over their fields."""
        width = max(self._labels_width(), self._fields_width()) + self._margins()
        return QSize(width, super().minimumSize().height())

    def setGeometry(self, rect) -> None:
        parent = self.parentWidget()
        char = parent.fontMetrics().averageCharWidth() if parent is not None else 8
        room = rect.width() - self._margins() - self._labels_width() - max(self.horizontalSpacing(), 0)
        wanted = (
            QFormLayout.RowWrapPolicy.DontWrapRows
            if room >= max(char * self.FIELD_ROOM, self._fields_width())
            else QFormLayout.RowWrapPolicy.WrapAllRows
        )
        if self.rowWrapPolicy() != wanted:
            self.setRowWrapPolicy(wanted)  # asks for the new height too
        super().setGeometry(rect)
