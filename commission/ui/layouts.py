"""Small layout helpers for what pages and dialogs build alike: a column with its margins and spacing, and a
page's title with the line under it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


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
