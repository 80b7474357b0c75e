"""The undo side of review edits (issue 11): each change in the Reviews screen can be taken back by a service
call, in one transaction, and is refused in words once the panel has answered (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from commission.errors import UserError
from commission.services import reviews as rv
from commission.services.queries import find_commission, load_commission_data


def setup_round(db):
    data = load_commission_data(db, find_commission(db).id)
    action = next(a for a in data.actions)
    draft = next(i for i in data.insights if i.status == "draft")
    panel = [mb.id for mb in data.members if mb.role == "community" and not mb.erased][:2]
    round_id = rv.create_round(db, data.commission.id, "Undo", [("insight", draft.id), ("action", action.id)], panel)
    items = {i.kind: i for i in rv.round_view(db, round_id).items}
    return data, round_id, items, panel, draft, action


def insight(db, insight_id):
    return next(i for i in load_commission_data(db, find_commission(db).id).insights if i.id == insight_id)


def action_row(db, action_id):
    return next(a for a in load_commission_data(db, find_commission(db).id).actions if a.id == action_id)


def test_new_words_are_taken_back_with_the_records_words(demo_db):
    db = demo_db
    _data, _round_id, items, panel, _draft, action = setup_round(db)
    rv.record_answer(db, items["action"].item_id, panel[0], "change", "Shorter, please")
    before: dict = {}
    assert rv.resolve_item(db, items["action"].item_id, new_text="A new title\nAnd what it means", before=before) == 2
    assert action_row(db, action.id).title == "A new title"
    rv.undo_resolution(db, items["action"].item_id, before)
    back = action_row(db, action.id)
    assert (back.title, back.description) == (action.title, action.description)
    item = next(i for i in rv.round_view(db, _round_id).items if i.kind == "action")
    assert (item.text_version, item.resolution, item.text) == (1, "open", items["action"].text)


def test_keeping_is_taken_back_and_an_answered_edit_is_not(demo_db):
    db = demo_db
    _data, round_id, items, panel, draft, _action = setup_round(db)
    before: dict = {}
    rv.resolve_item(db, items["insight"].item_id, keep_reason="Their own words", before=before)
    rv.undo_resolution(db, items["insight"].item_id, before)
    item = next(i for i in rv.round_view(db, round_id).items if i.kind == "insight")
    assert item.resolution == "open"
    rv.resolve_item(db, items["insight"].item_id, new_text="Other words", before=before)
    rv.record_answer(db, items["insight"].item_id, panel[0], "agree")  # to the new words
    with pytest.raises(UserError, match="already answered the new words"):
        rv.undo_resolution(db, items["insight"].item_id, before)
    assert insight(db, draft.id).statement == "Other words"


def test_a_round_its_items_and_reviewers_are_taken_back_until_answered(demo_db):
    db = demo_db
    data, round_id, items, panel, draft, _action = setup_round(db)
    assert insight(db, draft.id).status == "in review"
    rv.remove_reviewers(db, round_id, [panel[1]])
    assert [r.member_id for r in rv.round_view(db, round_id).reviewers] == [panel[0]]
    rv.remove_items(db, [items["insight"].item_id])
    assert insight(db, draft.id).status == "draft"  # no open round holds it any more
    rv.record_answer(db, items["action"].item_id, panel[0], "agree")
    with pytest.raises(UserError, match="answered"):
        rv.delete_round(db, round_id)
    with pytest.raises(UserError, match="answered"):
        rv.remove_reviewers(db, round_id, [panel[0]])
    fresh = rv.create_round(db, data.commission.id, "Unanswered", [("insight", draft.id)], panel[:1])
    rv.delete_round(db, fresh)
    assert all(r.id != fresh for r in rv.list_rounds(db, data.commission.id))
    assert insight(db, draft.id).status == "draft"


def operations(db, kind: str) -> list[str]:
    from sqlalchemy import select

    from commission.storage import models as m

    with db.session() as s:
        return list(
            s.scalars(select(m.AuditEntry.operation).where(m.AuditEntry.record_kind == kind).order_by(m.AuditEntry.id))
        )


def closed_round(db):
    """A round of a draft insight, an action and an organisation's update, every item agreed, then closed."""
    data = load_commission_data(db, find_commission(db).id)
    draft = next(i for i in data.insights if i.status == "draft")
    update = next(c for c in rv.available_items(db, data.commission.id) if c.kind == "update" and c.suggested)
    panel = [mb.id for mb in data.members if mb.role == "community" and not mb.erased][:1]
    specs = [("insight", draft.id), ("action", data.actions[0].id), ("update", update.record_id)]
    round_id = rv.create_round(db, data.commission.id, "To close", specs, panel)
    for item in rv.round_view(db, round_id).items:
        rv.record_answer(db, item.item_id, panel[0], "agree")
    before: dict = {}
    summary = rv.close_round(db, round_id, before=before)
    assert (len(summary.agreed), len(summary.verdicts)) == (2, 1)
    return data, round_id, before, draft, update.record_id, panel


