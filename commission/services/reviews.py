"""Review rounds: drafts put to the panel, their answers, the coordinator's resolutions, and the sign-off trail.

The life of a round, as the app and command line drive it (every call is one audited transaction):

    round_id = create_round(db, cid, "Spring drafts", [ItemSpec("insight", 3), ItemSpec("update", 41)], [1, 2, 5])
    for item in reviewer_items(db, round_id, member_id):        # review mode: one item at a time, Back/Next
        record_answer(db, item.item_id, member_id, "change", "Say 'people', not 'clients'")
    view = round_view(db, round_id)                              # tallies, who said what, what needs resolving
    resolve_item(db, item_id, new_text="…")                      # edit: the insight changes, text_version + 1
    resolve_item(db, item_id, keep_reason="It is the panel's own wording from May")
    summary = close_round(db, round_id)                           # agreed items marked; update verdicts set
    trail = signoff_trail(db, cid)                                # for the report's appendix

Items are insights, actions, a session's notes, a theme's "you said, we did" text, and organisations'
updates ("Do you agree this is done?"). Every reviewer in a round is asked about every item. An answer
belongs to one text_version of an item: answering again replaces it; once the text is edited, earlier
answers are to the old words and no longer count. Files (review packs, review return workbooks) are in
`commission.services.review_files`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from commission import domain, vocab
from commission.errors import UserError
from commission.services import audit
from commission.services.edits import check_length, run_transaction
from commission.services.queries import load_commission_data
from commission.services.review_text import KIND_LABELS, QUESTIONS, describe, record_text, split_action_text
from commission.services.review_views import (  # the read side, re-exported: one module for the app to use
    OBJECTIONS,
    AnswerView,
    ItemChoice,
    ItemView,
    QuoteLine,
    ReviewerItem,
    ReviewerView,
    RoundInfo,
    RoundView,
    Signoff,
    _responses,
    _round,
    available_items,
    list_rounds,
    majority_verdict,
    reviewer_items,
    round_view,
    signoff_trail,
    you_said_we_did,
)
from commission.storage import models as m
from commission.storage.db import Database

ITEM_KINDS = tuple(KIND_LABELS)

__all__ = [
    "ITEM_KINDS",
    "KIND_LABELS",
    "QUESTIONS",
    "AnswerView",
    "CloseSummary",
    "ItemChoice",
    "ItemSpec",
    "ItemView",
    "QuoteLine",
    "ReviewerItem",
    "ReviewerView",
    "RoundInfo",
    "RoundView",
    "Signoff",
    "add_items",
    "add_reviewers",
    "available_items",
    "close_round",
    "create_round",
    "delete_round",
    "list_rounds",
    "record_answer",
    "remove_items",
    "remove_reviewers",
    "resolve_item",
    "reviewer_items",
    "round_view",
    "signoff_trail",
    "undo_resolution",
    "you_said_we_did",
]


@dataclass(frozen=True)
class ItemSpec:
    """One thing to put to the panel: kind and the id of its record (a theme's id for report_text, an
    update's id for update). `text` gives report text its own words instead of the built 'you said, we did'."""

    kind: str
    record_id: int | None = None
    text: str | None = None


@dataclass
class CloseSummary:
    title: str
    agreed: list[str] = field(default_factory=list)
    not_agreed: list[tuple[str, str]] = field(default_factory=list)  # (label, why)
    verdicts: list[tuple[str, str]] = field(default_factory=list)  # (label, verdict)

    def lines(self) -> list[str]:
        verdicts = len(self.verdicts)
        out = [
            f"Review round '{self.title}' closed: {len(self.agreed)} agreed, {len(self.not_agreed)} not agreed, "
            + f"{verdicts} panel verdict{'s' if verdicts != 1 else ''} recorded."
        ]
        out += [f"  Not agreed: {label} — {why}" for label, why in self.not_agreed]
        out += [f"  Verdict '{verdict}': {label}" for label, verdict in self.verdicts]
        return out


# --------------------------------------------------------------------------------------------- helpers


def _item(s: DbSession, item_id: int) -> tuple[m.ReviewItem, m.ReviewRound]:
    item = s.get(m.ReviewItem, item_id)
    if item is None:
        raise UserError("That review item is no longer there.")
    return item, _round(s, item.round_id)


def _check_spec(spec: ItemSpec | tuple) -> ItemSpec:
    spec = spec if isinstance(spec, ItemSpec) else ItemSpec(*spec)
    if spec.kind not in ITEM_KINDS:
        raise UserError(f"'{spec.kind}' cannot be reviewed: use one of {', '.join(ITEM_KINDS)}.")
    if spec.record_id is None:
        raise UserError(f"Say which {KIND_LABELS[spec.kind].lower()} to review.")
    if spec.text is not None and spec.kind != "report_text":
        raise UserError("Only report text can be given its own words; other items show their record's words.")
    return spec


def _insert_items(
    s: DbSession,
    rnd: m.ReviewRound,
    specs: Sequence[ItemSpec | tuple[Any, ...]],
    data: domain.CommissionData,
    actor: str,
) -> list[int]:
    existing = {
        (i.item_kind, i.item_id) for i in s.scalars(select(m.ReviewItem).where(m.ReviewItem.round_id == rnd.id))
    }
    position = len(existing)
    ids = []
    for spec in map(_check_spec, specs):
        if (spec.kind, spec.record_id) in existing:
            raise UserError(f"That {KIND_LABELS[spec.kind].lower()} is already in this round.")
        existing.add((spec.kind, spec.record_id))
        text = spec.text if spec.text is not None else record_text(data, spec.kind, spec.record_id)
        if text is None:
            raise UserError(f"That {KIND_LABELS[spec.kind].lower()} is not in '{data.commission.name}'.")
        if not text.strip():
            raise UserError(f"That {KIND_LABELS[spec.kind].lower()} has no words to review yet.")
        position += 1
        item = m.ReviewItem(
            round_id=rnd.id,
            item_kind=spec.kind,
            item_id=spec.record_id,
            text=text,
            text_version=1,
            resolution="open",
            resolution_note="",
            position=position,
        )
        s.add(item)
        s.flush()
        ids.append(item.id)
        ref, label = describe(data, spec.kind, spec.record_id)[:2]
        audit.record(
            s,
            actor,
            "create",
            "review_item",
            commission_id=rnd.commission_id,
            record_id=item.id,
            ref=ref,
            new=f"in review round '{rnd.title}': {label}",
        )
        if spec.kind == "insight":
            insight = s.get(m.Insight, spec.record_id)
            if insight is not None and insight.status == "draft":
                _set_status(s, actor, insight, insight.commission_id, "in review")
    return ids


def _set_status(s: DbSession, actor: str, insight: m.Insight, commission_id: int, status: str) -> None:
    """The insight's status changed by a review round, with its audit entry."""
    audit.record(
        s,
        actor,
        "edit",
        "insight",
        commission_id=commission_id,
        record_id=insight.id,
        ref=insight.ref,
        field="status",
        old=insight.status,
        new=status,
    )
    insight.status = status


def _insert_reviewers(s: DbSession, rnd: m.ReviewRound, member_ids: Iterable[int], asked_on: date, actor: str) -> None:
    already = set(s.scalars(select(m.ReviewReviewer.member_id).where(m.ReviewReviewer.round_id == rnd.id)))
    for member_id in dict.fromkeys(member_ids):
        member = s.get(m.Member, member_id)
        if member is None or member.commission_id != rnd.commission_id:
            raise UserError("A chosen reviewer is not a member of this commission.")
        if member.erased_on is not None:
            raise UserError(f"{member.ref} has asked for their details to be erased and cannot be asked to review.")
        if member_id in already:
            continue
        s.add(m.ReviewReviewer(round_id=rnd.id, member_id=member_id, asked_on=asked_on))
        audit.record(
            s,
            actor,
            "edit",
            "review_round",
            commission_id=rnd.commission_id,
            record_id=rnd.id,
            ref=rnd.title[:100],
            field="reviewers",
            new=f"asked {member.ref} on {asked_on.isoformat()}",
        )


def _next_round_ref(s: DbSession, commission_id: int) -> str:
    """R-001, R-002 …: the round's ref in the workbook (one more than the highest used)."""
    refs = s.scalars(select(m.ReviewRound.ref).where(m.ReviewRound.commission_id == commission_id))
    numbers = [int(r[2:]) for r in refs if r and r.startswith("R-") and r[2:].isdigit()]
    return f"R-{max(numbers, default=0) + 1:03d}"


# --------------------------------------------------------------------------------------------- changes


def create_round(
    db: Database,
    commission_id: int,
    title: str,
    items: Sequence[ItemSpec | tuple],
    reviewer_ids: Sequence[int],
    *,
    asked_on: date | None = None,
    actor: str | None = None,
) -> int:
    """Open a round with its items (in order) and reviewers (asked on `asked_on`, default today); its id.

    Draft insights put in a round move to 'in review'."""
    title = (title or "").strip()
    if not title:
        raise UserError("Give the review round a title, for example 'Drafts for the March meeting'.")
    check_length("The title", title)
    actor = actor or audit.default_actor()
    data = load_commission_data(db, commission_id)
    today = asked_on or date.today()

    def work(s: DbSession) -> int:
        rnd = m.ReviewRound(
            commission_id=commission_id,
            ref=_next_round_ref(s, commission_id),
            title=title,
            created_on=date.today(),
            status="open",
        )
        s.add(rnd)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "review_round",
            commission_id=commission_id,
            record_id=rnd.id,
            ref=title[:100],
            new=title,
        )
        _insert_items(s, rnd, items, data, actor)
        _insert_reviewers(s, rnd, reviewer_ids, today, actor)
        return rnd.id

    return run_transaction(db, work)


