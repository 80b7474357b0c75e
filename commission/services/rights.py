"""A member's data rights: everything held about them in one file, and erasure.

Erasure keeps a tombstone (the member's ref and role) so attendance counts and the chain of
commitments still add up, but their personal details go, their quotes are removed or anonymised
as they choose, and the audit trail keeps that an erasure happened — its earlier entries about
them are redacted to '[erased]', so the trail no longer says what was erased.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session as DbSession

from commission.errors import UserError
from commission.services import audit
from commission.storage import models as m
from commission.storage.db import Database

ERASED_NAME = "Erased member"
REDACTED = "[erased]"


def _iso(value) -> str:
    return value.isoformat() if value else ""


def find_member(db: Database, commission_id: int, ref: str) -> int:
    with db.session() as s:
        member_id = s.scalar(select(m.Member.id).where(m.Member.commission_id == commission_id, m.Member.ref == ref))
    if member_id is None:
        raise UserError(f"There is no member with ref '{ref}' in this commission.")
    return member_id


def _theirs(s: DbSession, member_id: int, model: Any, parent: Any, link: Any, *order: Any) -> Iterable[Any]:
    """The member's rows of `model`, each with the `parent` row its `link` points at, in `order`."""
    return s.execute(
        select(model, parent).join(parent, parent.id == link).where(model.member_id == member_id).order_by(*order)
    )


def export_member(db: Database, member_id: int, out: str | Path, *, plain: bool = False) -> Path:
    """Everything held about one member, as one workbook they can read (a sheet per kind of thing).

    From an encrypted database the file is protected with the database's passphrase, unless the
    coordinator explicitly asks for an unprotected copy (`plain`) to give to the member.
    """
    with db.session() as s:
        member = s.get(m.Member, member_id)
        if member is None:
            raise UserError("That member is no longer there.")
        organisation = s.get(m.Organisation, member.organisation_id) if member.organisation_id else None
        about = [
            ("ref", member.ref),
            ("name", member.display_name),
            ("role", member.role),
            ("organisation", organisation.name if organisation else ""),
            ("pseudonym", member.pseudonym),
            ("language", member.language),
            ("email", member.email),
            ("phone", member.phone),
            ("accessibility notes", member.accessibility_notes),
            ("erased on", _iso(member.erased_on)),
        ]
        consents = [
            (
                c.kind,
                "yes" if c.given else "no",
                _iso(c.expires),
                _iso(c.recorded_on),
                "yes" if c.withdrawn else "",
                c.note,
            )
            for c in s.scalars(select(m.Consent).where(m.Consent.member_id == member_id).order_by(m.Consent.id))
        ]
        attendance = [
            (_iso(sess.date), sess.title, a.status)
            for a, sess in _theirs(s, member_id, m.Attendance, m.Session, m.Attendance.session_id, m.Session.date)
        ]
        quotes = [
            (q.ref, _iso(sess.date), sess.title, q.text)
            for q, sess in _theirs(s, member_id, m.Quote, m.Session, m.Quote.session_id, m.Session.date, m.Quote.ref)
        ]
        pledges = [
            (c.ref, c.pledge, _iso(c.made_on), _iso(c.due))
            for c in s.scalars(
                select(m.Commitment).where(m.Commitment.made_by_id == member_id).order_by(m.Commitment.ref)
            )
        ]
        answers = [
            (r.answered_on.isoformat(), item.text[:200], r.answer, r.comment)
            for r, item in _theirs(
                s, member_id, m.ReviewResponse, m.ReviewItem, m.ReviewResponse.item_id, m.ReviewResponse.id
            )
        ]
        history = [
            (
                e["at"].isoformat(sep=" ", timespec="seconds"),
                e["actor"],
                e["operation"],
                e["field"],
                e["old_value"] or "",
                e["new_value"] or "",
            )
            for e in audit.record_entries(s, "member", member_id)  # theirs, not those of an earlier id's member
        ]
    import pandas as pd  # here, not at the top: the app imports this module at start, before any export

    from commission.workbook.writer import write_encrypted_workbook, write_workbook  # pandas, like the line above

    frames = {
        "About you": pd.DataFrame(about, columns=["what", "held"]),
        "Consents": pd.DataFrame(consents, columns=["consent", "given", "expires", "recorded on", "withdrawn", "note"]),
        "Sessions": pd.DataFrame(attendance, columns=["date", "session", "attendance"]),
        "Your words": pd.DataFrame(quotes, columns=["ref", "date", "session", "words"]),
        "Commitments made": pd.DataFrame(pledges, columns=["ref", "pledge", "made on", "due"]),
        "Review answers": pd.DataFrame(answers, columns=["date", "item", "answer", "comment"]),
        "Changes": pd.DataFrame(history, columns=["when", "by", "what", "field", "was", "now"]),
    }
    if db.encrypted and not plain:
        passphrase = db.engine.url.password
        assert passphrase is not None  # an encrypted database is opened with its passphrase
        return write_encrypted_workbook(frames, Path(out), passphrase)
    return write_workbook(frames, Path(out))


def erase_member(db: Database, member_id: int, *, quotes: str = "anonymise", actor: str | None = None) -> dict:
    """Erase a member's personal details; their quotes are removed ('remove') or kept unattributed ('anonymise')."""
    if quotes not in ("remove", "anonymise"):
        raise UserError("Choose whether their quotes are removed or anonymised.")
    actor = actor or audit.default_actor()
    with db.transaction() as s:
        member = s.get(m.Member, member_id)
        if member is None:
            raise UserError("That member is no longer there.")
        if member.erased_on is not None:
            raise UserError(f"Member {member.ref} was already erased on {member.erased_on:%d/%m/%Y}.")
        quote_ids = list(s.scalars(select(m.Quote.id).where(m.Quote.member_id == member_id)))
        review_ids = list(s.scalars(select(m.ReviewResponse.id).where(m.ReviewResponse.member_id == member_id)))
        # What the trail said about them (their details, their words) is redacted; that it happened stays.
        entries = m.AuditEntry.__table__
        about_them = or_(
            (entries.c.record_kind == "member") & (entries.c.record_id == member_id),
            (entries.c.record_kind == "quote") & entries.c.record_id.in_(quote_ids),
        )
        s.execute(update(entries).where(about_them, entries.c.old_value.is_not(None)).values(old_value=REDACTED))
        s.execute(update(entries).where(about_them, entries.c.new_value.is_not(None)).values(new_value=REDACTED))
        if quotes == "remove":
            s.execute(delete(m.Quote).where(m.Quote.id.in_(quote_ids)))
        else:
            s.execute(
                update(m.Quote).where(m.Quote.id.in_(quote_ids)).values(member_id=None, version=m.Quote.version + 1)
            )
        s.execute(update(m.ReviewResponse).where(m.ReviewResponse.id.in_(review_ids)).values(comment=""))
        s.execute(update(m.Consent).where(m.Consent.member_id == member_id).values(note=""))
        member.display_name = ERASED_NAME
        member.pseudonym = ""
        member.email = member.phone = member.accessibility_notes = ""
        member.erased_on = date.today()
        s.add(m.Consent(member_id=member_id, kind="named", given=False, recorded_on=date.today(), withdrawn=True))
        s.add(m.Consent(member_id=member_id, kind="quote", given=False, recorded_on=date.today(), withdrawn=True))
        audit.about(
            s,
            actor,
            "erase",
            "member",
            member,
            new=f"quotes {'removed' if quotes == 'remove' else 'anonymised'}: {len(quote_ids)}",
        )
        return {"ref": member.ref, "quotes": len(quote_ids), "quotes_handled": quotes}
