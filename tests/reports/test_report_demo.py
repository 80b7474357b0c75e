"""The bundled demo commission, in all three formats at fixed dates: figures and privacy, worked out from the data."""

from __future__ import annotations

from datetime import date

import pytest

from commission import privacy
from commission.domain import evaluate
from commission.reports import write_report
from commission.reports.formatting import one_decimal, pct

from .readback import docx_text, pdf_flat, xlsx_records, xlsx_sheets, xlsx_text

DATES = (date(2026, 11, 22), date(2026, 3, 31))
TEXT_OF = {"pdf": pdf_flat, "docx": docx_text, "xlsx": xlsx_text}


@pytest.fixture(scope="module")
def reports(demo_data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-reports")
    written = {}
    for as_of in DATES:
        for fmt in ("pdf", "docx", "xlsx"):
            written[as_of, fmt] = write_report(demo_data, folder / f"demo-{as_of}.{fmt}", format=fmt, as_of=as_of)
    return written


def forbidden(data, as_of):
    """Everything that must not leave the app as of that date, worked out from the data itself."""
    people = data.people
    secrets = []
    for member in data.members:
        if not privacy.may_name(people[member.id], as_of):
            secrets.append(member.display_name)
        secrets += [x for x in (member.email, member.phone, member.accessibility_notes) if x]
    by_id = {m.id: m for m in data.members}
    for quote in data.quotes:
        if quote.member_id is not None and not privacy.may_quote(people[quote.member_id], as_of):
            secrets.append(quote.text)
    assert by_id  # the demo has members
    return secrets


@pytest.mark.parametrize("as_of", DATES)
def test_demo_tracker_matches_the_rules(demo_data, reports, as_of):
    figures = evaluate(demo_data, as_of)
    sheets = xlsx_sheets(reports[as_of, "xlsx"])
    summary = dict(sheets["Summary"][1:])
    counted = figures.counted(demo_data.commitments)  # made by as_of: nothing counts before it existed
    assert summary["commitments"] == len(counted) == sum(figures.states.values())
    assert {s: summary[s] for s in figures.states} == figures.states
    assert summary["overall_progress"] == one_decimal(figures.overall)
    expected = None if figures.panel_agreement is None else one_decimal(figures.panel_agreement)
    assert summary["panel_agreement"] == expected
    records = {r["ref"]: r for r in xlsx_records(sheets["Commitments"])}
    assert set(records) == {c.ref for c in counted}
    for c in counted:
        result = figures.commitments[c.id]
        assert records[c.ref]["state"] == result.state
        assert records[c.ref]["progress"] == (None if result.progress is None else one_decimal(result.progress))


@pytest.mark.parametrize("as_of", DATES)
def test_demo_pdf_and_docx_figures(demo_data, reports, as_of):
    figures = evaluate(demo_data, as_of)
    assert f"Overall progress {pct(figures.overall)}" in pdf_flat(reports[as_of, "pdf"])
    assert f"Overall progress: {pct(figures.overall)}" in docx_text(reports[as_of, "docx"])


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
@pytest.mark.parametrize("as_of", DATES)
def test_demo_privacy(demo_data, reports, as_of, fmt):
    text = TEXT_OF[fmt](reports[as_of, fmt])
    secrets = forbidden(demo_data, as_of)
    assert secrets
    leaked = [s for s in secrets if s.lower() in text.lower()]
    assert leaked == []


def test_demo_withheld_count(demo_data, reports):
    as_of = DATES[0]
    people = demo_data.people
    expected = sum(
        1
        for q in demo_data.quotes
        if q.insight_ids and q.member_id is not None and not privacy.may_quote(people[q.member_id], as_of)
    )
    assert dict(xlsx_sheets(reports[as_of, "xlsx"])["Summary"][1:])["quotes_withheld"] == expected
    assert f"Quotes withheld for consent: {expected}" in docx_text(reports[as_of, "docx"])


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_demo_without_review_rounds_says_so(reports, fmt):
    assert "No review rounds have been closed yet" in TEXT_OF[fmt](reports[DATES[0], fmt])


def test_demo_docx_charts_are_pictures_when_they_can_be_drawn(reports):
    """Where a PNG renderer is installed the three charts and the progress-over-time chart go in as PNG (the
    tables stay, for re-use); without it, just the tables."""
    import zipfile

    from commission.reports import charts

    with zipfile.ZipFile(reports[DATES[0], "docx"]) as docx:
        pictures = [n for n in docx.namelist() if n.startswith("word/media/")]
        heads = [docx.read(n)[:8] for n in pictures]
    if charts.png_available():
        assert len(pictures) == 4 and all(h == b"\x89PNG\r\n\x1a\n" for h in heads)
    else:
        assert pictures == []
    assert "Progress by theme" in docx_text(reports[DATES[0], "docx"])
