"""Random workbooks thrown at the importer (hypothesis): never a traceback, all or nothing.

Each example starts from a real workbook — the bundled demo, or a small generated commission,
both already in the database (so rows are updated) or renamed (so a new commission is created) —
and mutates it: cells set to random values of every type (text, unicode, integers, floats, negative
numbers, NaN and infinity, booleans, dates as numbers like 45123, real dates and datetimes, strings
over 40,000 characters, formulas, blanks, refs from other sheets), columns dropped, added or renamed,
sheets dropped or renamed, rows duplicated, dropped or blanked. It is written as a typed .xlsx
(XlsxWriter, one cell type per value: number, boolean, date, formula, text), through the app's own
write_workbook, or as a folder of .csv files; some examples are not workbooks at all (random
bytes, an empty file, a truncated or foreign zip, undecodable CSV).

The property, for every example, imported into a copy of a SQLite database holding both commissions:
- import_workbook raises nothing but UserError / WorkbookError, and a well-formed workbook is only
  ever refused with a WorkbookError (one bare message is for files that are not workbooks);
- on an error the database file is byte-for-byte what it was (WAL checkpointed, then hashed), and a
  WorkbookError lists its problems, each with a sheet, a row (spreadsheet numbering) or none,
  a column and a plain reason;
- on success, check_database finds no problem.
The same property runs on PostgreSQL (one shared database, every row hashed before and after),
whose column types are stricter than SQLite's.

500 SQLite examples and 100 PostgreSQL ones in CI (about 1.5 minutes and 20 s);
COMMISSION_FUZZ_EXAMPLES=N and COMMISSION_FUZZ_PG_EXAMPLES=N for more.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import sqlite3
import string
import tempfile
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter
from conftest import _postgres_database
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from commission.demo import LARGE_NAME, generate_frames, load_demo_frames
from commission.errors import UserError, WorkbookError
from commission.services.check import check_database
from commission.services.demo import create_demo
from commission.services.importer import import_frames, import_workbook
from commission.sheets import BY_NAME, SHEETS
from commission.storage import models as m
from commission.storage import open_database
from commission.workbook import write_workbook
from commission.workbook.reader import sheets_from_frames
from commission.workbook.validate import COLUMN_KINDS, DATE, PROGRESS, WEIGHT, YESNO

EXAMPLES = int(os.environ.get("COMMISSION_FUZZ_EXAMPLES", "500"))
PG_EXAMPLES = int(os.environ.get("COMMISSION_FUZZ_PG_EXAMPLES", "100"))
OUTCOMES: Counter = Counter()


def small_frames():
    return generate_frames(
        commitments=4,
        updates=8,
        members=5,
        organisations=2,
        sessions=3,
        themes=2,
        insights=3,
        quotes=4,
        actions=3,
        seed=11,
    )


def as_rows(frames) -> dict[str, list[list]]:
    return {name: [list(frame.columns), *frame.to_numpy(dtype=object).tolist()] for name, frame in frames.items()}


BASES = {"small": as_rows(small_frames()), "demo": as_rows(load_demo_frames())}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A database holding the demo and the small commission, checkpointed; its path and hash."""
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "template.db"
    db = open_database(path)
    create_demo(db)
    import_frames(db, sheets_from_frames(small_frames()), source="small")
    assert check_database(db) == []
    db.dispose()
    return path, file_hash(path)


def file_hash(path: Path) -> str:
    """The database's bytes once everything in the WAL is in the main file."""
    conn = sqlite3.connect(path)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0, "the database is still in use"
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        assert not extra.exists() or extra.stat().st_size == 0 or suffix == "-shm"
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------------------------
# Values


class Formula(str):
    """A cell holding a formula (written with write_formula; its cached value is what is read)."""


class DateNumber(float):
    """A number in a cell formatted as a date (or a duration): how spreadsheets hold dates."""


HUGE = st.builds(lambda ch, n: ch * n, st.sampled_from(["x", "é", "日", "🙂", "a b "]), st.integers(32_760, 45_000))
FORMULAS = st.sampled_from(["=1+1", "=SUM(A1:A3)", "=NOW()", '="done"', "=A1", "=", "==", "=1/0"])
ODD_TEXT = st.sampled_from(
    [
        "",
        " ",
        "  \t ",
        "\n",
        "yes",
        "NO",
        "Y",
        "true",
        "0",
        "1",
        "2",
        "maybe",
        "45123",
        "2025-13-01",
        "2024-02-29",
        "2025-02-29",
        "01/02/2025",
        "2025-1-2",
        " 2025-01-02 ",
        "0000-00-00",
        "9999-12-31",
        "Present ",
        " DONE ",
        "in  progress",
        "In Progress",
        "not\u00a0started",
        "agree",
        "Partly",
        "NOT ASSESSED",
        "cy",
        "EN",
        "fr",
        ";",
        "x;;y",
        " ; ",
        "nan",
        "NaN",
        "inf",
        "-0",
        "1e3",
        "100.0000001",
        "-0.0",
        "50%",
        "null",
        "None",
        "'=1+1",
        "+1",
        "@SUM(1)",
        "Robert'); DROP TABLE members;--",
        "\x00",
        "\u202e",
        "Ŵ ŷ ê",
        "<b>x</b>",
    ]
)
SMALL_WILD = st.one_of(
    st.text(max_size=40),
    ODD_TEXT,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.sampled_from([0, 1, 45123, 45123.5, -1, 100, 101, 100.5, -0.0, 1e15, 1e16, 2**53, 1e300, 1e-300]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1)),
    st.none(),
    FORMULAS.map(Formula),
    st.one_of(st.integers(-1000, 2_958_466), st.floats(-1e5, 3e6)).map(DateNumber),
    FORMULAS,  # the text of a formula, as a string cell
    st.builds(lambda ch, n: ch * n, st.sampled_from(["m", "ŵ"]), st.integers(90, 1200)),  # past short columns
)
WILD = st.one_of(SMALL_WILD, HUGE)


