"""Create, edit and delete every kind of record; log updates; consents and attendance.

Every call is one transaction that writes its audit entries with it. Edits carry the version the
editor last saw: if someone else saved in between, the edit is refused with both versions
(optimistic concurrency) rather than silently overwriting their work.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.exc import DisconnectionError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm.exc import StaleDataError

from commission import vocab
from commission.errors import UserError
from commission.services import audit
from commission.storage import models as m
from commission.storage.db import Database

KINDS: dict[str, type] = {
    "commission": m.Commission,
    "organisation": m.Organisation,
    "member": m.Member,
    "session": m.Session,
    "theme": m.Theme,
    "insight": m.Insight,
    "quote": m.Quote,
    "action": m.Action,
    "commitment": m.Commitment,
    "update": m.Update,
    "milestone": m.Milestone,
    "framework": m.Framework,
    "framework_area": m.FrameworkArea,
    "outcome": m.Outcome,
}
REF_PREFIX = {
    "organisation": "ORG",
    "member": "M",
    "session": "S",
    "theme": "T",
    "insight": "I",
    "quote": "Q",
    "action": "A",
    "commitment": "C",
}
LINKS = {
    ("insight", "sessions"): (m.InsightSession, "insight_id", "session_id"),
    ("quote", "insights"): (m.QuoteInsight, "quote_id", "insight_id"),
    ("action", "insights"): (m.ActionInsight, "action_id", "insight_id"),
    ("action", "framework_areas"): (m.ActionFrameworkArea, "action_id", "area_id"),
    ("outcome", "actions"): (m.OutcomeAction, "outcome_id", "action_id"),
    ("outcome", "insights"): (m.OutcomeInsight, "outcome_id", "insight_id"),
}


class ConnectionLost(UserError):
    """The shared database could not be reached: nothing was saved; the same call may be tried again."""


class ConflictError(UserError):
    """Someone else saved this record since it was opened: both versions are kept for the user to choose."""

    def __init__(self, kind: str, theirs: dict, mine: dict):
        super().__init__(f"Someone else changed this {kind} while you were editing it; nothing was overwritten.")
        self.kind, self.theirs, self.mine = kind, theirs, mine


def _model(kind: str) -> type:
    try:
        return KINDS[kind]
    except KeyError:
        raise UserError(f"Unknown kind of record '{kind}'.") from None


def _columns(model) -> list[str]:
    return [c.key for c in model.__table__.columns]


def _as_dict(row) -> dict:
    return {c: getattr(row, c) for c in _columns(type(row))}


def _commission_of(kind: str, row) -> int | None:
    if kind == "commission":
        return row.id
    if kind in ("update", "milestone", "framework_area"):
        return None
    return row.commission_id


def run_transaction(db: Database, work):
    """Run `work(session)` in one transaction, turning database refusals into plain words."""
    try:
        with db.transaction() as s:
            return work(s)
    except (UserError, StaleDataError):
        raise
    except IntegrityError as exc:
        raise UserError(_integrity_message(exc)) from exc
    except SQLAlchemyError as exc:
        lost = isinstance(exc, DisconnectionError) or getattr(exc, "connection_invalidated", False)
        if lost or (db.backend != "sqlite" and isinstance(exc, OperationalError)):
            raise ConnectionLost(
                "Lost the connection to the shared database; the change was not saved. "
                "Check the network, then try again."
            ) from exc
        raise UserError(_refusal(exc)) from exc


def _refusal(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    if "disk" in text and "full" in text:
        return "The disk is full: the change was not saved. Free some space and try again."
    if "readonly" in text or "read-only" in text:
        return "This database is read-only: the change was not saved."
    if "locked" in text:
        return "The database is busy (locked by another program): the change was not saved. Try again."
    return f"The change was not saved: {text.rstrip('.')}."


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "unique" in text or "duplicate" in text:
        return "That ref is already used by another record of this kind; choose another."
    if "check" in text:
        return "That value is not allowed here (check dates, numbers from 0 to 100 and the choices offered)."
    if "foreign key" in text or "not null" in text:
        return "That change would leave a broken link (something it refers to is missing)."
    return f"The change was refused by the database: {exc.orig}."


def _next_ref(s: DbSession, kind: str, commission_id: int) -> str:
    model = KINDS[kind]
    refs = set(s.scalars(select(model.ref).where(model.commission_id == commission_id)))
    return next_ref(refs, REF_PREFIX[kind])


def next_ref(refs: set[str], prefix: str) -> str:
    """The next ref in the commission's own pattern: after A01…A12 comes A13 (not A-001); the pattern most of
    the kind's numbered refs follow wins; with none yet, PREFIX-001."""
    patterns: dict[str, list[tuple[int, int]]] = {}
    for ref in refs:
        found = re.fullmatch(r"(.*?)(\d+)", ref)
        if found and found.group(1)[:1].isalpha():
            patterns.setdefault(found.group(1), []).append((int(found.group(2)), len(found.group(2))))
    if patterns:
        stem, numbers = max(patterns.items(), key=lambda kv: (len(kv[1]), kv[0].upper().startswith(prefix)))
        width = max(w for _n, w in numbers)
        number = max(n for n, _w in numbers) + 1
    else:
        stem, width, number = f"{prefix}-", 3, 1
    while f"{stem}{number:0{width}d}" in refs:
        number += 1
    return f"{stem}{number:0{width}d}"


