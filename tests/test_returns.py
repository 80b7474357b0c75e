"""Update returns, the whole cycle: write one per organisation, an officer fills one in with a spreadsheet
program, the coordinator imports it (and again, harmlessly), and a bad return is refused whole."""

import os
from datetime import date

import openpyxl
import pytest

from commission import domain
from commission.cli import main
from commission.errors import WorkbookError
from commission.services import edits
from commission.services.check import check_database
from commission.services.queries import find_commission, load_commission_data
from commission.services.returns import import_return, is_return, safe_file_name, write_returns

AS_OF = date(2026, 11, 22)
COUNCIL = "Cwm Taf Valleys County Borough Council"


def data_of(db):
    return load_commission_data(db, find_commission(db).id)


def council_return(db, folder):
    paths = write_returns(db, folder, as_of=AS_OF)
    return next(p for p in paths if p.name.startswith(COUNCIL))


def updates_rows(sheet):
    """Spreadsheet row number of each prepared row, by commitment ref, as an officer sees them."""
    header = [c.value for c in sheet[1]]
    ref_col = header.index("commitment_ref")
    return {row[ref_col].value: row[ref_col].row for row in sheet.iter_rows(min_row=2) if row[ref_col].value}, header


def fill(path, entries):
    """Type into the Updates sheet as an officer would: {ref: {column: value}}; saved in place."""
    book = openpyxl.load_workbook(path)
    sheet = book["Updates"]
    rows, header = updates_rows(sheet)
    for ref, values in entries.items():
        for column, value in values.items():
            sheet.cell(row=rows[ref], column=header.index(column) + 1, value=value)
    book.save(path)
    return rows


def test_one_return_per_organisation_with_commitments(sqlite_demo, tmp_path):
    data = data_of(sqlite_demo)
    paths = write_returns(sqlite_demo, tmp_path / "returns", as_of=AS_OF)
    with_commitments = {c.organisation_id for c in data.commitments}
    assert len(paths) == len(with_commitments)
    assert all(p.exists() and p.suffix == ".xlsx" and is_return(p) for p in paths)
    assert not list((tmp_path / "returns").glob(".*"))  # no temporary files left behind
    council = council_return(sqlite_demo, tmp_path / "again")
    org = next(o for o in data.organisations if o.name == COUNCIL)
    book = openpyxl.load_workbook(council)
    refs = [r[0] for r in book["Commitments"].iter_rows(min_row=2, values_only=True)]
    assert refs == [c.ref for c in data.commitments if c.organisation_id == org.id]


def test_return_locks_what_is_not_theirs_and_guides_what_is(sqlite_demo, tmp_path):
    book = openpyxl.load_workbook(council_return(sqlite_demo, tmp_path))
    assert book.sheetnames[:4] == ["Instructions", "Commission", "Commitments", "Updates"]
    assert book["Return"].sheet_state == "hidden"
    instructions = " ".join(str(c.value) for row in book["Instructions"].iter_rows() for c in row if c.value)
    for words in ("YYYY-MM-DD", "0 (not started) to 100", "The panel will give its own view", "stalled"):
        assert words in instructions
    assert [r for r in book["Commission"].iter_rows(values_only=True)][1][:2] == (
        "name",
        find_commission(sqlite_demo).name,
    )

    commitments = book["Commitments"]
    assert commitments.protection.sheet
    header = [c.value for c in commitments[1]]
    assert header[:8] == ["ref", "action_ref", "organisation_ref", "pledge", "made_by_ref", "made_on", "due", "weight"]
    assert {"action", "state", "progress", "latest_update"} <= set(header)
    for row in commitments.iter_rows(min_row=2):
        assert all(cell.protection.locked and cell.fill.fgColor.rgb.endswith("ECECEC") for cell in row)

    updates = book["Updates"]
    assert updates.protection.sheet
    header = [c.value for c in updates[1]]
    assert "verdict" not in header and "verdict_comment" not in header
    rows, _ = updates_rows(updates)
    first = min(rows.values())

    def cell(column, row=first):
        return updates.cell(row=row, column=header.index(column) + 1)

    assert cell("commitment_ref").protection.locked and cell("commitment_ref").fill.fgColor.rgb.endswith("ECECEC")
    assert cell("reported_by").value == COUNCIL and not cell("reported_by").protection.locked
    for column in ("date", "status", "progress", "note"):
        assert cell(column).value is None and not cell(column).protection.locked
    assert cell("date").number_format == "yyyy-mm-dd"
    rules = {str(v.sqref).split(":")[0][0]: v for v in updates.data_validations.dataValidation}

    def letter(column):
        return openpyxl.utils.get_column_letter(header.index(column) + 1)

    status = rules[letter("status")]
    assert status.type == "list" and all(s in status.formula1 for s in ("not started", "at risk", "dropped"))
    progress = rules[letter("progress")]
    assert progress.type == "decimal" and (progress.formula1, progress.formula2) == ("0", "100")
    assert rules[letter("date")].type == "date"
    assert str(status.sqref).split(":")[0] == f"{letter('status')}{first}"


