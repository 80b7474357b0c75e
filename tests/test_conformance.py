"""SPEC.md's conformance vectors (copied from shared/conformance/rules.json), every case."""

import json
from datetime import date
from pathlib import Path

import pytest

from commission import progress
from commission.privacy import consent_valid

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