def plausible(sheet: str, column: str, rows: dict[str, list[list]]):
    """A value that might well be valid for this column: a right-typed or right-spelled one."""
    kind = COLUMN_KINDS.get(sheet, {}).get(column)
    if isinstance(kind, tuple) and kind and kind[0] in ("link", "links"):
        target = rows.get(kind[1])
        refs = sorted({str(r[0]) for r in target[1:] if r and r[0] not in (None, "")}) if target else []
        one = st.sampled_from(refs) if refs else st.just("NOPE-1")
        if kind[0] == "links":
            return st.lists(one, max_size=3).map(lambda parts: " ; ".join(parts))
        return st.one_of(one, st.just(""), one.map(lambda r: r + "x"))
    if kind == DATE:
        return st.one_of(
            st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)).map(str),
            st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
            st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31)),
            st.just(""),
        )
    if kind == YESNO:
        return st.sampled_from(["yes", "no", "Y", "n", "TRUE", "false", "1", "0", "", True, False, 1, 0])
    if kind in (PROGRESS, WEIGHT):
        return st.one_of(st.integers(0, 100), st.floats(0, 100), st.integers(0, 100).map(str), st.just(""))
    if isinstance(kind, tuple):
        return st.sampled_from(kind).map(lambda v: v.upper()) | st.sampled_from(kind).map(lambda v: f"  {v} ")
    if sheet == "Commission" and column == "key":
        return st.sampled_from(["name", "area", "start_date", "end_date", "language", "description", "NAME"])
    return st.one_of(st.text(max_size=40), st.text(alphabet=string.ascii_letters, min_size=1, max_size=10))


# ---------------------------------------------------------------------------------------------
# Mutations: each takes the workbook (sheet name -> rows, header first) and st.data()


def _sheet(data, book):
    return data.draw(st.sampled_from(sorted(book)), label="sheet")


def _cell(data, book, wild: bool):
    name = _sheet(data, book)
    rows = book[name]
    if not rows or not rows[0] or len(rows) < 2:
        return
    r = data.draw(st.integers(1, len(rows) - 1), label="row")
    c = data.draw(st.integers(0, len(rows[0]) - 1), label="column")
    column = str(rows[0][c])
    value = data.draw(WILD if wild else plausible(name, column, book), label=f"{name}[{r}].{column}")
    while len(rows[r]) <= c:
        rows[r].append(None)
    rows[r][c] = value


def m_wild_cell(data, book):
    _cell(data, book, wild=True)


def m_plausible_cell(data, book):
    _cell(data, book, wild=False)


def m_long_text(data, book):
    """Text longer than many a database column (ref 100, title 300, name 200 …) but within a cell's limit."""
    name = _sheet(data, book)
    rows = book[name]
    if len(rows) > 1 and rows[0]:
        r = data.draw(st.integers(1, len(rows) - 1))
        c = data.draw(st.integers(0, len(rows[0]) - 1))
        while len(rows[r]) <= c:
            rows[r].append(None)
        rows[r][c] = data.draw(st.sampled_from(["L", "ŵ"])) * data.draw(st.integers(90, 1200), label="length")


def m_drop_column(data, book):
    rows = book[_sheet(data, book)]
    if rows and rows[0]:
        c = data.draw(st.integers(0, len(rows[0]) - 1))
        for row in rows:
            if c < len(row):
                del row[c]


def m_add_column(data, book):
    rows = book[_sheet(data, book)]
    if not rows:
        return
    known = sorted({c for sheet in SHEETS for c in sheet.columns})
    title = data.draw(
        st.one_of(
            st.sampled_from(known),
            st.text(max_size=12),
            st.sampled_from(["", "REF", " ref "]),
            st.integers(),
            st.none(),
        ),
        label="new column",
    )
    fill = data.draw(st.one_of(SMALL_WILD.map(lambda v: lambda _i: v), st.just(lambda i: f"v{i}")))
    rows[0].append(title)
    for i, row in enumerate(rows[1:]):
        row.append(fill(i))


def m_rename_header(data, book):
    rows = book[_sheet(data, book)]
    if rows and rows[0]:
        c = data.draw(st.integers(0, len(rows[0]) - 1))
        old = str(rows[0][c])
        rows[0][c] = data.draw(st.sampled_from([old.upper(), f"  {old} ", old.title(), old + "_x", ""]))


def m_drop_sheet(data, book):
    if len(book) > 1:
        del book[_sheet(data, book)]


