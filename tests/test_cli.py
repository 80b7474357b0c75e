"""The command line: the same services, exit 0 on success, 1 with one line on stderr for user errors."""

import subprocess
import sys

import pytest

from commission.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_export_import_check(tmp_path, capsys):
    db, out = tmp_path / "demo.db", tmp_path / "backup.xlsx"
    assert run(capsys, "demo", "--db", db)[0] == 0
    code, stdout, _ = run(capsys, "export", "--db", db, "--out", out)
    assert code == 0 and out.exists() and "full copy" in stdout
    code, stdout, _ = run(capsys, "import", "--db", tmp_path / "copy.db", out)
    assert code == 0 and "61 added" in stdout
    code, stdout, _ = run(capsys, "check", "--db", tmp_path / "copy.db")
    assert code == 0 and "all checks passed" in stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["export", "--db", "{tmp}/absent.db", "--out", "{tmp}/x.xlsx"], "There is no Commission database"),
        (["import", "--db", "{tmp}/d.db", "{tmp}/nothing.xlsx"], "There is no file or folder"),
        (["check", "--db", "{tmp}/text.db"], "not a Commission database"),
    ],
)
def test_user_errors_are_one_line(tmp_path, capsys, args, message):
    (tmp_path / "text.db").write_text("not a database at all, just words\n" * 10)
    code, _, err = run(capsys, *[a.format(tmp=tmp_path) for a in args])
    assert code == 1
    assert err.startswith("commission: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_bad_workbook_lists_every_problem(tmp_path, capsys):
    db = tmp_path / "demo.db"
    run(capsys, "demo", "--db", db)
    folder = tmp_path / "bad"
    run(capsys, "export", "--db", db, "--out", folder)
    sessions = (folder / "Sessions.csv").read_text()
    (folder / "Sessions.csv").write_text(sessions.replace(",2025-03-15,", ",15/03/2025,", 1))
    (folder / "Themes.csv").write_text((folder / "Themes.csv").read_text().replace("physical", "bricks", 1))
    code, _, err = run(capsys, "import", "--db", db, folder)
    assert code == 1
    assert "nothing was changed" in err.splitlines()[0]
    assert any("Themes, row" in line and "unknown asset category 'bricks'" in line for line in err.splitlines())
    assert any("Sessions, row 2, column date: bad date '15/03/2025'" in line for line in err.splitlines())


def test_main_py_runs_the_same_command_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "main.py", "check", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        cwd=__file__.rsplit("/tests/", 1)[0],
    )
    assert result.returncode == 1 and "no Commission database" in result.stderr


def test_bad_as_of_date_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["report", "--db", str(tmp_path / "d.db"), "--out", str(tmp_path / "r.pdf"), "--as-of", "31/12/2026"])
    assert caught.value.code == 2
    assert "write it as YYYY-MM-DD" in capsys.readouterr().err


def test_review_commands(tmp_path, capsys):
    from commission.services import reviews
    from commission.services.queries import load_commission_data
    from commission.storage import open_database

    db_path = tmp_path / "demo.db"
    run(capsys, "demo", "--db", db_path)
    db = open_database(db_path)
    data = load_commission_data(db, 1)
    reviewers = [m.id for m in data.members if m.role == "community"][:3]
    round_id = reviews.create_round(db, 1, "Draft insights", [("insight", i.id) for i in data.insights[:2]], reviewers)
    db.dispose()
    code, out, _ = run(capsys, "review", "list", "--db", db_path)
    assert code == 0 and "Draft insights — open, 2 item(s), 3 reviewer(s)" in out
    code, out, _ = run(capsys, "review", "packs", "--db", db_path, "--round", round_id, "--out", tmp_path / "packs")
    assert code == 0 and len(list((tmp_path / "packs").glob("*.pdf"))) == 3
    code, _, err = run(capsys, "review", "close", "--db", db_path)
    assert code == 1 and "--round" in err


def test_report_as_a_web_page_and_an_accessible_pdf(tmp_path, capsys):
    """`--out r.html` makes the web page; `--format pdfua` the tagged PDF, with the .pdf the coordinator named."""
    db = tmp_path / "demo.db"
    run(capsys, "demo", "--db", db)
    code, stdout, _ = run(
        capsys, "report", "--db", db, "--out", tmp_path / "r.html", "--as-of", "2026-11-22", "--language", "cy"
    )
    assert code == 0 and "redacted for others" in stdout
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith('<!DOCTYPE html>\n<html lang="cy-GB">')
    code, _, _ = run(
        capsys, "report", "--db", db, "--out", tmp_path / "a.pdf", "--format", "pdfua", "--as-of", "2026-11-22"
    )
    from pypdf import PdfReader

    root = PdfReader(str(tmp_path / "a.pdf")).trailer["/Root"]
    assert code == 0 and "/StructTreeRoot" in root and root["/Lang"] == "en-GB"


def _actors(db_path):
    from sqlalchemy import select

    from commission.storage import models as m
    from commission.storage import open_database

    db = open_database(db_path)
    try:
        with db.session() as s:
            return set(s.scalars(select(m.AuditEntry.actor)))
    finally:
        db.dispose()


def test_the_cli_records_who_made_a_change(tmp_path, capsys, monkeypatch):
    """--user names the actor; without it COMMISSION_USER, else the computer account's name."""
    from commission.services.audit import default_actor

    monkeypatch.delenv("COMMISSION_USER", raising=False)
    assert run(capsys, "demo", "--db", tmp_path / "a.db", "--user", "  Jo Bloggs ")[0] == 0
    assert _actors(tmp_path / "a.db") == {"Jo Bloggs"}
    monkeypatch.setenv("COMMISSION_USER", "Sam Rees")
    assert run(capsys, "demo", "--db", tmp_path / "b.db")[0] == 0
    assert _actors(tmp_path / "b.db") == {"Sam Rees"}
    monkeypatch.delenv("COMMISSION_USER")
    assert run(capsys, "demo", "--db", tmp_path / "c.db")[0] == 0
    assert _actors(tmp_path / "c.db") == {default_actor()}
