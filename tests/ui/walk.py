"""Walk a widget tree for what a keyboard reaches and has no accessible name (shared by the a11y tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)


def buddy_names(root: QWidget) -> dict[int, str]:
    """Each widget some QLabel is the buddy label of → that label's text (what a screen reader reads)."""
    names: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().replace("&", "").strip():
            names[id(buddy)] = label.text()
    return names


def reachable(widget: QWidget) -> bool:
    """A control the Tab key can land on (hidden ones too: they show in another state of the screen)."""
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
        return False
    if widget.objectName().startswith("qt_"):  # Qt's own parts of a composite (scroll area viewport…)
        return False
    parent = widget.parentWidget()
    while parent is not None:  # the line edit inside a spin box or combo box is part of that control
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return False
        parent = parent.parentWidget()
    return True


def name_of(widget: QWidget, buddies: dict[int, str]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if id(widget) in buddies:
        return buddies[id(widget)]
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    if isinstance(widget, QGroupBox) and widget.title().strip():
        return widget.title()
    if isinstance(widget, QTabBar):
        tabs = [widget.tabText(i) for i in range(widget.count())]
        return "; ".join(tabs) if tabs and all(t.strip() for t in tabs) else ""
    return ""


def attribute_name(widget: QWidget) -> str:
    """The attribute an ancestor keeps the widget under (e.g. CommitmentsTab.pledge): where to look in code."""
    node = widget.parentWidget()
    while node is not None:
        for key, value in vars(node).items():
            if value is widget:
                return f"{type(node).__name__}.{key}"
        node = node.parentWidget()
    return ""


def describe(widget: QWidget) -> str:
    path = [attribute_name(widget)] if attribute_name(widget) else []
    node = widget
    while node is not None and len(path) < 4:
        label = type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else "")
        path.append(label)
        node = node.parentWidget()
    hint = ""
    if hasattr(widget, "placeholderText") and widget.placeholderText():
        hint = f" placeholder={widget.placeholderText()!r}"
    elif hasattr(widget, "toolTip") and widget.toolTip():
        hint = f" tooltip={widget.toolTip()[:40]!r}"
    return " < ".join(path) + hint


def unnamed(root: QWidget) -> list[QWidget]:
    top = root.window()
    buddies = buddy_names(top)
    widgets = [root, *root.findChildren(QWidget)]
    return [w for w in widgets if reachable(w) and not name_of(w, buddies)]


def every_tab(root: QWidget):
    """Show each tab of each tab widget in turn (yielding between), so lazily built tabs are walked too."""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield tabs, index