def m_rename_sheet(data, book):
    name = _sheet(data, book)
    new = data.draw(st.sampled_from([name.lower(), name.upper(), f" {name} ", name + "s", "Instructions"]))
    if new not in book:
        book[new] = book.pop(name)


def m_extra_sheet(data, book):
    name = data.draw(st.sampled_from(["Notes", "Instructions", "Sheet1"]))
    book[name] = [["a", "b"], data.draw(st.lists(WILD, min_size=2, max_size=2))]


def m_duplicate_row(data, book):
    rows = book[_sheet(data, book)]
    if len(rows) > 1:
        r = data.draw(st.integers(1, len(rows) - 1))
        rows.insert(data.draw(st.integers(1, len(rows))), list(rows[r]))


def m_drop_rows(data, book):
    rows = book[_sheet(data, book)]
    if len(rows) > 1:
        start = data.draw(st.integers(1, len(rows) - 1))
        del rows[start : start + data.draw(st.integers(1, 5))]


def m_blank_row(data, book):
    rows = book[_sheet(data, book)]
    if rows:
        rows.insert(data.draw(st.integers(1, len(rows))), [data.draw(st.sampled_from([None, "", " "]))] * len(rows[0]))


def m_header_only(data, book):
    name = _sheet(data, book)
    book[name] = book[name][:1]


def m_empty_sheet(data, book):
    book[_sheet(data, book)] = []


def m_short_row(data, book):
    rows = book[_sheet(data, book)]
    if len(rows) > 1:
        r = data.draw(st.integers(1, len(rows) - 1))
        rows[r] = rows[r][: data.draw(st.integers(0, len(rows[r])))]


def m_new_commission(data, book):
    rows = book.get("Commission")
    if rows:
        for row in rows[1:]:
            if row and str(row[0]).strip().lower() == "name":
                row[1:2] = [None] if len(row) < 2 else row[1:2]
                row[1] = data.draw(
                    st.sampled_from(
                        [
                            "A brand new commission",
                            LARGE_NAME,
                            "  Cwm Taf Valleys Poverty Truth Commission  ",
                            "cwm taf valleys poverty truth commission",
                        ]
                    )
                )


MUTATIONS = [
    (m_wild_cell, 6),
    (m_plausible_cell, 6),
    (m_long_text, 1),
    (m_drop_column, 1),
    (m_add_column, 1),
    (m_rename_header, 1),
    (m_drop_sheet, 1),
    (m_rename_sheet, 1),
    (m_extra_sheet, 1),
    (m_duplicate_row, 2),
    (m_drop_rows, 1),
    (m_blank_row, 1),
    (m_header_only, 1),
    (m_empty_sheet, 1),
    (m_short_row, 1),
    (m_new_commission, 2),
]
MUTATION = st.sampled_from([m for m, weight in MUTATIONS for _ in range(weight)])


# ---------------------------------------------------------------------------------------------
# Writers


def write_typed_xlsx(book: dict[str, list[list]], path: Path) -> None:
    """Every value as its own kind of cell, as a person's spreadsheet would hold it."""
    wb = xlsxwriter.Workbook(
        str(path),
        {
            "in_memory": True,
            "nan_inf_to_errors": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    duration = wb.add_format({"num_format": "[h]:mm:ss"})
    titles: set[str] = set()
    for name, rows in book.items():
        title = name.strip()[:31] or "Blank"
        if title.lower() in titles:  # a spreadsheet cannot hold two sheets of one name: the first one stands
            continue
        titles.add(title.lower())
        sheet = wb.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, Formula):
                    sheet.write_formula(r, c, value, None, 2 if value == "=1+1" else "")
                elif isinstance(value, DateNumber):
                    sheet.write_number(r, c, value, day if int(value) % 2 else duration)
                elif isinstance(value, bool):
                    sheet.write_boolean(r, c, value)
                elif isinstance(value, (int, float)):
                    if isinstance(value, int) and abs(value) > 2**63:
                        sheet.write_string(r, c, str(value))
                    else:
                        sheet.write_number(r, c, value)
                elif isinstance(value, datetime):
                    sheet.write_datetime(r, c, value, stamp)
                elif isinstance(value, date):
                    sheet.write_datetime(r, c, value, day)
                else:
                    sheet.write_string(r, c, str(value))
    wb.close()


def as_text_frames(book: dict[str, list[list]]):
    """The workbook as the header-and-text frames write_workbook takes (every cell str())."""
    import pandas as pd

    frames = {}
    for name, rows in book.items():
        header = [("" if h is None else str(h)) for h in rows[0]] if rows else []
        width = max((len(r) for r in rows), default=0)
        header += [f"extra{i}" for i in range(len(header), width)]
        body = [
            [("" if v is None else v if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v)) for v in r]
            + [""] * (width - len(r))
            for r in rows[1:]
        ]
        # write_workbook writes each frame's columns as the header: keep duplicates apart
        frame = pd.DataFrame(body, columns=range(width), dtype=object)
        frame.columns = header
        frames[name.strip()[:31] or "Blank"] = frame
    return frames


def write_csv_folder(book: dict[str, list[list]], folder: Path) -> None:
    import csv

    folder.mkdir()
    for name, rows in book.items():
        with (folder / f"{name.strip() or 'Blank'}.csv").open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([["" if v is None else str(v) for v in row] for row in rows])


