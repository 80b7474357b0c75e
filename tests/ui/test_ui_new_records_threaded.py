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
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from commission.services.demo import create_demo
from commission.services.queries import find_commission, load_commission_data
from commission.storage import open_database
from commission.ui.widgets import current_id

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
    qtbot.waitUntil(
        lambda: store.snapshot is not None and not store._running and not store._pending, timeout=LOAD_TIMEOUT
    )
    QApplication.processEvents()


def fresh(win):
    """The commission as it is in the database now (not as any screen has it)."""
    return load_commission_data(win.store.db, find_commission(win.store.db).id)


def focus(win):
    """The widget of the main window that has (or, once the window is active again, gets) the keyboard.
    (Offscreen, a dialog that has just closed stays the active window, so QApplication.focusWidget()
    would name its button.)"""
    return win.focusWidget()


def type_into_focus(qtbot, win, text):
    widget = focus(win)
    assert widget is not None, "nothing has the keyboard"
    qtbot.keyClicks(widget, text)
    return widget


def press_enter(qtbot, win):
    qtbot.keyClick(focus(win), Qt.Key.Key_Return)


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
    type_into_focus(qtbot, win, "Budgeting group")
    settle(qtbot, win)
    assert screen.current_session() == new_id
    assert focus(win) is screen.title_edit
    press_enter(qtbot, win)
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
    assert focus(win) is screen.title_edit
    type_into_focus(qtbot, win, "Housing drop-in")
    press_enter(qtbot, win)
    settle(qtbot, win)
    after = {s.id: s.title for s in fresh(win).sessions}
    assert after[new_id] == "Housing drop-in"
    assert {k: after[k] for k in before} == before


def test_new_theme_typed_at_once_names_the_new_theme(qtbot, threaded_window):
    win = threaded_window
    screen = win.show_screen("themes")
    settle(qtbot, win)
    old = next(t for t in fresh(win).themes if t.parent_id is None)
    screen.show_record("theme", old.id)
    assert screen.current_theme() == old.id
    before = {t.id: t.name for t in fresh(win).themes}
    qtbot.mouseClick(screen.new_theme_button, Qt.MouseButton.LeftButton)
    (new_id,) = {t.id for t in fresh(win).themes} - set(before)
    assert new_id not in screen.snapshot.themes  # the race
    assert screen.current_theme() != old.id
    type_into_focus(qtbot, win, "Transport")
    settle(qtbot, win)
    assert screen.current_theme() == new_id and focus(win) is screen.theme_name
    press_enter(qtbot, win)
    settle(qtbot, win)
    after = {t.id: t.name for t in fresh(win).themes}
    assert after[new_id] == "Transport"
    assert {k: after[k] for k in before} == before


def test_add_what_we_heard_typed_at_once_goes_into_the_new_insight(qtbot, threaded_window):
    win = threaded_window
    screen = win.show_screen("themes")
    settle(qtbot, win)
    theme = next(t for t in fresh(win).themes if any(i.theme_id == t.id for i in fresh(win).insights))
    screen.show_record("theme", theme.id)
    old_insight = current_id(screen.insights)
    assert old_insight is not None
    before = {i.id: i.statement for i in fresh(win).insights}
    qtbot.mouseClick(screen.new_insight_button, Qt.MouseButton.LeftButton)
    (new_id,) = {i.id for i in fresh(win).insights} - set(before)
    assert new_id not in screen.snapshot.insights  # the race
    assert current_id(screen.insights) != old_insight
    type_into_focus(qtbot, win, "Buses stop before the evening shift ends")
    settle(qtbot, win)
    assert current_id(screen.insights) == new_id and focus(win) is screen.statement
    screen.insight_form.commit_pending()
    settle(qtbot, win)
    after = {i.id: i.statement for i in fresh(win).insights}
    assert after[new_id] == "Buses stop before the evening shift ends"
    assert {k: after[k] for k in before} == before


def test_agree_an_action_selects_the_new_action(qtbot, threaded_window):
    win = threaded_window
    screen = win.show_screen("actions")
    screen.tabs.setCurrentWidget(screen.actions)
    settle(qtbot, win)
    old_id = screen.actions.current_action()
    assert old_id is not None
    before = {a.id: (a.title, a.description) for a in fresh(win).actions}
    qtbot.mouseClick(screen.agree_button, Qt.MouseButton.LeftButton)
    dialog = screen.actions.action_dialog
    qtbot.keyClicks(dialog.title, "Free bus passes for panel members")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    (new_id,) = {a.id for a in fresh(win).actions} - set(before)
    assert new_id not in screen.actions.snapshot.actions  # the race
    assert screen.actions.current_action() != old_id
    assert screen.actions.title_edit.text() != before[old_id][0]  # the old action's words are not on show
    type_into_focus(qtbot, win, "x")  # a stray key while waiting changes nothing
    settle(qtbot, win)
    assert screen.actions.current_action() == new_id
    assert screen.actions.title_edit.text() == "Free bus passes for panel members"
    assert focus(win) is screen.actions.table
    after = {a.id: (a.title, a.description) for a in fresh(win).actions}
    assert {k: after[k] for k in before} == before


