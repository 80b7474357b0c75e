"""Use-cases shared by the app and the command line: one transaction each, audited, conflict-safe."""

import re
from datetime import date

import pytest

from commission import domain
from commission.errors import UserError
from commission.services import edits
from commission.services.queries import find_commission, load_commission_data
from commission.services.search import search


def commission_id(db):
    return find_commission(db).id


def figures(db, as_of=date(2026, 11, 22)):
    return domain.evaluate(load_commission_data(db, commission_id(db)), as_of)


def test_create_edit_delete_restore_with_audit(demo_db):
    cid = commission_id(demo_db)
    session = edits.create(
        demo_db,
        "session",
        {"commission_id": cid, "date": date(2026, 11, 1), "title": "Follow-up at the library", "kind": "follow-up"},
    )
    assert re.fullmatch(r"S\d+", session["ref"]) and session["version"] == 1  # the demo's own ref pattern
    changed = edits.edit(
        demo_db, "session", session["id"], {"notes": "People said the bus is late."}, expected_version=1
    )
    assert changed["version"] == 2
    snapshot = edits.delete(demo_db, "session", session["id"])
    with pytest.raises(UserError, match="no longer there"):
        edits.get(demo_db, "session", session["id"])
    edits.restore(demo_db, "session", snapshot)
    assert edits.get(demo_db, "session", session["id"])["notes"] == "People said the bus is late."
    operations = [h["operation"] for h in edits.history(demo_db, "session", session["id"])]
    assert operations == ["create", "edit", "delete", "restore"]


def test_second_save_of_the_same_version_is_refused_with_both_versions(demo_db):
    action = load_commission_data(demo_db, commission_id(demo_db)).actions[0]
    current = edits.get(demo_db, "action", action.id)
    edits.edit(
        demo_db, "action", action.id, {"title": "First coordinator's title"}, expected_version=current["version"]
    )
    with pytest.raises(edits.ConflictError) as caught:
        edits.edit(
            demo_db, "action", action.id, {"title": "Second coordinator's title"}, expected_version=current["version"]
        )
    assert caught.value.theirs["title"] == "First coordinator's title"
    assert caught.value.mine["title"] == "Second coordinator's title"
    assert edits.get(demo_db, "action", action.id)["title"] == "First coordinator's title"


def test_logging_an_update_changes_the_figures(demo_db):
    data = load_commission_data(demo_db, commission_id(demo_db))
    before = figures(demo_db)
    on_track = next(c for c in data.commitments if before.commitments[c.id].state == "on track")
    edits.log_update(
        demo_db,
        on_track.id,
        date=date(2026, 11, 20),
        status="done",
        note="Finished.",
        verdict="agree",
        verdict_comment="We saw it happen.",
    )
    after = figures(demo_db)
    assert after.states["done"] == before.states["done"] + 1
    assert after.commitments[on_track.id].verdict == "agree"


@pytest.mark.parametrize(
    "values, message",
    [
        ({"status": "finished"}, "not a status"),
        ({"status": "done", "progress": 150}, "0 to 100"),
        ({"status": "done", "verdict": "maybe"}, "not a verdict"),
    ],
)
def test_bad_updates_are_refused_in_plain_words(demo_db, values, message):
    data = load_commission_data(demo_db, commission_id(demo_db))
    with pytest.raises(UserError, match=message):
        edits.log_update(demo_db, data.commitments[0].id, date=date(2026, 11, 1), **values)


def test_consent_history_is_kept_and_withdrawal_recorded(demo_db):
    member = next(m for m in load_commission_data(demo_db, commission_id(demo_db)).members if m.consent_named)
    edits.set_consent(demo_db, member.id, "named", False, None, note="asked to be taken out")
    history = [c for c in edits.consent_history(demo_db, member.id) if c["kind"] == "named"]
    assert [c["given"] for c in history][-2:] == [True, False] and history[-1]["withdrawn"]
    data = load_commission_data(demo_db, commission_id(demo_db))
    assert not next(m for m in data.members if m.id == member.id).consent_named


def test_attendance_and_links(demo_db):
    data = load_commission_data(demo_db, commission_id(demo_db))
    session, member, insight = data.sessions[0], data.members[0], data.insights[0]
    edits.set_attendance(demo_db, session.id, member.id, "apologies")
    quote = edits.create(
        demo_db,
        "quote",
        {
            "commission_id": session and data.commission.id,
            "session_id": session.id,
            "member_id": member.id,
            "text": "Nobody asked us before.",
        },
    )
    edits.set_links(demo_db, "quote", quote["id"], "insights", [insight.id])
    again = load_commission_data(demo_db, data.commission.id)
    assert (
        next(a.status for a in again.attendance if (a.session_id, a.member_id) == (session.id, member.id))
        == "apologies"
    )
    assert next(q for q in again.quotes if q.id == quote["id"]).insight_ids == [insight.id]


def test_search_finds_quotes_notes_and_pledges(demo_db):
    cid = commission_id(demo_db)
    kinds = {hit.kind for hit in search(demo_db, cid, "sanction")}
    assert {"quote", "insight", "action", "commitment"} <= kinds
    assert search(demo_db, cid, "   ") == []
    assert all(hit.record_id for hit in search(demo_db, cid, "bus"))


@pytest.mark.parametrize("kind", ["session", "action", "organisation", "member", "theme", "commitment"])
def test_delete_then_restore_brings_back_everything_that_went_with_it(demo_db, kind):
    from commission.services.exporter import commission_frames

    cid = commission_id(demo_db)
    data = load_commission_data(demo_db, cid)
    before = commission_frames(data)
    target = {
        "session": data.sessions,
        "action": data.actions,
        "organisation": data.organisations,
        "member": [m for m in data.members if m.organisation_id],
        "theme": data.themes,
        "commitment": data.commitments,
    }[kind][0]
    snapshot = edits.delete(demo_db, kind, target.id)
    gone = commission_frames(load_commission_data(demo_db, cid))
    assert any(not before[sheet].equals(gone[sheet]) for sheet in before)
    edits.restore(demo_db, kind, snapshot)
    after = commission_frames(load_commission_data(demo_db, cid))
    for sheet in before:
        assert before[sheet].equals(after[sheet]), sheet


def test_withdrawal_shows_in_the_plain_data(demo_db):
    member = next(m for m in load_commission_data(demo_db, commission_id(demo_db)).members if m.consent_quote)
    assert not member.consent_quote_withdrawn
    edits.set_consent(demo_db, member.id, "quote", False, None)
    again = next(m for m in load_commission_data(demo_db, commission_id(demo_db)).members if m.id == member.id)
    assert again.consent_quote_withdrawn and not again.consent_named_withdrawn


def test_text_too_long_for_its_field_is_refused_in_plain_words(demo_db):
    session = load_commission_data(demo_db, commission_id(demo_db)).sessions[0]
    with pytest.raises(UserError, match="Title is too long: at most 32,767 characters"):
        edits.edit(demo_db, "session", session.id, {"title": "x" * 32_768})
    assert edits.get(demo_db, "session", session.id)["title"] == session.title
    with pytest.raises(UserError, match="Ref is too long: at most 100 characters"):
        edits.edit(demo_db, "session", session.id, {"ref": "x" * 101})
