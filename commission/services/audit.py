"""The append-only audit trail: who changed what, when, from what to what."""

from __future__ import annotations

import getpass
from datetime import date, datetime
from typing import TypedDict, Unpack

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from commission.kinds import KINDS
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


def record(s: DbSession, actor: str, operation: str, kind: str, **details: Unpack[Details]) -> int:
    """Write one entry; returns its id (a restore names the delete it undoes by it)."""
    written = s.execute(insert(m.AuditEntry).values(entry(actor, operation, kind, **details)))
    return int(written.inserted_primary_key[0])  # type: ignore[attr-defined]  # a CursorResult


def about(s: DbSession, actor: str, operation: str, kind: str, row, **details: Unpack[Details]) -> int:
    """An entry about `row`: its commission, id and ref are the row's own unless `details` say otherwise."""
    details.setdefault("commission_id", getattr(row, "commission_id", None))
    details.setdefault("record_id", row.id)
    details.setdefault("ref", getattr(row, "ref", "") or "")
    return record(s, actor, operation, kind, **details)


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


UNDOES = "undoes:"  # a restore entry's field: "undoes:<id of the delete entry it undid>"


WITH = "with:"  # a delete entry's field for a record that went with another: "with:<id of that one's entry>"


def undoing(delete_entry_id: int | None) -> str:
    return f"{UNDOES}{delete_entry_id}" if delete_entry_id is not None else ""


def went_with(delete_entry_id: int) -> str:
    return f"{WITH}{delete_entry_id}"


def undoing_with(delete_entry_id: int) -> str:
    """A restore entry's field for a record brought back with another: "undoes:with:<that one's entry>"."""
    return f"{UNDOES}{WITH}{delete_entry_id}"


def came_with_another(entry: dict) -> bool:
    """A delete or restore of a record that went or came back with another (which has its own entry)."""
    field = entry.get("field") or ""
    return field.startswith((WITH, UNDOES + WITH))


def this_record(entries: list[dict], exists: bool = True) -> list[dict]:
    """Of the entries of one (kind, id), oldest first, those about the record that has that id now.

    SQLite gives a deleted last row's id to the next new row (the tables have no AUTOINCREMENT), so one
    (kind, id) can name several records in turn. Going back from the newest: a "create" is where the record
    began; a "delete" not undone ends an earlier record (the one there now came later, perhaps by an import,
    which writes no "create"); a "restore" is the same record back, so its history goes on from the delete it
    undid (named in its field; an older entry without one undid the delete just before it), past whatever
    lived under the id meanwhile. `exists`: whether the record is there now (else the last one to have the id).
    """
    at = {e["id"]: i for i, e in enumerate(entries)}
    kept: list[dict] = []
    i = len(entries) - 1
    if not exists and i >= 0 and entries[i]["operation"] == "delete":
        kept.append(entries[i])  # a record deleted since: its own story, up to its delete
        i -= 1
    while i >= 0:
        e = entries[i]
        operation = e["operation"]
        if operation == "delete":
            break  # an earlier record's end
        kept.append(e)
        if operation == "create":
            break
        if operation == "restore":
            j = _undone(entries, at, i)
            if j is not None:
                kept.append(entries[j])
                i = j
        i -= 1
    kept.reverse()
    return kept


def _undone(entries: list[dict], at: dict[int, int], i: int) -> int | None:
    """The place of the delete entry the restore at `i` undid."""
    field = entries[i].get("field") or ""
    if field.startswith(UNDOES + WITH):  # came back with another: the delete that went with that one's
        went = field[len(UNDOES) :]
        return next((j for j in range(i - 1, -1, -1) if entries[j].get("field") == went), None)
    if field.startswith(UNDOES):
        try:
            j = at.get(int(field[len(UNDOES) :]))
        except ValueError:
            j = None
        if j is not None and j < i and entries[j]["operation"] == "delete":
            return j
    return next((j for j in range(i - 1, -1, -1) if entries[j]["operation"] == "delete"), None)


def record_entries(s: DbSession, kind: str, record_id: int) -> list[dict]:
    """The entries about one record, oldest first (this_record: not an earlier one's that had its id)."""
    table = m.AuditEntry.__table__
    rows = s.execute(
        select(table).where(table.c.record_kind == kind, table.c.record_id == record_id).order_by(table.c.id)
    ).mappings()
    exists = kind not in KINDS or s.get(KINDS[kind].model, record_id) is not None
    return this_record([dict(r) for r in rows], exists)
