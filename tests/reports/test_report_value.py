"""The Frameworks and Social value sections, in every report format, agree with the pure calculations."""

from __future__ import annotations

from datetime import date

import pytest

from commission import domain, frameworks, sroi
from commission.reports import write_report
from commission.reports.model import build_model
from commission.reports.model_value import as_sroi

from .readback import docx_text, pdf_flat, xlsx_records, xlsx_sheets

AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def written(demo_data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("value-reports")
    out = {}
    for language in ("en", "cy"):
        for fmt in ("pdf", "docx", "xlsx"):
            out[language, fmt] = write_report(
                demo_data, folder / f"r-{language}.{fmt}", format=fmt, as_of=AS_OF, language=language
            )
    return out


def expected_ratio(data) -> float:
    return sroi.ratio([as_sroi(o) for o in data.outcomes], data.commission.investment, data.commission.discount_rate)


def test_tracker_frameworks_sheet_is_the_coverage(demo_data, written):
    rows = xlsx_records(xlsx_sheets(written["en", "xlsx"])["Frameworks"])
    coverage = frameworks.coverage(demo_data, domain.evaluate(demo_data, AS_OF))
    expected = [(f.key, a.key) for f in coverage if f.used for a in f.areas]
    assert [(r["framework"], r["area"]) for r in rows] == expected
    by_key = {(r["framework"], r["area"]): r for r in rows}
    for f in coverage:
        for a in f.areas:
            row = by_key[f.key, a.key]
            assert (row["actions"] or "") == "; ".join(x.ref for x in a.actions)
            if a.covered:
                assert row["progress"] == pytest.approx(round(a.progress, 1))
                assert row["states"].startswith(f"{next(v for v in a.states.values() if v)} ")
            else:
                assert row["progress"] is None and row["covered"] == "no"
    assert by_key["newlocal-jrf", "stable-funding"]["covered"] == "no"


def test_tracker_social_value_sheet_has_the_ratio_row(demo_data, written):
    rows = xlsx_sheets(written["en", "xlsx"])["Social value"]
    labels = {row[0]: row for row in rows if row and row[0]}
    assert labels["SROI ratio"][1] == pytest.approx(round(expected_ratio(demo_data), 2))
    assert labels["SROI ratio"][2] == "£4.43 for every £1"
    assert labels["investment"][1] == 81250 and labels["discount_rate"][1] == 0.035
    assert labels["duration1"][2] == pytest.approx(
        round(sroi.sensitivity([as_sroi(o) for o in demo_data.outcomes], 81250, 0.035)[-1].ratio, 2)
    )


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_pdf_and_word_have_both_sections(written, fmt):
    read = pdf_flat if fmt == "pdf" else docx_text
    en, cy = read(written["en", fmt]), read(written["cy", fmt])
    assert "£4.43 of social value for every £1 invested" in en
    assert "Not yet addressed by any action: Stable, long-term funding for collaborative action." in en
    assert "Not yet addressed by any action: A globally responsible Wales." in en
    assert "Deadweight 10 points higher" in en and "£3.90" in en
    assert "£4.43 o werth cymdeithasol am bob £1 a fuddsoddwyd" in cy
    assert "Cymru sy'n gyfrifol ar lefel fyd-eang" in cy and "Gwerth cymdeithasol" in cy


def test_no_investment_gives_a_message_not_a_ratio(demo_data, tmp_path):
    from dataclasses import replace

    data = replace(demo_data, commission=replace(demo_data.commission, investment=None))
    model = build_model(data, AS_OF)
    assert model.social_value.ratio is None and model.social_value.sensitivity == []
    assert "investment is not recorded" in model.social_value.message
    out = write_report(data, tmp_path / "r.xlsx", format="xlsx", as_of=AS_OF)
    labels = {row[0]: row for row in xlsx_sheets(out)["Social value"] if row and row[0]}
    assert labels["SROI ratio"][1] is None
    assert "investment is not recorded" in pdf_flat(write_report(data, tmp_path / "r.pdf", format="pdf", as_of=AS_OF))


def test_an_organisation_report_covers_only_its_actions(demo_data):
    org = demo_data.organisations[0]
    model = build_model(demo_data, AS_OF, organisation_ref=org.ref)
    mine = {
        a.ref
        for a in demo_data.actions
        if any(c.action_id == a.id and c.organisation_id == org.id for c in demo_data.commitments)
    }
    shown = {x.ref for f in model.frameworks for a in f.areas for x in a.actions}
    assert shown and shown <= mine
