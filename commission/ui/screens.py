"""The main window's screens: the stack they are shown in, and the screens built so far (each made when first
shown)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget


class ShownPageStack(QStackedWidget):
    """Pages one at a time, as large as the page on show needs, not the largest of them: an empty state does not
    keep the room of the page it stands in for (Reviews with no round, 200% in Welsh, scrolled sideways)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page else super().sizeHint()


class ScreenStack(ShownPageStack):
    """The screens, as large as the one on show needs (not the largest of them), in a scroll area: with
    large text a screen scrolls inside the window instead of pushing the window past the screen's edge."""

    def scroll_area(self) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName("screenScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the controls in it, and it follows them
        area.setWidget(self)
        return area


class Screens(dict[str, QWidget]):
    """The window's screens built so far, by key. Asking for one not built yet builds it (`build(key)`), so
    a screen is made when it is first shown, searched to or reached into, not when the window opens; what
    goes over every screen (saving state, committing what is being typed) goes over those built."""

    def __init__(self, build: Callable[[str], QWidget]):
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        return self._build(key)


class _Screen(Protocol):
    """What the window asks of every screen (the screens are QWidgets of several kinds)."""

    def set_snapshot(self, snap) -> None: ...
    def new_item(self) -> None: ...
    def show_record(self, kind: str, record_id: int) -> None: ...