@functools.cache
def good_xlsx_bytes() -> bytes:
    """One good workbook's bytes, made once (an .xlsx carries a timestamp: its size varies run to run)."""
    with tempfile.TemporaryDirectory() as folder:
        write_typed_xlsx(BASES["small"], Path(folder) / "good.xlsx")
        return (Path(folder) / "good.xlsx").read_bytes()


def write_not_a_workbook(data, out: Path) -> Path:
    choice = data.draw(st.sampled_from(["bytes", "empty", "truncated", "zip", "csv_bytes", "empty_dir", "xlsx_dir"]))
    event(f"not a workbook: {choice}")
    if choice == "bytes":
        out.write_bytes(data.draw(st.binary(max_size=2000)))
    elif choice == "empty":
        out.write_bytes(b"")
    elif choice == "truncated":
        blob = good_xlsx_bytes()
        out.write_bytes(blob[: data.draw(st.integers(4, len(blob) - 1))])
    elif choice == "zip":
        with zipfile.ZipFile(out, "w") as z:
            z.writestr(
                data.draw(st.sampled_from(["xl/workbook.xml", "[Content_Types].xml", "a.txt"])),
                data.draw(st.binary(max_size=300)),
            )
    elif choice == "csv_bytes":
        out = out.with_suffix("")
        out.mkdir()
        (out / "Members.csv").write_bytes(b"ref,display_name,role\n" + data.draw(st.binary(max_size=300)))
        (out / "Commission.csv").write_bytes(b"key,value\nname,X\n")
    elif choice == "empty_dir":
        out = out.with_suffix("")
        out.mkdir()
    else:
        out = out.with_suffix("")
        out.mkdir()
        (out / "Members.xlsx").write_bytes(b"nope")
    return out


# ---------------------------------------------------------------------------------------------


def check_problems(exc: WorkbookError, book: dict[str, list[list]]) -> None:
    assert str(exc).strip(), "a WorkbookError needs a message"
    assert exc.problems, f"WorkbookError without problems: {exc}"
    for problem in exc.problems:
        assert isinstance(problem.sheet, str) and problem.sheet, problem
        assert isinstance(problem.column, str), problem
        assert isinstance(problem.reason, str) and problem.reason.strip(), problem
        assert problem.row is None or (isinstance(problem.row, int) and problem.row >= 1), problem
        if problem.row is not None and problem.sheet in BY_NAME:
            written = next((rows for name, rows in book.items() if name.strip().lower() == problem.sheet.lower()), None)
            if written is not None:
                assert problem.row <= max(len(written), 1), f"{problem} points past the sheet's {len(written)} rows"


def make_example(data, work: Path) -> tuple[Path, dict[str, list[list]], bool]:
    """Draw and write one example: (what to import, the rows written, is it a well-formed workbook)."""
    if data.draw(st.integers(0, 19), label="not a workbook?") == 0:
        return write_not_a_workbook(data, work / "broken.xlsx"), {}, False
    base = data.draw(st.sampled_from(["small"] * 4 + ["demo"]), label="base")
    book = {name: [list(row) for row in rows] for name, rows in BASES[base].items()}
    for mutate in data.draw(st.lists(MUTATION, max_size=5), label="mutations"):
        mutate(data, book)
    form = data.draw(st.sampled_from(["typed xlsx", "typed xlsx", "write_workbook", "csv"]), label="form")
    if form == "typed xlsx":
        target = work / "book.xlsx"
        write_typed_xlsx(book, target)
    elif form == "write_workbook":
        try:
            target = write_workbook(as_text_frames(book), work / "book.xlsx")
        except UserError as exc:  # a cell over 32,767 characters: refused, never cut
            assert "more than a spreadsheet cell holds" in str(exc) and not (work / "book.xlsx").exists()
            target = work / "book.xlsx"
            write_typed_xlsx(book, target)
    else:
        target = work / "book"
        write_csv_folder(book, target)
    return target, book, True


def attempt(db, target: Path, book: dict[str, list[list]], well_formed: bool) -> str:
    """Import; check what must hold for the outcome; return the outcome's name."""
    try:
        import_workbook(db, target, actor="fuzz")
    except WorkbookError as exc:
        check_problems(exc, book)
        outcome = "workbook error"
    except UserError as exc:
        message = str(exc).strip()
        assert message and "\n" not in message, repr(exc)
        # A file that is a workbook gets the full list of problems (sheet, row, column, reason);
        # one message alone is for files that are not workbooks or are damaged.
        assert not well_formed, f"a well-formed workbook was refused without a problem list: {message}"
        outcome = "user error"
    else:
        problems = check_database(db)
        assert problems == [], problems
        outcome = "imported"
    event(outcome)
    return outcome


FUZZ_SETTINGS = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
}


@settings(max_examples=EXAMPLES, **FUZZ_SETTINGS)
@given(data=st.data())
def test_random_workbooks_import_cleanly_or_change_nothing(data, template, tmp_path):
    template_path, template_hash = template
    work = Path(tempfile.mkdtemp(dir=tmp_path))  # a fresh folder per example; pytest clears tmp_path
    db_path = work / "commission.db"
    shutil.copy(template_path, db_path)
    target, book, well_formed = make_example(data, work)
    db = open_database(db_path, create=False)
    try:
        outcome = attempt(db, target, book, well_formed)
    finally:
        db.dispose()
    OUTCOMES[outcome] += 1
    if outcome != "imported":
        assert file_hash(db_path) == template_hash, f"{outcome}, yet the database changed"


