"""Only the screen in view is built: the others are made when first shown (sidebar, View menu shortcut,
Ctrl+K search, a dashboard link) or reached into, each with its saved state and its place in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commission.ui.workers import SyncRunner


def test_opening_builds_the_dashboard_only(window):
    assert list(window.screens) == ["dashboard"]
    assert window.current_screen() is window.screens["dashboard"]
    assert window.dashboard.snapshot is window.store.snapshot  # its figures are in
    assert window.sidebar.count() == 9  # every screen is in the sidebar all the same
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles[:3] == ["Dashboard", "Sessions", "Members"] and titles[-1] == "Network"


def test_a_screen_is_built_when_first_shown_and_then_kept(window):
    window.show_screen("reviews")
    assert "reviews" in window.screens and window.current_screen() is window.screens["reviews"]
    reviews = window.screens["reviews"]
    assert reviews.parentWidget() is window.stack and window.stack.currentWidget() is reviews
    window.show_screen("dashboard")
    window.show_screen("reviews")
    assert window.screens["reviews"] is reviews  # built once
    assert sorted(window.screens) == ["dashboard", "reviews"]


def test_the_view_menu_shortcut_builds_the_screen(qtbot, window):
    assert "members" not in window.screens
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() is window.screens["members"]
    assert window.members.table.model().rowCount() > 0  # brought up to date as it was shown


def test_search_goes_to_a_record_on_a_screen_not_built_yet(qtbot, window):
    assert "actions" not in window.screens
    commitment = window.store.snapshot.data.commitments[3]
    window.go_to("commitment", commitment.id)
    actions = window.screens["actions"]
    assert window.current_screen() is actions
    assert actions.tabs.tabText(actions.tabs.count() - 1) == "Returns"  # the Returns tab went in with it


def test_reaching_into_a_screen_builds_it_without_switching(window):
    assert "themes" not in window.screens
    themes = window.themes  # as tests and tools/screenshots do
    assert window.screens["themes"] is themes and window.current_screen() is window.dashboard
    assert window.returns.status_panel.parentWidget() is not None  # builds Actions & Commitments for its tab
    assert "actions" in window.screens


def test_a_screens_saved_state_is_restored_when_it_is_built(qtbot, styled_app, ui_db, settings):
    from commission.ui.main_window import MainWindow

    first = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(first)
    first.set_database(ui_db)
    first.resize(1280, 800)
    first.show()
    sessions = first.show_screen("sessions")
    sessions.splitter.setSizes([200, 900])
    wanted = sessions.splitter.sizes()
    first.close()  # saves the state of the screens built; the others' saved state is left as it was
    assert settings.bytes("sessions/splitter") is not None
    assert settings.bytes("members/splitter") is None

    again = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(again)
    again.set_database(ui_db)
    again.resize(1280, 800)
    again.show()
    assert "sessions" not in again.screens
    assert again.show_screen("sessions").splitter.sizes() == wanted
    again.close()


def test_a_screen_built_at_a_large_text_size_has_its_fixed_sizes_at_that_size(window, styled_app):
    from PySide6.QtWidgets import QWidget

    from commission.ui import style

    style.set_text_size(styled_app, 200)  # as Preferences does, with the window open
    try:
        reports = window.show_screen("reports")  # built now, after the window was shown
        fixed = {w.minimumWidth() for w in reports.findChildren(QWidget) if 0 < w.minimumWidth() == w.maximumWidth()}
        assert style.scaled(360) in fixed  # its settings card, drawn 360 px wide at 100%
    finally:
        style.set_text_size(styled_app, 100)
