"""SPEC's progress rules, one test per rule, through the same code the app and reports use."""

from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commission import domain
from commission.progress import (
    CommitmentFact,
    UpdateFact,
    commitment_progress,
    deciding_updates,
    panel_agreement,
    progress_on_dates,
)

AS_OF = date(2026, 6, 30)


def state(made_on=date(2026, 5, 1), due=date(2026, 12, 31), updates=(), as_of=AS_OF):
    return commitment_progress(CommitmentFact(made_on=made_on, due=due, updates=list(updates)), as_of)


def up(day, status="in progress", progress=None, verdict="not assessed"):
    return UpdateFact(date=day, status=status, progress=progress, verdict=verdict)


def test_no_update_means_not_started_at_zero():
    r = state()
    assert (r.latest_status, r.progress, r.latest_update) == ("not started", 0.0, None)


@pytest.mark.parametrize(
    "status, default",
    [
        ("not started", 0),
        ("in progress", 50),
        ("at risk", 50),
        ("stalled", 25),
        ("done", 100),
        ("dropped", None),
    ],
)
def test_status_default_progress(status, default):
    assert state(updates=[up(date(2026, 6, 1), status)]).progress == default


def test_only_updates_on_or_before_as_of_count():
    r = state(updates=[up(AS_OF, "in progress", 10), up(AS_OF + timedelta(days=1), "done")])
    assert (r.latest_status, r.progress, r.latest_update) == ("in progress", 10, AS_OF)


def test_done_is_first_even_when_overdue_and_quiet():
    r = state(made_on=date(2024, 1, 1), due=date(2025, 1, 1), updates=[up(date(2025, 1, 1), "done")])
    assert r.state == "done"


def test_dropped_comes_before_overdue():
    assert state(due=date(2026, 1, 1), updates=[up(date(2026, 6, 1), "dropped")]).state == "dropped"


def test_overdue_when_due_before_as_of_but_not_on_it():
    assert state(due=AS_OF - timedelta(days=1), updates=[up(date(2026, 6, 20))]).state == "overdue"
    assert state(due=AS_OF, updates=[up(date(2026, 6, 20))]).state == "on track"


def test_at_risk_from_status():
    assert state(updates=[up(date(2026, 6, 20), "stalled")]).state == "at risk"
    assert state(updates=[up(date(2026, 6, 20), "at risk")]).state == "at risk"


def test_quiet_for_more_than_90_days_is_at_risk():
    assert state(updates=[up(AS_OF - timedelta(days=90))]).state == "on track"
    assert state(updates=[up(AS_OF - timedelta(days=91))]).state == "at risk"
    assert state(made_on=AS_OF - timedelta(days=91)).state == "at risk"
    assert state(made_on=None).state == "at risk"


def test_same_day_updates_in_recorded_order():
    r = state(updates=[up(date(2026, 6, 1), "done"), up(date(2026, 6, 1), "stalled")])
    assert r.latest_status == "stalled"


def test_panel_agreement_counts_only_done_and_latest_assessed_verdict():
    done_agree = state(updates=[up(date(2026, 5, 1), "done", verdict="agree"), up(date(2026, 6, 1), "done")])
    done_disagree = state(updates=[up(date(2026, 6, 1), "done", verdict="disagree")])
    on_track_agree = state(updates=[up(date(2026, 6, 1), "in progress", verdict="agree")])
    assert done_agree.verdict == "agree"
    assert panel_agreement([done_agree, done_disagree, on_track_agree]) == 50.0
    assert panel_agreement([on_track_agree]) is None


def _data():
    c = domain.CommissionInfo(id=1, name="Test")
    themes = [domain.Theme(1, "T1", "Housing"), domain.Theme(2, "T2", "Work"), domain.Theme(3, "T3", "Empty")]
    insights = [domain.Insight(1, "I1", 1, "a"), domain.Insight(2, "I2", 2, "b")]
    actions = [
        domain.Action(1, "A1", "both", insight_ids=[1, 2]),
        domain.Action(2, "A2", "work", insight_ids=[2]),
        domain.Action(3, "A3", "no commitments", insight_ids=[1]),
    ]
    commitments = [
        domain.Commitment(1, "C1", 1, 1, "p", made_on=date(2026, 6, 1), due=date(2027, 1, 1), weight=1),
        domain.Commitment(2, "C2", 1, 1, "p", made_on=date(2026, 6, 1), due=date(2027, 1, 1), weight=3),
        domain.Commitment(3, "C3", 2, 1, "p", made_on=date(2026, 6, 1), due=date(2027, 1, 1), weight=1),
        domain.Commitment(4, "C4", 2, 1, "p", made_on=date(2026, 6, 1), due=date(2027, 1, 1), weight=9),
    ]
    updates = [
        domain.Update(1, 1, date(2026, 6, 10), "done", verdict="agree"),
        domain.Update(2, 2, date(2026, 6, 10), "in progress", 20),
        domain.Update(3, 3, date(2026, 6, 10), "in progress", 60),
        domain.Update(4, 4, date(2026, 6, 10), "dropped"),
    ]
    return domain.CommissionData(
        commission=c,
        themes=themes,
        insights=insights,
        actions=actions,
        commitments=commitments,
        updates=updates,
        organisations=[domain.Organisation(1, "O1", "Council")],
    )


