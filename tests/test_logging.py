"""The log: a rotating file set up once, quieter for the CLI, and never a member's name or words."""

from __future__ import annotations

import logging
from datetime import date
from logging.handlers import RotatingFileHandler

import pytest

from commission import log as app_log
from commission.cli import main
from commission.services.demo import create_demo
from commission.services.exporter import export_workbook
from commission.services.importer import import_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.services.reporting import make_report
from commission.storage import open_database


@pytest.fixture
def log_dir(tmp_path):
    yield tmp_path / "logs"
    app_log.stop_logging()


def _words(text: str) -> list[str]:
    return [text] if len(text) >= 4 else []


def test_a_rotating_file_set_up_once(log_dir):
    path = app_log.setup_logging(folder=log_dir)
    again = app_log.setup_logging(folder=log_dir)
    assert path == again == log_dir / app_log.LOG_NAME == app_log.log_file()
    handlers = [h for h in logging.getLogger("commission").handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1 and handlers[0].maxBytes == app_log.MAX_BYTES and handlers[0].backupCount > 0
    logging.getLogger("commission.services.importer").info("one line")
    assert path.read_text(encoding="utf-8").count("one line") == 1  # not doubled by the second set-up


def test_the_log_folder_is_the_users_unless_told(monkeypatch, tmp_path):
    monkeypatch.delenv(app_log.LOG_DIR_ENV, raising=False)
    assert "Commission" in str(app_log.log_folder())
    monkeypatch.setenv(app_log.LOG_DIR_ENV, str(tmp_path))
    assert app_log.log_folder() == tmp_path


def test_an_unwritable_folder_means_no_log_not_a_failure(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    assert app_log.setup_logging(folder=blocker / "logs") is None
    logging.getLogger("commission").info("still fine")


def test_import_and_report_at_debug_log_no_member_details_or_words(tmp_path, log_dir):
    path = app_log.setup_logging(level=logging.DEBUG, folder=log_dir)
    db = open_database(tmp_path / "demo.db")
    try:
        create_demo(db, actor="Coordinator")
        info = find_commission(db, None)
        export_workbook(db, tmp_path / "full.xlsx")
        import_workbook(db, tmp_path / "full.xlsx", actor="Coordinator")  # again: changes nothing
        make_report(db, tmp_path / "report.xlsx", format="xlsx", as_of=date(2026, 11, 22))
        make_report(db, tmp_path / "report.docx", format="docx", as_of=date(2026, 11, 22))
        data = load_commission_data(db, info.id)
    finally:
        db.dispose()
    text = path.read_text(encoding="utf-8")
    assert "Imported into commission" in text and "Report written" in text and "DEBUG" in text
    secrets = []
    for member in data.members:
        secrets += _words(member.display_name) + _words(member.email) + _words(member.phone)
        secrets += _words(member.accessibility_notes)
    secrets += [q.text[:40] for q in data.quotes if q.text] + [i.statement[:40] for i in data.insights]
    secrets += [s.notes[:40] for s in data.sessions if len(s.notes) >= 4]
    assert len(secrets) > 20
    leaked = [s for s in secrets if s.lower() in text.lower()]
    assert not leaked, leaked


def test_the_cli_logs_only_what_went_wrong(tmp_path, log_dir, monkeypatch, capsys):
    monkeypatch.setenv(app_log.LOG_DIR_ENV, str(log_dir))
    assert main(["demo", "--db", str(tmp_path / "d.db")]) == 0
    path = log_dir / app_log.LOG_NAME
    assert not path.exists() or " INFO " not in path.read_text(encoding="utf-8")
    assert logging.getLogger("commission").getEffectiveLevel() == logging.WARNING
