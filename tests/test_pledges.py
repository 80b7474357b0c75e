"""A plain pledges spreadsheet mapped onto Commitments (issue 15, item 5), below the UI and from the CLI."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from commission.cli import main
from commission.errors import UserError, WorkbookError
from commission.services import pledges
from commission.services.queries import find_commission, load_commission_data


def file_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_guess_places_each_header_once_and_leaves_unknowns_empty():
    mapping = pledges.guess(["Pledge no", "Action", "Organisation", "Promise", "Due by", "Notes"])
    assert mapping["action_ref"] == "Action" and mapping["organisation_ref"] == "Organisation"
    assert mapping["pledge"] == "Promise" and mapping["due"] == "Due by"
    assert mapping["made_by_ref"] is None and mapping["weight"] is None
    assert len({h for h in mapping.values() if h}) == len([h for h in mapping.values() if h])
    assert pledges.header_key(["B", "a "]) == pledges.header_key(["A", "b"])


def test_parse_map_names_fields_and_refuses_unknown_ones():
    headers = ["Id", "Rec", "Org", "Promise", "Deadline"]
    mapping = pledges.parse_map("action_ref=Rec,organisation_ref=org,due=Deadline", headers)
    assert mapping["action_ref"] == "Rec" and mapping["organisation_ref"] == "Org" and mapping["pledge"] == "Promise"
    with pytest.raises(UserError, match="not a Commitments field"):
        pledges.parse_map("colour=Rec", headers)
    with pytest.raises(UserError, match="no column 'Nope'"):
        pledges.parse_map("pledge=Nope", headers)


def test_cli_imports_a_csv_with_a_map(sqlite_demo, tmp_path, capsys):
    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    action, org = data.actions[1], data.organisations[1]
    sheet = tmp_path / "council pledges.csv"
    sheet.write_text(
        f'Ref,Rec,Who,Promise,Deadline\nX1,"{action.title}",{org.name},"Open late, twice a week",'
        f"30/06/2027\nX2,{action.ref},{org.ref},Free Wi-Fi,\n",
        encoding="utf-8",
    )
    db = str(sqlite_demo.path)
    sqlite_demo.dispose()
    before = file_hash(Path(db))
    args = ["import", "--db", db, str(sheet), "--map", "action_ref=Rec,organisation_ref=Who,pledge=Promise"]
    assert main([*args, "--dry-run"]) == 0
    assert "X1" in capsys.readouterr().out and file_hash(Path(db)) == before
    assert main(args) == 0
    assert "Commitments: 2 new" in capsys.readouterr().out
    from commission.storage import open_database

    again = open_database(db)
    try:
        got = {c.ref: c for c in load_commission_data(again, find_commission(again).id).commitments}
        assert got["X1"].action_id == action.id and got["X1"].organisation_id == org.id
        assert got["X1"].due.isoformat() == "2027-06-30" and got["X1"].pledge == "Open late, twice a week"
    finally:
        again.dispose()


def test_hostile_cells_and_bad_refs_are_one_line_problems_and_change_nothing(sqlite_demo, tmp_path):
    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    action, org = data.actions[0], data.organisations[0]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ref", "Action", "Organisation", "Pledge", "Due"])
    sheet.append(["H1", action.ref, org.ref, '=HYPERLINK("http://x")', ""])  # stored as a formula
    sheet.append(["H2", action.ref, org.ref, "+cmd|' /C calc'!A0", ""])  # text, but a DDE call
    sheet.append(["H3", "NO-SUCH-ACTION", org.ref, "fine", "soon"])
    sheet.append(["H3", action.ref, org.ref, "twice", ""])
    path = tmp_path / "hostile.xlsx"
    book.save(path)
    table = pledges.read_table(path)
    before = file_hash(sqlite_demo.path)
    with pytest.raises(WorkbookError) as caught:
        pledges.import_pledges(sqlite_demo, table, pledges.guess(table.headers))
    problems = [str(p) for p in caught.value.problems]
    for row, column in ((2, "Pledge"), (3, "Pledge"), (4, "Action"), (4, "Due"), (5, "Ref")):
        assert any(f"row {row}, column {column}" in p for p in problems), problems
    assert all("\n" not in p and len(p) < 300 for p in problems)
    assert file_hash(sqlite_demo.path) == before


def test_a_huge_csv_cell_is_a_problem(sqlite_demo, tmp_path):
    """(An .xlsx cannot carry one: calamine reads at most 32,767 characters of a cell.)"""
    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    path = tmp_path / "huge.csv"
    path.write_text(
        f"Ref,Action,Organisation,Pledge\nH1,{data.actions[0].ref},{data.organisations[0].ref}," + "y" * 100_000 + "\n",
        encoding="utf-8",
    )
    before = file_hash(sqlite_demo.path)
    table = pledges.read_table(path)
    with pytest.raises(WorkbookError) as caught:
        pledges.import_pledges(sqlite_demo, table, pledges.guess(table.headers))
    assert [str(p) for p in caught.value.problems] == [
        "huge.csv, row 2, column Pledge: holds 100,000 characters; a cell holds at most 32,767"
    ]
    assert file_hash(sqlite_demo.path) == before


def test_a_missing_required_column_is_said_in_words(sqlite_demo, tmp_path):
    path = tmp_path / "few.csv"
    path.write_text("Ref;Pledge\nA;b\n", encoding="utf-8")
    table = pledges.read_table(path)
    with pytest.raises(UserError, match=r"Choose a column of few\.csv for: Action, Organisation"):
        pledges.import_pledges(sqlite_demo, table, pledges.guess(table.headers))
