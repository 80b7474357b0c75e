"""UK dates on screen: a picker that takes typed digits kindly, and a date that may be left unset."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics, QValidator
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QToolTip, QWidget


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


_SEPARATORS = "/-."
_WIDTHS = (2, 2, 4)  # the parts as the field shows them: dd/MM/yyyy
_FORMAT = "dd/MM/yyyy"


def read_typed(typed: str, start: int, base: date) -> tuple[date | None, bool]:
    """What `typed` means when typed from part `start` (0 the day, 1 the month, 2 the year) of a field that
    showed `base`: (the date, or None when it is not a date; whether it is a whole date, finished).
    A whole date (15/11/2026, 15-11-2026, 15.11.2026, 15/11/26, 2026-11-15, 15112026) is itself wherever it
    was typed; fewer parts replace the parts from where the typing began (20 typed into the day: the 20th)."""
    iso = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", typed)
    parts = split_typed(typed, start)
    if iso:  # as a database or a spreadsheet writes it
        day, month, year = iso.group(3), iso.group(2), iso.group(1)
        finished = len(day) == 2
    elif len(parts) == 3 and (len(typed) == 8 or any(c in typed for c in _SEPARATORS)):
        day, month, year = parts
        finished = len(year) == 4
    elif 0 < len(parts) <= 3 - start:
        fields = [str(base.day), str(base.month), str(base.year)]
        for i, part in enumerate(parts):
            if part:
                fields[start + i] = part
        day, month, year = fields
        finished = False
    else:
        return None, False
    return _make(day, month, year), finished


def split_typed(typed: str, start: int) -> list[str]:
    """The parts typed: split at the separators, or, digits only, into the field's widths from `start`
    (151120 typed into the day: 15, 11, 20); eight digits are a whole date, day, month and year."""
    if any(c in typed for c in _SEPARATORS):
        return re.split(r"[-/.]", typed)
    if len(typed) == 8:
        return [typed[:2], typed[2:4], typed[4:]]
    parts, rest = [], typed
    for width in _WIDTHS[start:]:
        if not rest:
            break
        parts.append(rest[:width])
        rest = rest[width:]
    if rest:
        parts.append(rest)  # more than the parts left can hold
    return parts


def _make(day: str, month: str, year: str) -> date | None:
    if not (day.isdigit() and month.isdigit() and year.isdigit()):
        return None
    if len(day) > 2 or len(month) > 2 or len(year) not in (2, 4):
        return None
    try:
        return date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
    except ValueError:
        return None


class DateEdit(QDateEdit):
    """A UK date picker (12/03/2026) with a calendar. What is typed is read as a person means it, wherever the
    cursor was and whatever was selected: a whole date (15/11/2026, 15-11-2026, 2026-11-15, 15112026) is that
    date; digits typed into the day, month or year replace that part and the parts after it. Until the typing
    is finished (Enter, Tab, a click elsewhere, or the year's last digit) the field shows what was typed;
    a typed date that is not a date (31/02/2026) is refused: it stays on show, marked, with a one-line
    message, and the date is what it was before."""

    refusal_changed = Signal(bool)  # a typed date was refused (True), or the refusal is over (False)

    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        self._typed: str | None = None  # what has been typed since the typing began, or None
        self.refused: str | None = None  # a typed date that was not a date, still on show
        super().__init__(parent)
        self.setDisplayFormat(_FORMAT)
        self.setCalendarPopup(True)
        self._fit()
        self._start = 0  # the part the typing began in (0 day, 1 month, 2 year)
        self._whole = False  # the typing began with everything selected: it replaces the whole date
        self._base = date.today()  # the date shown when the typing began
        self._tip = ""
        self.set_value(value or date.today())

    # The box's own frame, padding and calendar arrow (the style sheet's padding-right holds the arrow), and a
    # few pixels for the text cursor: with only 56 px the year's last digit was cut ("27/07/202").
    CHROME = 72

    def _fit(self) -> None:
        """Room for 00/00/0000 and the arrow in the font in use (it changes with the text size)."""
        self.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("00/00/0000") + self.CHROME)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    # -- typing -------------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        text, key = event.text(), event.key()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        typing = self._typed is not None
        if plain and text and (text.isdigit() or (typing and text in _SEPARATORS)):
            if not typing:
                self._begin()
            self._typed = (self._typed or "") + text
            self._show_typed()
            event.accept()
            return
        if typing and key == Qt.Key.Key_Backspace:
            self._typed = (self._typed or "")[:-1]
            if self._typed:
                self._show_typed()
            else:
                self._cancel()
            event.accept()
            return
        if typing and key == Qt.Key.Key_Escape:
            self._cancel()
            event.accept()
            return
        if typing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.finish_typing():
                event.accept()  # refused: Enter must not go on to the dialog's button and save the old date
                return
        elif typing and key not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self.finish_typing()  # arrows, Tab, the calendar: the typing is over first
        super().keyPressEvent(event)

    def _begin(self) -> None:
        edit = self.lineEdit()
        self._base = self.value_shown()
        self._whole = bool(edit.hasSelectedText()) and len(edit.selectedText()) == len(edit.text())
        position = edit.selectionStart() if edit.hasSelectedText() else edit.cursorPosition()
        self._start = 0 if self._whole or position <= 2 else 1 if position <= 5 else 2
        self._set_refused(None)
        self._typed = ""

    def _show_typed(self) -> None:
        typed = self._typed or ""
        shown, finished = read_typed(typed, self._start, self._base)
        if finished and shown is not None and self._allowed(shown):
            self._commit(shown)
            return
        parts = split_typed(typed, self._start)
        in_place = (
            not self._whole
            and len(parts) <= 3 - self._start
            and all(len(p) <= _WIDTHS[self._start + i] for i, p in enumerate(parts))
        )
        if in_place:  # the parts typed where they go, the others as they were: 02/1|2/2026 → 02/11|/2026
            fields = self._base.strftime("%d/%m/%Y").split("/")
            for i, part in enumerate(parts):
                if part or i < len(parts) - 1:
                    fields[self._start + i] = part
            text = "/".join(fields)
            cursor = len("/".join([*fields[: self._start + len(parts) - 1], parts[-1]]))
        else:
            text, cursor = typed, len(typed)
        self._put_text(text, cursor)
        if finished:  # a whole date that is not a date: say so at once
            self._set_refused(typed)

    def _put_text(self, text: str, cursor: int) -> None:
        edit = self.lineEdit()
        edit.blockSignals(True)
        edit.setText(text)
        edit.setCursorPosition(cursor)
        edit.blockSignals(False)
        edit.update()

    def finish_typing(self) -> bool:
        """End the typing: the date typed is taken (True), or refused and left on show, marked (False).
        Nothing being typed: True unless a refused date is on show."""
        if self._typed is None:
            return self.refused is None
        typed = self._typed
        value, _finished = read_typed(typed, self._start, self._base)
        if value is None or not self._allowed(value):
            self._typed = None
            self._show_refused(typed)
            return False
        self._commit(value)
        return True

    def _commit(self, value: date) -> None:
        self._typed = None
        self._set_refused(None)
        self.setDate(to_qdate(value))
        self._put_text(self.textFromDateTime(self.dateTime()), len(_FORMAT))  # shown even when it was already

    def _cancel(self) -> None:
        self._typed = None
        self._set_refused(None)
        self.setDate(to_qdate(self._base))
        self._put_text(self.textFromDateTime(self.dateTime()), len(_FORMAT))
        self.lineEdit().selectAll()

    def _allowed(self, value: date) -> bool:
        low, high = from_qdate(self.minimumDate()), from_qdate(self.maximumDate())
        if self.specialValueText() and value == low:
            return False  # the date that stands for "not set"
        return (low is None or value >= low) and (high is None or value <= high)

    def _show_refused(self, typed: str) -> None:
        self._set_refused(typed)
        self._put_text(typed, len(typed))

    def _set_refused(self, typed: str | None) -> None:
        if typed == self.refused:
            return
        if self.refused is None:
            self._tip = self.toolTip()
        self.refused = typed
        message = self.tr("%1 is not a date: the date is still %2.").replace("%1", typed or "")
        message = message.replace("%2", self._base.strftime("%d/%m/%Y"))
        self.setProperty("refused", typed is not None)
        self.setToolTip(message if typed is not None else self._tip)
        self.setAccessibleDescription(message if typed is not None else "")
        self.style().unpolish(self)
        self.style().polish(self)
        if typed is not None and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        self.refusal_changed.emit(typed is not None)

    def value_shown(self) -> date:
        value = from_qdate(self.date())
        assert value is not None  # a QDateEdit always holds a valid date
        return value

    # -- the spin box's own machinery, kept off what is being typed ---------------------------------
    def validate(self, text: str, pos: int):  # PySide: (state, text, pos)
        if self._typed is not None or self.refused is not None:
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.refused is not None:  # back to the refused date: Backspace mends it
            typed = self.refused
            self._typed, self._whole, self._start = typed, True, 0
            self._put_text(typed, len(typed))

    def focusOutEvent(self, event) -> None:
        refused = not self.finish_typing()
        super().focusOutEvent(event)
        if refused and self.refused is not None:
            self._put_text(self.refused, len(self.refused))  # the spin box put the old date back

    def mousePressEvent(self, event) -> None:
        if self._typed is not None:
            self.finish_typing()
        super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:
        if self._typed is not None:
            self.finish_typing()
        super().wheelEvent(event)

    def value(self) -> date:
        """The date (what is being typed is taken first, if it is a date)."""
        if self._typed is not None:
            self.finish_typing()
        return self.value_shown()

    def set_value(self, value: date | None) -> None:
        self._typed = None
        self._set_refused(None)
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