def fingerprint(db) -> str:
    """A hash of every row of every table (a PostgreSQL database has no single file to hash)."""
    digest = hashlib.sha256()
    with db.session() as s:
        for table in m.Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            for row in s.execute(select(table).order_by(*order)):
                digest.update(repr(tuple(row)).encode())
        digest.update(repr(s.execute(text("SELECT version_num FROM alembic_version")).all()).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def pg_demo():
    """One PostgreSQL database holding the demo and the small commission, for the whole module."""
    url, drop = _postgres_database()
    db = open_database(url)
    create_demo(db)
    import_frames(db, sheets_from_frames(small_frames()), source="small")
    yield db
    db.dispose()
    drop()


@pytest.mark.postgres
@settings(max_examples=PG_EXAMPLES, **FUZZ_SETTINGS)
@given(data=st.data())
def test_random_workbooks_on_postgresql(data, pg_demo, tmp_path):
    """The same property on a PostgreSQL server, whose column types are strict (lengths, types).

    One database serves every example (a clean import changes it; the property holds in any state):
    on an error every row of every table is as it was.
    """
    work = Path(tempfile.mkdtemp(dir=tmp_path))
    target, book, well_formed = make_example(data, work)
    before = fingerprint(pg_demo)
    outcome = attempt(pg_demo, target, book, well_formed)
    if outcome != "imported":
        assert fingerprint(pg_demo) == before, f"{outcome}, yet the database changed"


def test_the_fuzzing_hit_every_outcome(capsys):
    """Runs after the property (same module, file order): the mix of outcomes was a real one."""
    if sum(OUTCOMES.values()) < EXAMPLES:
        pytest.skip("the property test did not run in full in this session")
    with capsys.disabled():
        print(f"\nimport fuzz outcomes: {dict(OUTCOMES)}")
    assert OUTCOMES["imported"] >= EXAMPLES // 20
    assert OUTCOMES["workbook error"] >= EXAMPLES // 5
    assert OUTCOMES["user error"] >= 1


def test_a_plain_template_copy_hashes_the_same(template, tmp_path):
    """The hash comparison means something: opening and closing a copy leaves its bytes alone."""
    template_path, template_hash = template
    shutil.copy(template_path, tmp_path / "copy.db")
    db = open_database(tmp_path / "copy.db", create=False)
    assert check_database(db) == []
    db.dispose()
    assert file_hash(tmp_path / "copy.db") == template_hash


def test_text_longer_than_its_column_is_a_problem_not_a_refusal(db):
    """A 150-character ref fits a spreadsheet cell but not the database column (ref: 100); a session
    title over a cell's 32,767 characters fits neither. The import must list it as a problem with its sheet,
    row and column on every backend — not import it on SQLite (which ignores lengths, so the data
    could never move to a team's PostgreSQL database) and not be refused by PostgreSQL with one
    bare message and no row."""
    frames = small_frames()
    long_ref = "O" * 150
    for sheet, column in (
        ("Organisations", "ref"),
        ("Members", "organisation_ref"),
        ("Commitments", "organisation_ref"),
    ):
        frames[sheet][column] = frames[sheet][column].replace("ORG-001", long_ref)
    frames["Sessions"].loc[0, "title"] = "T" * 32_768
    with pytest.raises(WorkbookError) as caught:
        import_frames(db, sheets_from_frames(frames), source="long.xlsx")
    where = {(p.sheet, p.row, p.column) for p in caught.value.problems}
    assert ("Organisations", 2, "ref") in where and ("Sessions", 2, "title") in where, caught.value.problems


def test_a_long_commission_name_and_a_long_file_name_import(db, tmp_path):
    """A 150-character commission name fits its column (200) and a 120-character file name is a
    fine file name; both also go into the audit trail's record_ref (100), which must not refuse them."""
    frames = small_frames()
    frames["Commission"].loc[frames["Commission"]["key"] == "name", "value"] = "N" * 150
    summary = import_frames(db, sheets_from_frames(frames), source="small.xlsx")
    assert summary.commission == "N" * 150
    path = write_workbook(small_frames(), tmp_path / ("f" * 120 + ".xlsx"))
    import_workbook(db, path)
    assert check_database(db) == []


@pytest.mark.parametrize("number", [1e20, -1e10])
def test_a_date_formatted_cell_holding_a_huge_number_is_a_problem_not_a_damaged_file(tmp_path, number):
    """One odd cell (a number far outside any date, formatted as a date) in an otherwise good workbook:
    calamine's conversion overflows, and today the whole file is refused as 'damaged' with no row."""
    book = {name: [list(row) for row in rows] for name, rows in BASES["small"].items()}
    book["Sessions"][1][book["Sessions"][0].index("date")] = DateNumber(number)
    write_typed_xlsx(book, tmp_path / "odd.xlsx")
    db = open_database(tmp_path / "fresh.db")
    try:
        with pytest.raises(WorkbookError) as caught:
            import_workbook(db, tmp_path / "odd.xlsx")
    finally:
        db.dispose()
    assert any(p.sheet == "Sessions" and p.row == 2 and p.column == "date" for p in caught.value.problems)


# ---------------------------------------------------------------------------------------------
# Update returns, tampered with and saved in every form (SPEC: a return only ever adds updates to its
# organisation's own commitments). Each example starts from the council's real return and mutates it
# as an officer might — hidden sheet removed, protection off, pledges and dates edited, another
# organisation's rows or whole-workbook sheets pasted in, UK dates, 50% and 0.5, wild cells — and writes
# it as a typed .xlsx (no protection), a LibreOffice-style set of .csv files, or picks one of a pool of
# tampered returns that real LibreOffice saved as .ods, .xls, .xlsx and .csv once per session.
# Property: never a traceback; a file that still carries a return's marker is recognised as a return;
# importing a return never changes a commitment (pledge, dates, weight, organisation …), never adds an
# update to another organisation's commitment, and on an error changes nothing at all.

RETURN_EXAMPLES = int(os.environ.get("COMMISSION_FUZZ_RETURN_EXAMPLES", "300"))
RETURN_OUTCOMES: Counter = Counter()
COUNCIL_REF = "ORG-COUNCIL"
RETURN_MARKERS = {"action", "state", "latest_status", "latest_update", "latest_note", "panel_verdict"}


@pytest.fixture(scope="module")
def return_base(tmp_path_factory):
    """The demo database (checkpointed), the council's return as rows, and refs to draw from."""
    import openpyxl

    from commission.services.queries import find_commission, load_commission_data
    from commission.services.returns import write_returns

    folder = tmp_path_factory.mktemp("return-fuzz")
    path = folder / "template.db"
    db = open_database(path)
    create_demo(db)
    data = load_commission_data(db, find_commission(db).id)
    council = next(o for o in data.organisations if o.ref == COUNCIL_REF)
    sent = next(p for p in write_returns(db, folder / "sent", as_of=date(2026, 11, 22)) if "Council" in p.name)
    db.dispose()
    book = openpyxl.load_workbook(sent)
    rows = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    refs = {
        "mine": sorted(c.ref for c in data.commitments if c.organisation_id == council.id),
        "others": sorted(c.ref for c in data.commitments if c.organisation_id != council.id),
        "orgs": sorted(o.ref for o in data.organisations),
        "actions": sorted(a.ref for a in data.actions),
        "members": as_rows(load_demo_frames())["Members"],
    }
    return {"db": path, "hash": file_hash(path), "rows": rows, "refs": refs, "sent": sent, "folder": folder}


def _updates_cell(book, r: int, column: str, value) -> None:
    rows = book.get("Updates")
    if not rows or column not in rows[0]:
        return
    c = rows[0].index(column)
    while len(rows) <= r:
        rows.append([None] * len(rows[0]))
    while len(rows[r]) <= c:
        rows[r].append(None)
    rows[r][c] = value


PROGRESS_TYPED = st.one_of(
    st.integers(0, 100),
    st.sampled_from(["50%", " 75 %", "0.5", 0.5, 0.25, "100%", "101%", "-5%", "%", "½", 1, 0, "1e2"]),
    SMALL_WILD,
)
DATE_TYPED = st.one_of(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)).map(lambda d: f"{d.day}/{d.month}/{d.year}"),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)).map(str),
    st.sampled_from(["31/02/2026", "20/11/26", "11/20/2026", "20.11.2026", ""]),
    SMALL_WILD,
)