def add_items(db: Database, round_id: int, items: Sequence[ItemSpec | tuple], *, actor: str | None = None) -> list[int]:
    """Add items at the end of an open round; their ids."""
    actor = actor or audit.default_actor()
    with db.session() as s:
        commission_id = _round(s, round_id).commission_id
    data = load_commission_data(db, commission_id)
    return run_transaction(db, lambda s: _insert_items(s, _round(s, round_id, open_only=True), items, data, actor))


def add_reviewers(
    db: Database, round_id: int, member_ids: Sequence[int], *, asked_on: date | None = None, actor: str | None = None
) -> None:
    actor = actor or audit.default_actor()
    run_transaction(
        db,
        lambda s: _insert_reviewers(
            s, _round(s, round_id, open_only=True), member_ids, asked_on or date.today(), actor
        ),
    )


def _answered(s: DbSession, item_ids: Sequence[int]) -> bool:
    return (
        bool(item_ids)
        and s.scalar(select(m.ReviewResponse.id).where(m.ReviewResponse.item_id.in_(item_ids)).limit(1)) is not None
    )


def _take_out(s: DbSession, rnd: m.ReviewRound, items: Sequence[m.ReviewItem], actor: str) -> None:
    """Delete items (none answered); an insight that went 'in review' with one goes back to 'draft' unless
    another open round still holds it."""
    for item in items:
        audit.record(
            s,
            actor,
            "delete",
            "review_item",
            commission_id=rnd.commission_id,
            record_id=item.id,
            old=f"in review round '{rnd.title}': {item.text[:100]}",
        )
        s.execute(delete(m.ReviewItem).where(m.ReviewItem.id == item.id))
        if item.item_kind != "insight" or item.item_id is None:
            continue
        still = s.scalar(
            select(m.ReviewItem.id)
            .join(m.ReviewRound, m.ReviewRound.id == m.ReviewItem.round_id)
            .where(m.ReviewItem.item_kind == "insight", m.ReviewItem.item_id == item.item_id)
            .where(m.ReviewRound.status == "open")
            .limit(1)
        )
        insight = s.get(m.Insight, item.item_id)
        if still is None and insight is not None and insight.status == "in review":
            audit.record(
                s,
                actor,
                "edit",
                "insight",
                commission_id=insight.commission_id,
                record_id=insight.id,
                ref=insight.ref,
                field="status",
                old="in review",
                new="draft",
            )
            insight.status = "draft"