def test_action_theme_and_commission_rollups():
    figures = domain.evaluate(_data(), AS_OF)
    assert figures.actions == {1: pytest.approx((100 * 1 + 20 * 3) / 4), 2: 60.0, 3: 0.0}
    assert figures.themes[1] == pytest.approx((40 + 0) / 2)  # A1 and A3
    assert figures.themes[2] == pytest.approx((40 + 60) / 2)  # A1 and A2
    assert figures.themes[3] == 0.0
    assert figures.overall == pytest.approx((40 + 60 + 0) / 3)
    assert figures.states == {"done": 1, "dropped": 1, "overdue": 0, "at risk": 0, "on track": 2}
    assert figures.panel_agreement == 100.0


def test_demo_figures_as_of_a_fixed_date(sqlite_demo):
    from commission.services.queries import find_commission, load_commission_data

    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    figures = domain.evaluate(data, date(2026, 11, 22))
    assert figures.states == {"done": 7, "dropped": 2, "overdue": 4, "at risk": 5, "on track": 7}
    assert round(figures.panel_agreement, 1) == 57.1


_updates = st.lists(
    st.builds(
        UpdateFact,
        date=st.dates(date(2026, 1, 1), date(2026, 1, 20)),
        status=st.sampled_from(["not started", "in progress", "at risk", "stalled", "done", "dropped"]),
        progress=st.none() | st.floats(0, 100),
        verdict=st.sampled_from(["not assessed", "", "agree", "partly", "disagree"]),
    ),
    max_size=8,
)


@given(updates=_updates, as_of=st.dates(date(2025, 12, 25), date(2026, 1, 25)))
def test_the_deciding_updates_give_the_progress_of_all_of_them(updates, as_of):
    """deciding_updates keeps at most two updates, and the rules give the same answer from them (same-day
    updates, updates dated after as_of and empty verdicts included)."""
    full = CommitmentFact(made_on=date(2026, 1, 1), due=date(2026, 1, 15), updates=updates)
    kept = deciding_updates(updates, as_of)
    assert len(kept) <= 2 and all(u in updates for u in kept)
    assert commitment_progress(CommitmentFact(full.made_on, full.due, kept), as_of) == commitment_progress(full, as_of)


_dates = st.lists(st.dates(date(2025, 12, 25), date(2026, 5, 25)), max_size=10).map(sorted)


@given(updates=_updates, dates=_dates, made_on=st.none() | st.dates(date(2025, 12, 20), date(2026, 1, 10)))
def test_progress_on_dates_is_commitment_progress_on_each_date(updates, dates, made_on):
    """One walk over the updates gives what commitment_progress gives on every date (repeated dates, dates
    before any update or long after the last one, updates given apart and converted by fact_of, included)."""
    fact = CommitmentFact(made_on=made_on, due=date(2026, 1, 15), updates=updates)
    expected = [commitment_progress(fact, d) for d in dates]
    assert list(progress_on_dates(fact, dates)) == expected
    made: list[UpdateFact] = []

    def fact_of(record):
        made.append(record)
        return UpdateFact(record.date, record.status, record.progress, record.verdict)

    records = [SimpleNamespace(**vars(u)) for u in updates]  # other records with the same fields
    bare = CommitmentFact(made_on=made_on, due=date(2026, 1, 15))
    assert list(progress_on_dates(bare, dates, updates=records, fact_of=fact_of)) == expected
    assert len(made) <= 2 * len(dates)


def test_progress_on_dates_wants_the_dates_oldest_first():
    fact = CommitmentFact(made_on=None, due=None)
    with pytest.raises(ValueError, match="oldest first"):
        list(progress_on_dates(fact, [date(2026, 2, 1), date(2026, 1, 1)]))