def r_fill_update(data, book, refs):
    """An officer fills a row, for their own, another organisation's, a new or a made-up commitment."""
    rows = book.get("Updates")
    if not rows:
        return
    r = data.draw(st.integers(1, len(rows) + 2), label="updates row")
    which = data.draw(st.sampled_from(["mine"] * 4 + ["others", "new", "keep"]), label="whose")
    if which == "mine":
        _updates_cell(book, r, "commitment_ref", data.draw(st.sampled_from(refs["mine"])))
    elif which == "others":
        _updates_cell(book, r, "commitment_ref", data.draw(st.sampled_from(refs["others"])))
    elif which == "new":
        _updates_cell(book, r, "commitment_ref", data.draw(st.sampled_from(["C99", "NEW-1", "c01", " C01 "])))
    _updates_cell(book, r, "date", data.draw(DATE_TYPED, label="date"))
    _updates_cell(
        book,
        r,
        "status",
        data.draw(
            st.one_of(
                st.sampled_from(
                    ["done", "In Progress", "at risk", "stalled", "dropped", "not started", "finished", ""]
                ),
                SMALL_WILD,
            )
        ),
    )
    _updates_cell(book, r, "progress", data.draw(PROGRESS_TYPED, label="progress"))
    _updates_cell(book, r, "note", data.draw(st.one_of(st.text(max_size=60), SMALL_WILD), label="note"))
    if data.draw(st.booleans()):
        _updates_cell(book, r, "reported_by", data.draw(st.one_of(st.text(max_size=20), SMALL_WILD)))


