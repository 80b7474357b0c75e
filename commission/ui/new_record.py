"""Selecting and focusing a record the coordinator has just made, whatever the timing of the refresh.

A new record is written at once, but the screens' lists are re-read on a worker thread: until the new
snapshot arrives the list does not have the record, so selecting it fails and the previous record stays
selected, with its fields about to receive the typing meant for the new one (issue 10: a new session's title
renamed the session before it). `NewRecord` closes that gap:

- `expect(record_id, ...)`: if the snapshot already holds the record it is selected and focused now;
  otherwise the screen shows nothing selected and a small catcher takes the keyboard, so nothing typed can
  reach the previous record;
- the screen's `set_snapshot` asks `wanted()` for the record to keep selected, and calls `arrived(snap)`
  after it has shown the snapshot: when the record is there, it is focused and what was typed meanwhile is
  put into its first field (replacing the placeholder text, as if it had been selected);
- a choice the coordinator makes meanwhile (another row) calls `cancel()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


class NewRecord:
    def __init__(self, host: QWidget, contains: Callable[[object, int], bool]):
        """`contains(snap, record_id)`: whether that snapshot holds the record."""
        self.host, self.contains = host, contains
        self.record_id: int | None = None
        self._select: Callable[[int], object] | None = None
        self._field: QWidget | None = None
        self.catcher = QLineEdit(host)
        self.catcher.setAccessibleName(QCoreApplication.translate("NewRecord", "Adding the new record"))
        self.catcher.setFixedSize(0, 0)  # takes the keyboard, shows nothing
        self.catcher.hide()

    def waiting(self) -> bool:
        return self.record_id is not None

    def wanted(self) -> int | None:
        return self.record_id

    def expect(
        self, record_id: int, snap, select: Callable[[int], object], field: QWidget | None, clear: Callable[[], None]
    ) -> None:
        """The record was just made: select it now if `snap` has it, else when a snapshot that has it arrives.
        `select(id)` selects and shows it; `field` gets the focus; `clear()` shows nothing selected."""
        self.record_id, self._select, self._field = record_id, select, field
        if snap is not None and self.contains(snap, record_id):
            self._finish()
            return
        clear()
        self.catcher.clear()
        self.catcher.show()
        self.catcher.setFocus()

    def arrived(self, snap) -> bool:
        """After the screen has shown `snap`: finish the selection if the record is in it."""
        if self.record_id is None or snap is None or not self.contains(snap, self.record_id):
            return False
        self._finish()
        return True

    def cancel(self) -> None:
        if self.record_id is not None:
            self.record_id = None
            self.catcher.hide()

    def _finish(self) -> None:
        record_id, select, field = self.record_id, self._select, self._field
        assert record_id is not None and select is not None  # both callers set them (expect) just before
        typed = self.catcher.text() if self.catcher.isVisible() else ""
        self.record_id = None
        select(record_id)  # the catcher still has the keyboard: the fields fill in with the new record
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()
                if typed:
                    field.insert(typed)
            elif isinstance(field, QPlainTextEdit):
                field.selectAll()
                if typed:
                    field.insertPlainText(typed)
        self.catcher.hide()