def test_closing_a_round_is_taken_back_and_the_trail_says_so(demo_db):
    from commission.services.check import check_database

    db = demo_db
    data, round_id, before, draft, update_id, panel = closed_round(db)
    was_update = next(u for u in data.updates if u.id == update_id)
    assert insight(db, draft.id).status == "agreed"
    assert {t.round_id for t in rv.signoff_trail(db, data.commission.id)} == {round_id}
    agreed_before = operations(db, "insight").count("agree")
    rv.reopen_round(db, round_id, before)
    info = next(r for r in rv.list_rounds(db, data.commission.id) if r.id == round_id)
    assert info.status == "open"
    assert rv.round_view(db, round_id).is_open
    assert insight(db, draft.id).status == "in review"  # as it was while the round was open
    after = next(u for u in load_commission_data(db, data.commission.id).updates if u.id == update_id)
    assert (after.verdict, after.verdict_comment) == (was_update.verdict, was_update.verdict_comment)
    assert {i.resolution for i in rv.round_view(db, round_id).items} == {"open"}
    assert round_id not in {t.round_id for t in rv.signoff_trail(db, data.commission.id)}
    # append-only: the sign-off stays, followed by its withdrawal; the closing, followed by the reopening
    insight_ops = operations(db, "insight")
    assert insight_ops.count("agree") == agreed_before and insight_ops[-2:] == ["edit", "withdraw"]
    assert operations(db, "review_round")[-2:] == ["close", "reopen"]
    assert check_database(db) == []  # every field put back has its audit entry
    rv.record_answer(db, rv.round_view(db, round_id).items[0].item_id, panel[0], "change", "One more look")
    assert len(rv.close_round(db, round_id).not_agreed) == 1  # an ordinary open round again


def test_reopening_is_refused_when_something_depends_on_the_closed_round(demo_db):
    from commission.services import edits

    db = demo_db
    data, round_id, before, draft, _update_id, panel = closed_round(db)
    newer = rv.create_round(db, data.commission.id, "Next", [("action", data.actions[1].id)], panel)
    with pytest.raises(UserError, match="newer review round has been opened since 'To close' closed"):
        rv.reopen_round(db, round_id, before)
    rv.delete_round(db, newer)  # gone again: nothing newer depends on it now
    edits.edit(db, "insight", draft.id, {"status": "draft"})
    with pytest.raises(UserError, match="An insight the round agreed has been changed since 'To close' closed"):
        rv.reopen_round(db, round_id, before)
    assert not rv.round_view(db, round_id).is_open
    edits.edit(db, "insight", draft.id, {"status": "agreed"})
    rv.reopen_round(db, round_id, before)
    with pytest.raises(UserError, match="open already"):
        rv.reopen_round(db, round_id, before)
