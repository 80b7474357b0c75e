"""Search everywhere finds every kind a coordinator names (issue 10, item 2), on SQLite (FTS5) and
PostgreSQL (full text), with the kind and the context of each hit; members by display name and pseudonym,
never by contact details."""

from __future__ import annotations

from commission.services import edits
from commission.services.queries import find_commission, load_commission_data
from commission.services.search import search


def _demo(demo_db):
    cid = find_commission(demo_db).id
    return cid, load_commission_data(demo_db, cid)


def _hit(hits, kind, record_id):
    return next((h for h in hits if (h.kind, h.record_id) == (kind, record_id)), None)


def test_finds_a_member_by_name_with_role_as_context(demo_db):
    cid, data = _demo(demo_db)
    carys = next(m for m in data.members if m.display_name == "Carys Morgan")
    hit = _hit(search(demo_db, cid, "Carys"), "member", carys.id)
    assert hit is not None and hit.title == "Carys Morgan"
    assert hit.context.startswith("Community commissioner")


def test_finds_a_theme_an_organisation_and_typing_a_word_start(demo_db):
    cid, data = _demo(demo_db)
    theme = next(t for t in data.themes if t.name == "Stigma in services")
    org = next(o for o in data.organisations if o.name.startswith("Cartrefi"))
    assert _hit(search(demo_db, cid, "Stigma in services"), "theme", theme.id).context == "A theme"
    assert _hit(search(demo_db, cid, "Cartrefi"), "organisation", org.id).context == "Housing"
    assert _hit(search(demo_db, cid, "Cartr"), "organisation", org.id)  # as you type


def test_each_kind_says_where_it_belongs(demo_db):
    cid, data = _demo(demo_db)
    insight = data.insights[0]
    theme = next(t for t in data.themes if t.id == insight.theme_id)
    words = " ".join(insight.statement.split()[:4])
    assert _hit(search(demo_db, cid, words), "insight", insight.id).context == f"Under {theme.name}"
    commitment = data.commitments[0]
    org = next(o for o in data.organisations if o.id == commitment.organisation_id)
    hit = _hit(search(demo_db, cid, " ".join(commitment.pledge.split()[:4])), "commitment", commitment.id)
    assert hit.context.startswith(org.name + ", towards")
    action = data.actions[0]
    assert _hit(search(demo_db, cid, action.title), "action", action.id).context == f"Action {action.ref}"


def test_members_are_found_by_pseudonym_but_never_by_contact_details(demo_db):
    cid, data = _demo(demo_db)
    member = next(m for m in data.members if m.email)
    current = edits.get(demo_db, "member", member.id)
    edits.edit(demo_db, "member", member.id, {"pseudonym": "Wren"}, expected_version=current["version"])
    assert _hit(search(demo_db, cid, "Wren"), "member", member.id)
    local_part = member.email.split("@")[0].split(".")[0]
    assert not [h for h in search(demo_db, cid, member.email) if h.kind == "member"]
    assert all(member.email not in (h.title + h.snippet + h.context) for h in search(demo_db, cid, local_part))
    with_phone = next(m for m in data.members if m.phone)
    digits = with_phone.phone.split()[-1]
    assert not [h for h in search(demo_db, cid, digits) if h.kind == "member"]


def test_new_and_renamed_records_are_found_at_once(demo_db):
    cid, data = _demo(demo_db)
    made = edits.create(demo_db, "theme", {"commission_id": cid, "name": "Transport to appointments"})
    assert _hit(search(demo_db, cid, "Transport"), "theme", made["id"])
    org = data.organisations[0]
    current = edits.get(demo_db, "organisation", org.id)
    edits.edit(demo_db, "organisation", org.id, {"name": "Zephyrine Trust"}, expected_version=current["version"])
    assert _hit(search(demo_db, cid, "Zephyrine"), "organisation", org.id)
    edits.delete(demo_db, "theme", made["id"])
    assert not _hit(search(demo_db, cid, "Transport"), "theme", made["id"])


def test_hostile_queries_are_only_words(demo_db):
    cid, _data = _demo(demo_db)
    for query in ['"', "NEAR(", "a OR b*", "'; DROP TABLE members; --", "*", "title:x", "\u0000"]:
        search(demo_db, cid, query)  # never an error


def test_finds_records_by_their_welsh_words(demo_db):
    """The Welsh versions are searched too (revision 0009), and an edit of one is found at once."""
    cid, data = _demo(demo_db)
    action = next(a for a in data.actions if a.ref == "A03")
    theme = next(t for t in data.themes if t.ref == "T08")
    org = next(o for o in data.organisations if o.ref == "ORG-HEALTH")
    assert _hit(search(demo_db, cid, "sancsiwn heb sgwrs"), "action", action.id)
    assert _hit(search(demo_db, cid, "llwydni"), "theme", theme.id)
    assert _hit(search(demo_db, cid, "Prifysgol"), "organisation", org.id)
    update = next(u for u in data.updates if u.note_cy.startswith("Dwy garfan"))
    assert _hit(search(demo_db, cid, "garfan"), "update", update.id)
    commitment = next(c for c in data.commitments if c.ref == "C01")
    assert not _hit(search(demo_db, cid, "Bwrdeistrefol"), "commitment", commitment.id)
    edits.edit(demo_db, "commitment", commitment.id, {"pledge_cy": "Addewid Bwrdeistrefol newydd"})
    assert _hit(search(demo_db, cid, "Bwrdeistrefol"), "commitment", commitment.id)
