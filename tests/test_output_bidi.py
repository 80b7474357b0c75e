"""Bidirectional controls (U+202E and the rest) typed or pasted into a name or a note, or held in a ref written before
refs were checked for them (tests/test_cell_limits.py: now refused), leave every output for others without them, the
text otherwise the same; the coordinator's own full workbook keeps them (lossless)."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest
from sqlalchemy import text

from commission.errors import WorkbookError
from commission.outward import clean
from commission.services import edits
from commission.services.decidim import export_results
from commission.services.exporter import export_workbook
from commission.services.preview import import_file
from commission.services.queries import find_commission, load_commission_data
from commission.services.reporting import make_report
from tests.reports.readback import docx_text, pdf_text

AS_OF = date(2026, 11, 22)
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: the text after it is shown backwards
BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ORG = f"Council of the{RLO} Valleys"
NOTE = f"Reported by the {BIDI}housing team"
REF = f"C{RLO}77"


def _old_ref(db, table: str, record_id: int, ref: str) -> None:
    """A ref as a database written before refs were checked for invisible characters may hold it."""
    with db.engine.begin() as connection:
        connection.execute(text(f"UPDATE {table} SET ref = :ref WHERE id = :id"), {"ref": ref, "id": record_id})


@pytest.fixture
def hostile(sqlite_demo):
    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    commitment = next(c for c in data.commitments if c.made_on and c.made_on <= AS_OF)
    edits.edit(sqlite_demo, "organisation", commitment.organisation_id, {"name": ORG})
    _old_ref(sqlite_demo, "commitments", commitment.id, REF)
    named = next(mb for mb in data.members if mb.consent_named and mb.role == "community")
    edits.edit(sqlite_demo, "member", named.id, {"display_name": f"{named.display_name}{RLO}"})
    edits.log_update(sqlite_demo, commitment.id, date=date(2026, 11, 1), status="in progress", note=NOTE)
    return sqlite_demo


def _no_bidi(text: str) -> bool:
    return not any(ch in BIDI for ch in text)


def test_clean_drops_every_bidirectional_control_and_nothing_else():
    assert clean(f"a{BIDI}b — Ŵ ŷ ê, ‘quoted’") == "ab — Ŵ ŷ ê, ‘quoted’"
    assert clean(NOTE) == "Reported by the housing team"
    assert clean(NOTE, keep_direction=True) == NOTE


def _text_of(path, fmt: str) -> str:
    if fmt == "pdf":
        return pdf_text(path)
    if fmt == "docx":
        return docx_text(path)
    if fmt == "xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(str(v) for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r if v)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "xlsx"])
def test_reports_leave_out_bidirectional_controls(hostile, tmp_path, fmt):
    text = _text_of(make_report(hostile, tmp_path / f"report.{fmt}", format=fmt, as_of=AS_OF), fmt)
    assert _no_bidi(text)
    flat = " ".join(text.split())
    assert "Council of the Valleys" in flat
    if fmt == "xlsx":  # the tracker lists every commitment's ref and every update's note
        assert "Reported by the housing team" in flat and "C77" in flat


def test_the_decidim_export_leaves_out_bidirectional_controls(hostile, tmp_path):
    out, _places = export_results(hostile, tmp_path / "results.csv", as_of=AS_OF)
    text = out.read_text(encoding="utf-8-sig")
    assert _no_bidi(text)
    rows = list(csv.reader(text.splitlines(), delimiter=";" if ";" in text.splitlines()[0] else ","))
    cells = {cell for row in rows for cell in row}
    assert "Council of the Valleys" in cells and "C77" in cells


@pytest.mark.parametrize("suffix", [".xlsx", ""])
def test_the_full_workbook_keeps_the_text_exactly(hostile, tmp_path, suffix):
    out = export_workbook(hostile, tmp_path / f"copy{suffix}")
    if suffix:
        book = openpyxl.load_workbook(out)
        cells = {v for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r if isinstance(v, str)}
    else:
        cells = {
            cell
            for path in out.glob("*.csv")
            for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines())
            for cell in row
        }
    assert {ORG, NOTE, REF} <= cells


def _counts(db) -> tuple[int, int, int]:
    data = load_commission_data(db, find_commission(db).id)
    return len(data.actions), len(data.commitments), len(data.organisations)


def test_results_exported_without_bidirectional_controls_come_back_to_their_records(hostile, tmp_path):
    """The export writes the ref C\u202e77 as C77 (and the organisation without its U+202E): read back, the
    result still updates that commitment, not a new one called C77, and the file stays free of the controls."""
    data = load_commission_data(hostile, find_commission(hostile).id)
    commitment = next(c for c in data.commitments if c.ref == REF)
    _old_ref(hostile, "actions", commitment.action_id, f"A{RLO}9")
    org = next(o for o in data.organisations if o.id == commitment.organisation_id)
    _old_ref(hostile, "organisations", org.id, f"{org.ref}{RLO}")
    out, _places = export_results(hostile, tmp_path / "results.csv", as_of=AS_OF)
    text = out.read_text(encoding="utf-8-sig")
    assert _no_bidi(text) and ";C77;" in text
    # the organisation says the pledge is now done, in the file as it came back
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    row = next(r for r in rows if r["external_id"] == "C77")
    row["status/key"], row["progress"], row["updated_at"] = "done", "100", "2026-11-20"
    back = tmp_path / "back.csv"
    with back.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    before = _counts(hostile)
    summary = import_file(hostile, back, as_of=AS_OF)
    assert not any(summary.created.values()), summary.created
    assert _counts(hostile) == before
    after = load_commission_data(hostile, find_commission(hostile).id)
    assert {c.ref for c in after.commitments} >= {REF} and "C77" not in {c.ref for c in after.commitments}
    updates = after.updates_by_commitment.get(commitment.id, [])
    assert any(u.status == "done" and u.date == date(2026, 11, 20) for u in updates)


def test_refs_differing_only_by_bidirectional_controls_are_refused_not_guessed(hostile, tmp_path):
    data = load_commission_data(hostile, find_commission(hostile).id)
    other = next(c for c in data.commitments if c.ref != REF and c.made_on and c.made_on <= AS_OF)
    _old_ref(hostile, "commitments", other.id, f"C77{RLO}")  # written as C77 too
    out, _places = export_results(hostile, tmp_path / "results.csv", as_of=AS_OF)
    before = _counts(hostile)
    with pytest.raises(WorkbookError) as caught:
        import_file(hostile, out, as_of=AS_OF)
    problems = [str(p) for p in caught.value.problems]
    assert any("column external_id" in p and "C77 could be more than one commitment" in p for p in problems), problems
    assert _counts(hostile) == before
