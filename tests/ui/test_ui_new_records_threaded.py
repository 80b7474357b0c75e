"""A new record is selected and focused whatever the timing of the refresh (issue 10, item 1).

These tests run the window on real threads (the app's own Runner on a QThreadPool, not the synchronous
runner the other UI tests use), on the large demo, where re-reading the commission is slowest. Each one
makes a record and types at once, before the refreshed list has arrived, and again after: the words must
go into the new record and never into the one that was selected before.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from commission.services.demo import create_demo
from commission.services.queries import find_commission, load_commission_data
from commission.storage import open_database

AS_OF = date(2026, 11, 22)  # the demo commission's own "today", as in conftest

LOAD_TIMEOUT = 120_000  # ms: the large demo on a busy machine


@pytest.fixture(scope="session")
def large_demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("large-demo") / "large.db"
    database = open_database(path)
    create_demo(database, scale="large")
    database.dispose()
    return path


@pytest.fixture
def threaded_window(qtbot, styled_app, large_demo_file, tmp_path, settings):
    from commission.ui.main_window import MainWindow
    from commission.ui.workers import Runner

    shutil.copy(large_demo_file, tmp_path / "large.db")
    database = open_database(tmp_path / "large.db")
    win = MainWindow(settings)
    assert isinstance(win.runner, Runner)  # real threads
    win.store.as_of = AS_OF
    win.set_database(database)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    settle(qtbot, win)
    yield win
    win.runner.wait()
    win.close()
    win.deleteLater()
    styled_app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    database.dispose()


def settle(qtbot, win):
    """Wait until no re-read is running or pending and the screens have the newest snapshot."""
    store = win.store
    qtbot.waitUntil(lambda: store.snapshot is not None and not store._running and not store._pending,
                    timeout=LOAD_TIMEOUT)
    QApplication.processEvents()


def fresh(win):
    """The commission as it is in the database now (not as any screen has it)."""
    return load_commission_data(win.store.db, find_commission(win.store.db).id)


def type_into_focus(qtbot, text):
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    qtbot.keyClicks(widget, text)
    return widget


def press_enter(qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_new_session_typed_at_once_goes_into_the_new_session(qtbot, threaded_window):
    win = threaded_window
    screen = win.show_screen("sessions")
    settle(qtbot, win)
    old_id = screen.current_session()
    assert old_id is not None
    before = {s.id: s.title for s in fresh(win).sessions}
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    new_ids = {s.id for s in fresh(win).sessions} - set(before)
    assert len(new_ids) == 1
    (new_id,) = new_ids
    assert new_id not in screen.snapshot.sessions  # the race: the list has not caught up yet
    assert screen.current_session() != old_id  # the old session is no longer selected
    type_into_focus(qtbot, "Budgeting group")
    settle(qtbot, win)
    assert screen.current_session() == new_id
    assert QApplication.focusWidget() is screen.title_edit
    press_enter(qtbot)
    settle(qtbot, win)
    after = {s.id: s.title for s in fresh(win).sessions}
    assert after[new_id] == "Budgeting group"
    assert {k: after[k] for k in before} == before  # no other session was renamed


def test_new_session_typed_after_the_refresh_replaces_the_placeholder(qtbot, threaded_window):
    win = threaded_window
    screen = win.show_screen("sessions")
    settle(qtbot, win)
    before = {s.id: s.title for s in fresh(win).sessions}
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    (new_id,) = {s.id for s in fresh(win).sessions} - set(before)
    assert screen.current_session() == new_id
    assert QApplication.focusWidget() is screen.title_edit
    type_into_focus(qtbot, "Housing drop-in")
    press_enter(qtbot)
    settle(qtbot, win)
    after = {s.id: s.title for s in fresh(win).sessions}
    assert after[new_id] == "Housing drop-in"
    assert {k: after[k] for k in before} == before
