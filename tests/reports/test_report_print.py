"""Print and Word (issue 13): charts as pictures in Word, headings kept with what follows, readable state
cells, and a tracker that is a proper spreadsheet (real dates, header rows, print set-up, whole-word names)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from reportlab.lib import colors

from commission.reports import charts, write_report
from commission.reports.styles import STATE, STATE_TEXT, TEXT_BACKGROUNDS, VERDICT_COLOURS, contrast
from commission.reports.tracker import sheet_names
from commission.vocab import STATE_COLOURS

from .report_fixtures import AS_OF

LABELS = ("Timeline", "Actions agreed", "What we heard")


# -- Word: charts as pictures ----------------------------------------------------------------------------


def test_the_chart_renderer_needs_no_compiler():
    """PDFium from a wheel turns the PDF's own drawing into a PNG, wherever the app installs."""
    from commission.reports.styles import font

    f = font()
    png = charts.drawing_png(charts.theme_progress([("A theme", 0, 40.0)], 300, (f.regular, f.bold), 10))
    assert png and png.startswith(b"\x89PNG")


def _pictures(document) -> list:
    return document.element.body.findall(".//" + qn("wp:docPr"))


def test_word_has_its_charts_as_pictures_with_alt_text(data, tmp_path):
    document = docx.Document(str(write_report(data, tmp_path / "r.docx", format="docx", as_of=AS_OF)))
    pictures = _pictures(document)
    assert len(pictures) == 4
    descriptions = [p.get("descr") for p in pictures]
    assert all(descriptions) and "Stigma in services: 70%" in descriptions[1]
    assert [p.get("title") for p in pictures] == [
        "Commitments by organisation and state",
        "Progress by theme",
        "Actions across the five assets",
        "Progress over time",
    ]
    assert any("Each corner is one asset" in p.text for p in document.paragraphs)


def test_no_caption_for_a_missing_chart(data, tmp_path, monkeypatch):
    monkeypatch.setattr(charts, "drawing_png", lambda drawing, dpi=144: None)
    document = docx.Document(str(write_report(data, tmp_path / "r.docx", format="docx", as_of=AS_OF)))
    assert not _pictures(document)
    assert not any("Each corner is one asset" in p.text for p in document.paragraphs)
    assert len(document.tables) > 5  # the figures are still there, as tables


# -- headings kept with what follows ---------------------------------------------------------------------


def test_word_labels_and_cards_keep_with_what_follows(data, tmp_path):
    document = docx.Document(str(write_report(data, tmp_path / "r.docx", format="docx", as_of=AS_OF)))
    labels = [p for p in document.paragraphs if p.text in LABELS]
    assert labels and all(p.paragraph_format.keep_with_next for p in labels)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Heading 4"):
        assert document.styles[name].paragraph_format.keep_with_next
    cards = [t for t in document.tables if len(t.rows) == 5 and t.cell(4, 0).paragraphs[0].text == "Timeline"]
    assert len(cards) == len(data.commitments)
    for card in cards:
        for row in card.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        assert all(p.paragraph_format.keep_with_next for row in card.rows[:-1] for c in row.cells for p in c.paragraphs)


