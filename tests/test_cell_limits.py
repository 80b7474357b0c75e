"""What a spreadsheet cell can hold, and refs nobody can tell apart: refused where they come in.

A cell holds 32,767 UTF-16 units, so an emoji counts twice: 20,000 of them fit the app's 32,767 characters
but not a cell, and the workbook export used to give back 16,383 of them without a word. A ref holding a
zero-width space or a bidirectional control looks like another ref but is not it: imported, it made a second
commitment that looks exactly like the first."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import text

from commission.cell_limits import MAX_TEXT, cell_length, invisible_in, too_long_for_a_cell
from commission.errors import UserError, WorkbookError
from commission.services import edits
from commission.services.exporter import export_workbook
from commission.services.importer import import_workbook
from commission.services.queries import find_commission, load_commission_data

EMOJI = "\U0001f600"  # 😀: two UTF-16 units


def test_a_cells_length_counts_what_a_spreadsheet_counts():
    assert cell_length("a" * 40_000) == 40_000
    assert cell_length(EMOJI * 20_000) == 40_000
    assert cell_length("Ŵ ŷ ê " * 5_000) == 30_000  # Welsh letters are one unit each
    assert too_long_for_a_cell(EMOJI * (MAX_TEXT // 2)) == ""
    assert "an emoji counts as two" in too_long_for_a_cell(EMOJI * (MAX_TEXT // 2 + 1))


def test_invisible_characters_are_named():
    for ch in ("\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00a0", "\u00ad"):
        assert invisible_in(f"C0{ch}1") == f"U+{ord(ch):04X}"
    assert invisible_in("C01") == invisible_in("Ŵ-01") == invisible_in("C 01") == ""


def _commitment(db):
    data = load_commission_data(db, find_commission(db).id)
    return data, data.commitments[0]


def test_text_a_cell_cannot_hold_is_refused_when_typed(sqlite_demo):
    _data, commitment = _commitment(sqlite_demo)
    with pytest.raises(UserError, match="emoji counts as two"):
        edits.edit(sqlite_demo, "commitment", commitment.id, {"pledge": EMOJI * 20_000})
    _data, again = _commitment(sqlite_demo)
    assert again.pledge == commitment.pledge


def _exported(db, tmp_path, change):
    """The demo's workbook with `change(book)` made to it, saved as a new file."""
    path = export_workbook(db, tmp_path / "demo.xlsx")
    book = openpyxl.load_workbook(path)
    change(book)
    out = tmp_path / "changed.xlsx"
    book.save(out)
    return out


def _cell(book, sheet, column, row=2):
    headers = [c.value for c in book[sheet][1]]
    return book[sheet].cell(row=row, column=headers.index(column) + 1)


def _dump(db) -> list:
    with db.engine.connect() as c:
        return [tuple(r) for r in c.execute(text("SELECT id, ref, pledge FROM commitments ORDER BY id"))]


def test_an_import_refuses_text_a_cell_cannot_give_back(sqlite_demo, tmp_path):
    # openpyxl writes what it is given; the export could not give 20,000 emoji back whole
    path = _exported(
        sqlite_demo, tmp_path, lambda b: setattr(_cell(b, "Commitments", "pledge"), "value", EMOJI * 20_000)
    )
    before = _dump(sqlite_demo)
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, path)
    problems = [str(p) for p in caught.value.problems]
    assert any("Commitments" in p and "pledge" in p and "emoji counts as two" in p for p in problems), problems
    assert _dump(sqlite_demo) == before


def test_the_export_refuses_rather_than_cuts_text_a_cell_cannot_hold(sqlite_demo, tmp_path):
    _data, commitment = _commitment(sqlite_demo)
    with sqlite_demo.engine.begin() as c:  # written before the app counted cells as a spreadsheet does
        c.execute(text("UPDATE commitments SET pledge = :p WHERE id = :i"), {"p": EMOJI * 20_000, "i": commitment.id})
    out = tmp_path / "out.xlsx"
    with pytest.raises(UserError, match="Nothing was saved") as caught:
        export_workbook(sqlite_demo, out)
    assert "emoji counts as two" in str(caught.value) and "\n" not in str(caught.value)
    assert not out.exists()


def test_a_ref_with_an_invisible_character_is_refused_on_import(sqlite_demo, tmp_path):
    def hide(book):
        _cell(book, "Commitments", "ref").value = _cell(book, "Commitments", "ref").value + "\u200b"
        _cell(book, "Updates", "commitment_ref").value = "C" + "\u202e" + "77"

    path = _exported(sqlite_demo, tmp_path, hide)
    before = _dump(sqlite_demo)
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, path)
    problems = [str(p) for p in caught.value.problems]
    assert any("Commitments" in p and "column ref" in p and "U+200B" in p for p in problems), problems
    assert any("Updates" in p and "commitment_ref" in p and "U+202E" in p for p in problems), problems
    assert _dump(sqlite_demo) == before


def test_a_ref_with_an_invisible_character_is_refused_when_typed(sqlite_demo):
    _data, commitment = _commitment(sqlite_demo)
    for hidden in ("\u200b", "\u202e", "\u00a0"):
        with pytest.raises(UserError, match="invisible character"):
            edits.edit(sqlite_demo, "commitment", commitment.id, {"ref": f"{commitment.ref}{hidden}x"})
    assert _commitment(sqlite_demo)[1].ref == commitment.ref
