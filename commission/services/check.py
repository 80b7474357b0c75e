"""`commission check`: is the database whole, and does everything in it hang together?"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session as DbSession

from commission.kinds import KINDS
from commission.services.audit import as_text, this_record
from commission.storage import models as m
from commission.storage.db import Database

# (what, query giving offending rows) — each a relationship that must stay inside one commission.
_SAME_COMMISSION = [
    ("member's organisation", m.Member, m.Organisation, m.Member.organisation_id),
    ("insight's theme", m.Insight, m.Theme, m.Insight.theme_id),
    ("theme's parent", m.Theme, None, m.Theme.parent_id),
    ("quote's session", m.Quote, m.Session, m.Quote.session_id),
    ("quote's speaker", m.Quote, m.Member, m.Quote.member_id),
    ("action's session", m.Action, m.Session, m.Action.agreed_session_id),
    ("commitment's action", m.Commitment, m.Action, m.Commitment.action_id),
    ("commitment's organisation", m.Commitment, m.Organisation, m.Commitment.organisation_id),
    ("commitment's maker", m.Commitment, m.Member, m.Commitment.made_by_id),
]


def check_database(db: Database) -> list[str]:
    """Every problem found, in plain words; an empty list means all is well."""
    problems: list[str] = []
    with db.session() as s:
        if db.backend == "sqlite":
            result = [row[0] for row in s.execute(text("PRAGMA integrity_check"))]
            if result != ["ok"]:
                problems += [f"The database file is damaged: {r}" for r in result[:20]]
                return problems
            for table, rowid, parent, _fk in s.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"A {table} row ({rowid}) points at a missing {parent} row.")
        for label, model, target, column in _SAME_COMMISSION:
            target = target or model
            other = target.__table__.alias("other")
            own = model.__table__
            count = s.scalar(
                select(func.count())
                .select_from(own)
                .join(other, other.c.id == own.c[column.key])
                .where(other.c.commission_id != own.c.commission_id)
            )
            if count:
                problems.append(f"{count} {label} link(s) cross from one commission to another.")
        missing_consent = _count_without(s, m.Member, m.Consent.id, m.Consent.member_id)
        if missing_consent:
            problems.append(f"{missing_consent} member(s) have no consent record at all.")
        problems += _audit_problems(s)
    return problems


def _count_without(s: DbSession, model: Any, child_id: Any, child_link: Any) -> int:
    """How many rows of `model` have no row at all pointing at them through `child_link`."""
    return (
        s.scalar(
            select(func.count()).select_from(model).where(~select(child_id).where(child_link == model.id).exists())
        )
        or 0
    )


def _entries_by_record(s: DbSession) -> dict[tuple[str, int], list[dict[str, Any]]]:
    """Each record's entries, oldest first: only the record's own where SQLite gave a deleted record's id to a
    later one (audit.this_record), so a new record is not held to a deleted one's last edits."""
    entries = m.AuditEntry.__table__
    grouped: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for row in s.execute(
        select(
            entries.c.id,
            entries.c.record_kind,
            entries.c.record_id,
            entries.c.operation,
            entries.c.field,
            entries.c.new_value,
        )
        .where(
            entries.c.record_id.is_not(None),
            entries.c.operation.in_(("edit", "create", "delete", "restore")),
        )
        .order_by(entries.c.id)
    ).mappings():
        grouped.setdefault((row["record_kind"], row["record_id"]), []).append(dict(row))
    return {
        key: this_record(said) if any(e["operation"] == "delete" for e in said) else said
        for key, said in grouped.items()
    }


def _audit_problems(s: DbSession) -> list[str]:
    """The audit trail accounts for every commission, and its last word on each field is what the data says."""
    problems = []
    unaudited = _count_without(s, m.Commission, m.AuditEntry.id, m.AuditEntry.commission_id)
    if unaudited:
        problems.append(f"{unaudited} commission(s) have no entry in the audit trail.")
    latest: dict[tuple[str, int, str], str | None] = {}
    for (kind, record_id), said in _entries_by_record(s).items():
        for e in said:
            if e["operation"] == "edit" and e["field"]:
                latest[(kind, record_id, e["field"])] = e["new_value"]
    by_kind: dict[str, dict[int, dict[str, str | None]]] = {}
    for (kind, record_id, field), value in latest.items():
        model = KINDS[kind].model if kind in KINDS else None
        if model is None or field not in model.__table__.c or value == "[erased]":
            continue  # links, attendance and redacted values are not plain fields to compare
        by_kind.setdefault(kind, {}).setdefault(record_id, {})[field] = value
    mismatched = 0
    for kind, records in by_kind.items():
        table = KINDS[kind].model.__table__
        ids = list(records)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in s.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                for field, value in records[row["id"]].items():
                    if as_text(row[field]) != value and not (value in (None, "") and row[field] in (None, "")):
                        mismatched += 1
    if mismatched:
        problems.append(
            f"{mismatched} field(s) differ from the audit trail's last record of them (changed without being audited)."
        )
    return problems


# What `commission check` counts, in its words.
COUNTED = {
    "commissions": m.Commission,
    "members": m.Member,
    "sessions": m.Session,
    "insights": m.Insight,
    "quotes": m.Quote,
    "actions": m.Action,
    "commitments": m.Commitment,
    "updates": m.Update,
    "audit entries": m.AuditEntry,
}


def summary(db: Database) -> list[str]:
    with db.session() as s:
        counts = [(label, s.scalar(select(func.count()).select_from(model))) for label, model in COUNTED.items()]
    return [", ".join(f"{n:,} {label}" for label, n in counts)]
