"""Writers at the edges: control characters pasted into any text (a vertical tab from Word, NUL, ESC) are
cleaned in one place before any writer sees them, and extreme as-of dates give a report, not a traceback."""

from __future__ import annotations

from datetime import date

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from commission.cli import main
from commission.services import edits
from commission.services import reviews as rv
from commission.services.queries import find_commission, load_commission_data
from commission.services.reporting import make_report
from commission.services.returns import write_returns
from commission.services.review_files import write_review_pack

AS_OF = date(2026, 11, 22)
NASTY = "Vertical\x0btab NUL\x00 ESC\x1b bell\x07 form\x0cfeed DEL\x7f end"


def data_of(db):
    return load_commission_data(db, find_commission(db).id)


@pytest.fixture
def nasty(sqlite_demo):
    data = data_of(sqlite_demo)
    commitment = data.commitments[0]
    edits.edit(sqlite_demo, "commitment", commitment.id, {"pledge": f"Pledge: {NASTY}"})
    edits.edit(sqlite_demo, "action", commitment.action_id, {"title": f"Action: {NASTY}"})
    edits.edit(sqlite_demo, "organisation", commitment.organisation_id, {"name": "Council\x1b of\x0bthe Valleys"})
    edits.edit(sqlite_demo, "session", data.sessions[0].id, {"title": f"Session: {NASTY}"})
    named = next(mb for mb in data.members if mb.consent_named and mb.role == "community")
    edits.edit(sqlite_demo, "member", named.id, {"display_name": f"{named.display_name}\x00"})
    edits.log_update(sqlite_demo, commitment.id, date=date(2026, 11, 1), status="in progress", note=f"Note: {NASTY}")
    return sqlite_demo


def word_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def no_controls(text: str) -> bool:
    return not any((ord(ch) < 32 and ch not in "\t\n\r") or ord(ch) == 127 for ch in text)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_reports_clean_control_characters(nasty, tmp_path, fmt):
    out = make_report(nasty, tmp_path / f"report.{fmt}", format=fmt, as_of=AS_OF)
    if fmt == "docx":
        text = word_text(out)
    elif fmt == "pdf":
        text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    else:
        book = openpyxl.load_workbook(out)
        text = "\n".join(str(v) for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r if v)
    assert no_controls(text)
    flat = " ".join(text.split())
    assert "Pledge: Vertical tab NUL ESC bell form feed DEL end" in flat  # a vertical tab became a line break


def test_returns_and_packs_clean_control_characters(nasty, tmp_path):
    paths = write_returns(nasty, tmp_path / "returns", as_of=AS_OF)
    assert any(p.name.startswith("Council of the Valleys") for p in paths)
    for path in paths:
        book = openpyxl.load_workbook(path)
        assert all(no_controls(str(v)) for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r if v)
    data = data_of(nasty)
    panel = [mb.id for mb in data.members if mb.role == "community"]
    round_id = rv.create_round(
        nasty,
        data.commission.id,
        f"Round {NASTY}",
        [rv.ItemSpec("action", data.commitments[0].action_id), rv.ItemSpec("session_notes", data.sessions[0].id)],
        panel,
        asked_on=date(2026, 3, 1),
    )
    pack = write_review_pack(nasty, round_id, panel[0], tmp_path / "pack.pdf", on=AS_OF)
    text = "\n".join(page.extract_text() for page in PdfReader(pack).pages)
    assert "Action: Vertical" in " ".join(text.split()) and no_controls(text)


@pytest.mark.parametrize("as_of", ["0001-01-01", "0001-02-01", "0001-03-31", "9999-12-31"])
@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_extreme_dates_give_a_report(sqlite_demo, tmp_path, capsys, as_of, fmt):
    out = tmp_path / f"r.{fmt}"
    assert main(["report", "--db", str(sqlite_demo.path), "--out", str(out), "--as-of", as_of]) == 0, (
        capsys.readouterr().err
    )
    assert out.stat().st_size > 0


def test_extreme_dates_give_returns(sqlite_demo, tmp_path, capsys):
    assert main(["returns", "--db", str(sqlite_demo.path), "--out", str(tmp_path), "--as-of", "9999-12-31"]) == 0
    # as of year 1 no commitment had been made yet (SPEC: nothing counts before it existed): one line, no file
    assert (
        main(["returns", "--db", str(sqlite_demo.path), "--out", str(tmp_path / "early"), "--as-of", "0001-02-01"]) == 1
    )
    err = capsys.readouterr().err.strip()
    assert "no commitments" in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_an_impossible_date_is_one_line(sqlite_demo, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["report", "--db", str(sqlite_demo.path), "--out", str(tmp_path / "r.pdf"), "--as-of", "0000-12-31"])
    err = capsys.readouterr().err
    assert "is not a date" in err and "Traceback" not in err


def test_a_quote_longer_than_a_page_flows_on_in_a_review_pack(tmp_path):
    from commission.reports.review_pack import PackItem, PackQuote, ReviewPack, write_review_pack_pdf

    long = " ".join(f"Sentence {i} of what I told the panel about the jobcentre." for i in range(400))  # ~24,000
    word = "x" * 3000  # one unbroken 'word'
    item = PackItem(
        1,
        1,
        "What we heard",
        "Stigma",
        "The statement",
        "Is this what the panel said?",
        quotes=(PackQuote(long, "Nia"), PackQuote(f"{word}\n\nand\x0b more", "Dai", own=True)),
    )
    out = write_review_pack_pdf(ReviewPack("C", "Round", "Carys", AS_OF, (item,)), tmp_path / "pack.pdf")
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) > 4
    assert "Sentence 0 of what" in text and "Sentence 399 of what I told the panel about the jobcentre." in text
    assert "Is this what the panel said?" in text and "and more" in text


def test_a_heading_longer_than_a_page_flows_on_in_the_pdf_report(sqlite_demo, tmp_path):
    """Found by using it: a theme named with 5,000 characters and no space stopped the PDF report with a
    traceback (ReportLab cut the heading and could not make its pieces). It flows on, and keeps its bookmark."""
    data = data_of(sqlite_demo)
    name = "Housing" + "x" * 5000
    edits.edit(sqlite_demo, "theme", data.themes[0].id, {"name": name})
    out = make_report(sqlite_demo, tmp_path / "report.pdf", format="pdf", as_of=AS_OF)
    reader = PdfReader(out)
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    assert ("Housing" + "x" * 200) in text

    def titles(items):
        for item in items:
            yield from titles(item) if isinstance(item, list) else [item.title]

    assert any(title.startswith("Housingxxx") for title in titles(reader.outline))
