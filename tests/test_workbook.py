"""The workbook contract: round trips, upserts by ref, and bad files refused whole with every reason."""

import hashlib

import openpyxl
import pandas as pd
import pytest

from commission.errors import UserError, WorkbookError
from commission.services.exporter import commission_frames, export_workbook
from commission.services.importer import import_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.sheets import SHEETS, WORKBOOK_SHEETS
from commission.storage import open_database
from commission.workbook import read_workbook, write_workbook


def frames_of(db):
    return commission_frames(load_commission_data(db, find_commission(db).id))


def assert_same_frames(a, b):
    assert list(a) == list(b)
    for name in a:
        pd.testing.assert_frame_equal(a[name].reset_index(drop=True), b[name].reset_index(drop=True), obj=name)


@pytest.mark.parametrize("suffix", [".xlsx", ""])
def test_round_trip_gives_the_same_workbook(demo_db, db_target, tmp_path, suffix):
    first = tmp_path / f"first{suffix}"
    export_workbook(demo_db, first)
    fresh = open_database(tmp_path / "fresh.db")
    import_workbook(fresh, first)
    second = tmp_path / f"second{suffix}"
    export_workbook(fresh, second)
    assert_same_frames(read_workbook(first), read_workbook(second))
    assert_same_frames(frames_of(demo_db), frames_of(fresh))
    fresh.dispose()


def test_export_has_spec_sheets_and_columns(sqlite_demo, tmp_path):
    out = export_workbook(sqlite_demo, tmp_path / "backup.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == [s.name for s in WORKBOOK_SHEETS]  # SPEC's sheets, then the backup's own
    for sheet in WORKBOOK_SHEETS:
        header = [c.value for c in next(book[sheet.name].iter_rows(max_row=1))]
        assert header[: len(sheet.columns)] == list(sheet.columns)


def test_reimport_changes_nothing_and_adds_no_updates(demo_db, tmp_path):
    out = export_workbook(demo_db, tmp_path / "same.xlsx")
    before = frames_of(demo_db)
    summary = import_workbook(demo_db, out)
    assert summary.updates_added == 0 and summary.updates_already_there == 61
    assert sum(summary.created.values()) == 0 and sum(summary.changed.values()) == 0
    assert_same_frames(before, frames_of(demo_db))


def test_existing_refs_update_rows_and_new_refs_create_them(demo_db, tmp_path):
    frames = frames_of(demo_db)
    frames["Actions"].loc[0, "title"] = "A changed title"
    new = frames["Organisations"].iloc[[0]].copy()
    new["ref"], new["name"] = "ORG-NEW", "Cwm Credit Union"
    frames["Organisations"] = pd.concat([frames["Organisations"], new], ignore_index=True)
    out = write_workbook(frames, tmp_path / "edited.xlsx")
    summary = import_workbook(demo_db, out)
    assert summary.changed["Actions"] == 1 and summary.created["Organisations"] == 1
    after = frames_of(demo_db)
    assert after["Actions"].loc[0, "title"] == "A changed title"
    assert "ORG-NEW" in set(after["Organisations"]["ref"])


def test_consent_change_keeps_history(demo_db, tmp_path):
    from commission.services.edits import consent_history

    frames = frames_of(demo_db)
    row = frames["Members"].index[frames["Members"]["consent_quote"] == "yes"][0]
    ref = frames["Members"].loc[row, "ref"]
    frames["Members"].loc[row, "consent_quote"] = "no"
    import_workbook(demo_db, write_workbook(frames, tmp_path / "withdrawn.xlsx"))
    data = load_commission_data(demo_db, find_commission(demo_db).id)
    member = next(m for m in data.members if m.ref == ref)
    assert member.consent_quote is False
    history = [c for c in consent_history(demo_db, member.id) if c["kind"] == "quote"]
    assert [c["given"] for c in history] == [True, False] and history[-1]["withdrawn"]


def test_cells_are_read_as_people_type_them(demo_db, tmp_path):
    before = frames_of(demo_db)
    frames = frames_of(demo_db)
    frames["Members"]["consent_named"] = frames["Members"]["consent_named"].map({"yes": " Y ", "no": "FALSE"})
    frames["Updates"]["status"] = frames["Updates"]["status"].str.upper().map(lambda s: f"  {s} ")
    summary = import_workbook(demo_db, write_workbook(frames, tmp_path / "spelled.xlsx"))
    assert summary.changed["Members"] == 0 and summary.updates_added == 0
    assert_same_frames(before, frames_of(demo_db))


# --- bad workbooks: each refused with its own clear reason, the database byte for byte as it was ---


def _digest(db):
    """The SQLite file's bytes, after a checkpoint, so nothing is hidden in the WAL."""
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


def _edit(sqlite_demo, tmp_path, change):
    frames = frames_of(sqlite_demo)
    change(frames)
    return write_workbook(frames, tmp_path / "bad.xlsx")


def _circular(frames):
    themes = frames["Themes"]
    a, b = themes.loc[0, "ref"], themes.loc[1, "ref"]
    themes.loc[0, "parent_ref"], themes.loc[1, "parent_ref"] = b, a


BAD_EDITS = {
    "missing required column": (
        lambda f: f.__setitem__("Sessions", f["Sessions"].drop(columns=["title"])),
        "Sessions, row 1, column title: missing required column",
    ),
    "duplicate ref": (
        lambda f: f["Actions"].__setitem__("ref", [f["Actions"].loc[0, "ref"]] * len(f["Actions"])),
        "Actions, row 3, column ref: duplicate ref",
    ),
    "unknown ref": (
        lambda f: f["Commitments"].loc.__setitem__((0, "organisation_ref"), "ORG-NOWHERE"),
        "Commitments, row 2, column organisation_ref: unknown organisation 'ORG-NOWHERE'",
    ),
    "bad date": (
        lambda f: f["Updates"].loc.__setitem__((4, "date"), "31/02/2026"),
        "Updates, row 6, column date: bad date '31/02/2026'",
    ),
    "progress 150": (
        lambda f: f["Updates"].loc.__setitem__((0, "progress"), "150"),
        "Updates, row 2, column progress: progress must be a number from 0 to 100",
    ),
    "unknown status": (
        lambda f: f["Updates"].loc.__setitem__((1, "status"), "finished"),
        "Updates, row 3, column status: unknown status 'finished'",
    ),
    "circular theme parent": (_circular, "theme parents go round in a circle"),
}


@pytest.mark.parametrize("case", BAD_EDITS, ids=list(BAD_EDITS))
def test_bad_workbook_is_refused_whole(sqlite_demo, tmp_path, case):
    change, expected = BAD_EDITS[case]
    bad = _edit(sqlite_demo, tmp_path, change)
    # A good change in the same file must not land either: nothing partial is written.
    before = _digest(sqlite_demo)
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, bad)
    assert any(expected in str(p) for p in caught.value.problems), [str(p) for p in caught.value.problems]
    assert "nothing was changed" in str(caught.value)
    assert _digest(sqlite_demo) == before