def test_add_commitment_selects_the_new_commitment(qtbot, threaded_window):
    win = threaded_window
    screen = win.show_screen("actions")
    screen.tabs.setCurrentWidget(screen.commitments)
    settle(qtbot, win)
    tab = screen.commitments
    old_id = tab.current_commitment()
    assert old_id is not None
    before = {c.id: c.pledge for c in fresh(win).commitments}
    qtbot.mouseClick(screen.commit_button, Qt.MouseButton.LeftButton)
    dialog = tab.commitment_dialog
    dialog.organisation.setCurrentIndex(1)
    qtbot.keyClicks(dialog.pledge, "Open two more warm spaces by January")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    (new_id,) = {c.id for c in fresh(win).commitments} - set(before)
    assert new_id not in tab.snapshot.commitments  # the race
    assert tab.current_commitment() != old_id
    assert tab.pledge.toPlainText() != before[old_id]
    type_into_focus(qtbot, win, "y")
    settle(qtbot, win)
    assert tab.current_commitment() == new_id
    assert tab.pledge.toPlainText() == "Open two more warm spaces by January"
    assert focus(win) is tab.table
    after = {c.id: c.pledge for c in fresh(win).commitments}
    assert {k: after[k] for k in before} == before


def test_new_member_typed_at_once_goes_into_the_new_member(qtbot, threaded_window):
    win = threaded_window
    screen = win.show_screen("members")
    settle(qtbot, win)
    old_id = current_id(screen.table)
    assert old_id is not None
    before = {m.id: m.display_name for m in fresh(win).members}
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    (new_id,) = {m.id for m in fresh(win).members} - set(before)
    assert new_id not in screen.snapshot.members  # the race: the list has not caught up yet
    assert current_id(screen.table) != old_id  # the old member is no longer selected
    type_into_focus(qtbot, win, "Gwen Morgan")
    settle(qtbot, win)
    assert current_id(screen.table) == new_id and focus(win) is screen.name
    press_enter(qtbot, win)
    settle(qtbot, win)
    after = {m.id: m.display_name for m in fresh(win).members}
    assert after[new_id] == "Gwen Morgan"
    assert {k: after[k] for k in before} == before  # no other member was renamed


def test_new_organisation_typed_at_once_names_the_new_organisation(qtbot, threaded_window):
    win = threaded_window
    screen = win.show_screen("members")
    screen.left_tabs.setCurrentIndex(1)
    settle(qtbot, win)
    old_id = current_id(screen.organisations)
    assert old_id is not None
    before = {o.id: o.name for o in fresh(win).organisations}
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    (new_id,) = {o.id for o in fresh(win).organisations} - set(before)
    assert new_id not in screen.snapshot.organisations  # the race: the list has not caught up yet
    assert current_id(screen.organisations) != old_id
    type_into_focus(qtbot, win, "Valleys Credit Union")
    settle(qtbot, win)
    assert current_id(screen.organisations) == new_id and focus(win) is screen.organisation_name
    press_enter(qtbot, win)
    settle(qtbot, win)
    after = {o.id: o.name for o in fresh(win).organisations}
    assert after[new_id] == "Valleys Credit Union"
    assert {k: after[k] for k in before} == before  # no other organisation was renamed


@pytest.fixture
def whole_reads(monkeypatch):
    """How many times the window read the whole commission again (the start's read is done by then)."""
    from commission.services import queries

    reads, whole = [], queries.load_commission_data
    monkeypatch.setattr(
        queries, "load_commission_data", lambda db, cid, **kw: reads.append(cid) or whole(db, cid, **kw)
    )
    return reads


@pytest.mark.parametrize("then", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_new_record_on_the_large_demo_reads_only_the_new_record(qtbot, threaded_window, whole_reads, then):
    """The trial finding of issue 14: "new record" took 7-13 s on the large demo, every edit reading all
    100,000 updates again, and a title typed meanwhile (or Tab) could be lost. Now only the new session and
    then its new title are read again: the words typed at once, then Enter or Tab, are the new session's."""
    win = threaded_window
    screen = win.show_screen("sessions")
    settle(qtbot, win)
    whole_reads.clear()
    before = {s.id: s.title for s in fresh(win).sessions}
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    type_into_focus(qtbot, win, "Budgeting group")  # at once: nothing has been shown of the new session yet
    settle(qtbot, win)
    qtbot.keyClick(focus(win), then)
    settle(qtbot, win)
    after = {s.id: s.title for s in fresh(win).sessions}
    (new_id,) = set(after) - set(before)
    assert after[new_id] == "Budgeting group"
    assert {k: after[k] for k in before} == before
    assert screen.snapshot is win.store.snapshot and screen.snapshot.sessions[new_id].title == "Budgeting group"
    assert screen.current_session() == new_id
    assert whole_reads == []  # the new session and its title were read by id, not the whole commission