def test_the_whole_return_cycle(demo_db, tmp_path):
    data = data_of(demo_db)
    before = domain.evaluate(data, AS_OF)
    org = next(o for o in data.organisations if o.name == COUNCIL)
    mine = [c for c in data.commitments if c.organisation_id == org.id]
    finishing = next(c for c in mine if before.commitments[c.id].state in ("on track", "at risk"))
    reopened = next(c for c in mine if before.commitments[c.id].state == "done" and c.due and c.due < AS_OF)
    path = council_return(demo_db, tmp_path)
    fill(
        path,
        {
            finishing.ref: {
                "date": date(2026, 11, 15),
                "status": "done",
                "progress": 100,
                "note": "Finished and open to the public.",
            },
            reopened.ref: {
                "date": "2026-11-20",
                "status": "In Progress",
                "progress": 80,
                "reported_by": None,
                "note": "Restarted: the course needs refreshing for new starters.",
            },
        },
    )
    updates_before = len(data.updates)

    summary = import_return(demo_db, path, as_of=AS_OF)
    assert summary.updates_added == 2 and summary.updates_already_there == 0
    assert summary.newly_done == [finishing.ref] and summary.newly_overdue == [reopened.ref]
    assert summary.rows_ignored == len(mine) - 2
    assert any("2 updates added" in line for line in summary.lines())

    after_data = data_of(demo_db)
    after = domain.evaluate(after_data, AS_OF)
    assert len(after_data.updates) == updates_before + 2
    assert after.states["done"] == before.states["done"]  # one in, one out
    assert after.commitments[finishing.id].state == "done" and after.commitments[finishing.id].progress == 100
    assert after.commitments[reopened.id].latest_status == "in progress"
    assert after.commitments[reopened.id].progress == 80
    new = after_data.updates[-2:]
    assert {u.reported_by for u in new} == {COUNCIL}  # filled in where the officer cleared it
    assert {u.verdict for u in new} == {"not assessed"}  # organisations report; the panel judges

    again = import_return(demo_db, path, as_of=AS_OF)
    assert again.updates_added == 0 and again.updates_already_there == 2
    assert not again.newly_done and not again.newly_overdue
    assert len(data_of(demo_db).updates) == updates_before + 2
    assert check_database(demo_db) == []


def test_a_bad_return_is_refused_whole_with_row_level_reasons(demo_db, tmp_path):
    data = data_of(demo_db)
    org = next(o for o in data.organisations if o.name == COUNCIL)
    first, second, gone = [c for c in data.commitments if c.organisation_id == org.id][:3]
    path = council_return(demo_db, tmp_path)
    rows = fill(
        path,
        {
            first.ref: {"date": "2026-11-01", "status": "in progress", "progress": 150},
            second.ref: {"date": "2026-11-01", "status": "finished", "note": "All sorted."},
            gone.ref: {"date": "2026-11-01", "status": "done"},
        },
    )
    edits.delete(demo_db, "commitment", gone.id)
    snapshot = data_of(demo_db)

    with pytest.raises(WorkbookError) as caught:
        import_return(demo_db, path, as_of=AS_OF)
    error = caught.value
    assert "nothing was changed" in str(error) and gone.ref in str(error)
    found = {(p.sheet, p.row, p.column): p.reason for p in error.problems}
    assert "0 to 100" in found["Updates", rows[first.ref], "progress"]
    assert "unknown status 'finished'" in found["Updates", rows[second.ref], "status"]
    assert "deleted since this return was sent" in found["Updates", rows[gone.ref], "commitment_ref"]
    assert len(error.problems) == 3
    assert data_of(demo_db).updates == snapshot.updates


