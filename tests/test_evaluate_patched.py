"""evaluate after an edit of a few commitments (issue 14: an edit proportional to what it touched): from
the figures before the edit, only the touched commitments, their actions and those actions' themes are
worked out again, and every figure is what evaluating the whole commission gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from commission import domain
from commission.services import queries

AS_OF = date(2026, 11, 22)  # the demo commission's own "today"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> domain.CommissionData:
    from commission.services.demo import create_demo
    from commission.storage import open_database

    db = open_database(tmp_path_factory.mktemp("patched") / "demo.db")
    create_demo(db)
    data = queries.load_commission_data(db, queries.list_commissions(db)[0].id)
    db.dispose()
    return data


@pytest.fixture
def parts(monkeypatch) -> list:
    """What each call of domain._patched gave (None: the whole commission was evaluated instead)."""
    calls: list = []
    real = domain._patched

    def spy(*args):
        calls.append(real(*args))
        return calls[-1]

    monkeypatch.setattr(domain, "_patched", spy)
    return calls


def patched(before: domain.CommissionData, after: domain.CommissionData, touched: set[int]):
    figures = domain.evaluate(before, AS_OF)
    return domain.evaluate(after, AS_OF, known=figures.commitments, touched=touched, previous=figures)


@pytest.mark.parametrize(
    ("status", "progress", "verdict"),
    [("in progress", 40.0, "not assessed"), ("done", 100.0, "agree"), ("dropped", None, "disagree")],
)
def test_an_update_logged_gives_the_whole_evaluations_figures(demo, parts, status, progress, verdict):
    counted = [c for c in demo.commitments if domain.evaluate(demo, AS_OF).commitments.get(c.id)]
    for c in counted[:: max(1, len(counted) // 6)]:
        update = domain.Update(10**6 + c.id, c.id, AS_OF, status, progress, verdict=verdict)
        after = replace(demo, updates=[*demo.updates, update])  # as ui.snapshot_patch splices it in
        parts.clear()
        assert patched(demo, after, {c.id}) == domain.evaluate(after, AS_OF)
        assert len(parts) == 1 and parts[0] is not None  # the part, not the whole, was worked out again


def test_a_commitment_that_starts_or_stops_counting_is_evaluated_whole(demo, parts):
    """A commitment made after the date, then before it: its place among the results needs the whole."""
    c = next(c for c in demo.commitments if c.made_on is not None)
    later = replace(
        demo, commitments=[replace(x, made_on=AS_OF + timedelta(days=1)) if x is c else x for x in demo.commitments]
    )
    assert patched(demo, later, {c.id}) == domain.evaluate(later, AS_OF)
    assert patched(later, demo, {c.id}) == domain.evaluate(demo, AS_OF)
    assert parts == [None, None]


def test_a_commitment_gone_is_evaluated_whole(demo):
    c = demo.commitments[0]
    gone = replace(demo, commitments=demo.commitments[1:], updates=[u for u in demo.updates if u.commitment_id != c.id])
    assert patched(demo, gone, {c.id}) == domain.evaluate(gone, AS_OF)