def _validate(kind: str, values: dict) -> None:
    checks = {
        "role": vocab.ROLES,
        "language": vocab.LANGUAGES,
        "asset": vocab.ASSETS,
        "verdict": vocab.VERDICTS,
    }
    status_choices = {"insight": vocab.INSIGHT_STATUSES, "update": vocab.UPDATE_STATUSES}
    kind_choices = {"organisation": vocab.ORGANISATION_KINDS, "session": vocab.SESSION_KINDS}
    for key, value in values.items():
        choices = (
            checks.get(key)
            or (status_choices.get(kind) if key == "status" else None)
            or (kind_choices.get(kind) if key == "kind" else None)
        )
        if choices and value is not None and value not in choices:
            raise UserError(f"'{value}' is not a {key} Commission knows: use one of {', '.join(choices)}.")
        if key == "contact_email" and value:
            from commission.contacts import email_problem

            problem = email_problem(value.strip())
            if problem:
                raise UserError(problem[0].upper() + problem[1:] + ".")
        if key == "progress" and value is not None and not 0 <= float(value) <= 100:
            raise UserError("Progress is a number from 0 to 100.")
        if key == "title" and kind == "milestone" and not (value or "").strip():
            raise UserError("A milestone needs a title: say what the step is.")
        if (
            key in ("date", "made_on", "due", "start_date", "end_date", "done_on")
            and value is not None
            and not isinstance(value, date)
        ):
            raise UserError(f"{key.replace('_', ' ').capitalize()} must be a date.")
        if kind in ("outcome", "commission"):
            _check_value_number(key, value)
        column = KINDS[kind].__table__.c.get(key)
        limit = getattr(getattr(column, "type", None), "length", None)
        if isinstance(value, str):
            check_length(key.replace("_", " ").capitalize(), value, limit)


def check_length(label: str, text: str | None, limit: int | None = None) -> None:
    """Refuse text longer than its field holds: at most a spreadsheet cell's 32,767 characters (SPEC), so
    everything typed can go into the workbook and come back whole."""
    most = min(limit or m.TEXT_LIMIT, m.TEXT_LIMIT)
    if text is not None and len(text) > most:
        raise UserError(f"{label} is too long: at most {most:,} characters (this has {len(text):,}).")


def _check_value_number(key: str, value) -> None:
    """The social value account's numbers (SPEC, Social value), refused in plain words."""
    from commission import sroi

    if key not in ("quantity", "proxy", "duration", "investment", "discount_rate", *sroi.FRACTIONS):
        return
    if value is None and key in ("investment", "discount_rate"):
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or abs(value) == float("inf"):
        raise UserError(f"{key.replace('_', ' ').capitalize()} must be a number.")
    if key in sroi.FRACTIONS and not 0 <= value <= 1:
        raise UserError(f"{key.replace('_', '-').capitalize()} is a share from 0% to 100%.")
    if key == "quantity" and value < 0:
        raise UserError("The quantity cannot be less than 0.")
    if key == "duration" and (int(value) != value or not 1 <= value <= sroi.MAX_DURATION):
        raise UserError(f"The duration is a whole number of years from 1 to {sroi.MAX_DURATION}.")
    if key == "investment" and value <= 0:
        raise UserError("The investment must be more than £0 to work out the value for every £1.")
    if key == "discount_rate" and not 0 <= value < 1:
        raise UserError("The discount rate is a share from 0% to just under 100% (3.5% is the usual rate).")


