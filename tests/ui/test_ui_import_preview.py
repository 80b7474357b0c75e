"""Importing in the app shows what will change first (made off the GUI thread) and writes only on Import."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import openpyxl
from conftest import AS_OF

from commission.services.exporter import export_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.services.returns import write_returns


def db_hash(db) -> str:
    path = Path(db.url.removeprefix("sqlite:///"))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pledges(db) -> dict[str, str]:
    return {c.ref: c.pledge for c in load_commission_data(db, find_commission(db).id).commitments}


def edited_workbook(db, tmp_path) -> Path:
    path = export_workbook(db, tmp_path / "edited.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Commitments"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("pledge") + 1, "A rewritten pledge")
    sheet.cell(2, header.index("due") + 1, "2027-03-31")
    book.save(path)
    return path


def test_a_workbook_preview_shows_old_and_new_words_and_cancel_writes_nothing(qtbot, window, tmp_path):
    db = window.store.db
    path = edited_workbook(db, tmp_path)
    before, hash_before = pledges(db), db_hash(db)
    window.transfers.run_import(path)
    dialog = window.transfers.preview_dialog
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    text = dialog.text.toPlainText()
    assert "Commitments: 0 new, 1 changed" in text and "→ “A rewritten pledge”" in text
    assert "due: 31 March 2026 → 31 March 2027" in text
    assert dialog.accessibleName() and dialog.import_button.accessibleName()
    dialog.cancel_button.click()
    assert pledges(db) == before and db_hash(db) == hash_before
    assert window.transfers.last_message == "Not imported: nothing was changed."

    window.transfers.run_import(path)
    window.transfers.preview_dialog.import_button.click()
    assert pledges(db)["C01"] == "A rewritten pledge"
    assert "Imported" in window.transfers.last_message


def test_a_tampered_return_through_import_workbook_is_read_as_a_return(qtbot, window, tmp_path):
    """File ▸ Import workbook… with a return whose hidden sheet was deleted: it is still a return, so the
    edited pledge is listed as ignored and the import adds only the update."""
    db = window.store.db
    council = next(p for p in write_returns(db, tmp_path, as_of=AS_OF) if "Council" in p.name)
    book = openpyxl.load_workbook(council)
    del book["Return"]
    book["Commitments"]["D2"] = "We promise nothing."
    updates = book["Updates"]
    header = [c.value for c in updates[1]]
    updates.cell(2, header.index("date") + 1, "15/11/2026")
    updates.cell(2, header.index("status") + 1, "in progress")
    book.save(council)
    before = pledges(db)
    window.transfers.run_import(council)
    text = window.transfers.preview_dialog.text.toPlainText()
    assert "1 update to add" in text and "its pledge differs" in text and "Ignored" in text
    window.transfers.preview_dialog.import_button.click()
    assert pledges(db) == before
    assert "1 updates added" in window.transfers.last_message


def test_the_preview_is_made_off_the_gui_thread(qtbot, qapp, ui_db, settings, tmp_path, monkeypatch):
    from commission.services import preview as preview_service
    from commission.ui.main_window import MainWindow

    path = edited_workbook(ui_db, tmp_path)
    window = MainWindow(settings)  # a real thread pool
    qtbot.addWidget(window)
    window.set_database(ui_db)
    qtbot.waitUntil(lambda: window.store.snapshot is not None, timeout=10_000)
    threads = []
    real = preview_service.preview_import

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(preview_service, "preview_import", spy)
    window.transfers.run_import(path)
    qtbot.waitUntil(lambda: window.transfers.preview_dialog is not None, timeout=20_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    window.transfers.preview_dialog.reject()
    assert pledges(ui_db)["C01"] != "A rewritten pledge"
    qtbot.waitUntil(lambda: not window.store._running, timeout=10_000)
    window.runner.wait()
