"""Reading review rounds: the views the app shows (the coordinator's round, a reviewer's items in order),
the sign-off trail for reports, and the picker's choices. Changes are in `commission.services.reviews`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from commission import domain, outward, vocab
from commission.errors import UserError
from commission.services.queries import load_commission_data, load_updates
from commission.services.review_text import (
    KIND_LABELS,
    QUESTIONS,
    QuoteLine,
    describe,
    record_text,
    reviewer_quotes,
    reviewer_redactor,
    update_text,
    you_said_we_did,
)
from commission.storage import models as m
from commission.storage.db import Database

VERDICT_OF_ANSWER = {"agree": "agree", "change": "partly", "disagree": "disagree"}
OBJECTIONS = ("change", "disagree")

__all__ = ["QuoteLine"]


@dataclass(frozen=True)
class ItemChoice:
    """Something the coordinator could put in a round (for the picker); `suggested` ones most need it."""

    kind: str
    record_id: int
    label: str
    text: str
    suggested: bool


@dataclass(frozen=True)
class ReviewerItem:
    """One item as one reviewer sees it (review mode and their pack): privacy-filtered, with their answer."""

    item_id: int
    number: int  # 1-based, the same for every reviewer
    count: int
    kind: str
    kind_label: str
    heading: str
    text: str
    question: str
    quotes: tuple[QuoteLine, ...]
    quotes_withheld: int
    text_version: int
    answer: str | None  # their answer to this version of the text
    comment: str
    answered_earlier_text: bool  # they answered before the text was changed


@dataclass(frozen=True)
class AnswerView:
    member_id: int
    member_ref: str
    member_name: str
    answer: str
    comment: str
    answered_on: date
    text_version: int
    current: bool  # to the item's current text


@dataclass(frozen=True)
class ItemView:
    """One item as the coordinator sees it: tallies for the current text, every answer, what is unresolved."""

    item_id: int
    number: int
    kind: str
    kind_label: str
    record_id: int | None
    heading: str
    label: str
    text: str
    text_version: int
    resolution: str  # open, agreed, edited, kept
    resolution_note: str
    tally: dict[str, int]  # agree/change/disagree, current text only
    unanswered: int
    unresolved: bool  # a change/disagree on the current text not yet edited for or kept with a reason
    out_of_date: bool  # its record was changed outside the round since the text was sent
    answers: tuple[AnswerView, ...]


@dataclass(frozen=True)
class ReviewerView:
    member_id: int
    ref: str
    name: str
    asked_on: date
    answered: int  # items answered (current texts)


@dataclass(frozen=True)
class RoundView:
    id: int
    commission_id: int
    commission: str
    title: str
    status: str
    created_on: date
    closed_on: date | None
    items: tuple[ItemView, ...]
    reviewers: tuple[ReviewerView, ...]

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def unresolved(self) -> list[ItemView]:
        return [i for i in self.items if i.unresolved]


@dataclass(frozen=True)
class RoundInfo:
    id: int
    title: str
    status: str
    created_on: date
    closed_on: date | None
    items: int
    reviewers: int


@dataclass(frozen=True)
class Signoff:
    """One line of the sign-off trail: what the panel agreed in a closed round, when, and to what words."""

    round_id: int
    round_title: str
    kind: str
    kind_label: str
    ref: str
    label: str
    text: str
    text_version: int
    agreed_by: int  # agreed to this text_version
    asked: int
    closed_on: date
    outcome: str  # "agreed"; for an update, the panel's verdict: agree, partly or disagree
    edited: bool
    kept_reason: str
    agreed_earlier: int  # agreed to an earlier wording (matters when the text was edited)
    agreed_member_ids: tuple[int, ...]

    @property
    def sentence(self) -> str:
        """'Agreed by 11 of 13 panel members on 12 March 2026', or the right words for the case."""
        when = vocab.uk_date(self.closed_on)
        if self.kind == "update":
            return (
                f"Panel verdict '{self.outcome}' on {when}: {self.agreed_by} of {self.asked} panel members "
                "agreed it was done"
            )
        if self.agreed_by or not self.edited:
            return f"Agreed by {self.agreed_by} of {self.asked} panel members on {when}"
        return (
            f"Changed as the panel asked and signed off on {when} ({self.agreed_earlier} of {self.asked} "
            "panel members had agreed the earlier wording)"
        )


def _round(s: DbSession, round_id: int, *, open_only: bool = False) -> m.ReviewRound:
    row = s.get(m.ReviewRound, round_id)
    if row is None:
        raise UserError("That review round is no longer there.")
    if open_only and row.status != "open":
        raise UserError(f"The review round '{row.title}' is closed: it can no longer be changed.")
    return row


def _responses(s: DbSession, item_ids: list[int]) -> dict[int, list[m.ReviewResponse]]:
    grouped: dict[int, list[m.ReviewResponse]] = {}
    if item_ids:
        for r in s.scalars(
            select(m.ReviewResponse).where(m.ReviewResponse.item_id.in_(item_ids)).order_by(m.ReviewResponse.id)
        ):
            grouped.setdefault(r.item_id, []).append(r)
    return grouped


@dataclass
class _Loaded:
    round: m.ReviewRound
    items: list[m.ReviewItem]
    reviewers: list[m.ReviewReviewer]
    responses: dict[int, list[m.ReviewResponse]]
    data: domain.CommissionData


def _load(db: Database, round_id: int) -> _Loaded:
    with db.session() as s:
        rnd = _round(s, round_id)
        items = list(
            s.scalars(
                select(m.ReviewItem)
                .where(m.ReviewItem.round_id == round_id)
                .order_by(m.ReviewItem.position, m.ReviewItem.id)
            )
        )
        reviewers = list(s.scalars(select(m.ReviewReviewer).where(m.ReviewReviewer.round_id == round_id)))
        responses = _responses(s, [i.id for i in items])
        s.expunge_all()
    return _Loaded(rnd, items, reviewers, responses, load_commission_data(db, rnd.commission_id))


def list_rounds(db: Database, commission_id: int) -> list[RoundInfo]:
    """Every round of a commission, newest first."""
    with db.session() as s:
        rounds = list(
            s.scalars(
                select(m.ReviewRound)
                .where(m.ReviewRound.commission_id == commission_id)
                .order_by(m.ReviewRound.created_on.desc(), m.ReviewRound.id.desc())
            )
        )
        items = Counter(
            s.scalars(select(m.ReviewItem.round_id).where(m.ReviewItem.round_id.in_([r.id for r in rounds])))
        )
        people = Counter(
            s.scalars(select(m.ReviewReviewer.round_id).where(m.ReviewReviewer.round_id.in_([r.id for r in rounds])))
        )
        return [
            RoundInfo(r.id, r.title, r.status, r.created_on, r.closed_on, items[r.id], people[r.id]) for r in rounds
        ]


def round_view(db: Database, round_id: int) -> RoundView:
    """A round as the coordinator sees it: every item with tallies and answers, every reviewer's progress."""
    got = _load(db, round_id)
    members = {mb.id: mb for mb in got.data.members}
    answered: Counter[int] = Counter()
    items = []
    for number, item in enumerate(got.items, start=1):
        responses = got.responses.get(item.id, [])
        current = [r for r in responses if r.text_version == item.text_version]
        tally = Counter(r.answer for r in current)
        answered.update(r.member_id for r in current)
        _ref, label, heading = describe(got.data, item.item_kind, item.item_id)
        now = None if item.item_kind == "report_text" else record_text(got.data, item.item_kind, item.item_id)
        items.append(
            ItemView(
                item_id=item.id,
                number=number,
                kind=item.item_kind,
                kind_label=KIND_LABELS[item.item_kind],
                record_id=item.item_id,
                heading=heading,
                label=label,
                text=item.text,
                text_version=item.text_version,
                resolution=item.resolution,
                resolution_note=item.resolution_note or "",
                tally={a: tally[a] for a in vocab.REVIEW_ANSWERS},
                unanswered=max(0, len(got.reviewers) - len(current)),
                unresolved=item.item_kind != "update"
                and item.resolution == "open"
                and any(tally[a] for a in OBJECTIONS),
                out_of_date=item.item_kind != "report_text" and now != item.text,
                answers=tuple(
                    AnswerView(
                        member_id=r.member_id,
                        member_ref=members[r.member_id].ref if r.member_id in members else "",
                        member_name=members[r.member_id].display_name if r.member_id in members else "",
                        answer=r.answer,
                        comment=r.comment or "",
                        answered_on=r.answered_on,
                        text_version=r.text_version,
                        current=r.text_version == item.text_version,
                    )
                    for r in responses
                ),
            )
        )
    reviewers = tuple(
        sorted(
            (
                ReviewerView(
                    member_id=r.member_id,
                    ref=members[r.member_id].ref,
                    name=members[r.member_id].display_name,
                    asked_on=r.asked_on,
                    answered=answered[r.member_id],
                )
                for r in got.reviewers
                if r.member_id in members
            ),
            key=lambda v: v.ref,
        )
    )
    rnd = got.round
    return RoundView(
        rnd.id,
        rnd.commission_id,
        got.data.commission.name,
        rnd.title,
        rnd.status,
        rnd.created_on,
        rnd.closed_on,
        tuple(items),
        reviewers,
    )


