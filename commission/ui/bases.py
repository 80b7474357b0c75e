"""The small bases the screens and the main window's helpers share: what they hold, said once."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


class StoreWidget(QWidget):
    """A screen, tab or panel: it reads through `store` and changes records only through `editor` (undoable)."""

    def __init__(self, store, editor, parent=None):
        super().__init__(parent)
        self.store, self.editor = store, editor


class WindowPart(QObject):
    """One of the main window's helpers (returns, transfers, back-ups …): it works through `window`, its parent."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
