"""Edits about people: attendance, consents and logged updates (each one transaction with its audit entry)."""

from __future__ import annotations

from datetime import date
from typing import Required, TypedDict, TypeVar, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from commission import vocab
from commission.errors import UserError
from commission.services import audit
from commission.services.edit_base import _as_dict, _bump_version, _validate, check_length, run_transaction
from commission.storage import models as m
from commission.storage.db import Database

Row = TypeVar("Row")


def _existing(s: DbSession, model: type[Row], record_id: int, noun: str) -> Row:
    """The row, refused in words when someone deleted it meanwhile."""
    row = s.get(model, record_id)
    if row is None:
        raise UserError(f"That {noun} is no longer there.")
    return row


def set_attendance(
    db: Database, session_id: int, member_id: int, status: str | None, *, actor: str | None = None
) -> None:
    if status is not None and status not in vocab.ATTENDANCE:
        raise UserError(f"Attendance is one of {', '.join(vocab.ATTENDANCE)}.")
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> None:
        session = _existing(s, m.Session, session_id, "session")
        row = s.get(m.Attendance, (session_id, member_id))
        old = row.status if row else None
        if old == status:
            return
        if row is None:
            s.add(m.Attendance(session_id=session_id, member_id=member_id, status=status))
        elif status is None:
            s.delete(row)
        else:
            row.status = status
        audit.about(s, actor, "edit", "session", session, field=f"attendance:{member_id}", old=old, new=status)

    run_transaction(db, work)


def set_consent(
    db: Database,
    member_id: int,
    kind: str,
    given: bool,
    expires: date | None,
    *,
    note: str = "",
    actor: str | None = None,
) -> dict:
    """Record a consent decision. History is kept: a withdrawal is a new entry, never a deletion."""
    if kind not in vocab.CONSENT_KINDS:
        raise UserError("Consent is either to be named ('named') or to be quoted ('quote').")
    check_length("The note", note)
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> dict:
        member = _existing(s, m.Member, member_id, "member")
        current = s.scalars(
            select(m.Consent)
            .where(m.Consent.member_id == member_id, m.Consent.kind == kind)
            .order_by(m.Consent.id.desc())
            .limit(1)
        ).first()
        withdrawn = bool(current and current.given and not given)
        row = m.Consent(
            member_id=member_id,
            kind=kind,
            given=given,
            expires=expires,
            recorded_on=date.today(),
            withdrawn=withdrawn,
            note=note,
        )
        s.add(row)
        audit.about(
            s,
            actor,
            "consent",
            "member",
            member,
            field=f"consent_{kind}",
            old=_consent_text(current.given, current.expires) if current else None,
            new=_consent_text(given, expires) + (" (withdrawn)" if withdrawn else ""),
        )
        _bump_version(s, m.Member, member_id)
        s.flush()
        return _as_dict(row)

    return run_transaction(db, work)


def _consent_text(given: bool, expires: date | None) -> str:
    return ("yes" if given else "no") + (f" until {expires.isoformat()}" if expires else "")


def consent_history(db: Database, member_id: int) -> list[dict]:
    with db.session() as s:
        return [
            _as_dict(c)
            for c in s.scalars(select(m.Consent).where(m.Consent.member_id == member_id).order_by(m.Consent.id))
        ]


class UpdateFields(TypedDict, total=False):
    """An update's own fields, as log_update takes them (those left out take UPDATE_DEFAULTS)."""

    date: Required[date]
    status: Required[str]
    progress: float | None
    note: str
    reported_by: str
    verdict: str
    verdict_comment: str
    note_cy: str  # the note in Welsh, where there is one


UPDATE_DEFAULTS = {"progress": None, "note": "", "reported_by": "", "verdict_comment": ""}


def log_update(db: Database, commitment_id: int, *, actor: str | None = None, **fields: Unpack[UpdateFields]) -> dict:
    """Record a dated progress report on a commitment, with the panel's verdict beside it."""
    values = {**UPDATE_DEFAULTS, **fields, "commitment_id": commitment_id}
    values["verdict"] = fields.get("verdict") or "not assessed"
    values["note_cy"] = fields.get("note_cy") or ""
    _validate("update", values)
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> dict:
        commitment = _existing(s, m.Commitment, commitment_id, "commitment")
        row = m.Update(**values)
        s.add(row)
        s.flush()
        audit.about(
            s,
            actor,
            "create",
            "update",
            row,
            commission_id=commitment.commission_id,
            ref=commitment.ref,
            new=f"{row.status} on {row.date.isoformat()}" + ("" if row.progress is None else f", {row.progress:g}%"),
        )
        return _as_dict(row)

    return run_transaction(db, work)
