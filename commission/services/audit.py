"""The append-only audit trail: who changed what, when, from what to what."""

from __future__ import annotations

import getpass
from datetime import date, datetime
from typing import TypedDict, Unpack

from sqlalchemy import insert
from sqlalchemy.orm import Session as DbSession

from commission.storage import models as m


def default_actor() -> str:
    """The computer account's name: who acted when a caller names no one (the app and the CLI always do)."""
    try:
        return getpass.getuser()
    except Exception:  # no account name on some systems: still record that someone acted
        return "coordinator"


def as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


class Said(TypedDict, total=False):
    """What an entry says of the record besides who did what: each may be left out."""

    ref: str
    field: str
    old: object
    new: object


class Details(Said, total=False):
    """Said, and which record of which commission."""

    commission_id: int | None
    record_id: int | None


def record(s: DbSession, actor: str, operation: str, kind: str, **details: Unpack[Details]) -> None:
    s.execute(insert(m.AuditEntry), [entry(actor, operation, kind, **details)])


def about(s: DbSession, actor: str, operation: str, kind: str, row, **details: Unpack[Details]) -> None:
    """An entry about `row`: its commission, id and ref are the row's own unless `details` say otherwise."""
    details.setdefault("commission_id", getattr(row, "commission_id", None))
    details.setdefault("record_id", row.id)
    details.setdefault("ref", getattr(row, "ref", "") or "")
    record(s, actor, operation, kind, **details)


def set_fields(
    s: DbSession, actor: str, kind: str, row, changes: dict, *, commission_id: int | None, ref: str = ""
) -> dict:
    """Give `row` the values in `changes`, each field that differs with its edit entry; returns the old values of
    the fields that changed (what an undo puts back)."""
    old = {}
    for key, value in changes.items():
        if getattr(row, key) != value:
            old[key] = getattr(row, key)
            about(s, actor, "edit", kind, row, commission_id=commission_id, ref=ref, field=key, old=old[key], new=value)
            setattr(row, key, value)
    return old


def entry(actor: str, operation: str, kind: str, **details: Unpack[Details]) -> dict:
    # Labels are cut to their columns' sizes: a long file or commission name must never refuse a change.
    return {
        "at": datetime.now(),
        "actor": actor[:200],
        "commission_id": details.get("commission_id"),
        "operation": operation[:20],
        "record_kind": kind[:40],
        "record_id": details.get("record_id"),
        "record_ref": (details.get("ref") or "")[:100],
        "field": details.get("field", "")[:60],
        "old_value": as_text(details.get("old")),
        "new_value": as_text(details.get("new")),
    }


def record_many(s: DbSession, entries: list[dict]) -> None:
    if entries:
        s.execute(insert(m.AuditEntry), entries)
