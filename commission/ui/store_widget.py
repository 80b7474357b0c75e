"""The widgets that hold the Store (reads) and the Editor (writes): screens, tabs and panels."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class StoreWidget(QWidget):
    """A widget that reads through `store` and changes records only through `editor` (undoable commands)."""

    def __init__(self, store, editor, parent=None):
        super().__init__(parent)
        self.store, self.editor = store, editor
