"""A return comes back in whatever form the officer's office suite saved it, tampered with or not: it is
recognised by its content and only ever adds that organisation's own updates (SPEC, the workbook).

The tampered return is the issue's: hidden Return sheet deleted, protection taken off, a pledge and a due
date edited, another organisation's commitment pasted into Commitments with an update on it, a date typed
the UK way and progress typed as 50%. Real LibreOffice saves it as .ods, .xls, .xlsx and .csv.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import zipfile
import zlib
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from office import convert

from commission.cli import main
from commission.errors import UserError
from commission.services.check import check_database
from commission.services.demo import create_demo
from commission.services.exporter import export_workbook
from commission.services.preview import import_file, preview_import
from commission.services.queries import find_commission, load_commission_data
from commission.services.return_book import recognise
from commission.services.return_import import percent, uk_date
from commission.services.returns import write_returns
from commission.storage import open_database
from commission.workbook import read_workbook

AS_OF = date(2026, 11, 22)
COUNCIL = "ORG-COUNCIL"


def fingerprint(db) -> str:
    """Every row of every table (a PostgreSQL database has no one file to hash)."""
    from sqlalchemy import select

    from commission.storage import models as m

    digest = hashlib.sha256()
    with db.session() as s:
        for table in m.Base.metadata.sorted_tables:
            for row in s.execute(select(table).order_by(*(list(table.primary_key.columns) or list(table.columns)))):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def commitments_of(db) -> list[tuple]:
    data = load_commission_data(db, find_commission(db).id)
    return sorted(
        (c.ref, c.action_id, c.organisation_id, c.pledge, c.made_on, c.due, c.weight, c.made_by_id)
        for c in data.commitments
    )


def file_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tamper(path: Path, out: Path, other_ref: str) -> None:
    """What an officer might do to the council's return, knowingly or not."""
    book = openpyxl.load_workbook(path)
    del book["Return"]
    for sheet in book:
        sheet.protection.sheet = False
    commitments = book["Commitments"]
    commitments["D2"] = "We promise nothing at all."
    commitments["G3"] = "2030-01-01"
    commitments["H3"] = 9
    commitments.append(
        [other_ref, "A01", "ORG-COUNCIL", "Rewritten: another organisation's pledge", "", "2025-01-01", "2031-01-01", 5]
    )
    updates = book["Updates"]
    header = [c.value for c in updates[1]]
    col = {name: header.index(name) + 1 for name in header}
    updates.cell(2, col["date"], "20/11/2026")
    updates.cell(2, col["status"], "in progress")
    cell = updates.cell(2, col["progress"], 0.5)
    cell.number_format = "0%"
    updates.cell(3, col["date"], date(2026, 11, 21))
    updates.cell(3, col["status"], "at risk")
    updates.cell(3, col["progress"], "30%")
    updates.cell(3, col["note"], "Waiting on the budget.")
    spare = max(r[0].row for r in updates.iter_rows(min_row=2) if r[0].value) + 1
    updates.cell(spare, col["commitment_ref"], other_ref)
    updates.cell(spare, col["date"], "2026-11-02")
    updates.cell(spare, col["status"], "done")
    book.save(out)


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    """A demo database, and the council's tampered return in every form LibreOffice saves it as."""
    folder = tmp_path_factory.mktemp("returns")
    template = folder / "template.db"
    db = open_database(template)
    create_demo(db)
    data = load_commission_data(db, find_commission(db).id)
    council = next(o for o in data.organisations if o.ref == COUNCIL)
    other = next(c for c in data.commitments if c.organisation_id != council.id)
    written = next(p for p in write_returns(db, folder / "sent", as_of=AS_OF) if "Council" in p.name)
    sent = shutil.copy(written, folder / "sent.xlsx")
    export_workbook(db, folder / "full.xlsx")
    db.dispose()
    tampered = folder / "tampered.xlsx"
    tamper(sent, tampered, other.ref)
    out = folder / "lo"
    convert([tampered, sent, folder / "full.xlsx"], "ods", out / "ods")
    for to in ("xls", "csv"):
        convert([tampered, sent], to, out / to)
    convert([tampered, sent], "xlsx", out / "xlsx")
    paths = {
        "xlsx (openpyxl)": tampered,
        "xlsx (LibreOffice)": out / "xlsx" / "tampered.xlsx",
        "ods": out / "ods" / "tampered.ods",
        "xls": out / "xls" / "tampered.xls",
        "csv folder": out / "csv",
        "csv file": out / "csv" / "tampered-Updates.csv",
    }
    (out / "csv" / "sent").mkdir()
    for file in (out / "csv").glob("sent-*.csv"):  # one workbook's set per folder
        file.rename(out / "csv" / "sent" / file.name)
    return {
        "template": template,
        "paths": paths,
        "sent": sent,
        "other": other.ref,
        "folder": folder,
        "full": folder / "full.xlsx",
        "full_ods": out / "ods" / "full.ods",
        "sent_forms": [
            out / "ods" / "sent.ods",
            out / "xls" / "sent.xls",
            out / "csv" / "sent",
            out / "xlsx" / "sent.xlsx",
        ],
    }


