"""Starting from nothing (issue 10, item 5): File ▸ New database, the new-commission dialog (cancelled, and
offered again), then a next step on every empty screen, and Help ▸ Getting started."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox

from commission.storage import open_database


@pytest.fixture
def empty_window(qtbot, styled_app, tmp_path, settings):
    from commission.ui.main_window import MainWindow
    from commission.ui.workers import SyncRunner

    win = MainWindow(settings, runner=SyncRunner())
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    database = open_database(tmp_path / "new.db", create=True)
    win.set_database(database)
    yield win
    for dialog in (getattr(win, "new_commission_dialog", None), getattr(win, "getting_started_dialog", None)):
        if dialog is not None:
            dialog.close()
    win.close()
    win.deleteLater()
    styled_app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    database.dispose()


def _create(qtbot, win, name="Aberdare Poverty Truth Commission"):
    qtbot.mouseClick(win.no_commission.button, Qt.MouseButton.LeftButton)
    dialog = win.new_commission_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, name)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_cancelling_the_new_commission_dialog_leaves_a_way_back(qtbot, empty_window):
    win = empty_window
    assert win.stack.currentWidget() is win.no_commission
    assert win.no_commission.button.text() == "Create a commission…"
    qtbot.mouseClick(win.no_commission.button, Qt.MouseButton.LeftButton)
    win.new_commission_dialog.reject()
    assert win.stack.currentWidget() is win.no_commission and win.no_commission.button.isEnabled()
    _create(qtbot, win)
    assert win.store.info.name == "Aberdare Poverty Truth Commission"
    assert win.current_screen() is win.dashboard and win.stack.currentWidget() is win.dashboard


def test_the_empty_dashboard_says_what_to_do_next_and_goes_there(qtbot, empty_window):
    win = empty_window
    _create(qtbot, win)
    dash = win.dashboard
    assert dash.next_step.isVisible()
    assert "members" in dash.next_step_text.text()
    assert not dash.chart.isVisible() and dash.chart_empty.isVisible()  # no 0–1 axis over nothing
    assert not dash.theme_bars.isVisible() and dash.themes_empty.isVisible()
    qtbot.mouseClick(dash.next_step_button, Qt.MouseButton.LeftButton)
    assert win.current_screen() is win.screens["members"]


def test_each_empty_screen_offers_the_next_step(qtbot, empty_window):
    win = empty_window
    _create(qtbot, win)
    sessions = win.show_screen("sessions")
    assert sessions.list_stack.currentWidget() is sessions.empty and sessions.empty.button is not None
    themes = win.show_screen("themes")
    assert themes.insights_empty.button.text() == "New theme"
    qtbot.mouseClick(themes.insights_empty.button, Qt.MouseButton.LeftButton)  # names a theme first
    assert len(win.store.snapshot.data.themes) == 1
    actions = win.show_screen("actions")
    empty = actions.commitments.empty
    assert empty.button.text() == "Agree an action"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)  # not "Agree an action first"
    dialog = actions.actions.action_dialog
    assert dialog is not None and dialog.isVisible()
    assert actions.tabs.currentWidget() is actions.actions
    dialog.reject()
    qtbot.mouseClick(actions.commit_button, Qt.MouseButton.LeftButton)  # the main button: the same way in
    assert actions.actions.action_dialog.isVisible()
    actions.actions.action_dialog.reject()


def test_help_has_a_getting_started_page(qtbot, empty_window):
    win = empty_window
    action = next(a for a in win.menuBar().actions() if a.text() == "&Help")
    titles = [a.text() for a in action.menu().actions()]
    assert "&Getting started" in titles
    win.getting_started()
    text = win.getting_started_dialog.text.toPlainText()
    assert "Create the commission" in text and "Ctrl+K" in text
