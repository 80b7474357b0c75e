"""UK dates on screen: a picker that takes typed digits kindly, and a date that may be left unset."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


class DateEdit(QDateEdit):
    """A UK date picker (12/03/2026) with a calendar."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        # room for 00/00/0000 plus the arrow, whatever the font
        self.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("00/00/0000") + 56)
        self.set_value(value or date.today())
        self._fresh = True  # the cursor has just arrived in a part: the first digit typed replaces it

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._fresh = True

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._fresh = True

    def keyPressEvent(self, event) -> None:
        """Typing "31" into the day works wherever the cursor is in it: the first digit replaces the part
        (the day, month or year), as if it had been selected; later digits add to it."""
        if event.text().isdigit():
            if self._fresh and not self.lineEdit().hasSelectedText():
                self.setSelectedSection(self.currentSection())
            self._fresh = False
        elif event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt):
            self._fresh = True  # moved on (arrows, Tab, "/"): the next part starts afresh
        super().keyPressEvent(event)

    def value(self) -> date:
        value = from_qdate(self.date())
        assert value is not None  # a QDateEdit always holds a valid date
        return value

    def set_value(self, value: date | None) -> None:
        self.blockSignals(True)
        self.setDate(to_qdate(value or date.today()))
        self.blockSignals(False)


class OptionalDate(QWidget):
    """A date that may be left unset (no due date, no expiry): unset shows a dash, not a made-up date."""

    changed = Signal()
    NONE = QDate(1900, 1, 1)

    def __init__(self, label: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        label = self.tr("Set") if label is None else label
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.picker = DateEdit()
        self.picker.setMinimumDate(self.NONE)
        self.picker.setSpecialValueText("—")
        self._last: date | None = None
        layout.addWidget(self.enabled)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        self.enabled.toggled.connect(self._toggled)
        self.picker.editingFinished.connect(self.changed.emit)
        self.picker.setEnabled(False)
        self.picker.setDate(self.NONE)

    def setAccessibleName(self, name: str) -> None:
        """The name goes to the parts a keyboard reaches: the date, and the box that says it is set."""
        super().setAccessibleName(name)
        self.picker.setAccessibleName(name)
        self.enabled.setAccessibleName(self.tr("%1: %2").replace("%1", name).replace("%2", self.enabled.text()))

    def _toggled(self, on: bool) -> None:
        self.picker.setEnabled(on)
        self.picker.blockSignals(True)
        if on and self.picker.date() == self.NONE:
            self.picker.setDate(to_qdate(self._last or date.today()))
        elif not on:
            self.picker.setDate(self.NONE)
        self.picker.blockSignals(False)
        self.changed.emit()

    def value(self) -> date | None:
        if not self.enabled.isChecked() or self.picker.date() == self.NONE:
            return None
        return self.picker.value()

    def set_value(self, value: date | None) -> None:
        self.blockSignals(True)
        self.enabled.blockSignals(True)
        self.enabled.setChecked(value is not None)
        self.enabled.blockSignals(False)
        self.picker.blockSignals(True)
        self.picker.setDate(to_qdate(value) if value else self.NONE)
        self.picker.blockSignals(False)
        self.picker.setEnabled(value is not None)
        if value is not None:
            self._last = value
        self.blockSignals(False)
