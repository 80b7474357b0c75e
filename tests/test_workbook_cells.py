"""What a cell may hold (SPEC, workbook): text beginning with = + - @ is text, 32,767 characters everywhere,
control characters cleaned at import, real formulas refused; and the small things that made backups fail."""

import shutil
import subprocess
import zipfile

import openpyxl
import pytest
import xlsxwriter
from sqlalchemy import update

from commission.cli import main
from commission.errors import UserError, WorkbookError
from commission.services import edits
from commission.services.exporter import export_workbook
from commission.services.importer import import_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.storage import models as m
from commission.storage import open_database
from commission.workbook import read_workbook
from commission.workbook.cells import csv_text, from_csv_text


@pytest.fixture
def fresh(db_target, tmp_path, request):
    """A second, empty database on the same backend as the test's own."""
    target = request.getfixturevalue("pg_target") if "://" in db_target else tmp_path / "fresh.db"
    database = open_database(target)
    yield database
    database.dispose()


LEADING = ["=1+1", "+44 7700 900123", "-3", "@SUM(A1)", "'=already marked", "''+two", "=", "'plain", "- a list"]


def _first_session(db):
    data = load_commission_data(db, find_commission(db).id)
    return data.sessions[0]


def _session_texts(db):
    return {s.ref: (s.title, s.notes, s.location) for s in load_commission_data(db, find_commission(db).id).sessions}


def test_the_csv_mark_round_trips_every_text():
    for text in [*LEADING, "", "plain", "'", "''", "'x=", "a=b"]:
        assert from_csv_text(csv_text(text)) == text
    assert csv_text("=1+1") == "'=1+1" and csv_text("plain") == "plain"


@pytest.mark.parametrize("suffix", [".xlsx", ""])
def test_text_beginning_like_a_formula_survives_the_backup(demo_db, fresh, tmp_path, suffix):
    """Typed in the app, exported, imported into an empty database: the same words (it was refused as 'a formula')."""
    sessions = load_commission_data(demo_db, find_commission(demo_db).id).sessions
    for session, text in zip(sessions, LEADING, strict=False):  # only as many sessions as texts
        edits.edit(demo_db, "session", session.id, {"notes": text, "location": text, "title": text})
    out = export_workbook(demo_db, tmp_path / f"backup{suffix}")
    if suffix == ".xlsx":
        cells = openpyxl.load_workbook(out)["Sessions"]
        assert all(c.data_type == "s" for row in cells.iter_rows(min_row=2) for c in row if c.value is not None)
    import_workbook(fresh, out)
    assert _session_texts(fresh) == _session_texts(demo_db)


def test_libreoffice_opens_the_csv_export_as_text(sqlite_demo, tmp_path):
    """A spreadsheet opening the .csv export shows such cells as text: LibreOffice (headless) opens it and
    saves .xlsx; every cell that began with = + - @ is a text cell there, not a formula or a number."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (libreoffice-calc-nogui, in scripts/setup) is needed for this test"
    sessions = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id).sessions
    for session, text in zip(sessions, LEADING, strict=False):  # only as many sessions as texts
        edits.edit(sqlite_demo, "session", session.id, {"notes": text})
    folder = export_workbook(sqlite_demo, tmp_path / "backup")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "lo"),
            str(folder / "Sessions.csv"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    sheet = openpyxl.load_workbook(tmp_path / "lo" / "Sessions.xlsx").active
    header = [c.value for c in sheet[1]]
    notes = [row[header.index("notes")] for row in sheet.iter_rows(min_row=2)]
    shown = {c.value: c.data_type for c in notes}
    for text in LEADING:
        assert shown.get(csv_text(text)) == "s", (text, shown)
    fresh = open_database(tmp_path / "fresh.db")
    try:
        import_workbook(fresh, folder)
        assert _session_texts(fresh) == _session_texts(sqlite_demo)
    finally:
        fresh.dispose()


def test_a_cell_stored_as_a_formula_is_refused_with_its_place(sqlite_demo, tmp_path):
    out = export_workbook(sqlite_demo, tmp_path / "backup.xlsx")
    book = openpyxl.load_workbook(out)
    book["Sessions"]["F3"] = "=1+1"  # notes of the second session: a formula cell
    book["Sessions"]["H3"] = "=2+2"  # a column Commission does not know: passed over like the column
    book.save(out)
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, out)
    places = [(p.sheet, p.row, p.column) for p in caught.value.problems]
    assert places == [("Sessions", 3, "notes")], caught.value.problems


def test_text_of_32767_characters_goes_round_whole(demo_db, fresh, tmp_path):
    """Titles, names and places hold a cell's 32,767 characters on every backend (PostgreSQL cut them at 300)."""
    session = _first_session(demo_db)
    long = "ŵ" * 32_767
    edits.edit(demo_db, "session", session.id, {"title": long, "location": long, "notes": long})
    out = export_workbook(demo_db, tmp_path / "backup.xlsx")
    import_workbook(fresh, out)
    assert _session_texts(fresh)[session.ref] == (long, long, long)


