"""The app's start on a SQLite file (ui.start): the Dashboard's figures read with the plain driver and shown
before the database is opened, then the database opened as ever with those figures kept; and every file the
quick way cannot read opened as ever, with its passphrase prompt, its upgrade or its one-line message."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from commission.services import start_figures
from commission.storage import open_database
from commission.ui.workers import SyncRunner
from tests.locking import held_locked


def _start(qtbot, settings, target):
    from commission.ui.app import start_window

    window = start_window(str(target), settings, runner=SyncRunner())
    qtbot.addWidget(window)
    return window


def test_the_start_shows_the_figures_read_first_then_opens_the_database_without_reading_them_again(
    qtbot, styled_app, ui_db, settings, monkeypatch
):
    ui_db.dispose()
    read, shown = [], []
    real = start_figures.read_start
    monkeypatch.setattr(start_figures, "read_start", lambda *a: read.append(real(*a)) or read[-1])
    monkeypatch.setattr(start_figures, "dashboard_figures", lambda *a: pytest.fail("the figures were read again"))
    from commission.ui.store import Store

    real_open = Store.open
    monkeypatch.setattr(Store, "open", lambda self, *a: shown.append(self.first) or real_open(self, *a))
    window = _start(qtbot, settings, ui_db.path)
    (start,) = read
    assert shown == [start.first]  # on screen before the database was opened
    store = window.store
    assert store.db is not None and store.db.path == ui_db.path and store.snapshot is not None
    assert store.commission_id == start.commission_id and store.first is None  # the Snapshot holds them now
    assert window.stack.currentWidget() is window.dashboard and window.dashboard.snapshot is store.snapshot
    assert window.dashboard.first is start.first and start.first.figures == store.snapshot.figures
    assert settings.last_database == str(ui_db.path) and settings.recent_databases() == [str(ui_db.path)]
    assert window.windowTitle() == f"Commission — {ui_db.path.name}"


def test_the_commission_last_shown_is_the_one_read_first(qtbot, styled_app, ui_db, settings):
    from commission.services import edits
    from commission.services.queries import list_commissions

    edits.create(ui_db, "commission", {"name": "A new commission"})
    other = next(c for c in list_commissions(ui_db) if c.name == "A new commission")
    demo = next(c for c in list_commissions(ui_db) if c.id != other.id)
    ui_db.dispose()
    settings.set_last_commission(str(ui_db.path), demo.id)
    window = _start(qtbot, settings, ui_db.path)
    assert window.store.commission_id == demo.id and window.store.snapshot.commission.id == demo.id
    assert window.commission_chooser.isVisibleTo(window) and window.commission_chooser.currentData() == demo.id


def test_an_encrypted_file_asks_for_its_passphrase(qtbot, styled_app, settings, tmp_path, monkeypatch):
    pytest.importorskip("sqlcipher3")
    from commission.ui.main_window import MainWindow

    path = tmp_path / "secret.db"
    open_database(path, passphrase="correct horse", encrypt=True).dispose()
    asked = []
    monkeypatch.setattr(
        MainWindow, "ask_passphrase", lambda self, target, retry=False: asked.append(retry) or "correct horse"
    )
    window = _start(qtbot, settings, path)
    assert asked == [False] and window.store.db.encrypted


def test_a_file_to_upgrade_is_upgraded_as_ever(qtbot, styled_app, settings, tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "schemas" / "rev0001.db", path)
    window = _start(qtbot, settings, path)
    assert window.store.upgraded_from == "0001" and window.store.backup_path.exists()
    assert window.statusBar().currentMessage().startswith("Upgraded this database")
    assert window.store.snapshot is not None and window.stack.currentWidget() is window.dashboard


def _refused(window, message: str) -> None:
    assert message in window._last_error
    assert window.store.db is None and window.store.first is None
    assert window.stack.currentWidget() is window.opening


def test_a_file_from_a_newer_app_is_refused_in_its_one_line(qtbot, styled_app, ui_db, settings):
    ui_db.dispose()
    with sqlite3.connect(ui_db.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    _refused(_start(qtbot, settings, ui_db.path), "was made by a newer version of Commission")


def test_a_damaged_file_is_refused_in_its_one_line(qtbot, styled_app, ui_db, settings):
    ui_db.dispose()
    data = bytearray(ui_db.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree smashed
    ui_db.path.write_bytes(bytes(data))
    _refused(_start(qtbot, settings, ui_db.path), "is damaged")


def test_a_locked_file_is_refused_in_its_one_line(qtbot, styled_app, ui_db, settings):
    ui_db.dispose()
    with held_locked(ui_db.path):
        _refused(_start(qtbot, settings, ui_db.path), "is locked by another program")


def test_a_file_with_no_commission_says_what_to_do_next(qtbot, styled_app, settings, tmp_path):
    open_database(tmp_path / "bare.db").dispose()
    window = _start(qtbot, settings, tmp_path / "bare.db")
    assert window.store.db is not None and window.store.commission_id is None
    assert window.stack.currentWidget() is window.no_commission