def test_changed_commitments_are_noted_but_the_return_still_imports(demo_db, tmp_path):
    data = data_of(demo_db)
    org = next(o for o in data.organisations if o.name == COUNCIL)
    first, second = [c for c in data.commitments if c.organisation_id == org.id][:2]
    path = council_return(demo_db, tmp_path)
    fill(path, {first.ref: {"date": "2026-11-01", "status": "in progress", "note": "Moving."}})
    edits.edit(demo_db, "commitment", first.id, {"pledge": first.pledge + " (revised)"})
    edits.edit(demo_db, "commitment", second.id, {"due": date(2027, 6, 30)})
    summary = import_return(demo_db, path, as_of=AS_OF)
    assert summary.updates_added == 1
    text = "\n".join(summary.lines())
    assert f"{first.ref}: its pledge differs" in text and "still recorded" in text
    assert f"{second.ref}: its due date (now 30 June 2027) differs" in text
    assert next(c for c in data_of(demo_db).commitments if c.id == first.id).pledge.endswith("(revised)")


def test_a_return_cannot_edit_pledges_or_report_for_another_organisation(sqlite_demo, tmp_path):
    """SPEC: a return only ever adds updates to its organisation's own commitments; an edited pledge and a
    row about another organisation's commitment change nothing and are listed as ignored."""
    data = data_of(sqlite_demo)
    org = next(o for o in data.organisations if o.name == COUNCIL)
    other = next(c for c in data.commitments if c.organisation_id != org.id)
    mine = next(c for c in data.commitments if c.organisation_id == org.id)
    path = council_return(sqlite_demo, tmp_path)
    book = openpyxl.load_workbook(path)
    book["Commitments"]["D2"] = "We promise nothing at all."  # an officer removing protection and editing
    updates = book["Updates"]
    header = [c.value for c in updates[1]]
    spare = max(r[0].row for r in updates.iter_rows(min_row=2) if r[0].value) + 1
    for column, value in {"commitment_ref": other.ref, "date": "2026-11-02", "status": "done"}.items():
        updates.cell(row=spare, column=header.index(column) + 1, value=value)
    book.save(path)
    updates_before = len(data.updates)
    summary = import_return(sqlite_demo, path)
    assert summary.updates_added == 0 and "nothing was filled in" in " ".join(summary.warnings)
    ignored = "\n".join(summary.ignored)
    assert f"Updates row {spare}: {other.ref} is " in ignored and f"{mine.ref}: its pledge differs" in ignored
    after = data_of(sqlite_demo)
    assert next(c for c in after.commitments if c.id == mine.id).pledge == mine.pledge
    assert len(after.updates) == updates_before


def test_safe_file_names():
    assert safe_file_name("Jobcentre Plus, Taf Valleys district") == "Jobcentre Plus, Taf Valleys district"
    assert safe_file_name('A/B: "C"? <D>|*') == "A B C D"
    assert safe_file_name("Bwrdd Iechyd ŵ ŷ") == "Bwrdd Iechyd ŵ ŷ"
    assert safe_file_name("...", "ORG-1") == "ORG-1"


def test_command_line_writes_returns(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["returns", "--db", str(db), "--out", str(tmp_path / "out"), "--as-of", "2026-11-22"]) == 0
    out = capsys.readouterr().out
    # each file written is named (the returns and, since issue 15, their email drafts)
    assert out.count(f"Wrote {tmp_path / 'out'}{os.sep}") == len(list((tmp_path / "out").iterdir())) > 0
    assert len(list((tmp_path / "out").glob("*.xlsx"))) > 0