def reviewer_items(db: Database, round_id: int, member_id: int, *, on: date | None = None) -> list[ReviewerItem]:
    """The round's items in order as one reviewer sees them (review mode, their pack), with their answers.

    Privacy as for anything shown to another member, on `on` (default today): their own quotes always;
    others' only with valid quote consent (the number left out is given); names only with consent; never
    contact details."""
    return reviewer_round(db, round_id, member_id, on=on)[0]


def reviewer_round(
    db: Database, round_id: int, member_id: int, *, on: date | None = None
) -> tuple[list[ReviewerItem], str]:
    """`reviewer_items`, and the round's title through the same privacy gate (a title can name someone)."""
    got = _load(db, round_id)
    if member_id not in {r.member_id for r in got.reviewers}:
        raise UserError("That member was not asked to review this round.")
    on = on or date.today()
    redact = reviewer_redactor(got.data, member_id, on)
    out = []
    for number, item in enumerate(got.items, start=1):
        mine = {r.text_version: r for r in got.responses.get(item.id, []) if r.member_id == member_id}
        answer = mine.get(item.text_version)
        quotes, withheld = reviewer_quotes(got.data, item.item_kind, item.item_id, member_id, on, redact)
        heading = describe(got.data, item.item_kind, item.item_id)[2]
        out.append(
            ReviewerItem(
                item_id=item.id,
                number=number,
                count=len(got.items),
                kind=item.item_kind,
                kind_label=KIND_LABELS[item.item_kind],
                heading=redact(heading),
                text=redact(item.text),
                question=QUESTIONS[item.item_kind],
                quotes=tuple(quotes),
                quotes_withheld=withheld,
                text_version=item.text_version,
                answer=answer.answer if answer else None,
                comment=answer.comment if answer else "",
                answered_earlier_text=answer is None and any(v < item.text_version for v in mine),
            )
        )
    return out, redact(got.round.title)


