"""Review answers and resolutions: a reviewer's answer to an item's words, the coordinator's resolution (new words,
which change the record, or the words kept with a reason), and taking a resolution back.
The facade for callers is `commission.services.reviews`.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from commission import vocab
from commission.errors import UserError
from commission.services import audit
from commission.services.edits import check_length, run_transaction
from commission.services.review_rounds import _item, audit_item
from commission.services.review_text import split_action_text
from commission.services.review_views import OBJECTIONS
from commission.storage import models as m
from commission.storage.db import Database


def record_answer(
    db: Database,
    item_id: int,
    member_id: int,
    answer: str,
    comment: str = "",
    *,
    on: date | None = None,
    text_version: int | None = None,
    actor: str | None = None,
) -> None:
    """Record a reviewer's answer (agree, change or disagree) to an item's current text; again replaces it.

    `text_version` records an answer given to an earlier wording (from an old paper pack): it is kept but
    does not count toward the current text. A change or disagree reopens an item already resolved."""
    answer = vocab.parse_choice(answer or "", vocab.REVIEW_ANSWERS) or ""
    if not answer:
        raise UserError("An answer is agree, change or disagree.")
    check_length("The comment", comment)
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> None:
        item, rnd = _open_item(s, item_id, ": answers can no longer be changed")
        if s.get(m.ReviewReviewer, (rnd.id, member_id)) is None:
            raise UserError("That member was not asked to review this round.")
        version = text_version or item.text_version
        if not 1 <= version <= item.text_version:
            raise UserError(f"This item's text has no version {version}.")
        _store_answer(s, item, rnd, member_id, answer, (comment or "").strip(), on or date.today(), version, actor)

    run_transaction(db, work)


def _open_item(s: DbSession, item_id: int, closed: str = "") -> tuple[m.ReviewItem, m.ReviewRound]:
    """The item and its round, refused (with `closed` said after why) once the round is closed."""
    item, rnd = _item(s, item_id)
    if rnd.status != "open":
        raise UserError(f"The review round '{rnd.title}' is closed{closed}.")
    return item, rnd


def _store_answer(
    s: DbSession,
    item: m.ReviewItem,
    rnd: m.ReviewRound,
    member_id: int,
    answer: str,
    comment: str,
    on: date,
    version: int,
    actor: str,
) -> bool:
    """Insert or replace one answer; False when it was already recorded exactly so."""
    row = s.scalars(
        select(m.ReviewResponse).where(
            m.ReviewResponse.item_id == item.id,
            m.ReviewResponse.member_id == member_id,
            m.ReviewResponse.text_version == version,
        )
    ).first()
    if row is not None and (row.answer, row.comment) == (answer, comment):
        return False
    old = f"{row.answer}" if row else None
    if row is None:
        s.add(
            m.ReviewResponse(
                item_id=item.id,
                member_id=member_id,
                answer=answer,
                comment=comment,
                answered_on=on,
                text_version=version,
            )
        )
    else:
        row.answer, row.comment, row.answered_on = answer, comment, on
    if answer in OBJECTIONS and version == item.text_version and item.resolution in ("edited", "kept"):
        item.resolution = "open"  # a new objection to the current words needs the coordinator again
    # the comment itself stays out of the audit trail: it can be personal, and the answer row keeps it
    member = s.get(m.Member, member_id)
    audit_item(
        s,
        actor,
        "answer",
        item,
        rnd.commission_id,
        ref=member.ref if member else "",
        field=f"text_version {version}",
        old=old,
        new=answer,
    )
    return True


def resolve_item(
    db: Database,
    item_id: int,
    *,
    new_text: str | None = None,
    keep_reason: str | None = None,
    expected_text_version: int | None = None,
    actor: str | None = None,
    before: dict | None = None,
) -> int:
    """Resolve an item's change/disagree answers: edit its words, or keep them with a reason. Returns its
    text_version (bumped by an edit, so earlier answers are to the old words). A `before` dict is filled with
    the item (and record) as they were, for undo_resolution.

    An edit changes the record itself in the same transaction: an insight's statement, an action's title
    (first line) and description (the rest), a session's notes; report text lives in the item. An
    organisation's update cannot be edited here: it is their account; the panel's answers become its verdict.
    """
    if (new_text is None) == (keep_reason is None):
        raise UserError("Either edit the text or give a reason for keeping it as it is.")
    check_length("The text", new_text)
    check_length("The reason", keep_reason)
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> int:
        item, rnd = _open_item(s, item_id)
        if expected_text_version is not None and item.text_version != expected_text_version:
            raise UserError("Someone else changed this item's text while you were working on it; look again.")
        cid = rnd.commission_id
        if before is not None:
            before.clear()
            before.update(
                resolution=item.resolution,
                resolution_note=item.resolution_note,
                text=item.text,
                text_version=item.text_version,
                record={},
            )
        if keep_reason is not None:
            reason = keep_reason.strip()
            if not reason:
                raise UserError("Say why the text is kept as it is: the panel will want to know.")
            audit_item(s, actor, "edit", item, cid, field="resolution", old=item.resolution, new=f"kept: {reason}")
            item.resolution, item.resolution_note = "kept", reason
            return item.text_version
        text = (new_text or "").strip()  # one of the two is given (checked above)
        if not text:
            raise UserError("The new text is empty.")
        if item.item_kind == "update":
            raise UserError(
                "An organisation's update is their own account and is not edited here: "
                "the panel's answers become its verdict when the round closes."
            )
        if text == item.text:
            raise UserError("The text is the same as before; to keep it, give a reason instead.")
        old = _edit_record(s, item, text, cid, actor)
        if before is not None:
            before["record"] = old
        audit_item(s, actor, "edit", item, cid, field="text", old=item.text, new=text)
        item.text, item.text_version = text, item.text_version + 1
        item.resolution, item.resolution_note = "edited", ""
        return item.text_version

    return run_transaction(db, work)


RECORD_MODELS: dict[str, type[m.Insight] | type[m.Action] | type[m.Session]] = {
    "insight": m.Insight,
    "action": m.Action,
    "session_notes": m.Session,
}


RECORD_KINDS = {"insight": "insight", "action": "action", "session_notes": "session"}  # its kind in the audit trail


def _record_of(s: DbSession, item: m.ReviewItem, gone: str) -> m.Insight | m.Action | m.Session:
    """The record behind the item (not report text); `gone` is the refusal when it has been deleted."""
    row = cast("m.Insight | m.Action | m.Session | None", s.get(RECORD_MODELS[item.item_kind], item.item_id))
    if row is None:
        raise UserError(f"The record behind this item has been deleted; its text can no longer be {gone}.")
    return row


def _edit_record(s: DbSession, item: m.ReviewItem, text: str, cid: int, actor: str) -> dict:
    """Put `text` into the record behind the item; returns the fields it changed, with their old values."""
    if item.item_kind == "report_text":
        return {}
    row = _record_of(s, item, "changed")
    if item.item_kind == "insight":
        changes = {"statement": text}
    elif item.item_kind == "action":
        title, description = split_action_text(text)
        changes = {"title": title, "description": description}
    else:
        changes = {"notes": text}
    return audit.set_fields(s, actor, RECORD_KINDS[item.item_kind], row, changes, commission_id=cid, ref=row.ref)


def undo_resolution(db: Database, item_id: int, before: dict, *, actor: str | None = None) -> None:
    """Take back a resolve_item: the item's resolution, and after an edit its words and its record's, as they were
    (`before`, as resolve_item filled it). Refused once the round is closed or someone answered the new words."""
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> None:
        item, rnd = _open_item(s, item_id, ": its resolutions stay as they are")
        cid = rnd.commission_id
        if item.text_version != before["text_version"]:  # an edit: the new words go, the old come back
            answered = s.scalar(
                select(m.ReviewResponse.item_id).where(
                    m.ReviewResponse.item_id == item.id, m.ReviewResponse.text_version == item.text_version
                )
            )
            if answered is not None:
                raise UserError("Someone has already answered the new words, so they can no longer be taken back.")
            _restore_record(s, item, before["record"], cid, actor)
            audit_item(s, actor, "edit", item, cid, field="text", old=item.text, new=before["text"])
            item.text, item.text_version = before["text"], before["text_version"]
        audit_item(s, actor, "edit", item, cid, field="resolution", old=item.resolution, new=before["resolution"])
        item.resolution, item.resolution_note = before["resolution"], before["resolution_note"]

    run_transaction(db, work)


def _restore_record(s: DbSession, item: m.ReviewItem, old: dict, cid: int, actor: str) -> None:
    if not old:
        return
    row = _record_of(s, item, "put back")
    audit.set_fields(s, actor, RECORD_KINDS[item.item_kind], row, old, commission_id=cid, ref=row.ref)
