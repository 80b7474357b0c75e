"""Small helpers for what pages and dialogs build alike: a column with its margins and spacing, a page's title
with the line under it, a line of text to fill in, and a combo box choosing a word of a vocabulary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from commission.ui.words import word


def vbox(parent: QWidget | None, margins: tuple[int, int, int, int], spacing: int) -> QVBoxLayout:
    """A vertical layout in `parent` (none: to nest), with margins (left, top, right, bottom) and spacing."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


def page_titles(title: QLabel, subtitle: QLabel) -> QVBoxLayout:
    """A page's title above the line that says what the page is for, close together."""
    layout = QVBoxLayout()
    layout.setSpacing(2)
    layout.addWidget(title)
    layout.addWidget(subtitle)
    return layout


def word_combo(values: Iterable[str], words: Mapping[str, str] | None = None, name: str = "") -> QComboBox:
    """A combo box offering each of `values` in its `words` (without words, as `words.word` puts it in the
    interface's language), the value as the item's data; `name` is what screen readers call it."""
    combo = QComboBox()
    if name:
        combo.setAccessibleName(name)
    for value in values:
        combo.addItem(words[value] if words is not None else word(value), value)
    return combo


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    """A line to fill in, called `name` for screen readers, showing `placeholder` while it is empty."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit
