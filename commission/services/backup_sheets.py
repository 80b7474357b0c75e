"""The full workbook's own sheets, both ways: the consent history and the review rounds.

Export writes them from the database; import puts them back so that an export imported into an empty
database exports the same workbook again (SPEC). Rows are matched by their keys (a round's ref; an item's
round and position; an answer's item, reviewer and text version; a consent entry by all its cells, as the
history is only ever added to), so importing the same file twice changes nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from commission.errors import WorkbookError
from commission.sheets import BY_NAME
from commission.storage import models as m
from commission.workbook.backup import RECORD_SHEET, update_ref
from commission.workbook.validate import Problem


def _iso(value) -> str:
    return value.isoformat() if value else ""


def _frame(name: str, rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(BY_NAME[name].columns), dtype=object)


# ------------------------------------------------------------------------------------------------ export


def backup_frames(s: DbSession, commission_id: int) -> dict[str, pd.DataFrame]:
    members = dict(s.execute(select(m.Member.id, m.Member.ref).where(m.Member.commission_id == commission_id)).all())
    consents = s.scalars(select(m.Consent).where(m.Consent.member_id.in_(members)).order_by(m.Consent.id))
    consent_rows = [
        (
            members[c.member_id],
            c.kind,
            "yes" if c.given else "no",
            _iso(c.expires),
            _iso(c.recorded_on),
            _iso(c.recorded_on) if c.withdrawn else "",
            c.note or "",
        )
        for c in consents
    ]
    rounds = list(
        s.scalars(select(m.ReviewRound).where(m.ReviewRound.commission_id == commission_id).order_by(m.ReviewRound.id))
    )
    round_ref = {r.id: r.ref or f"R-{r.id}" for r in rounds}
    reviewers = defaultdict(list)
    for row in s.scalars(
        select(m.ReviewReviewer)
        .where(m.ReviewReviewer.round_id.in_(round_ref))
        .order_by(m.ReviewReviewer.round_id, m.ReviewReviewer.member_id)
    ):
        reviewers[row.round_id].append((members.get(row.member_id, ""), row.asked_on))
    round_rows = []
    for r in rounds:
        asked = sorted(reviewers[r.id])
        days = [day for _, day in asked]
        when = _iso(days[0]) if days and len(set(days)) == 1 else ";".join(map(_iso, days))
        round_rows.append(
            (
                round_ref[r.id],
                r.title,
                r.status,
                _iso(r.created_on),
                _iso(r.closed_on),
                ";".join(ref for ref, _ in asked),
                when,
            )
        )
    items = list(
        s.scalars(
            select(m.ReviewItem)
            .where(m.ReviewItem.round_id.in_(round_ref))
            .order_by(m.ReviewItem.round_id, m.ReviewItem.position, m.ReviewItem.id)
        )
    )
    records = _record_refs(s, commission_id, {i.item_kind for i in items})
    item_rows = [
        (
            round_ref[i.round_id],
            str(i.position),
            i.item_kind,
            records.get((i.item_kind, i.item_id), ""),
            i.text,
            str(i.text_version),
            i.resolution,
            i.resolution_note or "",
        )
        for i in items
    ]
    item_key = {i.id: (round_ref[i.round_id], str(i.position)) for i in items}
    answers = s.scalars(
        select(m.ReviewResponse).where(m.ReviewResponse.item_id.in_(item_key)).order_by(m.ReviewResponse.id)
    )
    answer_rows = [
        (
            *item_key[a.item_id],
            members.get(a.member_id, ""),
            str(a.text_version),
            a.answer,
            a.comment or "",
            _iso(a.answered_on),
        )
        for a in answers
    ]
    return {
        "Consents": _frame("Consents", consent_rows),
        "Review rounds": _frame("Review rounds", round_rows),
        "Review items": _frame("Review items", item_rows),
        "Review answers": _frame("Review answers", answer_rows),
    }


def _record_refs(s: DbSession, commission_id: int, kinds: set[str]) -> dict[tuple[str, int | None], str]:
    """(item kind, record id) -> the record_ref a review item names it by, for the item kinds in `kinds` only
    (numbering every update of a large commission costs more than the rest of the sheet when no item names one)."""
    out: dict[tuple[str, int | None], str] = {}
    for kind, model in (
        ("insight", m.Insight),
        ("action", m.Action),
        ("session_notes", m.Session),
        ("report_text", m.Theme),
    ):
        if kind not in kinds:
            continue
        for record_id, ref in s.execute(select(model.id, model.ref).where(model.commission_id == commission_id)):
            out[(kind, record_id)] = ref
    if "update" in kinds:
        for update_id, ref, number in _numbered_updates(s, commission_id):
            out[("update", update_id)] = update_ref(ref, number)
    return out


def _numbered_updates(s: DbSession, commission_id: int):
    """(update id, commitment ref, its number among the commitment's updates in recorded order)."""
    counts: Counter = Counter()
    query = (
        select(m.Update.id, m.Commitment.ref)
        .join(m.Commitment, m.Commitment.id == m.Update.commitment_id)
        .where(m.Commitment.commission_id == commission_id)
        .order_by(m.Update.id)
    )
    for update_id, ref in s.execute(query):
        counts[ref] += 1
        yield update_id, ref, counts[ref]


# ------------------------------------------------------------------------------------------------ import


def consent_history(s: DbSession, frame: pd.DataFrame, member_ids: dict[str, int], source: str) -> int:
    """Add the entries of the history not already recorded (each counted once), in the sheet's order."""

    def key(member_id, kind, given, expires, recorded_on, withdrawn, note):
        return (member_id, kind, bool(given), expires, recorded_on, bool(withdrawn), note or "")

    ids = set(member_ids.values())
    already = Counter(
        key(c.member_id, c.kind, c.given, c.expires, c.recorded_on, c.withdrawn, c.note)
        for c in s.scalars(select(m.Consent).where(m.Consent.member_id.in_(ids)))
    )
    rows = []
    for record in frame.to_dict("records"):
        values = dict(
            member_id=member_ids[record["member_ref"]],
            kind=record["kind"],
            given=bool(record["given"]),
            expires=record.get("expires") or None,
            recorded_on=record["recorded_on"],
            withdrawn=bool(record.get("withdrawn_on")),
            note=record.get("note", ""),
        )
        k = key(*values.values())
        if already[k]:
            already[k] -= 1
            continue
        rows.append(values)
    for values in rows:
        s.add(m.Consent(**values))
    s.flush()
    return len(rows)


def review_sheets(s: DbSession, sheets: dict[str, pd.DataFrame], commission_id: int, ref_ids) -> Counter:
    """Upsert rounds (by ref), their reviewers, items (by round and position) and answers; counts per sheet."""
    created: Counter = Counter()
    if not any(name in sheets for name in ("Review rounds", "Review items", "Review answers")):
        return created  # (and an import into an older schema, as tests fill one, never asks for a round's ref)
    members = ref_ids("Members")
    rounds = {r.ref: r for r in s.scalars(select(m.ReviewRound).where(m.ReviewRound.commission_id == commission_id))}
    frame = sheets.get("Review rounds")
    if frame is not None:
        _import_rounds(s, frame, commission_id, rounds, members, created)
    items = {
        (i.round_id, i.position): i
        for i in s.scalars(select(m.ReviewItem).join(m.ReviewRound).where(m.ReviewRound.commission_id == commission_id))
    }
    frame = sheets.get("Review items")
    if frame is not None and not frame.empty:  # (numbering every update for an empty sheet cost seconds)
        _import_items(s, frame, rounds, _record_ids(s, commission_id, ref_ids), items, created)
    frame = sheets.get("Review answers")
    if frame is not None:
        _import_answers(s, frame, rounds, items, members, created)
    return created


def _update_fields(row: object, values: dict) -> None:
    """Set the fields that differ (an unchanged row is left alone, so it is not written)."""
    for field, value in values.items():
        if getattr(row, field) != value:
            setattr(row, field, value)


def _round_of(rounds: dict[str | None, m.ReviewRound], sheet: str, row: int, ref: str) -> m.ReviewRound:
    rnd = rounds.get(ref)
    if rnd is None:  # validated against the sheet and the database; kept as a guard
        raise _problem(sheet, row, "round_ref", f"unknown review round '{ref}'")
    return rnd


def _import_rounds(
    s: DbSession,
    frame: pd.DataFrame,
    commission_id: int,
    rounds: dict[str | None, m.ReviewRound],
    members: dict[str, int],
    created: Counter,
) -> None:
    for record in frame.to_dict("records"):
        rnd = rounds.get(record["ref"])
        values = dict(
            title=record["title"],
            status=record.get("status") or "open",
            created_on=record["created_on"],
            closed_on=record.get("closed_on") or None,
        )
        if rnd is None:
            rnd = m.ReviewRound(commission_id=commission_id, ref=record["ref"], **values)
            s.add(rnd)
            s.flush()
            rounds[rnd.ref] = rnd
            created["Review rounds"] += 1
        else:
            _update_fields(rnd, values)
        if "reviewer_refs" in record:
            _import_reviewers(s, rnd, record, members)
    s.flush()


def _import_reviewers(s: DbSession, rnd: m.ReviewRound, record: dict, members: dict[str, int]) -> None:
    have = {r.member_id: r for r in s.scalars(select(m.ReviewReviewer).where(m.ReviewReviewer.round_id == rnd.id))}
    asked = record.get("asked_on") or []  # may be shorter than the reviewers, or missing
    for ref, asked_on in dict(zip(record["reviewer_refs"], asked, strict=False)).items():
        row = have.get(members[ref])
        if row is None:
            s.add(m.ReviewReviewer(round_id=rnd.id, member_id=members[ref], asked_on=asked_on))
        elif row.asked_on != asked_on:
            row.asked_on = asked_on


def _import_items(
    s: DbSession,
    frame: pd.DataFrame,
    rounds: dict[str | None, m.ReviewRound],
    records: dict[tuple[str, str], int],
    items: dict[tuple[int, int], m.ReviewItem],
    created: Counter,
) -> None:
    for row, record in zip(frame.index, frame.to_dict("records"), strict=True):
        rnd = _round_of(rounds, "Review items", row, record["round_ref"])
        record_id = records.get((record["kind"], record.get("record_ref", "")))
        if record_id is None:
            ref = record.get("record_ref", "")
            commitment, _, number = ref.rpartition("#")
            raise _problem(
                "Review items",
                row,
                "record_ref",
                f"commitment {commitment} has no update number {number}"
                if record["kind"] == "update"
                else f"'{ref}' is not in this commission",
            )
        values = dict(
            item_kind=record["kind"],
            item_id=record_id,
            text=record["text"],
            text_version=record.get("text_version") or 1,
            resolution=record.get("resolution") or "open",
            resolution_note=record.get("resolution_note", ""),
        )
        item = items.get((rnd.id, record["position"]))
        if item is None:
            item = m.ReviewItem(round_id=rnd.id, position=record["position"], **values)
            s.add(item)
            items[(rnd.id, item.position)] = item
            created["Review items"] += 1
        else:
            _update_fields(item, values)
    s.flush()


def _import_answers(
    s: DbSession,
    frame: pd.DataFrame,
    rounds: dict[str | None, m.ReviewRound],
    items: dict[tuple[int, int], m.ReviewItem],
    members: dict[str, int],
    created: Counter,
) -> None:
    answers = {
        (a.item_id, a.member_id, a.text_version): a
        for a in s.scalars(select(m.ReviewResponse).where(m.ReviewResponse.item_id.in_([i.id for i in items.values()])))
    }
    reviewers: set[tuple[int, int]] = {
        (round_id, member_id)
        for round_id, member_id in s.execute(
            select(m.ReviewReviewer.round_id, m.ReviewReviewer.member_id).where(
                m.ReviewReviewer.round_id.in_([r.id for r in rounds.values()])
            )
        )
    }
    for row, record in zip(frame.index, frame.to_dict("records"), strict=True):
        rnd = _round_of(rounds, "Review answers", row, record["round_ref"])
        item = items.get((rnd.id, record["position"]))
        if item is None:
            raise _problem("Review answers", row, "position", f"round {rnd.ref} has no item {record['position']}")
        member_id = members[record["member_ref"]]
        if (rnd.id, member_id) not in reviewers:  # an answer makes its giver a reviewer of the round
            s.add(m.ReviewReviewer(round_id=rnd.id, member_id=member_id, asked_on=record["answered_on"]))
            reviewers.add((rnd.id, member_id))
        version = record.get("text_version") or 1
        values = dict(answer=record["answer"], comment=record.get("comment", ""), answered_on=record["answered_on"])
        answer = answers.get((item.id, member_id, version))
        if answer is None:
            s.add(m.ReviewResponse(item_id=item.id, member_id=member_id, text_version=version, **values))
            created["Review answers"] += 1
        else:
            _update_fields(answer, values)
    s.flush()


def _record_ids(s: DbSession, commission_id: int, ref_ids) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for kind, sheet in RECORD_SHEET.items():
        if kind != "update":
            out.update({(kind, ref): record_id for ref, record_id in ref_ids(sheet).items()})
    for update_id, ref, number in _numbered_updates(s, commission_id):
        out[("update", update_ref(ref, number))] = update_id
    return out


def _problem(sheet: str, row: int, column: str, reason: str) -> WorkbookError:
    return WorkbookError(
        "The workbook was not imported: 1 problem to put right first (nothing was changed).",
        [Problem(sheet, int(row), column, reason)],
    )