def r_edit_commitment(data, book, refs):
    """A pledge, a date, a weight, an organisation or an action edited once the protection is off."""
    rows = book.get("Commitments")
    if not rows or len(rows) < 2:
        return
    column = data.draw(st.sampled_from([c for c in rows[0] if c]), label="commitments column")
    r = data.draw(st.integers(1, len(rows) - 1))
    value = data.draw(
        st.one_of(
            st.sampled_from(
                refs["orgs"] + refs["actions"] + ["We promise nothing.", 9, 0.5, date(2030, 1, 1), "2031-01-01"]
            ),
            SMALL_WILD,
        ),
        label="commitments value",
    )
    c = rows[0].index(column)
    while len(rows[r]) <= c:
        rows[r].append(None)
    rows[r][c] = value
    if data.draw(st.booleans()):  # the same pledge edited in the Updates sheet's reference columns
        _updates_cell(book, r, data.draw(st.sampled_from(["pledge", "due"])), value)


def r_other_rows(data, book, refs):
    """Another organisation's commitment, or a brand-new one, pasted into the Commitments sheet."""
    rows = book.get("Commitments")
    if not rows:
        return
    ref = data.draw(st.sampled_from(refs["others"] + ["C99", "NEW-1"]))
    org = data.draw(st.sampled_from(refs["orgs"]))
    rows.append(
        [
            ref,
            data.draw(st.sampled_from(refs["actions"])),
            org,
            "Rewritten by the return",
            "",
            "2025-01-01",
            "2031-01-01",
            data.draw(st.sampled_from([1, 5, "x"])),
        ]
    )


def r_drop_marker(data, book, refs):
    """The hidden Return sheet (or the front page) deleted, or the figure columns cut from Commitments."""
    choice = data.draw(st.sampled_from(["Return", "Return", "Instructions", "figures"]))
    if choice == "figures":
        rows = book.get("Commitments")
        if rows and rows[0]:
            keep = [i for i, c in enumerate(rows[0]) if c not in RETURN_MARKERS]
            book["Commitments"] = [[row[i] if i < len(row) else None for i in keep] for row in rows]
    else:
        book.pop(choice, None)


def r_workbook_sheet(data, book, refs):
    """A whole-workbook sheet pasted in (Members, with names), or the Commission sheet given more keys."""
    if data.draw(st.booleans()):
        book["Members"] = [list(r) for r in refs["members"][:6]]
    elif "Commission" in book:
        book["Commission"].append(
            [
                data.draw(st.sampled_from(["area", "language", "start_date", "name"])),
                data.draw(st.sampled_from(["Elsewhere", "cy", "2020-01-01", "Another commission"])),
            ]
        )


RETURN_MUTATIONS = [
    (r_fill_update, 8),
    (r_edit_commitment, 4),
    (r_other_rows, 2),
    (r_drop_marker, 3),
    (r_workbook_sheet, 1),
]
RETURN_MUTATION = st.sampled_from([m for m, weight in RETURN_MUTATIONS for _ in range(weight)])
GENERIC_FOR_RETURNS = st.sampled_from(
    [
        m_wild_cell,
        m_plausible_cell,
        m_drop_column,
        m_add_column,
        m_rename_header,
        m_duplicate_row,
        m_drop_rows,
        m_blank_row,
        m_short_row,
        m_long_text,
    ]
)


def still_marked(book: dict[str, list[list]]) -> bool:
    """Does the file still carry one of a return's own markers (return_book rules 1-3)?"""
    info = {
        str(r[0]).strip().lower(): str(r[1]).strip()
        for r in book.get("Return", [])[1:]
        if len(r) >= 2 and r[0] is not None
    }
    front = book.get("Instructions", [[None]])
    title = str(front[0][0]) if front and front[0] and front[0][0] is not None else ""
    header = {str(c).strip().lower() for c in (book.get("Commitments") or [[]])[0] if c is not None}
    return (
        info.get("kind", "").lower() == "update return"
        or title.lower().startswith("update return for")
        or bool(RETURN_MARKERS & header)
    )


def write_csv_set(book: dict[str, list[list]], folder: Path, prefix: str) -> Path:
    """As LibreOffice writes every sheet: <file name>-<sheet name>.csv."""
    import csv

    folder.mkdir()
    for name, rows in book.items():
        with (folder / f"{prefix}-{name.strip() or 'Blank'}.csv").open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([["" if v is None else str(v) for v in row] for row in rows])
    return folder


def _tamper_for_pool(rows: dict[str, list[list]], variant: int, refs) -> dict[str, list[list]]:
    book = {name: [list(r) for r in sheet] for name, sheet in rows.items()}
    header = book["Updates"][0]
    col = {name: header.index(name) for name in header}
    if variant % 2:
        book.pop("Return")
    if variant in (2, 3, 5):
        book["Commitments"][1][3] = "We promise nothing at all."
        book["Commitments"][2][6] = "2030-01-01"
        book["Commitments"].append([refs["others"][variant], "A01", COUNCIL_REF, "Rewritten", "", "", "2031-01-01", 5])
    if variant in (3, 4):
        keep = [i for i, c in enumerate(book["Commitments"][0]) if c not in RETURN_MARKERS]
        book["Commitments"] = [[r[i] if i < len(r) else None for i in keep] for r in book["Commitments"]]
    for offset, (day, progress) in enumerate(
        [("20/11/2026", "50%"), ("2026-11-21", 0.5), ("1/2/2027", "x")][: variant % 4]
    ):
        book["Updates"][1 + offset][col["date"]] = day
        book["Updates"][1 + offset][col["status"]] = "in progress"
        book["Updates"][1 + offset][col["progress"]] = progress
    spare = len(refs["mine"]) + 1
    book["Updates"][spare][col["commitment_ref"]] = refs["others"][0]
    book["Updates"][spare][col["date"]] = "2026-11-02"
    book["Updates"][spare][col["status"]] = "done"
    return book


