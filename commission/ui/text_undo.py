"""Ctrl+Z in a text box undoes the typing first, then the undo stack (issue 10, item 6).

The window's Undo action owns Ctrl+Z, so a text box never saw it while the stack had something to undo.
`undo_or_text` and `redo_or_text` give the focused line or text box the first go.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit


def _focused_text(window):
    widget = QApplication.focusWidget() or window.focusWidget()
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        saved = widget.property("savedText")  # set by a RecordForm: the box's typing is saved up to here
        unsaved = saved is None or widget.text() != saved
        return widget, unsaved and widget.isUndoAvailable(), widget.isRedoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
        document = widget.document()
        return widget, document.isUndoAvailable(), document.isRedoAvailable()
    return None, False, False


def undo_or_text(window, stack) -> None:
    widget, can_undo, _ = _focused_text(window)
    if widget is not None and can_undo:
        saved = widget.property("savedText") if isinstance(widget, QLineEdit) else None
        if saved is not None:
            widget.setText(saved)  # the unsaved typing, all of it, and not what was saved before it
        else:
            widget.undo()
        return
    if widget is not None:
        widget.clearFocus()  # a focused box is never rewritten under the typist: let it show the undone value
    stack.undo()


def redo_or_text(window, stack) -> None:
    widget, _, can_redo = _focused_text(window)
    if widget is not None and can_redo:
        widget.redo()
    else:
        stack.redo()