def _refuse_preset(s: DbSession, kind: str, row) -> None:
    """The shipped frameworks are the same for everyone: a coordinator adds their own instead."""
    framework = (
        row if kind == "framework" else s.get(m.Framework, row.framework_id) if kind == "framework_area" else None
    )
    if framework is not None and framework.commission_id is None:
        raise UserError("The shipped frameworks cannot be changed; add your own framework instead.")


def get(db: Database, kind: str, record_id: int) -> dict:
    model = _model(kind)
    with db.session() as s:
        row = s.get(model, record_id)
        if row is None:
            raise UserError(f"That {kind} is no longer there (someone may have deleted it).")
        out = _as_dict(row)
        for (owner, name), (link, own, other) in LINKS.items():
            if owner == kind:
                out[name] = list(s.scalars(select(getattr(link, other)).where(getattr(link, own) == record_id)))
        return out


def create(db: Database, kind: str, values: dict, *, actor: str | None = None) -> dict:
    model = _model(kind)
    actor = actor or audit.default_actor()
    values = {k: v for k, v in values.items() if k not in ("id", "version")}
    _validate(kind, values)

    def work(s: DbSession) -> dict:
        if kind in REF_PREFIX and not values.get("ref"):
            values["ref"] = _next_ref(s, kind, values["commission_id"])
        row = model(**values)
        if kind == "framework_area":
            _refuse_preset(s, kind, row)
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            kind,
            commission_id=_commission_of(kind, row),
            record_id=row.id,
            ref=getattr(row, "ref", "") or "",
            new=_label(kind, row),
        )
        if kind == "member":
            for consent_kind in vocab.CONSENT_KINDS:
                s.add(
                    m.Consent(
                        member_id=row.id, kind=consent_kind, given=False, recorded_on=date.today(), note="not yet asked"
                    )
                )
        s.flush()
        return _as_dict(row)

    return run_transaction(db, work)


def _label(kind: str, row) -> str:
    for attr in ("title", "name", "display_name", "statement", "pledge", "text", "status", "outcome", "label"):
        if hasattr(row, attr) and getattr(row, attr):
            return str(getattr(row, attr))[:200]
    return kind


def edit(
    db: Database,
    kind: str,
    record_id: int,
    changes: dict,
    *,
    expected_version: int | None = None,
    actor: str | None = None,
) -> dict:
    model = _model(kind)
    actor = actor or audit.default_actor()
    changes = {k: v for k, v in changes.items() if k not in ("id", "version", "commission_id")}
    _validate(kind, changes)
    unknown = set(changes) - set(_columns(model))
    if unknown:
        raise UserError(f"A {kind} has no {', '.join(sorted(unknown))}.")

    def work(s: DbSession) -> dict:
        row = s.get(model, record_id, with_for_update=db.backend != "sqlite")
        if row is None:
            raise UserError(f"That {kind} is no longer there (someone may have deleted it).")
        _refuse_preset(s, kind, row)
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(kind, theirs=_as_dict(row), mine={**_as_dict(row), **changes})
        for key, value in changes.items():
            old = getattr(row, key)
            if old == value:
                continue
            audit.record(
                s,
                actor,
                "edit",
                kind,
                commission_id=_commission_of(kind, row),
                record_id=row.id,
                ref=getattr(row, "ref", "") or "",
                field=key,
                old=old,
                new=value,
            )
            setattr(row, key, value)
        s.flush()
        return _as_dict(row)

    try:
        return run_transaction(db, work)
    except StaleDataError:
        # Saved by someone else between our read and our write (SQLite does not lock the row first).
        theirs = get(db, kind, record_id)
        raise ConflictError(kind, theirs=theirs, mine={**theirs, **changes}) from None


