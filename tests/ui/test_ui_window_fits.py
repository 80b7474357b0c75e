"""The window opens at a size that fits the screen's free space: at a fixed 1280×800 a 1366×768 screen lost its
bottom 32 px (and more under a task bar). A saved size is restored only if it fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from commission.ui import main_window
from commission.ui.main_window import FRAME, MainWindow
from commission.ui.workers import SyncRunner


@pytest.fixture
def room(monkeypatch):
    """A 1366×768 screen with a 28 px task bar at the bottom: 1366×740 free."""
    free = QRect(0, 0, 1366, 740)
    monkeypatch.setattr(main_window, "available_room", lambda _screen: QRect(free))
    return free


def opened(qtbot, settings) -> MainWindow:
    window = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(window)
    return window


def test_a_first_run_opens_inside_the_free_space_of_a_small_screen(qtbot, styled_app, settings, room):
    window = opened(qtbot, settings)
    shown = window.geometry()
    assert room.contains(shown), shown
    assert shown.height() + FRAME.top() <= room.height()  # the title bar too
    assert shown.width() == 1280  # as wide as before: only what did not fit is taken off
    assert shown.height() == room.height() - FRAME.top()


def test_a_saved_size_too_big_for_the_screen_is_not_restored(qtbot, styled_app, settings, room, monkeypatch):
    big = opened(qtbot, settings)
    monkeypatch.setattr(main_window, "available_room", lambda _screen: QRect(0, 0, 1920, 1080))
    big.setGeometry(40, 40, 1600, 1000)  # left like this on a big screen
    big.save_window()
    monkeypatch.setattr(main_window, "available_room", lambda _screen: QRect(room))
    window = opened(qtbot, settings)
    assert room.contains(window.geometry()) and window.geometry().height() + FRAME.top() <= room.height()


def test_a_saved_size_that_fits_is_restored(qtbot, styled_app, settings):
    """On the test platform's own 800×800 screen (Qt itself moves a restored window onto the real screen): a
    window narrower than the usual least width (1024) fits, and is restored as it was."""
    free = main_window.available_room(styled_app.primaryScreen())
    assert free.width() < 1024
    first = opened(qtbot, settings)
    left = QRect(free.left(), free.top() + 50, free.width(), free.height() - 50 - FRAME.top())
    first.setGeometry(left)
    assert first.geometry() == left
    first.save_window()
    window = opened(qtbot, settings)
    assert window.geometry() == left
