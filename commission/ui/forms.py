"""Side-panel editors that save as you go: each field is bound to a record's field through services.

Line edits save when you leave them; long text saves after a pause in typing and when you leave it
(one undo step per stretch of typing); choices and dates save when changed. There is no Save button.

A chosen record's boxes fill at once from the Snapshot the screen shows; its row (with the version the
Editor's check needs) is read off the GUI thread. Until that row is here nothing is saved: what is typed
meanwhile (on top of the record's own words, never into blank boxes) is saved when it comes, unless the row
says someone else changed that field since the Snapshot was read, which is shown as a conflict. A record the
Snapshot lacks keeps its boxes read-only until its row comes (never blank over real).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from commission.errors import UserError
from commission.kinds import KINDS
from commission.services import edits
from commission.services.edit_base import ConflictError
from commission.ui.commands import Change
from commission.ui.widgets import DateEdit, OptionalDate

TYPING_PAUSE_MS = 1200


class RecordForm(QObject):
    """Binds widgets to one record of one kind; `load(id)` fills them, edits go through the Editor."""

    saved = Signal(dict)
    loaded = Signal(dict)

    def __init__(self, editor, kind: str, parent: QObject | None = None):
        super().__init__(parent)
        self.editor, self.kind = editor, kind
        self.record_id: int | None = None
        self.values: dict = {}
        self.fields: dict[str, QWidget] = {}
        self._timers: dict[str, QTimer] = {}
        self._dirty: set[str] = set()
        self.required: set[str] = set()
        self._asked = 0  # which read of the record's row the form waits for (an older answer is dropped)
        self._waiting = False  # a newly chosen record's row is on its way: nothing is saved meanwhile
        self._shown: dict = {}  # what its boxes were filled with meanwhile (the Snapshot's record)
        self._typed: set[str] = set()  # fields the person changed while waiting
        self._held: set[str] = set()  # fields whose saving waits for the row
        self._locked: list[QWidget] = []  # read-only until the row comes (the Snapshot had nothing to show)

    @property
    def store(self):
        return self.editor.store

    # -- binding ------------------------------------------------------------------------------------
    def bind(self, field: str, widget, *, required: bool = False) -> None:
        self.fields[field] = widget
        if required:
            self.required.add(field)
        _changed(widget).connect(lambda *_a, f=field: self._typed.add(f) if self._waiting else None)
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)  # Tab moves on, as in every other field (issue 10)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(TYPING_PAUSE_MS)
            timer.timeout.connect(lambda f=field: self.save_field(f))
            self._timers[field] = timer

            def typed(f=field, t=timer):
                self._dirty.add(f)
                t.start()

            widget.textChanged.connect(typed)
            widget.installEventFilter(self)
        elif isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda f=field: self.save_field(f))
        elif isinstance(widget, QComboBox):
            # long choices (organisation names) must not widen the side panel: they elide instead
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(14)
            # `activated` is the person's choice; refilling a combo from new data never saves anything
            widget.activated.connect(lambda _i, f=field: self.save_field(f))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            widget.editingFinished.connect(lambda f=field: self.save_field(f))
        elif isinstance(widget, DateEdit):
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(500)
            timer.timeout.connect(lambda f=field: self.save_field(f))
            widget.dateChanged.connect(lambda _d, t=timer: t.start())
            self._timers[field] = timer
        elif isinstance(widget, OptionalDate):
            widget.changed.connect(lambda f=field: self.save_field(f))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for field, widget in self.fields.items():
                if widget is watched and field in self._dirty:
                    self.save_field(field)
        return False

    # -- values -------------------------------------------------------------------------------------
    @staticmethod
    def read(widget):
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            return widget.value()
        if isinstance(widget, (DateEdit, OptionalDate)):
            return widget.value()
        raise TypeError(widget)

    @staticmethod
    def write(widget, value, *, focused_too: bool = False) -> None:
        if widget.hasFocus() and not focused_too and not isinstance(widget, QComboBox):
            return  # never pull text out from under someone typing
        widget.blockSignals(True)
        try:
            if isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                if widget.text() != (value or ""):
                    widget.setText(value or "")
                    widget.setCursorPosition(0)  # a title too long for its box shows its start, not its end
                widget.setProperty("savedText", value or "")
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                widget.setValue(value if value is not None else 0)
            elif isinstance(widget, (DateEdit, OptionalDate)):
                widget.set_value(value)
        finally:
            widget.blockSignals(False)

    # -- loading and saving -------------------------------------------------------------------------
    def load(self, record_id: int | None, *, focused_too: bool = False) -> None:
        """Show a record (None clears): at once from the Snapshot, then from its row, read off the GUI thread.
        `focused_too`: refill the boxes that have the focus as well (after a conflict: what is saved now)."""
        if record_id != self.record_id:
            self.commit_pending()
            for pending in (self._dirty, self._typed, self._held):  # typing that could not be saved (its record's
                pending.clear()  # row never came) is not the next record's
        self._asked += 1  # an answer still on its way belongs to an earlier request
        if record_id is None or not self.store.is_open:  # nothing chosen, or the database is closed
            self._unlock()
            self.record_id, self.values, self._waiting = None, {}, False
            for widget in self.fields.values():  # no record, no words: none of the last one's stay on show
                self.write(widget, None)
            return
        if record_id != self.record_id:
            shown = self._in_snapshot(record_id)
            self.record_id, self.values, self._waiting, self._shown = record_id, {}, True, shown or {}
            for field, widget in self.fields.items():  # nothing of the previous record stays in its boxes
                self.write(widget, self._shown.get(field), focused_too=True)
            if shown is None:
                self._lock()
        asked, kind = self._asked, self.kind
        self.store.read(lambda db: read_row(db, kind, record_id), lambda row: self._arrived(asked, row, focused_too))

    def _in_snapshot(self, record_id: int) -> dict | None:
        """The record's bound fields as the Snapshot has them; None when it has not got them all."""
        snap = self.store.snapshot
        if snap is None:
            return None
        collection = KINDS[self.kind].collection
        records = getattr(snap, collection, None)
        if isinstance(records, dict):
            record = records.get(record_id)
        else:
            record = next((r for r in getattr(snap.data, collection, ()) if r.id == record_id), None)
        if record is None or not all(hasattr(record, field) for field in self.fields):
            return None
        return {field: getattr(record, field) for field in self.fields}

    def _arrived(self, asked: int, row: dict | None, focused_too: bool) -> None:
        if asked != self._asked:
            return  # another record was chosen, or a save has made this answer old
        switched, self._waiting = self._waiting, False
        typed, held = self._typed, self._held
        self._typed, self._held = set(), set()
        self._unlock()
        if row is None:  # no longer there (someone may have deleted it)
            self.record_id, self.values = None, {}
            for widget in self.fields.values():
                self.write(widget, None, focused_too=True)
            return
        self.values = row
        clashes: dict[str, object] = {}
        for field, widget in self.fields.items():
            changed_since = switched and not _same(row.get(field), self._shown.get(field))
            if field in typed:
                if changed_since:  # typed over words someone else has replaced since: theirs is not lost
                    clashes[field] = self.read(widget)
                if isinstance(widget, QLineEdit):
                    widget.setProperty("savedText", row.get(field) or "")  # what Ctrl+Z in the box goes back to
            elif field not in self._dirty:
                self.write(widget, row.get(field), focused_too=focused_too or changed_since)
        for field in clashes:
            self._dirty.discard(field)
            if field in self._timers:
                self._timers[field].stop()
        for field in held & typed - set(clashes):  # changed and left (or paused in) before the row came: saved now
            self.save_field(field)
        self.loaded.emit(self.values)
        if clashes:
            from commission.ui import conflict  # it imports this module

            mine = {**row, **clashes}
            conflict.show_conflict(self.editor, self, ConflictError(self.kind, theirs=row, mine=mine))

    @property
    def waiting(self) -> bool:
        """A newly chosen record's row is on its way (nothing is saved until it is here)."""
        return self._waiting

    def _lock(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
                if not widget.isReadOnly():
                    widget.setReadOnly(True)  # keeps the focus, takes no typing
                    self._locked.append(widget)
            elif widget.isEnabled():
                widget.setEnabled(False)
                self._locked.append(widget)

    def _unlock(self) -> None:
        for widget in self._locked:
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
                widget.setReadOnly(False)
            else:
                widget.setEnabled(True)
        self._locked = []

    def reload(self) -> None:
        self.load(self.record_id)

    def commit_pending(self) -> None:
        for field in list(self._dirty):
            self.save_field(field)

    def save_field(self, field: str) -> None:
        if self._waiting:
            self._held.add(field)  # the record's row (and version) is not here yet: saved when it comes
            return
        timer = self._timers.get(field)
        if timer is not None:
            timer.stop()
        self._dirty.discard(field)
        if self.record_id is None or not self.store.is_open:  # nothing chosen, or the database closed meanwhile
            return
        widget = self.fields[field]
        value = self.read(widget)
        if field in self.required and (value is None or (isinstance(value, str) and not value.strip())):
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.blockSignals(True)
                (widget.setText if isinstance(widget, QLineEdit) else widget.setPlainText)(self.values.get(field) or "")
                widget.blockSignals(False)
            return  # a required field cannot be emptied: the old value stays
        self.save({field: value}, mergeable=isinstance(self.fields[field], QPlainTextEdit))
        _forget_typing(widget)

    def save(self, changes: dict, *, mergeable: bool = False, text: str = "") -> dict | None:
        if self.record_id is None or self._waiting:
            return None  # no record, or its row and version are not here yet
        before = {k: self.values.get(k) for k in changes}
        change = Change(self.kind, self.record_id, before, changes, self.values.get("version"))
        result = self.editor.edit(change, text=text, mergeable=mergeable)
        if result:
            self._asked += 1  # a read asked before this save would bring back the old version
            self.values.update(result)
            self.saved.emit(result)
        return result


def _changed(widget):
    """The widget's signal for a change (the form's own writes block it: what it says is someone's change)."""
    if isinstance(widget, QComboBox):
        return widget.activated
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    if isinstance(widget, DateEdit):
        return widget.dateChanged
    if isinstance(widget, OptionalDate):
        return widget.changed
    return widget.textChanged  # QLineEdit, QPlainTextEdit


def _same(a, b) -> bool:
    """Two values of a field alike as a box shows them (a NULL and an empty text look the same)."""
    return (a if a not in (None, "") else None) == (b if b not in (None, "") else None)


def read_row(db, kind: str, record_id: int) -> dict | None:
    """The record's row with its version and links, or None when it is no longer there (on the worker)."""
    try:
        return edits.get(db, kind, record_id)
    except UserError:
        return None


def _forget_typing(widget) -> None:
    """Once typing is saved it is the undo stack's to undo: the box's own history starts again, so Ctrl+Z
    in the box undoes only what has not been saved yet (commission.ui.text_undo)."""
    if isinstance(widget, QLineEdit):
        widget.setProperty("savedText", widget.text())  # what Ctrl+Z in the box goes back to, and no further

    elif isinstance(widget, QPlainTextEdit):
        widget.document().clearUndoRedoStacks()