@pytest.fixture
def fresh(forms, tmp_path):
    path = tmp_path / "commission.db"
    shutil.copy(forms["template"], path)
    db = open_database(path, create=False)
    yield db
    db.dispose()


FORMS = ["xlsx (openpyxl)", "xlsx (LibreOffice)", "ods", "xls", "csv folder", "csv file"]


@pytest.mark.parametrize("form", FORMS)
def test_a_tampered_return_only_adds_its_own_updates(forms, fresh, form, capsys):
    """Before: the .xlsx with its hidden sheet deleted and the .ods went through the full-workbook path and
    rewrote pledges, due dates and another organisation's commitment (exit 0); .xls and .csv were refused
    as 'protected with a passphrase' and 'Commission sheet is missing'."""
    path = forms["paths"][form]
    assert recognise(path) is not None, form
    before = commitments_of(fresh)
    updates_before = len(load_commission_data(fresh, find_commission(fresh).id).updates)
    assert main(["import", "--db", str(fresh.url.removeprefix("sqlite:///")), str(path)]) == 0
    out = capsys.readouterr().out
    assert commitments_of(fresh) == before, "a return changed a commitment"
    data = load_commission_data(fresh, find_commission(fresh).id)
    new = data.updates[updates_before:]
    assert [(u.date, u.status, u.progress) for u in new] == [
        (date(2026, 11, 20), "in progress", 50.0),
        (date(2026, 11, 21), "at risk", 30.0),
    ], form
    assert "2 updates added" in out
    assert "its pledge differs" in out and f"{forms['other']} is " in out and "not Cwm Taf" in out
    assert "hidden Return sheet was deleted" in out
    if form in ("xlsx (openpyxl)", "ods"):
        assert "protection was taken off" in out
    assert check_database(fresh) == []


@pytest.mark.parametrize("which", range(4))
def test_an_untouched_return_saved_by_libreoffice_is_still_a_return(forms, fresh, which):
    path = forms["sent_forms"][which]
    found = recognise(path)
    assert found is not None and found.info.get("organisation_ref") == COUNCIL, path
    summary = import_file(fresh, path, as_of=AS_OF)
    assert summary.updates_added == 0 and not summary.ignored, summary.lines()


@pytest.mark.parametrize("which", range(4))
def test_a_return_saved_by_libreoffice_with_nothing_filled_in_is_not_received(forms, fresh, tmp_path, which):
    """Trial finding: a return sent back empty was marked received. It came back with nothing filled in:
    nothing is written, it stays awaited, and the coordinator is told so in one line."""
    from commission.services import return_rounds as rr

    rr.send_returns(fresh, tmp_path / "round", as_of=AS_OF, on=AS_OF)
    before = fingerprint(fresh)
    summary = import_file(fresh, forms["sent_forms"][which], as_of=AS_OF)
    assert summary.came_back_empty and not summary.marked_received and summary.updates_added == 0
    [line] = summary.lines()
    assert "came back with nothing filled in" in line and "not marked received" in line
    assert fingerprint(fresh) == before, "an empty return wrote something"
    status = rr.round_status(fresh, on=AS_OF)
    assert {o.ref: o.status for o in status.organisations}[COUNCIL] == "awaiting"


def test_a_full_workbook_is_not_a_return_in_any_form(forms, fresh):
    assert recognise(forms["full"]) is None and recognise(forms["full_ods"]) is None
    summary = import_file(fresh, forms["full_ods"])  # the coordinator's backup, saved by LibreOffice
    assert summary.updates_already_there == 61 and summary.updates_added == 0


