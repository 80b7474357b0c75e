"""Over time: every row is exactly what the tracker's Summary says when the report is made as of that date."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commission.domain import CommissionData
from commission.over_time import quarter_ends
from commission.reports import write_report
from commission.reports.tracker import OVER_TIME_COLUMNS

from .readback import xlsx_sheets
from .report_fixtures import AS_OF


def test_quarter_ends_from_start_to_as_of_then_as_of():
    assert quarter_ends(date(2025, 2, 10), date(2025, 12, 1)) == [
        date(2025, 3, 31),
        date(2025, 6, 30),
        date(2025, 9, 30),
        date(2025, 12, 1),
    ]
    # a quarter end that is the as-of date is there once; a start on a quarter end counts it
    assert quarter_ends(date(2025, 3, 31), date(2025, 6, 30)) == [date(2025, 3, 31), date(2025, 6, 30)]
    assert quarter_ends(None, date(2025, 6, 1)) == [date(2025, 6, 1)]
    assert quarter_ends(date(2027, 1, 1), date(2025, 6, 1)) == [date(2025, 6, 1)]


def _summary(path) -> dict:
    return dict(xlsx_sheets(path)["Summary"][1:])


def _check_every_row(data: CommissionData, as_of: date, tmp_path, **kw) -> int:
    tracker = write_report(data, tmp_path / "tracker.xlsx", format="xlsx", as_of=as_of, **kw)
    rows = xlsx_sheets(tracker)["Over time"]
    assert rows[0] == OVER_TIME_COLUMNS
    body = rows[1:]
    assert all(isinstance(r[0], datetime) for r in body)  # real dates, as the Summary's as_of
    expected_dates = quarter_ends(data.commission.start_date, as_of) if data.commission.start_date else None
    if expected_dates:
        assert [r[0].date() for r in body] == expected_dates
    assert body[-1][0].date() == as_of
    for row in body:
        made_then = _summary(
            write_report(data, tmp_path / f"s-{row[0]:%Y-%m-%d}.xlsx", format="xlsx", as_of=row[0].date(), **kw)
        )
        assert dict(zip(OVER_TIME_COLUMNS, row, strict=True)) == {k: made_then[k] for k in OVER_TIME_COLUMNS}, row[0]
    return len(body)


def test_every_over_time_row_is_that_dates_summary(data, tmp_path):
    assert _check_every_row(data, AS_OF, tmp_path) >= 3


def test_every_over_time_row_is_that_dates_summary_for_one_organisation(data, tmp_path):
    ref = sorted(o.ref for o in data.organisations)[0]
    _check_every_row(data, AS_OF, tmp_path, organisation_ref=ref)


def test_every_over_time_row_of_the_demo(demo_data, tmp_path):
    as_of = date(2026, 11, 22)
    rows = _check_every_row(demo_data, as_of, tmp_path)
    assert rows >= 4  # the demo runs over several quarters
    # and the figures move: the history is not one row repeated
    body = xlsx_sheets(tmp_path / "tracker.xlsx")["Over time"][1:]
    assert len({r[1:] for r in body}) > 1


def test_an_empty_commission_has_one_row(empty_data, tmp_path):
    assert _check_every_row(empty_data, date(2026, 1, 1), tmp_path) == 1


@pytest.mark.parametrize("start", [date(2024, 1, 1), date(2025, 12, 31)])
def test_theme_and_organisation_lines_use_the_same_rules(data, start):
    from dataclasses import replace

    from commission.domain import evaluate
    from commission.over_time import history
    from commission.reports.model import filter_to_organisation

    data = replace(data, commission=replace(data.commission, start_date=start))
    found = history(data, AS_OF)
    assert found.dates[-1] == AS_OF
    for series in found.organisations:
        mine = filter_to_organisation(data, series.ref)
        assert series.progress == [evaluate(mine, d).overall for d in found.dates]
    theme_ids = {t.ref: t.id for t in data.themes}
    for series in found.themes:
        assert series.progress == [evaluate(data, d).themes.get(theme_ids[series.ref], 0.0) for d in found.dates]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_pdf_and_word_show_every_point(demo_data, tmp_path, fmt):
    from commission.over_time import history
    from commission.reports.formatting import pct
    from commission.vocab import uk_short_date

    from .readback import docx_in_order, pdf_flat

    as_of = date(2026, 11, 22)
    out = write_report(demo_data, tmp_path / f"r.{fmt}", format=fmt, as_of=as_of)
    text = pdf_flat(out) if fmt == "pdf" else " ".join(docx_in_order(out).split())
    assert "Progress over time" in text
    section = text[text.index("Progress over time") :]
    for p in history(demo_data, as_of).points:
        row = " ".join(
            [uk_short_date(p.as_of), str(p.commitments)]
            + [str(p.states[s]) for s in ("done", "on track", "at risk", "overdue", "dropped")]
            + [pct(p.overall), pct(p.panel_agreement)]
        )
        assert row in section, row


def test_the_one_pass_cut_is_each_organisations_own_cut(data, demo_data):
    """`split_by_organisation` (the history's one pass) gives exactly `filter_to_organisation` for each."""
    from commission.reports.model import filter_to_organisation, split_by_organisation

    for commission in (data, demo_data):
        parts = split_by_organisation(commission)
        assert set(parts) == {o.id for o in commission.organisations}
        for org in commission.organisations:
            assert parts[org.id] == filter_to_organisation(commission, org.ref) == _plain_cut(commission, org)


def _plain_cut(data, org):
    """The cut written out plainly, scanning everything (as it was before the one pass)."""
    from dataclasses import replace

    commitments = [c for c in data.commitments if c.organisation_id == org.id]
    ids = {c.id for c in commitments}
    actions = [a for a in data.actions if a.id in {c.action_id for c in commitments}]
    insight_ids = {i for a in actions for i in a.insight_ids}
    insights = [i for i in data.insights if i.id in insight_ids]
    by_id = {t.id: t for t in data.themes}
    theme_ids: set[int] = set()
    for insight in insights:
        theme = by_id.get(insight.theme_id)
        while theme is not None and theme.id not in theme_ids:
            theme_ids.add(theme.id)
            theme = by_id.get(theme.parent_id) if theme.parent_id else None
    return replace(
        data,
        organisations=[org],
        commitments=commitments,
        updates=[u for u in data.updates if u.commitment_id in ids],
        milestones=[ms for ms in data.milestones if ms.commitment_id in ids],
        actions=actions,
        insights=insights,
        themes=[t for t in data.themes if t.id in theme_ids],
        quotes=[q for q in data.quotes if set(q.insight_ids) & insight_ids],
    )


def test_evaluate_from_facts_and_known_results_is_evaluate(demo_data):
    from commission.domain import commitment_facts, evaluate
    from commission.over_time import history_dates
    from commission.reports.model import filter_to_organisation

    facts = commitment_facts(demo_data)
    for d in history_dates(demo_data, AS_OF):
        whole = evaluate(demo_data, d)
        assert evaluate(demo_data, d, facts=facts) == whole
        for org in demo_data.organisations:
            mine = filter_to_organisation(demo_data, org.ref)
            assert evaluate(mine, d, facts=facts, known=whole.commitments) == evaluate(mine, d)


def test_results_on_every_date_in_one_walk_are_evaluates(data, demo_data):
    """`commitment_results` (one walk over each commitment's updates) is `evaluate`'s commitments on every date,
    weekly over four years, from before most were made."""
    from datetime import timedelta

    from commission.domain import commitment_facts, evaluate
    from commission.over_time import commitment_results

    for commission in (data, demo_data):
        dates = [date(2023, 12, 25) + timedelta(weeks=n) for n in range(0, 52 * 4)]
        found = commitment_results(commission, dates, commitment_facts(commission))
        assert len({len(r) for r in found}) > 1  # commitments made along the way
        assert len({r.latest_update for results in found for r in results.values()}) > 3
        assert found == [evaluate(commission, d).commitments for d in dates]


STATUSES = ("not started", "in progress", "at risk", "stalled", "done", "dropped")
VERDICTS = ("not assessed", "agree", "disagree", "partly", "")


@settings(max_examples=200, deadline=None)
@given(
    commitments=st.lists(
        st.tuples(
            st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2025, 1, 20))),
            st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2025, 1, 20))),
            st.lists(
                st.tuples(
                    st.dates(date(2025, 1, 1), date(2025, 1, 20)),  # few days: many same-day updates
                    st.sampled_from(STATUSES),
                    st.one_of(st.none(), st.floats(0, 100)),
                    st.sampled_from(VERDICTS),
                ),
                max_size=8,
            ),
        ),
        max_size=4,
    ),
    days=st.lists(st.dates(date(2024, 12, 25), date(2025, 6, 1)), min_size=1, max_size=6),
)
def test_results_in_one_walk_are_the_rules_on_each_date(commitments, days):
    """Same-day updates in any order, verdicts left unassessed or blank, dropped and done: the one walk comes to
    what `progress.commitment_progress` says with all the updates, on every date."""
    from types import SimpleNamespace

    from commission import progress as rules
    from commission.over_time import commitment_results

    facts = {
        n: rules.CommitmentFact(made_on, due, [rules.UpdateFact(*u) for u in updates])
        for n, (made_on, due, updates) in enumerate(commitments)
    }
    dates = sorted(days)
    found = commitment_results(SimpleNamespace(commitments=[SimpleNamespace(id=n) for n in facts]), dates, facts)
    assert found == [
        {n: rules.commitment_progress(f, d) for n, f in facts.items() if rules.commitment_counts(f, d)} for d in dates
    ]
