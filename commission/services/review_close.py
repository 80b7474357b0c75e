"""Closing a review round: agreed items marked and signed off in the trail, updates given the panel's verdict.
The facade for callers is `commission.services.reviews`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from commission import domain, vocab
from commission.errors import UserError
from commission.services import audit
from commission.services.edits import run_transaction
from commission.services.queries import load_commission_data
from commission.services.review_rounds import _set_status, audit_round
from commission.services.review_text import describe, record_text
from commission.services.review_views import OBJECTIONS, _responses, _round, majority_verdict
from commission.storage import models as m
from commission.storage.db import Database


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


def close_round(
    db: Database, round_id: int, *, on: date | None = None, actor: str | None = None, before: dict | None = None
) -> CloseSummary:
    """Close a round. Items with no unresolved change/disagree, and at least one agree (or an edit or a
    recorded reason), are agreed: insights become 'agreed', actions, session notes and report text are signed
    off in the trail. An update's majority answer becomes its verdict (agree→agree, change→partly,
    disagree→disagree; a tie is 'partly'), with the tally and comments as the verdict comment.
    A `before` dict is filled with what the closing changed, for reopen_round."""
    actor = actor or audit.default_actor()
    on = on or date.today()
    with db.session() as s:
        commission_id = _round(s, round_id).commission_id
    data = load_commission_data(db, commission_id)

    def work(s: DbSession) -> CloseSummary:
        rnd = _round(s, round_id, open_only=True)
        summary = CloseSummary(title=rnd.title)
        items = _items(s, rnd.id)
        was, signed = _outcome(s, items), []
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
            signed.append(_sign_off(s, rnd, item, ref, tally, actor))
        audit_round(s, actor, "close", rnd, new=summary.lines()[0])
        rnd.status, rnd.closed_on = "closed", on
        if before is not None:
            before.clear()
            before.update(was=was, now=_outcome(s, items), signed=signed, newest_round=_newest_round(s, rnd))
        return summary

    return run_transaction(db, work)


def reopen_round(db: Database, round_id: int, before: dict, *, actor: str | None = None) -> None:
    """Take back a close_round (`before`, as close_round filled it): the round open again, with its items'
    resolutions, its insights' statuses and its updates' verdicts as they were. The trail stays append-only:
    each sign-off is followed by its withdrawal. Refused once a newer round has been opened in the commission,
    or when something the closing set has been changed since."""
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> None:
        rnd = _round(s, round_id)
        if rnd.status != "closed":
            raise UserError(f"The review round '{rnd.title}' is open already.")
        if _newest_round(s, rnd) > before["newest_round"]:
            raise UserError(f"A newer review round has been opened since '{rnd.title}' closed, so it stays closed.")
        now = _outcome(s, _items(s, rnd.id))
        changed = next((key for key, fields in before["now"].items() if now.get(key) != fields), None)
        if changed is not None:
            what = CHANGED_WORDS[changed[0]]
            raise UserError(f"{what} has been changed since '{rnd.title}' closed, so the round stays closed.")
        cid = rnd.commission_id
        for (kind, record_id), fields in before["was"].items():
            row = s.get(OUTCOME_MODELS[kind], record_id)
            audit.set_fields(s, actor, kind, row, fields, commission_id=cid, ref=getattr(row, "ref", "") or "")
        for kind, record_id, ref, note in before["signed"]:
            withdrawn = "withdrawn: the round's closing was undone"
            audit.record(
                s,
                actor,
                "withdraw",
                kind,
                commission_id=cid,
                record_id=record_id,
                ref=ref,
                field="review",
                old=note,
                new=withdrawn,
            )
        audit_round(s, actor, "reopen", rnd, field="status", old="closed", new="open")
        rnd.status, rnd.closed_on = "open", None

    run_transaction(db, work)


# What closing a round may change, by kind: the fields close_round sets, and how a refused undo names them.
OUTCOME_FIELDS = {"review_item": ("resolution",), "insight": ("status",), "update": ("verdict", "verdict_comment")}
OUTCOME_MODELS: dict[str, type[m.ReviewItem] | type[m.Insight] | type[m.Update]] = {
    "review_item": m.ReviewItem,
    "insight": m.Insight,
    "update": m.Update,
}
CHANGED_WORDS = {
    "review_item": "An item's resolution",
    "insight": "An insight the round agreed",
    "update": "An update's verdict",
}


def _items(s: DbSession, round_id: int) -> list[m.ReviewItem]:
    return list(
        s.scalars(
            select(m.ReviewItem)
            .where(m.ReviewItem.round_id == round_id)
            .order_by(m.ReviewItem.position, m.ReviewItem.id)
        )
    )


def _outcome(s: DbSession, items: list[m.ReviewItem]) -> dict[tuple[str, int], dict]:
    """The fields closing may change: each item's resolution, and its insight's status or its update's verdict."""
    rows: list[tuple[str, Any]] = [("review_item", i) for i in items]
    rows += [
        (i.item_kind, s.get(OUTCOME_MODELS[i.item_kind], i.item_id)) for i in items if i.item_kind in OUTCOME_MODELS
    ]
    return {(kind, row.id): {f: getattr(row, f) for f in OUTCOME_FIELDS[kind]} for kind, row in rows if row is not None}


def _newest_round(s: DbSession, rnd: m.ReviewRound) -> int:
    """The id of the commission's newest round: a round opened after this one closed has a higher one."""
    return (
        s.scalar(select(func.max(m.ReviewRound.id)).where(m.ReviewRound.commission_id == rnd.commission_id)) or rnd.id
    )


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


SIGNOFF_KINDS = {"insight": "insight", "action": "action", "session_notes": "session", "report_text": "theme"}


def _sign_off(
    s: DbSession, rnd: m.ReviewRound, item: m.ReviewItem, ref: str, tally: Counter, actor: str
) -> tuple[str, int | None, str, str]:
    """The item agreed in the trail (an insight becomes 'agreed'); returns the sign-off as (kind, id, ref, note)."""
    note = f"agreed in review round '{rnd.title}' (text version {item.text_version}, {tally['agree']} agreed)"
    if item.item_kind == "insight":
        insight = s.get(m.Insight, item.item_id)
        if insight is not None and insight.status != "agreed":
            _set_status(s, actor, insight, rnd.commission_id, "agreed")
    kind = SIGNOFF_KINDS[item.item_kind]
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
    return kind, item.item_id, ref, note


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
    changes = {"verdict": verdict, "verdict_comment": comment}
    audit.set_fields(s, actor, "update", update, changes, commission_id=rnd.commission_id)
    item.resolution = "agreed"  # for an update: the panel's view was taken
    summary.verdicts.append((label, verdict))