def _page_feet(path) -> list[tuple[int, str]]:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is not installed (Debian package 'poppler-utils'): run ./scripts/setup")
    from pypdf import PdfReader

    feet = []
    for page in range(1, len(PdfReader(str(path)).pages) + 1):
        text = subprocess.run(
            [pdftotext, "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        lines = [line.strip() for line in text.splitlines() if line.strip() and not re.search(r"Page \d+ of \d+", line)]
        if lines:
            feet.append((page, lines[-1]))
    return feet


@pytest.mark.parametrize("fmt,large_print", [("pdf", False), ("pdf", True), ("pdfua", True)])
def test_pdf_leaves_no_heading_at_a_page_foot(demo_data, tmp_path, fmt, large_print):
    """The demo report: no page ends on a label, or on an organisation's heading or its count line."""
    path = write_report(demo_data, tmp_path / "r.pdf", format=fmt, as_of=AS_OF, large_print=large_print)
    organisations = {o.name for o in demo_data.organisations}
    stranded = [
        (page, last)
        for page, last in _page_feet(path)
        if last.split("  ")[0] in LABELS or last in organisations or re.match(r"\d+ commitments? —", last)
    ]
    assert not stranded, stranded


# -- contrast of state and verdict words -----------------------------------------------------------------


def test_state_words_and_verdicts_keep_4_5_to_1():
    for state, colour in STATE.items():
        assert contrast(STATE_TEXT[state], colour) >= 4.5, state
    for verdict, colour in VERDICT_COLOURS.items():
        for background in TEXT_BACKGROUNDS:
            assert contrast(colour, background) >= 4.5, (verdict, background)


def test_word_and_tracker_state_cells_keep_4_5_to_1(data, tmp_path):
    document = docx.Document(str(write_report(data, tmp_path / "r.docx", format="docx", as_of=AS_OF)))
    checked = 0
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                shading = cell._tc.find(".//" + qn("w:shd"))
                fill = shading.get(qn("w:fill")) if shading is not None else None
                if not fill or f"#{fill.lower()}" not in STATE_COLOURS.values():
                    continue
                for run in (r for p in cell.paragraphs for r in p.runs if r.text.strip()):
                    ink = run.font.color.rgb
                    assert ink is not None
                    assert contrast(colors.HexColor(f"#{ink}"), colors.HexColor(f"#{fill}")) >= 4.5, run.text
                    checked += 1
    assert checked >= 10

    book = openpyxl.load_workbook(write_report(data, tmp_path / "t.xlsx", format="xlsx", as_of=AS_OF))
    sheet = book["Commitments"]
    column = [c.value for c in sheet[1]].index("state") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
        fill, ink = cell.fill.fgColor.rgb[-6:], cell.font.color.rgb[-6:]
        assert contrast(colors.HexColor(f"#{ink}"), colors.HexColor(f"#{fill}")) >= 4.5, cell.value


# -- the tracker as a spreadsheet ------------------------------------------------------------------------


def test_tracker_dates_are_real_dates(data, tmp_path):
    book = openpyxl.load_workbook(write_report(data, tmp_path / "t.xlsx", format="xlsx", as_of=AS_OF))
    sheet = book["Commitments"]
    header = [c.value for c in sheet[1]]
    for name in ("due", "latest_update", "made_on", "verdict_date"):
        col = header.index(name) + 1
        cells = [sheet.cell(r, col) for r in range(2, sheet.max_row + 1) if sheet.cell(r, col).value is not None]
        assert cells, name
        assert all(isinstance(c.value, datetime) and c.number_format == "yyyy-mm-dd" for c in cells), name
    summary = {row[0].value: row[1] for row in book["Summary"].iter_rows(min_row=2)}
    assert summary["as_of"].value.date() == AS_OF and summary["as_of"].is_date


def test_every_sheet_has_a_header_row_and_prints_well(data, tmp_path):
    book = openpyxl.load_workbook(write_report(data, tmp_path / "t.xlsx", format="xlsx", as_of=AS_OF))
    for sheet in book.worksheets:
        first = [c for c in sheet[1] if c.value is not None]
        assert first and all(c.font.bold for c in first), sheet.title
        assert sheet.print_title_rows.replace("$", "") == "1:1", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        # one page wide (OOXML leaves fitToWidth out at its default, 1), as many pages down as it takes
        assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0, sheet.title
        assert sheet.page_setup.paperSize == 9, sheet.title  # A4
        if sheet.title not in ("Summary", "About"):
            assert sheet.page_setup.orientation == "landscape", sheet.title
        texts = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
        assert all(c.alignment.wrap_text for c in texts), sheet.title  # nothing runs over its neighbour


def test_sheet_names_are_cut_at_a_word():
    long = [
        "Community organisation number 12 of the county with a long name",
        "Tai Example Housing Association: [North]/South*",
        "Abertawe Bro Morgannwg University Health Board",
        "Abertawe Bro Morgannwg University Health Board",
        "Supercalifragilisticexpialidociousorganisationname",
    ]
    names = sheet_names(long)
    assert names[0] == "Community organisation number"
    assert names[1] == "Tai Example Housing Association"
    assert names[2] == "Abertawe Bro Morgannwg"
    assert names[3] == "Abertawe Bro Morgannwg (2)"
    assert names[4] == "Supercalifragilisticexpialidocio"[:31]
    assert all(len(n) <= 31 for n in names)
    for original, name in zip(long[:3], names[:3], strict=True):
        words = re.sub(r"[\[\]:*?/\\]", " ", original).split()
        assert name.split() == words[: len(name.split())]  # whole words only


def test_dates_in_the_tracker_are_as_of_aware(data, tmp_path):
    """Real dates still follow the rules: an update after the as-of date never shows as the latest."""
    book = openpyxl.load_workbook(write_report(data, tmp_path / "t.xlsx", format="xlsx", as_of=AS_OF))
    sheet = book["Commitments"]
    header = [c.value for c in sheet[1]]
    col = header.index("latest_update") + 1
    latest = [sheet.cell(r, col).value for r in range(2, sheet.max_row + 1)]
    assert all(v is None or v.date() <= AS_OF for v in latest)
    assert date(2026, 12, 15) not in {v.date() for v in latest if v}