@pytest.fixture(scope="module")
def libreoffice_pool(return_base):
    """Six tampered returns, each saved by real LibreOffice as .ods, .xls, .xlsx and a .csv set (once)."""
    from office import convert, soffice

    soffice()
    folder = return_base["folder"] / "pool"
    folder.mkdir()
    sources = []
    for variant in range(6):
        book = _tamper_for_pool(return_base["rows"], variant, return_base["refs"])
        path = folder / f"variant{variant}.xlsx"
        write_typed_xlsx(book, path)
        sources.append((path, book))
    pool = []
    for to in ("ods", "xls", "xlsx", "csv"):
        out = folder / to
        convert([p for p, _ in sources], to, out)
        for path, book in sources:
            if to == "csv":
                target = out / path.stem
                target.mkdir()
                for file in out.glob(f"{path.stem}-*.csv"):
                    file.rename(target / file.name)
            else:
                target = out / f"{path.stem}.{to}"
            assert target.exists(), target
            pool.append((target, book, to))
    return pool


def commitment_rows(db) -> list[tuple]:
    with db.session() as s:
        table = m.Commitment.__table__
        return sorted(tuple(r) for r in s.execute(select(*[c for c in table.columns if c.name != "version"])))


def updates_by_organisation(db) -> Counter:
    with db.session() as s:
        return Counter(
            s.execute(
                select(m.Commitment.organisation_id).join(m.Update, m.Update.commitment_id == m.Commitment.id)
            ).scalars()
        )


@settings(max_examples=RETURN_EXAMPLES, **FUZZ_SETTINGS)
@given(data=st.data())
def test_tampered_returns_in_every_form_only_ever_add_their_own_updates(data, return_base, libreoffice_pool, tmp_path):
    from commission.services.preview import import_file
    from commission.services.return_book import recognise

    work = Path(tempfile.mkdtemp(dir=tmp_path))
    db_path = work / "commission.db"
    shutil.copy(return_base["db"], db_path)
    form = data.draw(st.sampled_from(["typed xlsx", "typed xlsx", "csv set", "libreoffice"]), label="form")
    if form == "libreoffice":
        target, book, saved_as = data.draw(st.sampled_from(libreoffice_pool), label="pooled")
        event(f"libreoffice {saved_as}")
    else:
        book = {name: [list(row) for row in rows] for name, rows in return_base["rows"].items()}
        for mutate in data.draw(st.lists(RETURN_MUTATION, min_size=1, max_size=6), label="return mutations"):
            mutate(data, book, return_base["refs"])
        for mutate in data.draw(st.lists(GENERIC_FOR_RETURNS, max_size=2), label="generic mutations"):
            mutate(data, book)
        if form == "typed xlsx":
            target = work / "return.xlsx"
            write_typed_xlsx(book, target)  # no protection, no hidden sheet: an officer's re-save
        else:
            target = write_csv_set(book, work / "csv", "Council - update return")
    marked = still_marked(book)
    db = open_database(db_path, create=False)
    try:
        recognised = recognise(target) is not None if marked else None
        if marked:
            assert recognised, "a file with a return's marker was not recognised as a return"
        before_commitments = commitment_rows(db)
        before_updates = updates_by_organisation(db)
        council_id = db.session().scalar(select(m.Organisation.id).where(m.Organisation.ref == COUNCIL_REF))
        try:
            import_file(db, target, actor="fuzz")
        except WorkbookError as exc:
            check_problems(exc, book)
            outcome = "workbook error"
        except UserError as exc:
            message = str(exc).strip()
            assert message and "\n" not in message, repr(exc)
            outcome = "user error"
        else:
            outcome = "imported"
            assert check_database(db) == []
        if marked:
            assert commitment_rows(db) == before_commitments, "a return changed a commitment"
            after_updates = updates_by_organisation(db)
            assert all(after_updates[org] == n for org, n in before_updates.items() if org != council_id), (
                "a return added an update to another organisation's commitment"
            )
    finally:
        db.dispose()
    event(outcome)
    RETURN_OUTCOMES[(outcome, "return" if marked else "unmarked")] += 1
    if outcome != "imported":
        assert file_hash(db_path) == return_base["hash"], f"{outcome}, yet the database changed"


def test_the_return_fuzzing_hit_every_outcome(capsys):
    if sum(RETURN_OUTCOMES.values()) < RETURN_EXAMPLES:
        pytest.skip("the return property did not run in full in this session")
    with capsys.disabled():
        print(f"\nreturn fuzz outcomes: {dict(RETURN_OUTCOMES)}")
    assert RETURN_OUTCOMES[("imported", "return")] >= RETURN_EXAMPLES // 10
    assert RETURN_OUTCOMES[("workbook error", "return")] >= RETURN_EXAMPLES // 10