def _bump_version(s: DbSession, model, record_id: int) -> None:
    """Note that something hanging off a record changed, without claiming to have read its version."""
    table = model.__table__
    s.execute(sql_update(table).where(table.c.id == record_id).values(version=table.c.version + 1))


def _cascade_snapshot(s: DbSession, table, ids: list[int], rows: dict, relinks: list) -> None:
    """Collect what deleting `ids` from `table` takes with it (ON DELETE CASCADE, recursively) into
    `rows`, and the references it clears (ON DELETE SET NULL) into `relinks`, from the schema itself."""
    for child in m.Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table or fk.column.name != "id":
                continue
            found = [dict(r) for r in s.execute(select(child).where(fk.parent.in_(ids))).mappings()]
            if not found:
                continue
            if fk.ondelete == "CASCADE":
                rows.setdefault(child.name, []).extend(found)
                if "id" in child.c:
                    _cascade_snapshot(s, child, [r["id"] for r in found], rows, relinks)
            elif fk.ondelete == "SET NULL":
                relinks.extend((child.name, r["id"], fk.parent.name, r[fk.parent.name]) for r in found)


def delete(db: Database, kind: str, record_id: int, *, actor: str | None = None) -> dict:
    """Delete a record (what depends on it goes too, by cascade) and return a snapshot for undo.

    The snapshot holds every row the database takes with it and every link it clears, so `restore`
    brings back exactly what was there, in one transaction.
    """
    model = _model(kind)
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> dict:
        row = s.get(model, record_id)
        if row is None:
            raise UserError(f"That {kind} is no longer there.")
        _refuse_preset(s, kind, row)
        record = _as_dict(row)
        rows: dict[str, list[dict]] = {}
        relinks: list[tuple[str, int, str, object]] = []
        _cascade_snapshot(s, model.__table__, [record_id], rows, relinks)
        audit.record(
            s,
            actor,
            "delete",
            kind,
            commission_id=_commission_of(kind, row),
            record_id=row.id,
            ref=getattr(row, "ref", "") or "",
            old=_label(kind, row),
        )
        s.execute(sql_delete(model.__table__).where(model.__table__.c.id == record_id))
        return {"record": record, "children": rows, "relinks": relinks}

    return run_transaction(db, work)


def restore(db: Database, kind: str, snapshot: dict, *, actor: str | None = None) -> dict:
    """Bring back a deleted record with everything that went with it, under the same ids (undo of delete)."""
    model = _model(kind)
    actor = actor or audit.default_actor()
    tables = {t.name: t for t in m.Base.metadata.sorted_tables}
    order = [t.name for t in m.Base.metadata.sorted_tables]

    def work(s: DbSession) -> dict:
        record = snapshot["record"]
        s.execute(insert(model.__table__), [record])
        children = snapshot["children"]
        for name in sorted(children, key=order.index):  # parents before children
            if children[name]:
                s.execute(insert(tables[name]), children[name])
        restored = {(name, r["id"]) for name, rs in children.items() for r in rs if "id" in r}
        for name, row_id, column, value in snapshot.get("relinks", []):
            if (name, row_id) in restored:
                continue
            table = tables[name]
            s.execute(sql_update(table).where(table.c.id == row_id).values({column: value}))
        audit.record(
            s,
            actor,
            "restore",
            kind,
            commission_id=record.get("commission_id"),
            record_id=record["id"],
            ref=record.get("ref", "") or "",
        )
        return dict(record)

    return run_transaction(db, work)


def set_links(db: Database, kind: str, record_id: int, link: str, ids: list[int], *, actor: str | None = None) -> None:
    try:
        table_model, own, other = LINKS[(kind, link)]
    except KeyError:
        raise UserError(f"A {kind} has no {link} to link.") from None
    actor = actor or audit.default_actor()
    table = table_model.__table__

    def work(s: DbSession) -> None:
        owner = s.get(KINDS[kind], record_id)
        if owner is None:
            raise UserError(f"That {kind} is no longer there.")
        current = set(s.scalars(select(table.c[other]).where(table.c[own] == record_id)))
        wanted = set(ids)
        if current == wanted:
            return
        s.execute(sql_delete(table).where(table.c[own] == record_id, table.c[other].in_(current - wanted)))
        if wanted - current:
            _check_link_targets(s, link, owner.commission_id, wanted - current)
            s.execute(insert(table), [{own: record_id, other: i} for i in sorted(wanted - current)])
        audit.record(
            s,
            actor,
            "edit",
            kind,
            commission_id=owner.commission_id,
            record_id=record_id,
            ref=getattr(owner, "ref", "") or "",
            field=link,
            old=";".join(map(str, sorted(current))),
            new=";".join(map(str, sorted(wanted))),
        )
        _bump_version(s, KINDS[kind], record_id)

    run_transaction(db, work)


