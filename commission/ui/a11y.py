"""Names for screen readers: a form's label becomes the buddy of the control beside it.

QFormLayout.addRow("Label", widget) already makes the label the widget's buddy, which is what a screen
reader reads as its name; a row whose field is a layout (a line edit with a Choose… button, a date with a
checkbox) or a grid of hand-placed labels gets nothing. `label_form` and `label_grid` give each such control
its label as buddy, so the name is said once, where it is shown.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLayout, QWidget


def _focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def first_control(item) -> QWidget | None:
    """The first control in a layout item (depth first) that the keyboard reaches, or a composite date."""
    if item is None:
        return None
    widget = item.widget() if hasattr(item, "widget") else None
    if widget is not None:
        if _focusable(widget) or hasattr(widget, "picker"):  # OptionalDate names its own picker
            return widget
        return None
    layout = item if isinstance(item, QLayout) else item.layout()
    if layout is None:
        return None
    for index in range(layout.count()):
        found = first_control(layout.itemAt(index))
        if found is not None:
            return found
    return None


def give_name(label: QLabel, control: QWidget | None) -> None:
    text = label.text().replace("&", "").strip().rstrip(":")
    if control is None or not text:
        return
    if hasattr(control, "picker"):  # OptionalDate: a name for the date itself and for its checkbox
        if not control.accessibleName():
            control.setAccessibleName(text)
        return
    if label.buddy() is None:
        label.setBuddy(control)


def label_form(form: QFormLayout) -> None:
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = label_item.widget() if label_item is not None else None
        if isinstance(label, QLabel):
            give_name(label, first_control(form.itemAt(row, QFormLayout.ItemRole.FieldRole)))


def label_grid(grid: QGridLayout) -> None:
    """Each QLabel in a grid names the control in the next cell to its right."""
    for index in range(grid.count()):
        item = grid.itemAt(index)
        label = item.widget() if item is not None else None
        if not isinstance(label, QLabel):
            continue
        row, column, _rows, columns = cast(tuple[int, int, int, int], grid.getItemPosition(index))  # stubs: object
        give_name(label, first_control(grid.itemAtPosition(row, column + columns)))
