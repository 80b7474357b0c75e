"""Milestones: the rule, a round trip through the workbook, a return (an organisation marks its own done),
and undoable edits."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from commission.errors import UserError, WorkbookError
from commission.milestones import milestone_state
from commission.services import edits
from commission.services.exporter import export_workbook
from commission.services.importer import import_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.services.returns import import_return, write_returns
from commission.storage import open_database

AS_OF = date(2026, 11, 22)
COUNCIL = "Cwm Taf Valleys County Borough Council"


def data_of(db):
    return load_commission_data(db, find_commission(db).id)


def by_key(data):
    refs = {c.id: c.ref for c in data.commitments}
    return {(refs[ms.commitment_id], ms.title): (ms.due, ms.done_on) for ms in data.milestones}


@pytest.mark.parametrize(
    "due, done_on, state",
    [
        (date(2026, 11, 21), None, "missed"),
        (date(2026, 11, 22), None, "planned"),  # due today is not missed yet, as a pledge due today is not overdue
        (date(2026, 11, 1), date(2026, 11, 22), "done"),
        (date(2026, 11, 1), date(2026, 11, 23), "missed"),  # done after the as-of date: not done yet then
        (None, None, "planned"),
        (None, date(2020, 1, 1), "done"),
    ],
)
def test_milestone_state(due, done_on, state):
    assert milestone_state(due, done_on, AS_OF) == state


def test_milestones_round_trip_through_the_workbook(sqlite_demo, tmp_path):
    before = by_key(data_of(sqlite_demo))
    assert len(before) >= 10 and any(done for _due, done in before.values())
    out = export_workbook(sqlite_demo, tmp_path / "full.xlsx")
    sheet = openpyxl.load_workbook(out)["Milestones"]
    assert [c.value for c in sheet[1]] == ["commitment_ref", "title", "due", "done_on"]
    fresh = open_database(tmp_path / "fresh.db")
    import_workbook(fresh, out)
    assert by_key(data_of(fresh)) == before
    again = export_workbook(fresh, tmp_path / "again.xlsx")

    def rows(p):
        return [tuple(r) for r in openpyxl.load_workbook(p)["Milestones"].iter_rows(values_only=True)]

    assert rows(again) == rows(out)
    # importing it again changes nothing; a changed done date in the file is taken, and audited
    summary = import_workbook(fresh, again)
    assert summary.created["Milestones"] == 0 and summary.changed["Milestones"] == 0
    fresh.dispose()


def test_a_bad_milestones_sheet_is_refused_whole(sqlite_demo, tmp_path):
    out = export_workbook(sqlite_demo, tmp_path / "full.xlsx")
    book = openpyxl.load_workbook(out)
    sheet = book["Milestones"]
    sheet.append(["C99", "Nowhere", "2026-01-01", ""])
    sheet.append(["C02", "Phone line open", "", ""])  # the same title twice on one commitment
    sheet.append(["C02", "Bad date", "31/02/2026", ""])
    book.save(out)
    before = by_key(data_of(sqlite_demo))
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, out)
    reasons = " | ".join(str(p) for p in caught.value.problems)
    assert "unknown commitment 'C99'" in reasons
    assert "duplicate commitment_ref and title" in reasons
    assert "bad date" in reasons
    assert by_key(data_of(sqlite_demo)) == before


def _council_return(db, folder):
    paths = write_returns(db, folder, as_of=AS_OF)
    return next(p for p in paths if p.name.startswith(COUNCIL))


def test_an_organisation_marks_its_own_milestones_done_in_a_return(sqlite_demo, tmp_path):
    path = _council_return(sqlite_demo, tmp_path / "returns")
    book = openpyxl.load_workbook(path)
    sheet = book["Milestones"]
    rows = {(r[0].value, r[1].value): r[0].row for r in sheet.iter_rows(min_row=2)}
    assert ("C02", "Web form live") in rows
    assert all(ref in {"C01", "C02", "C03", "C04", "C05"} for ref, _ in rows)  # the council's own only
    sheet.cell(row=rows[("C02", "Web form live")], column=4, value="2026-11-20")
    sheet.cell(row=rows[("C02", "Web form live")], column=3, value="2027-01-01")  # not theirs to change
    # another organisation's milestone and a new title: ignored, never written
    sheet.append(["C06", "Peer supporters recruited and trained", "", "2026-11-01"])
    sheet.append(["C02", "A step they made up", "", "2026-11-01"])
    book.save(path)
    before = by_key(data_of(sqlite_demo))

    summary = import_return(sqlite_demo, path, as_of=AS_OF)
    after = by_key(data_of(sqlite_demo))
    assert after[("C02", "Web form live")] == (date(2026, 9, 30), date(2026, 11, 20))
    assert {k: v for k, v in after.items() if k != ("C02", "Web form live")} == {
        k: v for k, v in before.items() if k != ("C02", "Web form live")
    }
    assert summary.milestones_marked == 1
    text = "\n".join(summary.lines())
    assert "1 milestone marked done" in text
    assert "ignored" in text and "due date stays as recorded" in text
    # the same return again: nothing more; and the audit trail agrees with the data
    assert import_return(sqlite_demo, path, as_of=AS_OF).milestones_marked == 0
    from commission.services.check import check_database

    assert check_database(sqlite_demo) == []


def test_a_bad_done_date_in_a_return_changes_nothing(sqlite_demo, tmp_path):
    path = _council_return(sqlite_demo, tmp_path / "returns")
    book = openpyxl.load_workbook(path)
    sheet = book["Milestones"]
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if r[1].value == "Web form live")
    sheet.cell(row=row, column=4, value="the thirtieth")
    book.save(path)
    before = by_key(data_of(sqlite_demo))
    with pytest.raises(WorkbookError) as caught:
        import_return(sqlite_demo, path, as_of=AS_OF)
    assert any(p.sheet == "Milestones" and p.row == row and p.column == "done_on" for p in caught.value.problems)
    assert by_key(data_of(sqlite_demo)) == before


def test_milestone_edits_are_checked_and_audited(sqlite_demo):
    data = data_of(sqlite_demo)
    c02 = next(c for c in data.commitments if c.ref == "C02")
    made = edits.create(
        sqlite_demo, "milestone", {"commitment_id": c02.id, "title": "Leaflets printed", "due": date(2026, 12, 1)}
    )
    with pytest.raises(UserError, match="needs a title"):
        edits.create(sqlite_demo, "milestone", {"commitment_id": c02.id, "title": "  "})
    with pytest.raises(UserError, match="already used"):
        edits.create(sqlite_demo, "milestone", {"commitment_id": c02.id, "title": "Leaflets printed"})
    with pytest.raises(UserError, match="must be a date"):
        edits.edit(sqlite_demo, "milestone", made["id"], {"done_on": "tomorrow"})
    edits.edit(sqlite_demo, "milestone", made["id"], {"done_on": date(2026, 11, 30)})
    assert by_key(data_of(sqlite_demo))[("C02", "Leaflets printed")] == (date(2026, 12, 1), date(2026, 11, 30))
    assert [e["field"] for e in edits.history(sqlite_demo, "milestone", made["id"]) if e["field"]] == ["done_on"]
