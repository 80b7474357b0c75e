"""All three formats: figures agree with the rules, privacy holds, edge cases give a sensible document."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from commission.domain import evaluate
from commission.errors import UserError
from commission.reports import write_report
from commission.reports.formatting import one_decimal, pct
from commission.reports.tracker import COLUMNS, FIXED_SHEETS, SUMMARY_KEYS

from .readback import docx_text, pdf_flat, pdf_font_sizes, xlsx_records, xlsx_sheets, xlsx_text
from .report_fixtures import (
    ACCESSIBILITY,
    AS_OF,
    CONTACTS,
    NAMED,
    SECRET_NAMES,
    SHOWN_QUOTES,
    WITHHELD_QUOTES,
)

FORMATS = ("pdf", "docx", "xlsx")
TEXT_OF = {"pdf": pdf_flat, "docx": docx_text, "xlsx": xlsx_text}


def _day(cell):
    """A date cell as the tracker writes it (a real date; openpyxl reads a datetime at midnight)."""
    if cell is None:
        return None
    assert isinstance(cell, datetime) and cell.time() == datetime.min.time(), cell
    return cell.date()


def write(data, tmp_path: Path, fmt: str, name: str = "report", **kw) -> Path:
    kw.setdefault("as_of", AS_OF)
    return write_report(data, tmp_path / f"{name}.{fmt}", format=fmt, **kw)


# -- figures agree with progress.py ---------------------------------------------------------------------


@pytest.mark.parametrize("as_of", [AS_OF, date(2026, 6, 30), date(2025, 12, 1)])
def test_xlsx_tracker_matches_the_rules(data, tmp_path, as_of):
    sheets = xlsx_sheets(write(data, tmp_path, "xlsx", as_of=as_of))
    figures = evaluate(data, as_of)
    rows = sheets["Commitments"]
    assert rows[0][:10] == (
        "ref",
        "organisation",
        "action",
        "pledge",
        "due",
        "state",
        "progress",
        "latest_status",
        "latest_update",
        "verdict",
    )
    assert rows[0] == COLUMNS
    records = {r["ref"]: r for r in xlsx_records(rows)}
    counted = figures.counted(data.commitments)  # nothing counts before it was made
    assert set(records) == {c.ref for c in counted}
    for c in counted:
        result, row = figures.commitments[c.id], records[c.ref]
        assert row["state"] == result.state
        assert row["progress"] == (None if result.progress is None else one_decimal(result.progress))
        assert row["latest_status"] == result.latest_status
        assert _day(row["latest_update"]) == result.latest_update
        assert row["verdict"] == result.verdict
        assert _day(row["due"]) == c.due  # a real date cell (issue 13), not text

    summary = dict(sheets["Summary"][1:])
    assert tuple(summary) == SUMMARY_KEYS
    assert _day(summary["as_of"]) == as_of
    assert summary["commitments"] == len(counted)
    for state, n in figures.states.items():
        assert summary[state] == n
    assert summary["overall_progress"] == one_decimal(figures.overall)
    expected = None if figures.panel_agreement is None else one_decimal(figures.panel_agreement)
    assert summary["panel_agreement"] == expected
    assert summary["quotes_withheld"] == (3 if as_of > date(2026, 1, 31) else 2)


def test_xlsx_has_a_valid_sheet_per_organisation(data, tmp_path):
    sheets = xlsx_sheets(write(data, tmp_path, "xlsx"))
    org_sheets = [n for n in sheets if n not in FIXED_SHEETS]
    assert len(org_sheets) == 4  # the food bank has no commitments
    assert len({n.lower() for n in org_sheets}) == len(org_sheets)
    for name in org_sheets:
        assert len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name)
    total = sum(len(sheets[n]) - 1 for n in org_sheets)
    assert total == len(data.commitments)


@pytest.mark.parametrize("as_of", [AS_OF, date(2026, 6, 30)])
def test_pdf_figures_match_the_rules(data, tmp_path, as_of):
    text = pdf_flat(write(data, tmp_path, "pdf", as_of=as_of))
    figures = evaluate(data, as_of)
    assert f"Overall progress {pct(figures.overall)}" in text
    done = figures.states["done"]
    if figures.panel_agreement is None:
        assert "Nothing is done yet" in text
    else:
        agree = sum(1 for r in figures.commitments.values() if r.state == "done" and r.verdict == "agree")
        assert pct(figures.panel_agreement) in text
        assert f"The panel agrees {agree} of the {done} commitments reported done." in text
    assert f"{len(figures.commitments)} commitments in all" in text
    for theme in data.themes:
        assert pct(figures.themes[theme.id]) in text


def test_pdf_state_tiles_and_withheld_count(data, tmp_path):
    path = write(data, tmp_path, "pdf")
    glance = " ".join(PdfReader(str(path)).pages[1].extract_text().split())
    for state, n in {"done": 2, "on track": 3, "at risk": 2, "overdue": 1, "dropped": 1}.items():
        assert re.search(rf"\b{n} {state}\b", glance), state
    assert "3 of the 6 quotes behind the panel's insights were left out" in pdf_flat(path)


def test_docx_figures_match_the_rules(data, tmp_path):
    import docx

    path = write(data, tmp_path, "docx")
    figures = evaluate(data, AS_OF)
    text = docx_text(path)
    assert f"Overall progress: {pct(figures.overall)}" in text
    assert f"Panel agreement: {pct(figures.panel_agreement)}" in text
    tiles = docx.Document(str(path)).tables[0]
    counts = {tiles.cell(1, i).text: int(tiles.cell(0, i).text) for i in range(5)}
    assert counts == figures.states
    assert "Quotes withheld for consent: 3" in text
    headings = {p.style.name for p in docx.Document(str(path)).paragraphs if p.style.name.startswith("Heading")}
    assert {"Heading 1", "Heading 2", "Heading 3"} <= headings


# -- privacy in every format ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_privacy_holds(data, tmp_path, fmt, language):
    text = TEXT_OF[fmt](write(data, tmp_path, fmt, language=language))
    lowered = text.lower()
    for secret in SECRET_NAMES + CONTACTS + ACCESSIBILITY + WITHHELD_QUOTES:
        assert secret.lower() not in lowered, secret
    assert "example.org" not in lowered and "07700" not in text
    if fmt != "xlsx":  # the tracker has no quotes
        for quote in SHOWN_QUOTES:
            assert quote in text
        assert "Alice Namedwell" in text
    assert "Gareth Civicman" in text
    assert set(NAMED) <= {"Alice Namedwell", "Gareth Civicman"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_pseudonyms_and_labels_stand_in(data, tmp_path, fmt):
    text = TEXT_OF[fmt](write(data, tmp_path, fmt))
    assert "Rhiannon" in text
    assert "Civic commissioner 2" in text
    if fmt != "xlsx":
        assert "a panel member" in text
        assert "Community commissioner 3" in text  # Carl, named in an update's note


# -- edge cases -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_commission(empty_data, tmp_path, fmt):
    path = write(empty_data, tmp_path, fmt)
    assert path.stat().st_size > 0
    if fmt == "xlsx":
        sheets = xlsx_sheets(path)
        assert len(sheets["Commitments"]) == 1
        summary = dict(sheets["Summary"][1:])
        assert summary["commitments"] == 0 and summary["overall_progress"] == 0
        assert summary["panel_agreement"] is None and summary["quotes_withheld"] == 0
    else:
        assert "There are no commitments to report yet." in TEXT_OF[fmt](path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_commitments_without_updates(data, tmp_path, fmt):
    data.updates = []
    path = write(data, tmp_path, fmt)
    if fmt == "xlsx":
        records = xlsx_records(xlsx_sheets(path)["Commitments"])
        assert all(r["latest_status"] == "not started" and r["verdict"] == "not assessed" for r in records)
        assert all(r["progress"] == 0 for r in records)
    else:
        assert "No update yet." in TEXT_OF[fmt](path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_organisation_filter_matching_nothing(data, tmp_path, fmt):
    path = write(data, tmp_path, fmt, organisation_ref="ORG-V")
    if fmt == "xlsx":
        sheets = xlsx_sheets(path)
        assert len(sheets["Commitments"]) == 1 and dict(sheets["Summary"][1:])["commitments"] == 0
    else:
        assert "Example Food Bank Network has no commitments to report as of 22 November 2026." in TEXT_OF[fmt](path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_organisation_filter(data, tmp_path, fmt):
    path = write(data, tmp_path, fmt, organisation_ref="ORG-D")
    if fmt == "xlsx":
        assert [r["ref"] for r in xlsx_records(xlsx_sheets(path)["Commitments"])] == ["C2", "C9"]
    else:
        text = TEXT_OF[fmt](path)
        assert "Co-deliver training for work coaches" in text
        assert "Train every customer-facing officer" not in text


def test_long_pledge_wraps_inside_the_page(data, tmp_path):
    path = write(data, tmp_path, "pdf")
    assert "publish what changes as a result in plain English and Welsh" in pdf_flat(path)
    width = float(PdfReader(str(path)).pages[0].mediabox.width)
    # every text run starts inside the page's margins
    xs: list[float] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            xs.append(tm[4] * cm[0] + cm[4])

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    assert xs and all(0 < x < width - 40 for x in xs)


# -- the PDF's furniture ---------------------------------------------------------------------------------


def test_pdf_metadata_outline_and_page_numbers(data, tmp_path):
    path = write(data, tmp_path, "pdf")
    reader = PdfReader(str(path))
    assert reader.metadata.title == "Example Valleys Poverty Truth Commission \u2014 Accountability report"
    assert reader.metadata.author == "Example Valleys Poverty Truth Commission"
    assert "Accountability report" in reader.metadata.subject
    assert reader.trailer["/Root"].get("/Lang") == "en-GB"

    def titles(items):
        for item in items:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    outline = list(titles(reader.outline))
    for section in (
        "At a glance",
        "You said, we did",
        "By organisation",
        "Appendix",
        "Stigma in services",
        "Jobcentre appointments",
        "Cwm Example Council",
    ):
        assert section in outline

    # each bookmark opens the page its heading is on
    def entries(items):
        for item in items:
            if isinstance(item, list):
                yield from entries(item)
            else:
                yield item.title, reader.get_destination_page_number(item)

    targets = dict(entries(reader.outline))
    for title in ("At a glance", "You said, we did", "By organisation", "Appendix", "Cwm Example Council"):
        assert title in reader.pages[targets[title]].extract_text()
    assert targets["At a glance"] == 1
    assert targets["You said, we did"] < targets["By organisation"] < targets["Appendix"]
    assert reader.trailer["/Root"].get("/PageMode") == "/UseOutlines"
    pages = len(reader.pages)
    assert f"Page 2 of {pages}" in reader.pages[1].extract_text()
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()


def test_pdf_body_text_sizes(data, tmp_path):
    sizes = pdf_font_sizes(write(data, tmp_path, "pdf"))
    assert sizes.most_common(1)[0][0] == 11
    assert min(sizes) >= 9  # only page furniture and chart labels go below 11


def test_large_print_is_at_least_16pt_everywhere(data, tmp_path):
    """SPEC: large print means body text of at least 16 pt; in the PDF nothing at all is smaller."""
    sizes = pdf_font_sizes(write(data, tmp_path, "pdf", large_print=True))
    assert min(sizes) >= 16, sorted(sizes)
    import docx

    document = docx.Document(str(write(data, tmp_path, "docx", large_print=True)))
    assert document.styles["Normal"].font.size.pt >= 16
    runs = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    runs += [
        r
        for t in document.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
        if r.text.strip()
    ]
    runs += [r for s in document.sections for p in s.footer.paragraphs for r in p.runs if r.text.strip()]
    assert all(r.font.size is None or r.font.size.pt >= 16 for r in runs)


def test_welsh_and_bilingual_pdf(data, tmp_path):
    cy = pdf_flat(write(data, tmp_path, "pdf", name="cy", language="cy"))
    assert "Cipolwg" in cy and "22 Tachwedd 2026" in cy and "Tudalen 2 o" in cy
    both = pdf_flat(write(data, tmp_path, "pdf", name="both", language="both"))
    assert "Cipolwg / At a glance" in both  # Welsh placed to be read first
    assert PdfReader(str(tmp_path / "cy.pdf")).trailer["/Root"].get("/Lang") == "cy-GB"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
@pytest.mark.parametrize("language", ["cy", "both"])
def test_every_format_in_welsh_and_both_languages(data, tmp_path, fmt, language):
    """A bilingual note can outgrow a document property (Word allows 255 characters): never a crash."""
    out = write(data, tmp_path, fmt, name=f"{language}-{fmt}", language=language)
    assert out.exists() and out.stat().st_size > 1000


def test_welsh_letters_survive(data, tmp_path):
    from commission.reports.styles import font

    data.commission.name = "Comisiwn Gwirionedd Tlodi Cwm Tawe: ŵ ŷ Ŵ Ŷ"
    text = pdf_flat(write(data, tmp_path, "pdf"))
    if font().welsh_ok:
        assert "ŵ ŷ Ŵ Ŷ" in text


# -- the file appears whole or not at all ---------------------------------------------------------------


def test_progress_is_reported_from_0_to_1(data, tmp_path):
    for fmt in FORMATS:
        seen: list[float] = []
        write(data, tmp_path, fmt, progress=seen.append)
        assert seen[0] == 0.0 and seen[-1] == 1.0
        assert seen == sorted(seen) and all(0 <= v <= 1 for v in seen)


def test_a_failed_report_leaves_no_file(data, tmp_path, monkeypatch):
    from commission import reports

    def boom(*args, **kwargs):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(reports, "_render", boom)
    out = tmp_path / "report.pdf"
    with pytest.raises(RuntimeError):
        write_report(data, out, as_of=AS_OF)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_is_replaced_whole(data, tmp_path):
    out = tmp_path / "report.xlsx"
    out.write_text("old")
    write_report(data, out, format="xlsx", as_of=AS_OF)
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"format": "odt"}, "Unknown report format"),
        ({"language": "fr"}, "Unknown report language"),
        ({"organisation_ref": "NOPE"}, "No organisation with ref"),
    ],
)
def test_user_errors(data, tmp_path, kwargs, message):
    with pytest.raises(UserError, match=message):
        write_report(data, tmp_path / "r.pdf", as_of=AS_OF, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_missing_or_unwritable_folder(data, tmp_path, monkeypatch):
    with pytest.raises(UserError, match="does not exist"):
        write_report(data, tmp_path / "nope" / "r.pdf", as_of=AS_OF)
    (tmp_path / "a folder.pdf").mkdir()
    with pytest.raises(UserError, match="Cannot write the report"):
        write_report(data, tmp_path / "a folder.pdf", as_of=AS_OF)
    assert [p.name for p in tmp_path.iterdir()] == ["a folder.pdf"]

    import tempfile

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(UserError, match=r"Cannot write the report in .*Permission denied"):
        write_report(data, tmp_path / "r.pdf", as_of=AS_OF)


@pytest.mark.parametrize("large_print", [False, True])
def test_pdf_lays_out_whatever_the_size(data, tmp_path, large_print):
    """Many organisations and themes, a note longer than a page, an asset with many actions: no layout error."""
    from commission.domain import Action, Commitment, Organisation, Theme, Update

    for i in range(30):
        data.organisations.append(
            Organisation(
                100 + i, f"ORG-X{i}", f"Community organisation number {i} of the county with a long name", "voluntary"
            )
        )
        data.themes.append(Theme(100 + i, f"TX{i}", f"Extra theme {i}", asset="human"))
        data.actions.append(Action(100 + i, f"AX{i}", f"Extra action {i}", insight_ids=[5]))
        data.commitments.append(
            Commitment(
                100 + i,
                f"CX{i}",
                100 + i,
                100 + i,
                "An extra pledge " * 8,
                made_on=date(2026, 3, 1),
                due=date(2027, 3, 1),
            )
        )
    data.updates.append(Update(999, 100, date(2026, 10, 1), "in progress", 10, "A very long note. " * 400))
    path = write(data, tmp_path, "pdf", large_print=large_print)
    assert "A very long note." in pdf_flat(path)


def test_a_commitment_row_is_the_trackers_columns_in_order(data):
    """The Commitments sheets write a row's values in order under COLUMNS' headers."""
    from commission.reports import build_model
    from commission.reports.tracker import COLUMNS, commitment_row

    model = build_model(data, AS_OF)
    assert all(tuple(commitment_row(c)) == COLUMNS for c in model.commitments)


def test_what_changed_never_leaves_its_heading_alone_at_the_foot_of_a_page(demo_data, tmp_path):
    """Found on the large demo in Welsh: "Beth sydd wedi newid ers …" sat at the bottom of page 2 with a sliver of
    its box, and every line of it on page 3. The block is a few lines: it moves to the next page whole."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from commission.reports.model import build_model
    from commission.reports.pdf import changes_block
    from commission.reports.styles import Styles

    model = build_model(demo_data, date(2026, 11, 22))
    assert model.changes.anything
    out = tmp_path / "changes.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    heading_and_a_line = 40  # points: room for the heading and the top of its box, not its lines
    doc.build([Spacer(1, doc.height - heading_and_a_line - 12), *changes_block(model, Styles())])
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) == 2
    assert "What changed since" not in pages[0]
    assert "What changed since" in pages[1] and "Updates received" in pages[1]