def signoff_trail(db: Database, commission_id: int, *, as_of: date | None = None) -> list[Signoff]:
    """What the panel agreed in closed rounds, oldest first, for the report's appendix. Names in labels and
    texts follow the consent rules on `as_of` (default today), as anything in a report must."""
    data = load_commission_data(db, commission_id)
    redact = outward.for_others(data, as_of or date.today()).redact
    with db.session() as s:
        rounds = list(
            s.scalars(
                select(m.ReviewRound)
                .where(m.ReviewRound.commission_id == commission_id, m.ReviewRound.status == "closed")
                .order_by(m.ReviewRound.closed_on, m.ReviewRound.id)
            )
        )
        trail = []
        for rnd in rounds:
            asked = len(list(s.scalars(select(m.ReviewReviewer.member_id).where(m.ReviewReviewer.round_id == rnd.id))))
            items = list(
                s.scalars(
                    select(m.ReviewItem)
                    .where(m.ReviewItem.round_id == rnd.id, m.ReviewItem.resolution != "open")
                    .order_by(m.ReviewItem.position, m.ReviewItem.id)
                )
            )
            responses = _responses(s, [i.id for i in items])
            for item in items:
                trail.append(_signoff(rnd, item, responses.get(item.id, []), asked, data, redact))
    return trail


