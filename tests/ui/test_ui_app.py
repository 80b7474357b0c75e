"""Starting the app, background work on real threads, and staying responsive on a large commission."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from commission.services import queries
from commission.ui.store import Store
from commission.ui.workers import Cancelled, Runner, SyncRunner


def test_runner_hands_results_back_on_the_gui_thread(qtbot, qapp):
    runner = Runner()
    seen = {}

    def work(job):
        seen["worker"] = QThread.currentThread()
        return 42

    runner.submit(work, on_done=lambda result: seen.update(result=result, receiver=QThread.currentThread()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] is not qapp.thread()
    assert seen["receiver"] is qapp.thread()


def test_cancel_stops_a_job_at_its_next_progress_report(qtbot, qapp):
    runner = Runner()
    started, release = threading.Event(), threading.Event()
    outcome = {}

    def work(job):
        started.set()
        release.wait(5)
        job.report(0.5)  # raises Cancelled: the user pressed Cancel meanwhile
        return "finished"

    job = runner.submit(work, on_done=lambda r: outcome.update(done=r), on_error=lambda e: outcome.update(error=e))
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome.get("error"), Cancelled)


def test_sync_runner_runs_at_once():
    outcome = []
    SyncRunner().submit(lambda job: 7, on_done=outcome.append)
    assert outcome == [7]


def test_the_store_reads_the_commission_off_the_gui_thread(qtbot, qapp, ui_db, monkeypatch):
    threads = []
    real = queries.load_commission_data

    def spy(db, commission_id, **options):
        threads.append(QThread.currentThread())
        return real(db, commission_id, **options)

    monkeypatch.setattr(queries, "load_commission_data", spy)
    store = Store(Runner())
    with qtbot.waitSignal(store.loaded, timeout=10_000) as blocker:
        store.open(ui_db)
    assert blocker.args[0].commission.name.startswith("Cwm Taf")
    assert threads and all(t is not qapp.thread() for t in threads)
    store.runner.wait()


def test_import_runs_off_the_gui_thread_and_cancel_changes_nothing(qtbot, qapp, ui_db, settings, tmp_path, monkeypatch):
    from commission.services import importer
    from commission.services.exporter import export_workbook
    from commission.ui.main_window import MainWindow

    workbook = export_workbook(ui_db, tmp_path / "copy.xlsx")
    window = MainWindow(settings)  # a real thread pool
    qtbot.addWidget(window)
    window.set_database(ui_db)
    qtbot.waitUntil(lambda: window.store.snapshot is not None, timeout=10_000)
    updates_before = len(window.store.snapshot.data.updates)

    started, release = threading.Event(), threading.Event()
    real = importer.import_workbook

    def slow_import(db, path, **kwargs):
        if not kwargs.get("dry_run"):  # the preview runs as usual; the import itself is slow
            started.set()
            release.wait(5)
        return real(db, path, **kwargs)

    monkeypatch.setattr(importer, "import_workbook", slow_import)
    window.transfers.run_import(workbook)
    qtbot.waitUntil(lambda: window.transfers.preview_dialog is not None, timeout=20_000)
    window.transfers.preview_dialog.accept()  # the coordinator confirms what it will change
    dialog = window.transfers.progress
    assert dialog.isVisible() and started.wait(5)
    dialog.cancel_button.click()  # while the import is running
    release.set()
    qtbot.waitUntil(lambda: window.transfers.progress is None, timeout=10_000)
    assert window.transfers.last_message == "Stopped: nothing was changed."
    qtbot.waitUntil(lambda: not window.store._running, timeout=10_000)
    assert len(queries.load_commission_data(ui_db, window.store.commission_id).updates) == updates_before
    window.runner.wait()


def test_first_run_opens_the_default_database_with_the_demo(qtbot, qapp, settings, tmp_path, monkeypatch):
    from commission.ui import app, store

    default = tmp_path / "data" / "commission" / "commission.db"
    monkeypatch.setattr(store, "default_database", lambda: default)  # the Store chooses the database
    window = app.open_window(None, settings, runner=SyncRunner())
    qtbot.addWidget(window)
    assert default.exists()
    assert window.store.snapshot is not None and len(window.store.snapshot.data.commitments) == 25
    assert settings.last_database == str(default)
    assert settings.recent_databases() == [str(default)]

    # the next start opens the last database again, without making another demo
    window.close()
    again = app.open_window(None, settings, runner=SyncRunner())
    qtbot.addWidget(again)
    assert again.store.db.label == str(default)
    assert len(queries.list_commissions(again.store.db)) == 1


def test_opening_a_missing_recent_database_says_so_and_forgets_it(qtbot, window, settings, tmp_path):
    gone = str(tmp_path / "gone.db")
    settings.add_recent(gone)
    window._open_recent(gone)
    assert "no longer there" in window._last_error
    assert gone not in settings.recent_databases()


def test_an_empty_database_says_what_to_do_next_and_can_load_the_demo(qtbot, styled_app, settings, tmp_path):
    from commission.ui.main_window import MainWindow

    window = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(window)
    assert window.open_path(tmp_path / "empty.db", create=True)
    assert window.stack.currentWidget() is window.no_commission
    assert window.no_commission.button.text() == "Create a commission…"  # the first step; the demo beside it
    qtbot.mouseClick(window.no_commission.demo, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert window.store.snapshot is not None
    assert window.stack.currentWidget() is window.dashboard


def test_an_encrypted_database_asks_for_its_passphrase(qtbot, styled_app, settings, tmp_path, monkeypatch):
    pytest.importorskip("sqlcipher3")
    from commission.storage import open_database
    from commission.ui.main_window import MainWindow

    path = tmp_path / "secret.db"
    open_database(path, passphrase="correct horse", encrypt=True).dispose()
    window = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(window)
    answers = iter(["wrong", "correct horse"])
    monkeypatch.setattr(window, "ask_passphrase", lambda target, retry=False: next(answers))
    assert window.open_path(path)
    assert window.store.db.encrypted


def test_window_state_and_recent_files_are_remembered(qtbot, styled_app, ui_db, settings):
    from commission.ui.main_window import MainWindow

    window = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(window)
    window.set_database(ui_db)
    window.show_screen("members")
    window.members.splitter.setSizes([300, 700])
    window.close()
    assert settings.recent_databases()[0] == ui_db.label
    assert settings.bytes("window/geometry") is not None
    again = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(again)
    assert again.members.splitter.saveState() == settings.bytes("members/splitter")


@pytest.mark.slow
def test_a_large_commission_stays_responsive(qtbot, styled_app, settings, tmp_path):
    """2,000 commitments and 100,000 updates: reading happens on a worker; the GUI thread's share is small.

    Measured as the GUI thread's own CPU time (time.thread_time), not the wall clock: other processes on a
    busy machine stretch the wall clock, but not the work this thread does."""
    from commission.services.demo import create_demo
    from commission.storage import open_database
    from commission.ui.main_window import MainWindow

    db = open_database(tmp_path / "large.db")
    create_demo(db, scale="large")
    window = MainWindow(settings)  # real threads
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    started = time.thread_time()
    window.set_database(db)
    assert time.thread_time() - started < 0.5  # the read itself runs in the background
    qtbot.waitUntil(lambda: window.store.snapshot is not None, timeout=60_000)
    snapshot = window.store.snapshot
    assert len(snapshot.data.commitments) == 2000

    for key in ("dashboard", "sessions", "members", "themes", "actions"):
        started = time.thread_time()
        window.show_screen(key)
        styled_app.processEvents()
        assert time.thread_time() - started < 1.0, key  # generous for slow CI machines

    screen = window.screens["actions"].commitments
    started = time.thread_time()
    screen.text.setText("council")
    screen.table.sortByColumn(screen.model.COL_DUE, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.AscendingOrder)
    assert time.thread_time() - started < 0.5
    assert 0 < screen.proxy.rowCount() < 2000
    window.runner.wait()


def test_an_import_says_which_sheets_were_not_in_the_file(qtbot, qapp, ui_db, settings, tmp_path):
    from commission.services.exporter import export_workbook
    from commission.ui.main_window import MainWindow

    folder = export_workbook(ui_db, tmp_path / "copy")
    (folder / "Quotes.csv").unlink()
    window = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(window)
    window.set_database(ui_db)
    window.transfers.run_import(folder)
    window.transfers.preview_dialog.accept()  # the coordinator confirms what it will change
    assert "Not in the file (left as they were): Quotes." in window.transfers.last_message
