"""Return rounds: sending update returns as a recorded round with email drafts, who has replied, and chasing.

    sent = send_returns(db, folder, as_of=today, due=date(2026, 12, 20))   # returns + .eml drafts + a round
    sent.lines()                                     # what was written; who has no contact (no draft)
    status = round_status(db, on=today)              # the current round: received / awaiting / late each
    chased = chase(db, folder, on=today)             # a reminder .eml for each organisation not received

Everything is written whole or not at all: the returns and drafts are made in a hidden folder inside the
chosen one, the round is recorded in one transaction, and the files move into place inside that transaction,
so a failure anywhere leaves neither files nor a round. Importing a return marks its organisation's return
received in the current round (services.return_import calls `mark_received` inside the import's own
transaction). No mail is sent and no password asked for: the drafts are for the coordinator's mail program.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session as DbSession

from commission import contacts, domain, files
from commission.errors import UserError
from commission.services.queries import find_commission
from commission.storage import models as m
from commission.storage.db import Database

if TYPE_CHECKING:
    from commission.services.returns import PlannedReturn, PlannedReturns

STATUS_WORDS = ("received", "awaiting", "late")
DRAFT_SUFFIX = " - email.eml"
REMINDER_SUFFIX = " - reminder.eml"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@dataclass
class SentRound:
    round_id: int
    folder: Path
    due: date | None
    returns: list[Path]
    drafts: list[Path]
    without_contact: list[str]  # organisations (names as shown) with no contact email: a return, no draft

    def lines(self) -> list[str]:
        out = [
            f"Wrote {_count(len(self.returns), 'update return')} and {_count(len(self.drafts), 'email draft')} "
            f"in {self.folder}" + (f", due back by {contacts.day_words(self.due, 'en')}." if self.due else ".")
        ]
        if self.without_contact:
            out.append(
                f"No email draft for {_count(len(self.without_contact), 'organisation')} without a contact "
                f"email (add one on the Organisations screen): {', '.join(self.without_contact)}."
            )
        out.append("Open each draft in your mail program to check and send it; nothing has been sent.")
        return out


@dataclass
class OrganisationStatus:
    organisation_id: int
    ref: str
    name: str
    made_on: date
    due: date | None
    received_on: date | None
    reminded_on: date | None
    status: str  # received, awaiting or late
    has_contact: bool

    def line(self) -> str:
        """One line for `commission returns --status`: the word first, then who, then the dates."""
        dates = [f"sent {self.made_on.isoformat()}"]
        dates.append(f"due {self.due.isoformat()}" if self.due else "no due date")
        if self.received_on:
            dates.append(f"received {self.received_on.isoformat()}")
        return f"{self.status:<9} {self.ref}\t{self.name}\t{', '.join(dates)}"


@dataclass
class RoundStatus:
    round_id: int
    sent_on: date
    due: date | None
    on: date
    organisations: list[OrganisationStatus] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.organisations if o.status == status)

    def headline(self) -> str:
        parts = [f"{self.count(word)} {word}" for word in STATUS_WORDS]
        due = f", due {contacts.day_words(self.due, 'en')}" if self.due else ""
        return f"Returns sent {contacts.day_words(self.sent_on, 'en')}{due}: " + ", ".join(parts) + "."


def status_word(received_on: date | None, due: date | None, on: date) -> str:
    """received (came back on or before `on`), late (not back and `on` is past its due date), else awaiting."""
    if received_on is not None and received_on <= on:
        return "received"
    if due is not None and on > due:
        return "late"
    return "awaiting"


# ---------------------------------------------------------------------------------------------- sending


def send_returns(
    db: Database,
    out_dir: str | Path,
    *,
    commission: str | None = None,
    as_of: date,
    due: date | None = None,
    on: date | None = None,
    check: Callable[[], None] | None = None,
) -> SentRound:
    """Write each organisation's update return, an email draft beside it for each that has a contact email,
    and record the round (sent on `on`, default today; due back by `due`). Whole or not at all. `check` is
    called before anything is moved into place or recorded (the app's Cancel raises from it)."""
    on = on or date.today()
    if due is not None and due < on:
        raise UserError(f"The returns cannot be due back on {contacts.day_words(due, 'en')}: that is before today.")
    from commission.services.returns import plan_returns  # pandas: not for the Dashboard's status

    planned = plan_returns(db, commission=commission, as_of=as_of)
    folder = files.prepare_folder(out_dir)
    draft_names = files.unique_names(
        [Path(p.file_name).stem.removesuffix(" - update return") for p in planned.returns], DRAFT_SUFFIX
    )
    with files.staging(folder) as stage:
        names: list[str] = []
        drafted: dict[int, str] = {}
        without: list[str] = []
        try:
            for p, draft_name in zip(planned.returns, draft_names, strict=True):
                p.write(stage / p.file_name)
                names.append(p.file_name)
                org = p.organisation
                if not _reachable(org):
                    without.append(p.shown_name)
                    continue
                (stage / draft_name).write_bytes(_draft(planned, p, stage / p.file_name, due))
                names.append(draft_name)
                drafted[org.id] = draft_name
        except OSError as exc:
            raise UserError(f"Could not write into {folder}: {exc.strerror or exc}. Nothing was saved.") from exc
        if check is not None:
            check()
        with db.transaction() as s:
            rnd = m.ReturnRound(
                commission_id=planned.commission_id, sent_on=on, as_of=as_of, due=due, folder=str(folder)
            )
            s.add(rnd)
            s.flush()
            for p in planned.returns:
                s.add(
                    m.ReturnSent(
                        round_id=rnd.id,
                        organisation_id=p.organisation.id,
                        made_on=on,
                        due=due,
                        file_name=p.file_name,
                        draft=p.organisation.id in drafted,
                    )
                )
            s.flush()
            round_id = rnd.id
            files.move_set(stage, folder, names)  # a failure here rolls the round back too
    returns = [folder / p.file_name for p in planned.returns]
    return SentRound(round_id, folder, due, returns, [folder / n for n in drafted.values()], without)


# ---------------------------------------------------------------------------------------------- status


def _current_round(s: DbSession, commission_id: int) -> m.ReturnRound | None:
    return s.scalars(
        select(m.ReturnRound)
        .where(m.ReturnRound.commission_id == commission_id)
        .order_by(m.ReturnRound.id.desc())
        .limit(1)
    ).first()


def round_status(
    db: Database, *, commission: str | None = None, on: date | None = None, commission_id: int | None = None
) -> RoundStatus | None:
    """The current (latest) round of returns and where each organisation's stands on `on` (default today;
    a date before the round was sent reads as the day it was sent); None when no round has been sent yet."""
    on = on or date.today()
    cid = commission_id if commission_id is not None else find_commission(db, commission).id
    with db.session() as s:
        rnd = _current_round(s, cid)
        if rnd is None:
            return None
        on = max(on, rnd.sent_on)
        rows = s.execute(
            select(m.ReturnSent, m.Organisation)
            .join(m.Organisation, m.Organisation.id == m.ReturnSent.organisation_id)
            .where(m.ReturnSent.round_id == rnd.id)
        ).all()
        orgs = [
            OrganisationStatus(
                organisation_id=org.id,
                ref=org.ref,
                name=org.name,
                made_on=sent.made_on,
                due=sent.due,
                received_on=sent.received_on,
                reminded_on=sent.reminded_on,
                status=status_word(sent.received_on, sent.due, on),
                has_contact=bool(org.contact_email) and contacts.email_problem(org.contact_email) is None,
            )
            for sent, org in rows
        ]
        order = {"late": 0, "awaiting": 1, "received": 2}  # who needs chasing first
        orgs.sort(key=lambda o: (order[o.status], o.name.lower(), o.ref))
        return RoundStatus(rnd.id, rnd.sent_on, rnd.due, on, orgs)


def mark_received(s: DbSession, commission_id: int, organisation_id: int, on: date) -> bool:
    """Inside an import's transaction: the organisation's return in the current round came back on `on`
    (the first import counts; a second changes nothing). True when a round row was marked."""
    rnd = _current_round(s, commission_id)
    if rnd is None:
        return False
    result: CursorResult[Any] = s.execute(  # type: ignore[assignment]  # an UPDATE gives a CursorResult
        update(m.ReturnSent)
        .where(
            m.ReturnSent.round_id == rnd.id,
            m.ReturnSent.organisation_id == organisation_id,
            m.ReturnSent.received_on.is_(None),
        )
        .values(received_on=on)
    )
    return bool(result.rowcount)


# ---------------------------------------------------------------------------------------------- chasing


@dataclass
class Chased:
    folder: Path
    drafts: list[Path]
    without_contact: list[str]
    received: int  # organisations already received: not chased

    def lines(self) -> list[str]:
        out = [f"Wrote {_count(len(self.drafts), 'reminder')} in {self.folder}."]
        if self.without_contact:
            out.append(
                f"No reminder for {_count(len(self.without_contact), 'organisation')} without a contact "
                f"email (add one on the Organisations screen): {', '.join(self.without_contact)}."
            )
        if self.received:
            out.append(
                f"{_count(self.received, 'organisation')} already sent {'its' if self.received == 1 else 'their'}"
                " return back: not chased."
            )
        out.append("Open each reminder in your mail program to check and send it; nothing has been sent.")
        return out


def chase(
    db: Database,
    out_dir: str | Path,
    *,
    commission: str | None = None,
    on: date | None = None,
    check: Callable[[], None] | None = None,
) -> Chased:
    """A reminder draft (a fresh return attached, figures as of `on`) for each organisation in the current
    round whose return has not come back; whole or not at all. Records when each was reminded."""
    on = on or date.today()
    info = find_commission(db, commission)
    status = round_status(db, commission_id=info.id, on=on)
    if status is None:
        raise UserError("No returns have been sent yet, so there is nobody to chase: use Send returns… first.")
    waiting = {o.organisation_id: o for o in status.organisations if o.status != "received"}
    received = len(status.organisations) - len(waiting)
    if not waiting:
        raise UserError("Every organisation in this round has sent its return back: there is nobody to chase.")
    from commission.services.returns import plan_returns  # pandas: not for the Dashboard's status

    planned = plan_returns(db, commission=commission or info.name, as_of=on, organisation_ids=set(waiting))
    folder = files.prepare_folder(out_dir)
    stems = [Path(p.file_name).stem.removesuffix(" - update return") for p in planned.returns]
    reminder_names = files.unique_names(stems, REMINDER_SUFFIX)
    chased_ids: list[int] = []
    without: list[str] = []
    with files.staging(folder) as stage:
        names: list[str] = []
        try:
            for p, name in zip(planned.returns, reminder_names, strict=True):
                org = p.organisation
                if not _reachable(org):
                    without.append(p.shown_name)
                    continue
                attachment = stage / p.file_name
                p.write(attachment)
                st = waiting[org.id]
                (stage / name).write_bytes(_draft(planned, p, attachment, st.due, chase=st.status))
                names.append(name)
                chased_ids.append(org.id)
        except OSError as exc:
            raise UserError(f"Could not write into {folder}: {exc.strerror or exc}. Nothing was saved.") from exc
        if not names:
            raise UserError(
                "None of the organisations still to reply has a contact email, so no reminder was "
                "written: add their contacts on the Organisations screen."
            )
        if check is not None:
            check()
        with db.transaction() as s:
            s.execute(
                update(m.ReturnSent)
                .where(m.ReturnSent.round_id == status.round_id, m.ReturnSent.organisation_id.in_(chased_ids))
                .values(reminded_on=on)
            )
            written = files.move_set(stage, folder, names)
    return Chased(folder, written, without, received)


def _reachable(org: domain.Organisation) -> bool:
    """An email draft can be written to the organisation: it has a contact email that looks right."""
    return bool(org.contact_email) and not contacts.email_problem(org.contact_email)


def _draft(
    planned: PlannedReturns,
    p: PlannedReturn,
    attachment: Path,
    due: date | None,
    chase: str | None = None,
) -> bytes:
    """The email draft to the organisation's contact, in its language, with its return attached (with
    `chase`, the return's status, the reminder: see contacts.return_draft)."""
    org = p.organisation
    return contacts.return_draft(
        contact_name=org.contact_name,
        contact_email=org.contact_email,
        language=org.language,
        organisation=p.name_in(org.language),
        commission=planned.commission_in(org.language),
        attachment=attachment.read_bytes(),
        attachment_name=p.file_name,
        due=due,
        chase=chase,
    ).as_bytes()