def test_the_app_refuses_text_longer_than_a_cell(demo_db):
    session = _first_session(demo_db)
    with pytest.raises(UserError, match="Notes is too long: at most 32,767 characters"):
        edits.edit(demo_db, "session", session.id, {"notes": "x" * 32_768})
    assert _first_session(demo_db).notes == session.notes


@pytest.mark.parametrize("suffix", [".xlsx", ""])
def test_export_refuses_rather_than_cuts_text_longer_than_a_cell(sqlite_demo, tmp_path, suffix):
    """Text that got in before the limit (an old database): the export says where, and writes nothing."""
    session = _first_session(sqlite_demo)
    with sqlite_demo.transaction() as s:
        s.execute(update(m.Session).where(m.Session.id == session.id).values(notes="y" * 40_000))
    with pytest.raises(UserError, match=r"Sessions, row \d+, column notes holds 40,000 characters"):
        export_workbook(sqlite_demo, tmp_path / "out" / f"backup{suffix}")
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("suffix", [".xlsx", ""])
def test_import_refuses_text_longer_than_a_cell_with_its_place(sqlite_demo, tmp_path, suffix):
    out = export_workbook(sqlite_demo, tmp_path / f"backup{suffix}")
    if suffix == ".xlsx":
        _rewrite_xlsx_cell(out, "Sessions", 2, "notes", "z" * 32_768)
    else:
        import pandas as pd

        frame = pd.read_csv(out / "Sessions.csv", dtype=str, keep_default_na=False)
        frame.loc[0, "notes"] = "z" * 32_768
        frame.to_csv(out / "Sessions.csv", index=False)
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, out)
    assert [(p.sheet, p.row, p.column) for p in caught.value.problems] == [("Sessions", 2, "notes")]


def _rewrite_xlsx_cell(path, sheet_name, row, column, value):
    """Rewrite one cell with XlsxWriter (openpyxl refuses strings over 32,767 characters)."""
    frames = read_workbook(path)
    book = xlsxwriter.Workbook(str(path))
    for name, frame in frames.items():
        sheet = book.add_worksheet(name)
        for c, title in enumerate(frame.columns):
            sheet.write_string(0, c, title)
            for r, cell in enumerate(frame[title].tolist(), start=1):
                if name == sheet_name and r == row - 1 and title == column:
                    cell = value
                sheet.write_string(r, c, cell)
        # write_string cuts at 32,767: put the long text in the shared strings by hand below
    book.close()
    if len(value) > 32_767:
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        strings = parts["xl/sharedStrings.xml"].decode()
        strings = strings.replace(value[:32_767], value, 1)
        parts["xl/sharedStrings.xml"] = strings.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                z.writestr(n, data)


def test_control_characters_are_cleaned_at_import(demo_db, db_target, tmp_path):
    """A vertical tab pasted from Word, NUL and ESC are taken out; tab and line breaks stay (PostgreSQL refused NUL)."""
    out = export_workbook(demo_db, tmp_path / "backup")
    import pandas as pd

    frame = pd.read_csv(out / "Sessions.csv", dtype=str, keep_default_na=False)
    frame.loc[0, "notes"] = "one\x0btwo\x00three\x1bfour\tfive\nsix\r\nseven"
    frame.to_csv(out / "Sessions.csv", index=False)
    import_workbook(demo_db, out)
    ref = frame.loc[0, "ref"]
    assert _session_texts(demo_db)[ref][1] == "onetwothreefour\tfive\nsix\r\nseven"


# ------------------------------------------------------------------------------------------ small things


