"""SPEC.md's conformance vectors (copied from shared/conformance/rules.json), every case."""

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from commission import progress
from commission.privacy import consent_valid
from commission.services import queries, start_figures
from commission.storage import models as m

RULES = json.loads((Path(__file__).parent / "data" / "conformance_rules.json").read_text())


def _date(text):
    return date.fromisoformat(text) if text else None


def _progress(value):
    return None if value in ("", None) else float(value)


@pytest.mark.parametrize("case", RULES["commitments"], ids=lambda c: c["name"])
def test_commitment_vector(case):
    fact = progress.CommitmentFact(
        made_on=_date(case["commitment"]["made_on"]),
        due=_date(case["commitment"]["due"]),
        updates=[
            progress.UpdateFact(
                date=_date(u["date"]),
                status=u["status"],
                progress=_progress(u["progress"]),
                verdict=u["verdict"] or "not assessed",
            )
            for u in case["updates"]
        ],
    )
    expected = case["expected"]
    assert progress.commitment_counts(fact, _date(case["as_of"])) is expected["counted"]
    if not expected["counted"]:
        return
    result = progress.commitment_progress(fact, _date(case["as_of"]))
    assert result.state == expected["state"]
    assert result.progress == expected["progress"]
    assert result.latest_status == expected["latest_status"]
    assert result.verdict == expected["verdict"]


@pytest.mark.parametrize("case", RULES["action_rollup"], ids=lambda c: c["name"])
def test_action_rollup_vector(case):
    rows = [(c["progress"], c["weight"], c["state"]) for c in case["commitments"]]
    assert progress.action_progress(rows) == pytest.approx(case["expected"])


@pytest.mark.parametrize("case", RULES["commission_rollup"], ids=lambda c: c["name"])
def test_commission_rollup_vector(case):
    rows = [(_date(a["agreed"]), a["progress"]) for a in case["actions"]]
    assert progress.rollup(rows, _date(case["as_of"])) == pytest.approx(case["expected"])


def test_every_vector_kind_is_tested():
    assert set(RULES) - {"about"} == {"commitments", "action_rollup", "commission_rollup", "consent"}


@pytest.mark.parametrize("case", RULES["consent"], ids=lambda c: c["name"])
def test_consent_vector(case):
    assert consent_valid(case["flag"], case["expires"], _date(case["on"])) is case["valid"]


def _vector_fact(case):
    return progress.CommitmentFact(
        made_on=_date(case["commitment"]["made_on"]),
        due=_date(case["commitment"]["due"]),
        updates=[
            progress.UpdateFact(_date(u["date"]), u["status"], _progress(u["progress"]), u["verdict"] or "not assessed")
            for u in case["updates"]
        ],
    )


@pytest.mark.parametrize("case", RULES["commitments"], ids=lambda c: c["name"])
def test_the_deciding_updates_decide_a_commitment_as_all_its_updates_do(case):
    full = _vector_fact(case)
    as_of = _date(case["as_of"])
    deciding = replace(full, updates=progress.deciding_updates(full.updates, as_of))
    assert len(deciding.updates) <= 2
    assert progress.commitment_progress(deciding, as_of) == progress.commitment_progress(full, as_of)


def _figures(result) -> tuple:
    """State, progress, latest status and verdict: of a result, or of a vector's expected dict."""
    names = ("state", "progress", "latest_status", "verdict")
    return tuple(result[n] for n in names) if isinstance(result, dict) else tuple(getattr(result, n) for n in names)


def test_progress_on_dates_meets_every_commitment_vector():
    """progress_on_dates, the history's one walk, gives every vector's expected figures, on the vector's date
    among dates before and after it (the vectors' commitments one after another, their dates oldest first)."""
    for case in RULES["commitments"]:
        fact = _vector_fact(case)
        as_of = _date(case["as_of"])
        dates = [as_of - timedelta(days=400), as_of - timedelta(days=1), as_of, as_of, as_of + timedelta(days=30)]
        results = list(progress.progress_on_dates(fact, dates))
        assert results == [progress.commitment_progress(fact, d) for d in dates], case["name"]
        result, expected = results[2], case["expected"]
        if expected["counted"]:
            assert _figures(result) == _figures(expected), case["name"]


def test_the_sql_choice_of_deciding_updates_meets_every_commitment_vector(db):
    """queries.deciding_facts picks each commitment's updates in SQL (on SQLite and PostgreSQL): the figures
    from them are the vectors' expected ones, and those of the full facts."""
    with db.session() as s:
        commission = m.Commission(name="Vectors")
        s.add(commission)
        s.flush()
        org = m.Organisation(commission_id=commission.id, ref="O1", name="Council")
        action = m.Action(commission_id=commission.id, ref="A1", title="Act")
        s.add_all([org, action])
        s.flush()
        stored = []
        for n, case in enumerate(RULES["commitments"]):
            fact = _vector_fact(case)
            c = m.Commitment(
                commission_id=commission.id,
                ref=f"C{n:02}",
                action_id=action.id,
                organisation_id=org.id,
                pledge=case["name"],
                made_on=fact.made_on,
                due=fact.due,
            )
            s.add(c)
            s.flush()
            for u in fact.updates:  # in the vector's (recorded) order: ids ascending
                s.add(
                    m.Update(commitment_id=c.id, date=u.date, status=u.status, progress=u.progress, verdict=u.verdict)
                )
                s.flush()
            stored.append((case, fact, c.id))
        s.commit()
        data = queries.load_commission_data(db, commission.id)
        by_id = {c.id: c for c in data.commitments}
        for case, full, cid in stored:
            as_of = _date(case["as_of"])
            (fact,) = queries.deciding_facts(s, commission.id, as_of, [by_id[cid]]).values()
            # the same choice by the SQL text the app's start reads with (services.start_figures)
            assert start_figures.deciding_facts(s, commission.id, as_of, [by_id[cid]]) == {cid: fact}, case["name"]
            expected = case["expected"]
            assert progress.commitment_counts(fact, as_of) is expected["counted"], case["name"]
            if not expected["counted"]:
                continue
            result = progress.commitment_progress(fact, as_of)
            assert result == progress.commitment_progress(full, as_of), case["name"]
            assert _figures(result) == _figures(expected), case["name"]
