"""Issue 10, item 4: words for people, not codes; new records take refs in the commission's own pattern."""

from __future__ import annotations

from commission.services import edits
from commission.services.edits import next_ref
from commission.services.queries import find_commission, load_commission_data
from commission.services.review_text import describe


def test_next_ref_follows_the_commission_pattern():
    assert next_ref({"A01", "A02", "A12"}, "A") == "A13"
    assert next_ref({"C01", "C02", "C-001"}, "C") == "C03"  # most refs say how the commission writes them
    assert next_ref({"S1", "S2", "S9"}, "S") == "S10"
    assert next_ref({"T099"}, "T") == "T100"
    assert next_ref(set(), "A") == "A-001"  # nothing yet: the app's own pattern
    assert next_ref({"ORG-COUNCIL", "ORG-HEALTH"}, "ORG") == "ORG-001"  # names, not numbers
    assert next_ref({"Q1", "Q2", "Q3x"}, "Q") == "Q3"


def test_a_new_action_on_the_demo_gets_a_ref_like_the_others(demo_db):
    cid = find_commission(demo_db).id
    before = {a.ref for a in load_commission_data(demo_db, cid).actions}
    assert all(r[0] == "A" and r[1:].isdigit() for r in before)
    made = edits.create(demo_db, "action", {"commission_id": cid, "title": "Bus passes"})
    width = len(next(iter(before))) - 1
    assert made["ref"] == f"A{max(int(r[1:]) for r in before) + 1:0{width}d}"
    assert "-" not in made["ref"]


def test_an_update_is_put_to_the_panel_as_words_not_a_ref(demo_db):
    cid = find_commission(demo_db).id
    data = load_commission_data(demo_db, cid)
    update = data.updates[0]
    commitment = next(c for c in data.commitments if c.id == update.commitment_id)
    _ref, label, heading = describe(data, "update", update.id)
    assert commitment.ref not in label and commitment.ref not in heading
    assert commitment.pledge.split()[0] in label and heading.startswith("What ")
