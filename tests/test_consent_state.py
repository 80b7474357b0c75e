"""The coordinator's one-phrase consent state: one pure rule (privacy.consent_state), checked against SPEC."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from commission.privacy import CONSENT_STATES, consent_state, consent_valid

RULES = json.loads((Path(__file__).parent / "data" / "conformance_rules.json").read_text(encoding="utf-8"))
ON = date(2026, 6, 30)


def state(named="yes", named_expires="", quote="yes", quote_expires="", on=ON, **flags) -> str:
    return consent_state(
        named=named, named_expires=named_expires, quote=quote, quote_expires=quote_expires, on=on, **flags
    )


@pytest.mark.parametrize("case", RULES["consent"], ids=lambda c: c["name"])
def test_named_follows_the_conformance_vectors(case):
    """With quotes in force, the state says 'named' exactly when SPEC's vector says named consent is valid."""
    got = state(named=case["flag"], named_expires=case["expires"], on=date.fromisoformat(case["on"]))
    assert (got == "named") is case["valid"]
    assert (got == "named") is consent_valid(case["flag"], case["expires"], date.fromisoformat(case["on"]))


@pytest.mark.parametrize("case", RULES["consent"], ids=lambda c: c["name"])
def test_quote_follows_the_conformance_vectors(case):
    got = state(quote=case["flag"], quote_expires=case["expires"], on=date.fromisoformat(case["on"]))
    assert (got == "named") is case["valid"]
    assert got in CONSENT_STATES


def test_expiry_boundaries():
    assert state(named_expires=ON) == "named"  # valid on its expiry day
    assert state(named_expires=date(2026, 6, 29)) == "expired"  # given, but past its expiry
    assert state(quote_expires=date(2026, 6, 29)) == "expired"
    assert state(named_expires="not a date") == "expired"  # never guess in favour of exposure


def test_what_may_be_shown():
    assert state() == "named"
    assert state(named="no") == "pseudonym only"
    assert state(named="no", quote="no") == "pseudonym only"
    assert state(quote="no") == "quotes withheld"
    assert state(named=False, quote=True) == "pseudonym only"


def test_order_erased_then_withdrawn_then_expired():
    assert state(named="no", named_withdrawn=True) == "withdrawn"
    assert state(quote="no", quote_withdrawn=True, named_expires=date(2020, 1, 1)) == "withdrawn"
    assert state(named="no", named_withdrawn=True, erased=True) == "erased"
    assert state(erased=True) == "erased"


def test_states_have_words_and_colours():
    """Every state the rule can give has its explanation and its colour on screen."""
    pytest.importorskip("PySide6")
    from commission.ui.style import CONSENT_COLOURS
    from commission.ui.words import CONSENT_EXPLAINED

    assert set(CONSENT_STATES) == set(CONSENT_EXPLAINED) <= set(CONSENT_COLOURS)


def test_consents_of_every_member_come_in_one_query(sqlite_demo):
    """Loading the commission reads the consents in force for all members at once, not one query per member,
    and the screens' phrase follows from what was loaded (a withdrawal reads 'withdrawn')."""
    from sqlalchemy import event

    from commission.services import edits
    from commission.services.queries import find_commission, load_commission_data

    db = sqlite_demo
    cid = find_commission(db, None).id
    first = next(m for m in load_commission_data(db, cid).members if m.consent_quote and not m.erased)
    edits.set_consent(db, first.id, "quote", False, None, note="withdrawn by phone", actor="test")
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    data = load_commission_data(db, cid)
    assert len(data.members) > 3 and len([s for s in statements if "FROM consents" in s]) == 1
    member = next(m for m in data.members if m.id == first.id)
    assert member.consent_quote_withdrawn and not member.consent_named_withdrawn
    pytest.importorskip("PySide6")
    from commission.ui.words import consent_state

    assert consent_state(member, ON) == "withdrawn"