def _signoff(rnd, item, responses, asked: int, data, redact) -> Signoff:
    current = [r for r in responses if r.text_version == item.text_version]
    agreed = tuple(sorted(r.member_id for r in current if r.answer == "agree"))
    latest: dict[int, m.ReviewResponse] = {}
    for r in sorted(responses, key=lambda r: r.text_version):
        latest[r.member_id] = r
    ref, label = describe(data, item.item_kind, item.item_id)[:2]
    outcome = "agreed"
    if item.item_kind == "update":
        outcome = majority_verdict(Counter(r.answer for r in current)) or "not assessed"
    return Signoff(
        round_id=rnd.id,
        round_title=rnd.title,
        kind=item.item_kind,
        kind_label=KIND_LABELS[item.item_kind],
        ref=ref,
        label=redact(label),
        text=redact(item.text),
        text_version=item.text_version,
        agreed_by=len(agreed),
        asked=asked,
        closed_on=rnd.closed_on,
        outcome=outcome,
        edited=item.text_version > 1,
        kept_reason=item.resolution_note if item.resolution == "kept" else "",
        agreed_earlier=sum(1 for r in latest.values() if r.answer == "agree" and r.text_version < item.text_version),
        agreed_member_ids=agreed,
    )


def available_items(db: Database, commission_id: int, *, as_of: date | None = None) -> list[ItemChoice]:
    """What could go in a round, for the coordinator's picker. Suggested: insights not yet agreed, and
    organisations' latest updates saying 'done' that the panel has not assessed."""
    data = load_commission_data(db, commission_id)
    return item_choices(data, domain.evaluate(data, as_of or date.today()))


def item_choices(data, figures, words: Mapping[int, domain.Update] | None = None) -> list[ItemChoice]:
    """available_items from a commission already read and evaluated (the app's snapshot): no database.
    `words`: the updates it offers with their words, by id, when `data` was read without them."""
    choices = []
    for i in data.insights:
        choices.append(
            ItemChoice("insight", i.id, describe(data, "insight", i.id)[1], i.statement, i.status != "agreed")
        )
    for a in data.actions:
        choices.append(ItemChoice("action", a.id, a.title, record_text(data, "action", a.id) or "", False))
    for s in data.sessions:
        if s.notes.strip():
            choices.append(ItemChoice("session_notes", s.id, describe(data, "session_notes", s.id)[1], s.notes, False))
    for t in data.themes:
        choices.append(
            ItemChoice(
                "report_text",
                t.id,
                describe(data, "report_text", t.id)[1],
                you_said_we_did(data, t.id, figures=figures),
                False,
            )
        )
    for latest in latest_updates(data, figures):
        choices.append(
            ItemChoice(
                "update",
                latest.id,
                describe(data, "update", latest.id)[1],
                update_text(data, words.get(latest.id, latest) if words is not None else latest),
                latest.status == "done" and latest.verdict == "not assessed",
            )
        )
    return choices


def item_choices_read(db: Database, data, figures) -> list[ItemChoice]:
    """item_choices of the app's Snapshot, whose updates are read without their words: the words of the
    updates it offers are read first (their text is what the panel would be asked about)."""
    offered = [u.id for u in latest_updates(data, figures)]
    read = load_updates(db, data.commission.id, ids=offered) if not data.update_texts else {}
    return item_choices(data, figures, {u.id: u for found in read.values() for u in found})


def latest_updates(data, figures) -> list[domain.Update]:
    """Each counted commitment's latest update, the one a round may ask the panel about."""
    by_id = {u.id: u for u in data.updates}
    found = []
    for c in figures.counted(data.commitments):
        result = figures.commitments[c.id]
        latest = next(
            (
                u
                for u in reversed(data.updates_by_commitment.get(c.id, []))
                if result.latest and u.date == result.latest.date
            ),
            None,
        )
        if latest is not None and latest.id in by_id:
            found.append(latest)
    return found


def majority_verdict(tally: Counter) -> str | None:
    """The panel's verdict from its answers: the most given answer; a tie means the panel is split: 'partly'."""
    counts = {a: tally[a] for a in vocab.REVIEW_ANSWERS if tally[a]}
    if not counts:
        return None
    top = max(counts.values())
    leaders = [a for a, n in counts.items() if n == top]
    return VERDICT_OF_ANSWER[leaders[0]] if len(leaders) == 1 else "partly"