def remove_items(db: Database, item_ids: Sequence[int], *, actor: str | None = None) -> None:
    """Take items out of their open round again (the undo of add_items); refused once any has been answered."""
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> None:
        items = [s.get(m.ReviewItem, i) for i in item_ids]
        found = [i for i in items if i is not None]
        if not found:
            return
        rnd = _round(s, found[0].round_id, open_only=True)
        if _answered(s, [i.id for i in found]):
            raise UserError("The panel has answered these items already, so they stay in the round.")
        _take_out(s, rnd, found, actor)

    run_transaction(db, work)


def delete_round(db: Database, round_id: int, *, actor: str | None = None) -> None:
    """Delete an open round that no one has answered yet (the undo of create_round)."""
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> None:
        rnd = _round(s, round_id, open_only=True)
        items = list(s.scalars(select(m.ReviewItem).where(m.ReviewItem.round_id == rnd.id)))
        if _answered(s, [i.id for i in items]):
            raise UserError(f"The panel has answered in '{rnd.title}' already, so the round stays.")
        _take_out(s, rnd, items, actor)
        s.execute(delete(m.ReviewReviewer).where(m.ReviewReviewer.round_id == rnd.id))
        audit.record(
            s,
            actor,
            "delete",
            "review_round",
            commission_id=rnd.commission_id,
            record_id=rnd.id,
            ref=rnd.title[:100],
            old=rnd.title,
        )
        s.execute(delete(m.ReviewRound).where(m.ReviewRound.id == rnd.id))

    run_transaction(db, work)


