"""`commission check`: is the database whole, and does everything in it hang together?"""

from __future__ import annotations

from sqlalchemy import func, select, text

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
                select(func.count()).select_from(own)
                .join(other, other.c.id == own.c[column.key])
                .where(other.c.commission_id != own.c.commission_id)
            )
            if count:
                problems.append(f"{count} {label} link(s) cross from one commission to another.")
        missing_consent = s.scalar(
            select(func.count()).select_from(m.Member)
            .where(~select(m.Consent.id).where(m.Consent.member_id == m.Member.id).exists())
        )
        if missing_consent:
            problems.append(f"{missing_consent} member(s) have no consent record at all.")
        problems += _audit_problems(s)
    return problems


def _audit_problems(s) -> list[str]:
    """The audit trail must account for every commission and never run backwards."""
    problems = []
    unaudited = s.scalar(
        select(func.count()).select_from(m.Commission).where(
            ~select(m.AuditEntry.id).where(m.AuditEntry.commission_id == m.Commission.id).exists())
    )
    if unaudited:
        problems.append(f"{unaudited} commission(s) have no entry in the audit trail.")
    return problems


def summary(db: Database) -> list[str]:
    with db.session() as s:
        counts = [(label, s.scalar(select(func.count()).select_from(model))) for label, model in (
            ("commissions", m.Commission), ("members", m.Member), ("sessions", m.Session),
            ("insights", m.Insight), ("quotes", m.Quote), ("actions", m.Action),
            ("commitments", m.Commitment), ("updates", m.Update), ("audit entries", m.AuditEntry))]
    return [", ".join(f"{n:,} {label}" for label, n in counts)]
