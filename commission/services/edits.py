"""Create, edit and delete every kind of record; log updates; consents and attendance.

Every call is one transaction that writes its audit entries with it. Edits carry the version the
editor last saw: if someone else saved in between, the edit is refused with both versions
(optimistic concurrency) rather than silently overwriting their work.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm.exc import StaleDataError

from commission import vocab
from commission.errors import UserError
from commission.kinds import KINDS
from commission.services import audit
from commission.services.edit_base import (  # noqa: F401 (the edits' public names stay here)
    ConflictError,
    ConnectionLost,
    _as_dict,
    _bump_version,
    _columns,
    _commission_of,
    _model,
    _next_ref,
    _validate,
    check_length,
    next_ref,
    run_transaction,
)
from commission.services.edit_people import (  # noqa: F401
    consent_history,
    log_update,
    set_attendance,
    set_consent,
)
from commission.storage import models as m
from commission.storage import models_value as mv
from commission.storage.db import Database

LINKS = {
    ("insight", "sessions"): (m.InsightSession, "insight_id", "session_id"),
    ("quote", "insights"): (m.QuoteInsight, "quote_id", "insight_id"),
    ("action", "insights"): (m.ActionInsight, "action_id", "insight_id"),
    ("action", "framework_areas"): (mv.ActionFrameworkArea, "action_id", "area_id"),
    ("outcome", "actions"): (mv.OutcomeAction, "outcome_id", "action_id"),
    ("outcome", "insights"): (mv.OutcomeInsight, "outcome_id", "insight_id"),
}


def _refuse_preset(s: DbSession, kind: str, row) -> None:
    """The shipped frameworks are the same for everyone: a coordinator adds their own instead."""
    framework = (
        row if kind == "framework" else s.get(mv.Framework, row.framework_id) if kind == "framework_area" else None
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
        if KINDS[kind].ref_prefix and not values.get("ref"):
            values["ref"] = _next_ref(s, kind, values["commission_id"])
        row = model(**values)
        if kind == "framework_area":
            _refuse_preset(s, kind, row)
        s.add(row)
        s.flush()
        audit.about(s, actor, "create", kind, row, commission_id=_commission_of(kind, row), new=_label(kind, row))
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
            audit.about(
                s, actor, "edit", kind, row, commission_id=_commission_of(kind, row), field=key, old=old, new=value
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


def delete(db: Database, kind: str, record_id: int, *, actor: str | None = None, expect: dict | None = None) -> dict:
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
        if expect and any(getattr(row, k) != v for k, v in expect.items()):
            # its id now names another record (SQLite gives a deleted last row's id to the next one)
            raise UserError(f"That {kind} is no longer the one shown (it changed or was removed); nothing was deleted.")
        _refuse_preset(s, kind, row)
        record = _as_dict(row)
        rows: dict[str, list[dict]] = {}
        relinks: list[tuple[str, int, str, object]] = []
        _cascade_snapshot(s, model.__table__, [record_id], rows, relinks)
        commission_id = _commission_of(kind, row)
        entry = audit.about(s, actor, "delete", kind, row, commission_id=commission_id, old=_label(kind, row))
        audit.record_many(s, _gone_with(actor, kind, record, rows, commission_id, audit.went_with(entry)))
        s.execute(sql_delete(model.__table__).where(model.__table__.c.id == record_id))
        return {"record": record, "children": rows, "relinks": relinks, "audit_id": entry}

    return run_transaction(db, work)


def _kinds_of_tables() -> dict[str, str]:
    return {k.model.__table__.name: k.name for k in KINDS.values()}


def _gone_with(
    actor: str, kind: str, record: dict, children: dict[str, list[dict]], commission_id: int | None, field: str
) -> list[dict]:
    """An entry for each record of a kind that a delete takes with it (a commitment's updates, an action's
    commitments): SQLite may give its id to a new record, whose History must not start with this one's.
    `field` ties them to the delete's own entry (restore: they come back with it). No words of theirs are kept
    (a quote's are a member's: erasure finds only the quotes still there)."""
    kinds = _kinds_of_tables()
    refs = {r["id"]: r["ref"] for r in children.get(m.Commitment.__tablename__, [])}
    if kind == "commitment":
        refs[record["id"]] = record["ref"]
    entries = []
    for table, found in children.items():
        child = kinds.get(table)
        if child is None:
            continue
        for r in found:
            ref = r.get("ref") or refs.get(r.get("commitment_id"), "")  # an update's: its commitment's, as logged
            entries.append(
                audit.entry(
                    actor,
                    "delete",
                    child,
                    commission_id=commission_id,
                    record_id=r["id"],
                    ref=ref,
                    field=field,
                )
            )
    return entries


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
            field=audit.undoing(snapshot.get("audit_id")),  # its history goes on from that delete (History)
        )
        if snapshot.get("audit_id") is not None:  # and what went with it comes back with it
            gone = _gone_with(actor, kind, record, children, record.get("commission_id"), "")
            for e in gone:
                e["operation"], e["field"] = "restore", audit.undoing_with(snapshot["audit_id"])
            audit.record_many(s, gone)
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
        owner = s.get(KINDS[kind].model, record_id)
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
        audit.about(
            s,
            actor,
            "edit",
            kind,
            owner,
            field=link,
            old=";".join(map(str, sorted(current))),
            new=";".join(map(str, sorted(wanted))),
        )
        _bump_version(s, KINDS[kind].model, record_id)

    run_transaction(db, work)


def _check_link_targets(s: DbSession, link: str, commission_id: int, ids: set[int]) -> None:
    """A link stays inside its commission: a framework area is a shipped one or the commission's own."""
    if link == "framework_areas":
        areas, frameworks = mv.FrameworkArea.__table__, mv.Framework.__table__
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


def history(db: Database, kind: str, record_id: int) -> list[dict]:
    """The audit entries of one record, oldest first: its own, not those of an earlier record that had its id
    (audit.this_record)."""
    with db.session() as s:
        return audit.record_entries(s, kind, record_id)


def count(db: Database, kind: str, commission_id: int) -> int:
    model = _model(kind)
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.commission_id == commission_id)) or 0
