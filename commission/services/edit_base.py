"""What every edit shares: its errors, its transaction, its checks of the values given, the next ref."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy import update as sql_update
from sqlalchemy.exc import DisconnectionError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm.exc import StaleDataError

from commission import vocab
from commission.cell_limits import invisible_in, too_long_for_a_cell
from commission.errors import UserError
from commission.kinds import KINDS
from commission.storage import models as m
from commission.storage.db import Database


class ConnectionLost(UserError):
    """The shared database could not be reached: nothing was saved; the same call may be tried again."""


class ConflictError(UserError):
    """Someone else saved this record since it was opened: both versions are kept for the user to choose."""

    def __init__(self, kind: str, theirs: dict, mine: dict):
        super().__init__(f"Someone else changed this {kind} while you were editing it; nothing was overwritten.")
        self.kind, self.theirs, self.mine = kind, theirs, mine


def _model(kind: str) -> Any:
    try:
        return KINDS[kind].model
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
    """The next ref for a new record: never one the commission has had for this kind (SPEC: refs are stable, so
    an old backup or return naming a deleted C02000 must not update a new pledge), so the audit trail's refs of
    the kind count too: those of deleted records, and a record's old ref before it was changed."""
    model = KINDS[kind].model
    refs = set(s.scalars(select(model.ref).where(model.commission_id == commission_id)))
    entries = m.AuditEntry.__table__
    had = select(entries.c.record_ref).where(  # a ref still in use is in `refs`: only the deleted ones' here
        entries.c.commission_id == commission_id,
        entries.c.record_kind == kind,
        entries.c.operation == "delete",
        entries.c.record_ref != "",
    )
    renamed = select(entries.c.old_value).where(
        entries.c.commission_id == commission_id,
        entries.c.record_kind == kind,
        entries.c.field == "ref",
        entries.c.old_value.is_not(None),
    )
    return next_ref(refs, KINDS[kind].ref_prefix, set(s.scalars(had.union(renamed))) - refs)


def next_ref(refs: set[str], prefix: str, had: Collection[str] = ()) -> str:
    """The next ref in the commission's own pattern: after A01…A12 comes A13 (not A-001); the pattern most of
    the kind's numbered refs follow wins; with none yet, PREFIX-001. `had`: refs no longer in use, never given
    again (a number after the highest ever seen in the pattern)."""
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
    for ref in had:  # the pattern stays the one in use; only its number goes past the old ones
        found = re.fullmatch(r"(.*?)(\d+)", ref)
        if found and found.group(1) == stem:
            number = max(number, int(found.group(2)) + 1)
    while f"{stem}{number:0{width}d}" in refs or f"{stem}{number:0{width}d}" in had:
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
        if key == "ref" and isinstance(value, str) and (hidden := invisible_in(value)):
            raise UserError(
                f"The ref holds an invisible character ({hidden}), so it would look like another ref: type it again."
            )
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
        column = KINDS[kind].model.__table__.c.get(key)
        limit = getattr(getattr(column, "type", None), "length", None)
        if isinstance(value, str):
            check_length(key.replace("_", " ").capitalize(), value, limit)


def check_length(label: str, text: str | None, limit: int | None = None) -> None:
    """Refuse text longer than its field holds: at most a spreadsheet cell's 32,767 characters (SPEC), so
    everything typed can go into the workbook and come back whole."""
    most = min(limit or m.TEXT_LIMIT, m.TEXT_LIMIT)
    if text is not None and len(text) > most:
        raise UserError(f"{label} is too long: at most {most:,} characters (this has {len(text):,}).")
    if text is not None and len(text) > most // 2 and (why := too_long_for_a_cell(text)):
        raise UserError(f"{label} is too long: it has {why}.")  # emoji count twice in a cell


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


def _bump_version(s: DbSession, model, record_id: int) -> None:
    """Note that something hanging off a record changed, without claiming to have read its version."""
    table = model.__table__
    s.execute(sql_update(table).where(table.c.id == record_id).values(version=table.c.version + 1))