def test_every_problem_is_listed_at_once(sqlite_demo, tmp_path):
    def many(frames):
        frames["Updates"].loc[0, "progress"] = "150"
        frames["Updates"].loc[1, "status"] = "finished"
        frames["Updates"].loc[2, "date"] = "yesterday"

    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, _edit(sqlite_demo, tmp_path, many))
    assert [(p.sheet, p.row, p.column) for p in caught.value.problems] == [
        ("Updates", 4, "date"),
        ("Updates", 3, "status"),
        ("Updates", 2, "progress"),
    ]


def test_a_sheet_that_cannot_be_read_is_reported_once_not_through_every_row_that_refers_to_it(sqlite_demo, tmp_path):
    """Trial finding: a Sessions sheet without its date column gave 309 problems, every quote, attendance row …
    that names a session reported as unknown. The one real problem comes first; the rest is said once."""
    frames = frames_of(sqlite_demo)
    referring = {  # rows naming a session, counted from the frames themselves
        "Attendance": int((frames["Attendance"]["session_ref"] != "").sum()),
        "Quotes": int((frames["Quotes"]["session_ref"] != "").sum()),
        "Insights": int((frames["Insights"]["session_refs"] != "").sum()),
        "Actions": int((frames["Actions"]["agreed_session_ref"] != "").sum()),
    }
    items = frames.get("Review items")
    if items is not None and len(items):
        referring["Review items"] = int((items["kind"] == "session_notes").sum())
    total = sum(referring.values())
    assert total > 100  # the demo's sessions are referred to all over

    def no_date(f):
        f["Sessions"] = f["Sessions"].drop(columns=["date"])
        f["Updates"].loc[1, "status"] = "finished"  # a real problem elsewhere is still reported

    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, _edit(sqlite_demo, tmp_path, no_date))
    problems = [str(p) for p in caught.value.problems]
    assert problems[0] == "Sessions, row 1, column date: missing required column"
    assert not [p for p in problems if "unknown session" in p], problems
    [note] = [p for p in problems if "not checked" in p]
    assert note.startswith(f"Sessions: {total} rows that refer to sessions (")
    assert "because the Sessions sheet could not be read" in note
    for sheet, count in referring.items():
        if count:
            assert f"{sheet} {count}" in note
    assert any(p.startswith("Updates, row 3, column status: unknown status 'finished'") for p in problems)
    assert len(problems) == 3


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "is empty"),
        (b"name,value\nthis is not a workbook\n", "is not a workbook"),
        (b"PK\x03\x04 broken zip " * 50, "is damaged"),
    ],
)
def test_not_a_workbook_is_refused_with_one_message(sqlite_demo, tmp_path, content, expected):
    path = tmp_path / "file.xlsx"
    path.write_bytes(content)
    before = _digest(sqlite_demo)
    with pytest.raises(UserError, match=expected) as caught:
        import_workbook(sqlite_demo, path)
    assert "\n" not in str(caught.value)
    assert _digest(sqlite_demo) == before