def _stripped(forms, pledge: str):
    """The sent return with every marker taken off (no Return or Instructions sheet, no figure columns on
    Commitments, no pledge or due on Updates) and its first pledge rewritten in the file."""
    book = openpyxl.load_workbook(forms["sent"])
    for name in ("Return", "Instructions"):
        del book[name]
    commitments = book["Commitments"]
    commitments.delete_cols(9, 7)  # action, state, progress, latest_* and panel_verdict
    commitments["D2"] = pledge
    book["Updates"].delete_cols(2, 2)  # pledge, due
    return book


def test_a_return_stripped_of_every_marker_is_still_a_return_by_its_shape(forms, fresh, tmp_path):
    """No Return or Instructions sheet and no figure columns: one organisation's Commitments and an
    Updates sheet, with no Organisations or Actions sheet, cannot be a coordinator's workbook."""
    book = _stripped(forms, "Edited pledge")
    book["Updates"]["B2"], book["Updates"]["C2"] = "2026-11-10", "done"
    book.save(tmp_path / "stripped.xlsx")
    before = commitments_of(fresh)
    found = recognise(tmp_path / "stripped.xlsx")
    assert found is not None and "shape" in found.marker
    summary = import_file(fresh, tmp_path / "stripped.xlsx")
    assert summary.updates_added == 1 and commitments_of(fresh) == before


def test_dry_run_prints_the_changes_with_old_and_new_words_and_writes_nothing(forms, fresh, capsys):
    db_path = Path(fresh.url.removeprefix("sqlite:///"))
    book = openpyxl.load_workbook(forms["full"])
    sheet = book["Commitments"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("pledge") + 1, "A brand new pledge")
    sheet.cell(3, header.index("due") + 1, "2027-01-31")
    sheet.cell(4, header.index("weight") + 1, 3)
    sheet.append(["C99", "A01", COUNCIL, "A new commitment", "", "", "", 1])
    edited = forms["folder"] / "edited.xlsx"
    book.save(edited)
    before = file_hash(db_path)
    fresh.dispose()
    assert main(["import", "--db", str(db_path), "--dry-run", str(edited)]) == 0
    out = capsys.readouterr().out
    assert file_hash(db_path) == before, "a dry run wrote to the database"
    assert "Commitments: 1 new (C99), 3 changed" in out
    assert "→ “A brand new pledge”" in out and "due: 31 December 2026 → 31 January 2027" in out
    assert "weight: 1 → 3" in out and "Dry run: nothing was written." in out

    assert main(["import", "--db", str(db_path), "--dry-run", str(forms["paths"]["ods"])]) == 0
    out = capsys.readouterr().out
    assert file_hash(db_path) == before
    assert "2 updates to add" in out and "20 November 2026: in progress, 50%" in out and "Ignored" in out


def test_a_preview_agrees_with_the_import(forms, fresh):
    preview = preview_import(fresh, forms["paths"]["xls"], as_of=AS_OF)
    assert preview.kind == "return" and preview.changes_anything
    summary = import_file(fresh, forms["paths"]["xls"], as_of=AS_OF)
    assert (summary.updates_added, summary.ignored) == (preview.summary.updates_added, preview.summary.ignored)
    assert not preview_import(fresh, forms["paths"]["xls"], as_of=AS_OF).changes_anything


@pytest.mark.postgres
def test_a_tampered_return_on_postgresql_changes_no_commitment_and_a_dry_run_nothing(forms, pg_target):
    db = open_database(pg_target)
    try:
        create_demo(db)
        before, print_before = commitments_of(db), fingerprint(db)
        preview = preview_import(db, forms["paths"]["ods"], as_of=AS_OF)
        assert preview.summary.updates_added == 2 and fingerprint(db) == print_before
        summary = import_file(db, forms["paths"]["ods"], as_of=AS_OF)
        assert summary.updates_added == 2 and commitments_of(db) == before
        assert check_database(db) == []
    finally:
        db.dispose()


def test_uk_dates_and_percentages():
    assert uk_date("20/11/2026") == "2026-11-20" and uk_date("1.2.2027") == "2027-02-01"
    assert uk_date("31/02/2026") == "31/02/2026" and uk_date("2026-11-20") == "2026-11-20"
    assert [percent(v) for v in ("50%", "0.5", " 12.5 % ", "0", "1", "100", "0.25", "", "x%")] == [
        "50",
        "50",
        "12.5",
        "0",
        "1",
        "100",
        "25",
        "",
        "x%",
    ]


