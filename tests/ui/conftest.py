"""UI test fixtures: each test gets a fresh SQLite database with the demo imported, a window that runs
its background work synchronously (so tests are deterministic), and settings in a temporary file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QSettings

from commission.services.demo import create_demo
from commission.services.queries import find_commission, load_commission_data
from commission.storage import open_database
from tests.ui.threads import settled

AS_OF = date(2026, 11, 22)  # the demo commission's own "today"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Automatic back-ups and the default database go to a temporary folder, never the user's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def ui_db(tmp_path):
    database = open_database(tmp_path / "t.db")
    create_demo(database)
    yield database
    database.dispose()


@pytest.fixture
def snapshot(ui_db):
    from commission.ui.store import build_snapshot

    data = load_commission_data(ui_db, find_commission(ui_db).id)
    return build_snapshot(data, AS_OF)


@pytest.fixture
def settings(tmp_path):
    from commission.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def styled_app(qapp):
    from commission.ui.style import apply_style

    apply_style(qapp)  # once: restyling re-polishes every widget alive
    return qapp


@pytest.fixture
def window(qtbot, styled_app, ui_db, settings):
    from commission.ui.main_window import MainWindow
    from commission.ui.workers import SyncRunner

    win = MainWindow(settings, runner=SyncRunner())
    win.store.as_of = AS_OF
    win.set_database(ui_db)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.deleteLater()  # no window outlives its test
    styled_app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in styled_app.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    styled_app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not leaked, f"left open after the test: {leaked}"


@pytest.fixture
def threaded(window):
    """The window's Store on a real thread pool (the synchronous runner of the other tests hides timing); at
    the end, what finished is handed to the screens while they are still alive, not to a closed window."""
    from commission.ui.workers import Runner

    store = window.store
    saved = store.runner
    store.runner = Runner()
    yield store
    settled(store)
    store.runner = saved