def test_a_folder_of_csv_files_works_like_a_workbook(sqlite_demo, tmp_path):
    folder = write_workbook(frames_of(sqlite_demo), tmp_path / "csv")
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{s.name}.csv" for s in SHEETS)
    fresh = open_database(tmp_path / "fresh.db")
    import_workbook(fresh, folder)
    assert_same_frames(frames_of(sqlite_demo), frames_of(fresh))
    fresh.dispose()


def test_a_nul_character_is_a_problem_on_every_backend(demo_db):
    """PostgreSQL cannot store NUL (0x00) in text: the file is refused with the cell named, never half-read."""
    from commission.services.importer import import_frames

    frames = {name: frame.copy() for name, frame in frames_of(demo_db).items()}
    for frame in frames.values():
        frame.index = range(2, len(frame) + 2)
    frames["Actions"].loc[3, "title"] = "Later\x00 buses"
    frames["Commission"].loc[frames["Commission"]["key"] == "area", "value"] = "Rhondda\x00"
    before = frames_of(demo_db)
    with pytest.raises(WorkbookError) as caught:
        import_frames(demo_db, frames, source="nul.xlsx")
    problems = [str(p) for p in caught.value.problems]
    assert "Actions, row 3, column title: contains a NUL character (0x00): remove it" in problems
    assert any(p.startswith("Commission, row") and "NUL" in p for p in problems)
    assert_same_frames(before, frames_of(demo_db))


def test_each_columns_text_made_once_per_column_is_each_cells_own(sqlite_demo):
    """kind_rows' fast path (a converter chosen per column) writes every cell as `_cell` does for it alone."""
    from dataclasses import replace

    from commission.kinds import KINDS
    from commission.services.exporter import _cell, kind_rows

    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    data = replace(data, updates=[replace(u, progress=None) if n % 3 == 0 else u for n, u in enumerate(data.updates)])
    ref_of = {k.name: {r.id: r.ref for r in getattr(data, k.collection)} for k in KINDS.values() if k.ref_prefix}
    for kind in KINDS.values():
        if not kind.collection or not kind.fields or any(f.type == "tags" for f in kind.fields):
            continue
        fields = [f for f in kind.fields if f.column]
        records = getattr(data, kind.collection)
        assert records, kind.name
        expected = [tuple(_cell(f, getattr(r, f.attr), ref_of) for f in fields) for r in records]
        assert kind_rows(kind, data, ref_of) == expected, kind.name


def test_an_updates_only_workbook_goes_into_the_one_commission_without_naming_it(sqlite_demo, tmp_path):
    """SPEC: the Commission sheet is required only when the database has more than one commission."""
    frames = frames_of(sqlite_demo)
    before = len(frames["Updates"])
    updates = frames["Updates"].head(1).copy()
    updates["date"] = "2026-11-30"
    updates["note"] = "Written in a workbook that holds only its Updates sheet"
    path = write_workbook({"Updates": updates}, tmp_path / "updates-only.xlsx")
    summary = import_workbook(sqlite_demo, path)
    assert summary.commission == find_commission(sqlite_demo).name
    after = frames_of(sqlite_demo)
    assert len(after["Updates"]) == before + 1
    assert "Written in a workbook that holds only its Updates sheet" in set(after["Updates"]["note"])
    assert len(after["Commission"]) == len(frames["Commission"])


def test_without_a_commission_sheet_two_commissions_in_the_database_still_need_it_named(sqlite_demo, tmp_path):
    frames = frames_of(sqlite_demo)
    other = {name: frame for name, frame in frames.items()}
    other["Commission"] = frames["Commission"].copy()
    other["Commission"].loc[other["Commission"]["key"] == "name", "value"] = "A second commission"
    import_workbook(sqlite_demo, write_workbook(other, tmp_path / "second.xlsx"))
    path = write_workbook({"Updates": frames["Updates"].head(1)}, tmp_path / "updates-only.xlsx")
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, path)
    assert any("the Commission sheet is missing" in str(p) for p in caught.value.problems)