def remove_reviewers(db: Database, round_id: int, member_ids: Sequence[int], *, actor: str | None = None) -> None:
    """No longer ask these members (the undo of add_reviewers); refused once one of them has answered."""
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> None:
        rnd = _round(s, round_id, open_only=True)
        item_ids = list(s.scalars(select(m.ReviewItem.id).where(m.ReviewItem.round_id == rnd.id)))
        for member_id in member_ids:
            answered = item_ids and s.scalar(
                select(m.ReviewResponse.id)
                .where(m.ReviewResponse.item_id.in_(item_ids), m.ReviewResponse.member_id == member_id)
                .limit(1)
            )
            member = s.get(m.Member, member_id)
            if answered:
                raise UserError(f"{member.ref if member else 'A reviewer'} has answered already, so they stay asked.")
            s.execute(
                delete(m.ReviewReviewer).where(
                    m.ReviewReviewer.round_id == rnd.id, m.ReviewReviewer.member_id == member_id
                )
            )
            audit.record(
                s,
                actor,
                "edit",
                "review_round",
                commission_id=rnd.commission_id,
                record_id=rnd.id,
                ref=rnd.title[:100],
                field="reviewers",
                old=f"asked {member.ref if member else member_id}",
            )

    run_transaction(db, work)


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
        item, rnd = _item(s, item_id)
        if rnd.status != "open":
            raise UserError(f"The review round '{rnd.title}' is closed: answers can no longer be changed.")
        if s.get(m.ReviewReviewer, (rnd.id, member_id)) is None:
            raise UserError("That member was not asked to review this round.")
        version = text_version or item.text_version
        if not 1 <= version <= item.text_version:
            raise UserError(f"This item's text has no version {version}.")
        _store_answer(s, item, rnd, member_id, answer, (comment or "").strip(), on or date.today(), version, actor)

    run_transaction(db, work)


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
    audit.record(
        s,
        actor,
        "answer",
        "review_item",
        commission_id=rnd.commission_id,
        record_id=item.id,
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
        item, rnd = _item(s, item_id)
        if rnd.status != "open":
            raise UserError(f"The review round '{rnd.title}' is closed.")
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
            audit.record(
                s,
                actor,
                "edit",
                "review_item",
                commission_id=cid,
                record_id=item.id,
                field="resolution",
                old=item.resolution,
                new=f"kept: {reason}",
            )
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
        audit.record(
            s, actor, "edit", "review_item", commission_id=cid, record_id=item.id, field="text", old=item.text, new=text
        )
        item.text, item.text_version = text, item.text_version + 1
        item.resolution, item.resolution_note = "edited", ""
        return item.text_version

    return run_transaction(db, work)


RECORD_MODELS: dict[str, type[m.Insight] | type[m.Action] | type[m.Session]] = {
    "insight": m.Insight,
    "action": m.Action,
    "session_notes": m.Session,
}


def _edit_record(s: DbSession, item: m.ReviewItem, text: str, cid: int, actor: str) -> dict:
    """Put `text` into the record behind the item; returns the fields it changed, with their old values."""
    if item.item_kind == "report_text":
        return {}
    row = cast("m.Insight | m.Action | m.Session | None", s.get(RECORD_MODELS[item.item_kind], item.item_id))
    if row is None:
        raise UserError("The record behind this item has been deleted; its text can no longer be changed.")
    if item.item_kind == "insight":
        changes = {"statement": text}
    elif item.item_kind == "action":
        title, description = split_action_text(text)
        changes = {"title": title, "description": description}
    else:
        changes = {"notes": text}
    kind = {"insight": "insight", "action": "action", "session_notes": "session"}[item.item_kind]
    old = {}
    for key, value in changes.items():
        if getattr(row, key) != value:
            old[key] = getattr(row, key)
            audit.record(
                s,
                actor,
                "edit",
                kind,
                commission_id=cid,
                record_id=row.id,
                ref=row.ref,
                field=key,
                old=getattr(row, key),
                new=value,
            )
            setattr(row, key, value)
    return old


def undo_resolution(db: Database, item_id: int, before: dict, *, actor: str | None = None) -> None:
    """Take back a resolve_item: the item's resolution, and after an edit its words and its record's, as they were
    (`before`, as resolve_item filled it). Refused once the round is closed or someone answered the new words."""
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> None:
        item, rnd = _item(s, item_id)
        if rnd.status != "open":
            raise UserError(f"The review round '{rnd.title}' is closed: its resolutions stay as they are.")
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
            audit.record(
                s,
                actor,
                "edit",
                "review_item",
                commission_id=cid,
                record_id=item.id,
                field="text",
                old=item.text,
                new=before["text"],
            )
            item.text, item.text_version = before["text"], before["text_version"]
        audit.record(
            s,
            actor,
            "edit",
            "review_item",
            commission_id=cid,
            record_id=item.id,
            field="resolution",
            old=item.resolution,
            new=before["resolution"],
        )
        item.resolution, item.resolution_note = before["resolution"], before["resolution_note"]

    run_transaction(db, work)


def _restore_record(s: DbSession, item: m.ReviewItem, old: dict, cid: int, actor: str) -> None:
    if not old:
        return
    row = cast("m.Insight | m.Action | m.Session | None", s.get(RECORD_MODELS[item.item_kind], item.item_id))
    if row is None:
        raise UserError("The record behind this item has been deleted; its text can no longer be put back.")
    kind = {"insight": "insight", "action": "action", "session_notes": "session"}[item.item_kind]
    for key, value in old.items():
        audit.record(
            s,
            actor,
            "edit",
            kind,
            commission_id=cid,
            record_id=row.id,
            ref=row.ref,
            field=key,
            old=getattr(row, key),
            new=value,
        )
        setattr(row, key, value)


def close_round(db: Database, round_id: int, *, on: date | None = None, actor: str | None = None) -> CloseSummary:
    """Close a round. Items with no unresolved change/disagree, and at least one agree (or an edit or a
    recorded reason), are agreed: insights become 'agreed', actions, session notes and report text are signed
    off in the trail. An update's majority answer becomes its verdict (agree→agree, change→partly,
    disagree→disagree; a tie is 'partly'), with the tally and comments as the verdict comment."""
    actor = actor or audit.default_actor()
    on = on or date.today()
    with db.session() as s:
        commission_id = _round(s, round_id).commission_id
    data = load_commission_data(db, commission_id)

    def work(s: DbSession) -> CloseSummary:
        rnd = _round(s, round_id, open_only=True)
        summary = CloseSummary(title=rnd.title)
        items = list(
            s.scalars(
                select(m.ReviewItem)
                .where(m.ReviewItem.round_id == rnd.id)
                .order_by(m.ReviewItem.position, m.ReviewItem.id)
            )
        )
        responses = _responses(s, [i.id for i in items])
        for item in items:
            current = [r for r in responses.get(item.id, []) if r.text_version == item.text_version]
            tally = Counter(r.answer for r in current)
            ref, label = describe(data, item.item_kind, item.item_id)[:2]
            if item.item_kind == "update":
                _close_update(s, rnd, item, current, tally, label, summary, actor)
                continue
            why = _not_agreed_reason(item, tally, data)
            if why:
                summary.not_agreed.append((label, why))
                continue
            if item.resolution == "open":
                item.resolution = "agreed"
            summary.agreed.append(label)
            _sign_off(s, rnd, item, ref, tally, actor)
        audit.record(
            s,
            actor,
            "close",
            "review_round",
            commission_id=rnd.commission_id,
            record_id=rnd.id,
            ref=rnd.title[:100],
            new=summary.lines()[0],
        )
        rnd.status, rnd.closed_on = "closed", on
        return summary

    return run_transaction(db, work)


def _not_agreed_reason(item: m.ReviewItem, tally: Counter, data: domain.CommissionData) -> str:
    if item.resolution == "open" and any(tally[a] for a in OBJECTIONS):
        return "change or disagree answers not yet resolved"
    if item.item_kind != "report_text" and record_text(data, item.item_kind, item.item_id) is None:
        return "its record has been deleted"
    if item.item_kind != "report_text" and record_text(data, item.item_kind, item.item_id) != item.text:
        return "it was changed outside the round after it was sent; resolve it with its new text"
    if not tally["agree"] and item.resolution not in ("edited", "kept"):
        return "no one has agreed to it yet"
    return ""


def _sign_off(s: DbSession, rnd: m.ReviewRound, item: m.ReviewItem, ref: str, tally: Counter, actor: str) -> None:
    note = f"agreed in review round '{rnd.title}' (text version {item.text_version}, {tally['agree']} agreed)"
    if item.item_kind == "insight":
        insight = s.get(m.Insight, item.item_id)
        if insight is not None and insight.status != "agreed":
            _set_status(s, actor, insight, rnd.commission_id, "agreed")
    kind = {"insight": "insight", "action": "action", "session_notes": "session", "report_text": "theme"}[
        item.item_kind
    ]
    audit.record(
        s,
        actor,
        "agree",
        kind,
        commission_id=rnd.commission_id,
        record_id=item.item_id,
        ref=ref,
        field="review",
        new=note,
    )


def _close_update(
    s: DbSession,
    rnd: m.ReviewRound,
    item: m.ReviewItem,
    current: list,
    tally: Counter,
    label: str,
    summary: CloseSummary,
    actor: str,
) -> None:
    verdict = majority_verdict(tally)
    update = s.get(m.Update, item.item_id)
    if verdict is None or update is None:
        summary.not_agreed.append((label, "no answers" if update else "the update has been deleted"))
        return
    words = {"agree": "agreed", "change": "asked for changes", "disagree": "disagreed"}
    comment = ", ".join(f"{tally[a]} {words[a]}" for a in vocab.REVIEW_ANSWERS if tally[a])
    comment = f"Review round '{rnd.title}': {comment}."
    comments = [r.comment for r in current if r.comment]
    if comments:
        comment += " " + " / ".join(comments)
    commission_id = rnd.commission_id
    for key, value in (("verdict", verdict), ("verdict_comment", comment)):
        if getattr(update, key) != value:
            audit.record(
                s,
                actor,
                "edit",
                "update",
                commission_id=commission_id,
                record_id=update.id,
                field=key,
                old=getattr(update, key),
                new=value,
            )
            setattr(update, key, value)
    item.resolution = "agreed"  # for an update: the panel's view was taken
    summary.verdicts.append((label, verdict))


# --------------------------------------------------------------------------------------------- reading