def _check_link_targets(s: DbSession, link: str, commission_id: int, ids: set[int]) -> None:
    """A link stays inside its commission: a framework area is a shipped one or the commission's own."""
    if link == "framework_areas":
        areas, frameworks = m.FrameworkArea.__table__, m.Framework.__table__
        allowed = set(
            s.scalars(
                select(areas.c.id)
                .join(frameworks, frameworks.c.id == areas.c.framework_id)
                .where(
                    areas.c.id.in_(ids),
                    (frameworks.c.commission_id.is_(None)) | (frameworks.c.commission_id == commission_id),
                )
            )
        )
    elif link in ("actions", "insights", "sessions"):
        target = {"actions": m.Action, "insights": m.Insight, "sessions": m.Session}[link].__table__
        allowed = set(
            s.scalars(select(target.c.id).where(target.c.id.in_(ids), target.c.commission_id == commission_id))
        )
    else:
        return
    if allowed != ids:
        raise UserError("That link points at something outside this commission, so it was not made.")


def set_attendance(
    db: Database, session_id: int, member_id: int, status: str | None, *, actor: str | None = None
) -> None:
    if status is not None and status not in vocab.ATTENDANCE:
        raise UserError(f"Attendance is one of {', '.join(vocab.ATTENDANCE)}.")
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> None:
        session = s.get(m.Session, session_id)
        if session is None:
            raise UserError("That session is no longer there.")
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
        audit.record(
            s,
            actor,
            "edit",
            "session",
            commission_id=session.commission_id,
            record_id=session_id,
            ref=session.ref,
            field=f"attendance:{member_id}",
            old=old,
            new=status,
        )

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
        member = s.get(m.Member, member_id)
        if member is None:
            raise UserError("That member is no longer there.")
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
        audit.record(
            s,
            actor,
            "consent",
            "member",
            commission_id=member.commission_id,
            record_id=member_id,
            ref=member.ref,
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


def log_update(
    db: Database,
    commitment_id: int,
    *,
    date: date,
    status: str,
    progress: float | None = None,
    note: str = "",
    reported_by: str = "",
    verdict: str = "not assessed",
    verdict_comment: str = "",
    note_cy: str = "",
    actor: str | None = None,
) -> dict:
    """Record a dated progress report on a commitment, with the panel's verdict beside it (and the note in
    Welsh, `note_cy`, where there is one)."""
    values = dict(
        commitment_id=commitment_id,
        date=date,
        status=status,
        progress=progress,
        note=note,
        reported_by=reported_by,
        verdict=verdict or "not assessed",
        verdict_comment=verdict_comment,
        note_cy=note_cy or "",
    )
    _validate("update", values)
    actor = actor or audit.default_actor()

    def work(s: DbSession) -> dict:
        commitment = s.get(m.Commitment, commitment_id)
        if commitment is None:
            raise UserError("That commitment is no longer there.")
        row = m.Update(**values)
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "update",
            commission_id=commitment.commission_id,
            record_id=row.id,
            ref=commitment.ref,
            new=f"{status} on {date.isoformat()}" + (f", {progress:g}%" if progress is not None else ""),
        )
        return _as_dict(row)

    return run_transaction(db, work)


def history(db: Database, kind: str, record_id: int) -> list[dict]:
    """The audit entries for one record, oldest first."""
    with db.session() as s:
        rows = s.scalars(
            select(m.AuditEntry)
            .where(m.AuditEntry.record_kind == kind, m.AuditEntry.record_id == record_id)
            .order_by(m.AuditEntry.id)
        )
        return [_as_dict(r) for r in rows]


def count(db: Database, kind: str, commission_id: int) -> int:
    model = _model(kind)
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.commission_id == commission_id))
