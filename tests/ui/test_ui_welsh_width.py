"""Found in last session's trial: in Welsh at 1280×800 Actions & Commitments scrolled sideways by 134 px (the
commitment's form beside its updates), Themes & Insights by 408 (the frameworks title) and Reviews by 90 (the
review-mode row). Every screen's smallest width now fits the window; where two columns do not fit beside each
other they go one above the other."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from commission.services import reviews
from commission.ui import i18n
from commission.ui.widgets import StackWhenNarrow


@pytest.fixture
def welsh(window):
    i18n.language().install("cy")
    yield window
    i18n.language().install("en")


def _with_a_round(window) -> None:
    """A round of the demo's drafts with every community reviewer, so Reviews shows a round and its items."""
    db, snap = window.store.db, window.store.snapshot
    choices = reviews.available_items(db, snap.commission.id, as_of=snap.as_of)
    community = [m.id for m in snap.data.members if m.role == "community" and not m.erased]
    items = [(c.kind, c.record_id) for c in choices if c.suggested]
    reviews.create_round(
        db, snap.commission.id, "Drafts for the December meeting", items, community, asked_on=snap.as_of
    )
    window.store.refresh()


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _too_wide(window) -> dict[str, int]:
    """Each screen whose smallest width is more than the window has for it: by how many pixels."""
    area = window.findChild(QScrollArea, "screenScroll")
    room = area.width() - area.verticalScrollBar().sizeHint().width()  # the bar may be there: never under it
    wide = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        _settle()
        if window.current_screen() is window.screens.get("actions"):
            actions = window.current_screen()
            busiest = max(actions.commitments.model.rowCount(), 1)  # a commitment chosen: its panel is full
            actions.commitments.table.selectRow(busiest - 1)
            _settle()
        needed = area.widget().minimumSizeHint().width()
        if needed > room:
            wide[window.sidebar.item(row).text()] = needed - room
    return wide


def test_every_screen_fits_1280_pixels_in_welsh(welsh):
    _with_a_round(welsh)
    welsh.resize(1280, 800)
    _settle()
    assert welsh.sidebar.item(0).text() == "Dangosfwrdd"
    assert not _too_wide(welsh), _too_wide(welsh)


def test_every_screen_fits_1280_pixels_in_english(window):
    _with_a_round(window)
    window.resize(1280, 800)
    _settle()
    assert not _too_wide(window), _too_wide(window)


def test_the_commitment_panel_stacks_when_narrow_and_not_when_wide(welsh):
    screen = welsh.show_screen("actions")
    screen.commitments.table.selectRow(0)
    layout = screen.commitments.detail.layout()
    assert isinstance(layout, StackWhenNarrow)
    welsh.resize(1280, 800)  # the form and the updates do not fit beside each other in Welsh: stacked
    _settle()
    assert layout.direction() == QBoxLayout.Direction.TopToBottom
    form, updates = (layout.itemAt(i).widget() for i in range(2))
    assert form.geometry().bottom() < updates.geometry().top()  # the form above its updates
    welsh.resize(1920, 1000)  # wide: side by side again
    _settle()
    assert layout.direction() == QBoxLayout.Direction.LeftToRight
    assert form.geometry().right() < updates.geometry().left()


def test_stack_when_narrow_on_its_own(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = StackWhenNarrow(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    left, right = QPushButton("x" * 40), QLabel("y" * 60)
    layout.addWidget(left)
    layout.addWidget(right)
    both = left.minimumSizeHint().width() + right.minimumSizeHint().width() + 10
    assert layout.side_by_side_width() == both
    assert holder.minimumSizeHint().width() == max(left.minimumSizeHint().width(), right.minimumSizeHint().width())
    holder.resize(both, 200)
    holder.show()
    _settle()
    assert layout.direction() == QBoxLayout.Direction.LeftToRight
    holder.resize(both - 1, 200)
    _settle()
    assert layout.direction() == QBoxLayout.Direction.TopToBottom
    assert left.geometry().bottom() < right.geometry().top()