def test_a_second_sheet_reading_as_a_known_one_is_refused(sqlite_demo, tmp_path):
    out = export_workbook(sqlite_demo, tmp_path / "backup.xlsx")
    book = openpyxl.load_workbook(out)
    extra = book.create_sheet("updates ")
    extra.append(["commitment_ref", "date", "status"])
    book.save(out)
    with pytest.raises(UserError, match=r"two sheets that both read as Updates \('Updates' and 'updates '\)"):
        import_workbook(sqlite_demo, out)


def test_two_csv_files_for_one_sheet_are_refused(sqlite_demo, tmp_path):
    folder = export_workbook(sqlite_demo, tmp_path / "backup")
    shutil.copy(folder / "Updates.csv", folder / "updates .csv")
    with pytest.raises(UserError, match="both read as Updates"):
        import_workbook(sqlite_demo, folder)


@pytest.mark.parametrize("suffix", [".xlsx", ""])
def test_a_column_given_twice_is_refused(sqlite_demo, tmp_path, suffix):
    out = export_workbook(sqlite_demo, tmp_path / f"backup{suffix}")
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(out)
        sheet = book["Updates"]
        sheet.cell(1, sheet.max_column + 1, "Note")
        book.save(out)
    else:
        text = (out / "Updates.csv").read_text().splitlines()
        (out / "Updates.csv").write_text("\n".join([text[0] + ",note"] + [line + ",other" for line in text[1:]]) + "\n")
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, out)
    assert [(p.sheet, p.row, p.column) for p in caught.value.problems] == [("Updates", 1, "note")]
    assert "given twice (columns E and J)" in caught.value.problems[0].reason  # J: after note_cy


def test_an_unknown_database_dialect_does_not_show_the_password(capsys):
    code = main(["check", "--db", "mysqlish://coordinator:s3cr3t-Pa55@db.example/commission"])
    err = capsys.readouterr().err
    assert code == 1 and "s3cr3t" not in err and "coordinator:***@db.example" in err


def test_a_failed_import_into_a_new_path_leaves_no_database(tmp_path, capsys):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "Commission.csv").write_text("key,value\nname,X\n")
    (bad / "Sessions.csv").write_text("ref,date,title\nS-1,not a date,T\n")
    code = main(["import", "--db", str(tmp_path / "new.db"), str(bad)])
    assert code == 1 and "problem" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad"]
    existing = tmp_path / "kept.db"
    assert main(["demo", "--db", str(existing)]) == 0
    assert main(["import", "--db", str(existing), str(bad)]) == 1
    assert existing.exists(), "an existing database is never removed"


def test_the_summary_names_the_sheets_not_in_the_file(sqlite_demo, tmp_path):
    folder = export_workbook(sqlite_demo, tmp_path / "backup")
    for name in ("Quotes", "Attendance"):
        (folder / f"{name}.csv").unlink()
    summary = import_workbook(sqlite_demo, folder)
    assert "Attendance" in summary.not_in_file and "Quotes" in summary.not_in_file
    assert "Sessions" not in summary.not_in_file
    assert any(
        line.strip().startswith("Not in the file (left as they were): ") and "Quotes" in line
        for line in summary.lines()
    )


def test_cells_read_as_text_whatever_the_column_holds():
    """The reader's fast paths (a grid transposed in C, a column of clean text passed through) give each
    cell's text as the cell by cell way does: stripped, cleaned, bools as yes/no, a list cell as its text."""
    from commission.workbook.reader import _rows_to_frame

    frame = _rows_to_frame(
        [
            ["Ref", "note", "flag", "n", "odd"],
            ["C1", "clean", True, 1.0, [1, 2]],
            ["", "", None, None, None],  # a blank row goes
            [" C2 ", "a\x01b ", 1, float("nan"), "x"],
            ["C3", "".join(["cle", "an"]), False, 2.5, "y"],  # equal to row 2's text, another object
        ]
    )
    assert list(frame.index) == [2, 4, 5]
    assert frame.to_dict("list") == {
        "ref": ["C1", "C2", "C3"],
        "note": ["clean", "ab", "clean"],
        "flag": ["yes", "1", "no"],
        "n": ["1", "", "2.5"],
        "odd": ["[1, 2]", "x", "y"],
    }
    assert all(type(cell) is str for cell in frame.to_numpy().ravel())
    assert frame.loc[2, "note"] is frame.loc[5, "note"]  # equal texts as one object: hashed once, compared by identity