def test_a_zip_bomb_is_refused_with_one_line_before_parsing(tmp_path):
    """A 1.5 MB .xlsx whose shared strings unpack to 1.5 GB (calamine would inflate it whole and abort).
    Built in a second: one compressed megabyte of 'a', repeated as independent deflate blocks."""
    from zipbomb import bomb_xlsx

    path = bomb_xlsx(tmp_path / "bomb.xlsx", megabytes=1500)
    assert path.stat().st_size < 2_000_000
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size > 1_500_000_000
    db = open_database(tmp_path / "x.db")
    try:
        with pytest.raises(UserError) as caught:
            read_workbook(path)
        assert "zip bomb" in str(caught.value) and "\n" not in str(caught.value)
        assert main(["import", "--db", str(tmp_path / "x.db"), str(path)]) == 1
    finally:
        db.dispose()


def test_zlib_segments_make_a_valid_stream():
    """The bomb's trick is sound: full-flushed deflate segments concatenate into one stream."""
    from zipbomb import deflate_repeated

    stream, size, _crc = deflate_repeated(b"<x>", b"ab" * 1000, 5, b"</x>")
    assert zlib.decompress(stream, -15) == b"<x>" + b"ab" * 5000 + b"</x>" and size == 10_007


def test_a_folder_with_two_returns_csv_sets_is_refused_in_words(forms, tmp_path):
    for file in list((forms["paths"]["csv folder"]).glob("*.csv")) + list(
        (forms["paths"]["csv folder"] / "sent").glob("*.csv")
    ):
        shutil.copy(file, tmp_path / file.name)
    with pytest.raises(UserError) as caught:
        read_workbook(tmp_path)
    assert "more than one workbook" in str(caught.value)


def test_an_unknown_commitment_in_a_return_is_a_problem_in_its_own_words(forms, fresh, tmp_path):
    from commission.errors import WorkbookError

    book = openpyxl.load_workbook(forms["sent"])
    updates = book["Updates"]
    updates.append(["NOPE-1", "", "", "2026-11-01", "done"])
    book.save(tmp_path / "unknown.xlsx")
    before = file_hash(Path(fresh.url.removeprefix("sqlite:///")))
    with pytest.raises(WorkbookError) as caught:
        import_file(fresh, tmp_path / "unknown.xlsx")
    assert [p.reason for p in caught.value.problems] == [
        "unknown commitment 'NOPE-1' (not one of the commission's commitments)"
    ]
    assert file_hash(Path(fresh.url.removeprefix("sqlite:///"))) == before


def test_a_column_given_twice_in_a_returns_sheet_is_a_problem_not_a_traceback(forms, fresh, tmp_path):
    """Found by the return fuzz: a Milestones sheet with commitment_ref twice raised out of the import."""
    from commission.errors import WorkbookError

    book = openpyxl.load_workbook(forms["sent"])
    milestones = book["Milestones"]
    milestones.cell(1, milestones.max_column + 1, "commitment_ref")
    book.save(tmp_path / "twice.xlsx")
    before = file_hash(Path(fresh.url.removeprefix("sqlite:///")))
    with pytest.raises(WorkbookError) as caught:
        import_file(fresh, tmp_path / "twice.xlsx")
    assert [(p.sheet, p.reason) for p in caught.value.problems] == [
        ("Milestones", "the column commitment_ref is given twice (columns A and E): keep one")
    ]
    assert file_hash(Path(fresh.url.removeprefix("sqlite:///"))) == before


def test_a_workbook_read_as_a_return_by_its_shape_says_its_pledge_edits_were_ignored_and_why(forms, fresh, tmp_path):
    """Tester finding: a coordinator's workbook of one organisation's commitments (a pledge changed, the Updates
    sheet empty) was read as a return and said only 'came back with nothing filled in'; the pledge edit was
    dropped without a word. It is still a return (a stripped return must never change a pledge), but the
    coordinator is told which edits were ignored and how to import them."""
    book = _stripped(forms, "A pledge the coordinator rewrote")
    book.save(tmp_path / "one-organisation.xlsx")
    before = fingerprint(fresh)
    summary = import_file(fresh, tmp_path / "one-organisation.xlsx")
    assert summary.came_back_empty and summary.by_shape
    text = "\n".join(summary.lines())
    assert "came back with nothing filled in" in text
    assert "these edits to the file change nothing" in text and "C01: its pledge differs" in text
    assert "import a workbook that holds its Actions sheet too" in text
    assert fingerprint(fresh) == before
