"""Review rounds: opening one with its items and reviewers, adding to it, and taking those back while no one has
answered (the undo side of the Reviews screen's round edits). The facade for callers is `commission.services.reviews`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Unpack

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from commission import domain
from commission.errors import UserError
from commission.services import audit
from commission.services.edits import check_length, run_transaction
from commission.services.queries import load_commission_data
from commission.services.review_text import KIND_LABELS, describe, record_text
from commission.services.review_views import _round
from commission.storage import models as m
from commission.storage.db import Database

ITEM_KINDS = tuple(KIND_LABELS)


@dataclass(frozen=True)
class ItemSpec:
    """One thing to put to the panel: kind and the id of its record (a theme's id for report_text, an
    update's id for update). `text` gives report text its own words instead of the built 'you said, we did'."""

    kind: str
    record_id: int | None = None
    text: str | None = None


# --------------------------------------------------------------------------------------------- helpers


def audit_round(s: DbSession, actor: str, operation: str, rnd: m.ReviewRound, **details: Unpack[audit.Said]) -> None:
    """An audit entry about the round itself; its ref is the round's title unless `details` give one."""
    details.setdefault("ref", rnd.title[:100])
    audit.record(s, actor, operation, "review_round", commission_id=rnd.commission_id, record_id=rnd.id, **details)


def audit_item(
    s: DbSession, actor: str, operation: str, item: m.ReviewItem, cid: int, **details: Unpack[audit.Said]
) -> None:
    """An audit entry about one item of a round (in commission `cid`)."""
    audit.record(s, actor, operation, "review_item", commission_id=cid, record_id=item.id, **details)


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
        audit_item(s, actor, "create", item, rnd.commission_id, ref=ref, new=f"in review round '{rnd.title}': {label}")
        if spec.kind == "insight":
            insight = s.get(m.Insight, spec.record_id)
            if insight is not None and insight.status == "draft":
                _set_status(s, actor, insight, insight.commission_id, "in review")
    return ids


def _set_status(s: DbSession, actor: str, insight: m.Insight, commission_id: int, status: str) -> None:
    """The insight's status changed by a review round, with its audit entry."""
    audit.set_fields(s, actor, "insight", insight, {"status": status}, commission_id=commission_id, ref=insight.ref)


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
        audit_round(s, actor, "edit", rnd, field="reviewers", new=f"asked {member.ref} on {asked_on.isoformat()}")


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
        audit_round(s, actor, "create", rnd, new=title)
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
        audit_item(s, actor, "delete", item, rnd.commission_id, old=f"in review round '{rnd.title}': {item.text[:100]}")
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
            _set_status(s, actor, insight, insight.commission_id, "draft")


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
        audit_round(s, actor, "delete", rnd, old=rnd.title)
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
            audit_round(s, actor, "edit", rnd, field="reviewers", old=f"asked {member.ref if member else member_id}")

    run_transaction(db, work)
