"""Side-panel editors that save as you go: each field is bound to a record's field through services.

Line edits save when you leave them; long text saves after a pause in typing and when you leave it
(one undo step per stretch of typing); choices and dates save when changed. There is no Save button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QSpinBox

from commission.errors import UserError
from commission.services import edits
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
        self.fields: dict[str, object] = {}
        self._timers: dict[str, QTimer] = {}
        self._dirty: set[str] = set()
        self.required: set[str] = set()

    @property
    def store(self):
        return self.editor.store

    # -- binding ------------------------------------------------------------------------------------
    def bind(self, field: str, widget, *, required: bool = False) -> None:
        self.fields[field] = widget
        if required:
            self.required.add(field)
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
    def write(widget, value) -> None:
        if widget.hasFocus() and not isinstance(widget, QComboBox):
            return  # never pull text out from under someone typing
        widget.blockSignals(True)
        try:
            if isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                if widget.text() != (value or ""):
                    widget.setText(value or "")
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
    def load(self, record_id: int | None) -> bool:
        """Show a record (None clears). Returns False when it is no longer there."""
        if record_id != self.record_id:
            self.commit_pending()
        self.record_id = record_id
        if record_id is None or not self.store.is_open:  # nothing chosen, or the database is closed
            self.record_id = None
            self.values = {}
            for widget in self.fields.values():  # no record, no words: none of the last one's stay on show
                self.write(widget, None)
            return False
        try:
            kind = self.kind
            self.values = self.store.read_now(lambda db: edits.get(db, kind, record_id))
        except UserError:
            self.record_id, self.values = None, {}
            return False
        for field, widget in self.fields.items():
            if field not in self._dirty:
                self.write(widget, self.values.get(field))
        self.loaded.emit(self.values)
        return True

    def reload(self) -> bool:
        return self.load(self.record_id)

    def commit_pending(self) -> None:
        for field in list(self._dirty):
            self.save_field(field)

    def save_field(self, field: str) -> None:
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
        if self.record_id is None:
            return None
        before = {k: self.values.get(k) for k in changes}
        change = Change(self.kind, self.record_id, before, changes, self.values.get("version"))
        result = self.editor.edit(change, text=text, mergeable=mergeable)
        if result:
            self.values.update(result)
            self.saved.emit(result)
        return result


def _forget_typing(widget) -> None:
    """Once typing is saved it is the undo stack's to undo: the box's own history starts again, so Ctrl+Z
    in the box undoes only what has not been saved yet (commission.ui.text_undo)."""
    if isinstance(widget, QLineEdit):
        widget.setProperty("savedText", widget.text())  # what Ctrl+Z in the box goes back to, and no further

    elif isinstance(widget, QPlainTextEdit):
        widget.document().clearUndoRedoStacks()
