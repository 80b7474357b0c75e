"""At start the Dashboard paints its figures first (read the quick way, services.start_figures), then the whole
commission comes in the background for the other screens (issue 14). On a real thread pool: the whole read is
held back until the test lets it go, so what a person sees in between is checked, not raced."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, Qt

from commission.services import queries

SIDEBAR_ACTIONS = 4  # Actions & Commitments in the sidebar


def _dashboard_words(dashboard) -> dict:
    """Every figure the Dashboard shows, as a person reads it."""
    return {
        "subtitle": dashboard.subtitle.text(),
        "overall": dashboard.overall.text(),
        "bar": dashboard.overall_bar.value(),
        "note": dashboard.overall_note.text(),
        "states": {state: label.text() for state, label in dashboard.state_counts.items()},
        "total": dashboard.states_total.text(),
        "agreement": (dashboard.agreement.text(), dashboard.agreement_note.text()),
        "themes": dashboard.theme_bars.rows,
        "chart": dashboard.chart.names,
        "next": (dashboard.next_step.isVisibleTo(dashboard), dashboard.next_step_text.text()),
        "overdue": [
            [dashboard.overdue_model.index(r, c).data() for c in range(dashboard.overdue_model.columnCount())]
            for r in range(dashboard.overdue_model.rowCount())
        ],
    }


@pytest.fixture
def held_back(monkeypatch):
    """The whole read waits for `release` (set it to let it go); `started` is set when it begins."""
    started, release = threading.Event(), threading.Event()
    real = queries.load_commission_data

    def slow(db, commission_id, **options):
        started.set()
        assert release.wait(30), "the test never let the whole read go"
        return real(db, commission_id, **options)

    monkeypatch.setattr(queries, "load_commission_data", slow)
    yield started, release
    release.set()


def test_the_dashboard_shows_its_figures_before_the_whole_commission_and_keeps_them(
    qtbot, styled_app, ui_db, settings, held_back
):
    started, release = held_back
    window = _shown_window(qtbot, settings)
    try:
        window.set_database(ui_db)
        qtbot.waitUntil(lambda: window.store.first is not None, timeout=20_000)
        assert started.wait(10)  # the whole read runs, held back, while the figures are on screen
        dashboard = window.dashboard
        assert window.stack.currentWidget() is dashboard and window.store.snapshot is None
        assert dashboard.first is window.store.first and dashboard.snapshot is None
        first = _dashboard_words(dashboard)
        assert first["overall"] != "—" and first["overdue"] and any(n != "0" for n in first["states"].values())
        over_time = dashboard.over_time  # its history needs every update: it says it is coming
        assert over_time.history is None and over_time.note.text().startswith("Working out the figures")

        # At once to Actions & Commitments: a calm "Reading…", not an empty table; Ctrl+N does nothing yet.
        window.sidebar.setCurrentRow(SIDEBAR_ACTIONS)
        assert window.stack.currentWidget() is window.reading and window.reading.text() == "Reading…"
        assert "actions" not in window.screens
        window.new_item()
        assert window.stack.currentWidget() is window.reading and not getattr(window, "_last_error", None)
        window.sidebar.setCurrentRow(0)  # and back: the figures are still there
        assert window.stack.currentWidget() is dashboard and _dashboard_words(dashboard) == first

        release.set()
        qtbot.waitUntil(lambda: window.store.snapshot is not None, timeout=20_000)
        assert window.store.first is None and dashboard.snapshot is window.store.snapshot
        assert _dashboard_words(dashboard) == first  # the whole read changed no figure: no flicker
        window.sidebar.setCurrentRow(SIDEBAR_ACTIONS)
        actions = window.screens["actions"]
        assert window.stack.currentWidget() is actions
        assert actions.actions.model.rowCount() == len(window.store.snapshot.data.actions) > 0
    finally:
        _close(qtbot, styled_app, window, release)


def test_a_screen_chosen_while_reading_shows_when_the_commission_comes(qtbot, styled_app, ui_db, settings, held_back):
    started, release = held_back
    window = _shown_window(qtbot, settings)
    try:
        window.set_database(ui_db)
        window.sidebar.setCurrentRow(1)  # Sessions, before anything has been read
        assert window.stack.currentWidget() is window.reading
        qtbot.waitUntil(started.is_set, timeout=20_000)  # the Dashboard's figures came, and the whole read began
        qtbot.wait(50)
        assert window.stack.currentWidget() is window.reading  # the Dashboard's figures do not take its place
        release.set()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.screens.get("sessions"), timeout=20_000)
        assert window.screens["sessions"].isVisible()
        assert window.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == "sessions"
    finally:
        _close(qtbot, styled_app, window, release)


def _close(qtbot, app, window, release) -> None:
    release.set()
    qtbot.waitUntil(lambda: not window.store._running, timeout=30_000)
    for _ in range(3):  # what the jobs started after the read (the returns card) hands back, delivered
        window.runner.wait()
        app.processEvents()
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_an_edit_made_while_the_commission_is_read_is_saved_and_shown_when_it_comes(
    qtbot, styled_app, ui_db, settings, held_back
):
    """An update logged while the whole read is held back (a returns import, a menu): written at once, and the
    read that follows it shows it; nothing is lost between the figures read first and the Snapshot."""
    from commission.ui.commands import LogUpdate

    started, release = held_back
    window = _shown_window(qtbot, settings)
    try:
        window.set_database(ui_db)
        qtbot.waitUntil(lambda: window.store.first is not None and started.is_set(), timeout=20_000)
        first = window.store.first
        late = first.overdue[0]
        values = {"date": first.as_of, "status": "done", "progress": 100.0, "note": "Finished at last."}
        assert window.editor.run(LogUpdate(window.editor, late, values))
        assert window.store.snapshot is None and window.stack.currentWidget() is window.dashboard
        release.set()
        qtbot.waitUntil(
            lambda: window.store.snapshot is not None and not window.store._running and not window.store._pending,
            timeout=30_000,
        )
        snap = window.store.snapshot
        assert snap.figures.commitments[late].state == "done"
        logged = [u for u in snap.data.updates_by_commitment[late] if u.status == "done" and u.date == first.as_of]
        assert logged and not snap.data.update_texts  # the Snapshot holds it; its words are read when it is shown
        read = queries.load_updates(ui_db, snap.commission.id, [late])[late]
        assert any(u.note == "Finished at last." for u in read)
        assert late not in snap.overdue
        assert window.dashboard.state_counts["done"].text() == str(first.figures.states["done"] + 1)
    finally:
        _close(qtbot, styled_app, window, release)


def _shown_window(qtbot, settings):
    """The main window on screen, on a real thread pool, with no database yet."""
    from commission.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window
