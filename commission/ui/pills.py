"""A state, verdict or consent word drawn as a coloured pill, on its own or in a table cell, and progress bars."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from commission.ui.style import pill_colours

ColourRole = Qt.ItemDataRole.UserRole + 20  # the pill colour of a cell, as "#rrggbb"
ProgressRole = Qt.ItemDataRole.UserRole + 21  # a 0–100 value drawn as a bar


def pill_style(colour: str) -> str:
    background, text = pill_colours(colour)
    return (
        f"background: rgba({background.red()},{background.green()},{background.blue()},{background.alphaF():.2f});"
        f" color: {text.name()}; border-radius: 10px; padding: 2px 10px; font-weight: 600;"
    )


class Pill(QLabel):
    """A word in a small coloured pill: the colour never stands alone."""

    def __init__(self, word: str = "", colour: str = "#757575", parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # its whole word, never cut
        self.set(word, colour)

    def set(self, word: str, colour: str) -> None:
        self._word, self._colour = word, colour
        word = QCoreApplication.translate("words", word) if word else word  # the state words of words.py
        self.setText(f"● {word}" if word else "")
        self.setStyleSheet(pill_style(colour) if word else "")
        self.setAccessibleName(word)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.set(self._word, self._colour)


PILL_MARGIN = 6  # between the cell's left edge and the pill, and after it
SCANNED_ROWS = 5000  # the rows whose words a pill column is made wide enough for (the rest elide, with a tip)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    return bold


def pill_width(word: str, font: QFont) -> int:
    """The width of the pill showing `word` (untranslated, as the models give it) whole, in `font`."""
    label = f"● {QCoreApplication.translate('words', word)}"
    return QFontMetrics(_bold(font)).horizontalAdvance(label) + 18


def pill_column_width(model, column: int, font: QFont) -> int:
    """What a column drawn as pills needs for each of its words to show whole (in Welsh, at a large text size):
    its widest pill with a margin each side; the words are few, so each is measured once."""
    words = {model.index(row, column).data() for row in range(min(model.rowCount(), SCANNED_ROWS))}
    return max((pill_width(str(word), font) for word in words if word), default=0) + 2 * PILL_MARGIN


def paint_pill(painter: QPainter, rect, word: str, colour: str, font: QFont) -> None:
    background, text = pill_colours(colour)
    bold = _bold(font)
    metrics = QFontMetrics(bold)
    label = f"● {QCoreApplication.translate('words', word)}"
    width = min(pill_width(word, font), rect.width() - PILL_MARGIN)
    height = metrics.height() + 4
    pill = QRectF(rect.left() + PILL_MARGIN, rect.center().y() - height / 2 + 0.5, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(QPen(text))
    painter.setFont(bold)
    painter.drawText(
        pill, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(width) - 12)
    )
    painter.restore()


class PillDelegate(QStyledItemDelegate):
    """Draws a cell's text as a pill in the colour given by ColourRole."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        colour = index.data(ColourRole)
        word = index.data(Qt.ItemDataRole.DisplayRole)
        if not colour or not word:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        paint_pill(painter, option.rect, str(word), colour, option.font)

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        word = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = pill_width(word, option.font) + 2 * PILL_MARGIN if word else size.width()
        return QSize(width, max(size.height(), QFontMetrics(option.font).height() + 12))

    def helpEvent(self, event, view, option, index) -> bool:
        """A pill cut short (no room left in the column) says its whole word as a tip."""
        word = index.data(Qt.ItemDataRole.DisplayRole)
        if word and index.data(ColourRole) and pill_width(str(word), option.font) > option.rect.width() - PILL_MARGIN:
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            whole = QCoreApplication.translate("words", str(word))
            QToolTip.showText(event.globalPos(), f"{whole}: {tip}" if tip else whole, view)
            return True
        return super().helpEvent(event, view, option, index)


class ProgressDelegate(QStyledItemDelegate):
    """A thin bar and the percentage: progress readable at a glance, and in words."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        value = index.data(ProgressRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = option.widget
        if widget:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(8, 0, -8, 0)
        metrics = QFontMetrics(option.font)
        label_width = metrics.horizontalAdvance("100%") + 6
        painter.save()
        painter.setPen(QColor("#1f2933"))
        painter.drawText(rect.adjusted(0, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        if value is not None:
            bar = QRectF(rect.left() + label_width, rect.center().y() - 3, max(rect.width() - label_width, 10), 6)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e6eaee"))
            painter.drawRoundedRect(bar, 3, 3)
            filled = QRectF(bar)
            filled.setWidth(bar.width() * max(0.0, min(float(value), 100.0)) / 100.0)
            painter.setBrush(QColor(index.data(ColourRole) or "#1f6f78"))
            if filled.width() > 0:
                painter.drawRoundedRect(filled, 3, 3)
        painter.restore()
