"""Read a whole commission into plain data (commission.domain) in one query per table."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session as DbSession

from commission import domain
from commission.errors import UserError
from commission.storage import models as m
from commission.storage.db import Database


def list_commissions(db: Database) -> list[domain.CommissionInfo]:
    with db.session() as s:
        return [_info(c) for c in s.scalars(select(m.Commission).order_by(m.Commission.name))]


def _info(c: m.Commission) -> domain.CommissionInfo:
    return domain.CommissionInfo(
        id=c.id,
        name=c.name,
        area=c.area or "",
        start_date=c.start_date,
        end_date=c.end_date,
        language=c.language or "en",
        description=c.description or "",
        investment=c.investment,
        discount_rate=c.discount_rate,
        name_cy=c.name_cy or "",
    )


def find_commission(db: Database, name: str | None = None) -> domain.CommissionInfo:
    """The commission called `name`; with no name, the only one (a choice is asked for when there are several)."""
    commissions = list_commissions(db)
    if name:
        for c in commissions:
            if c.name == name or c.name.lower() == name.strip().lower():
                return c
        known = "; ".join(c.name for c in commissions) or "none yet"
        raise UserError(f"There is no commission called '{name}' in this database (it has: {known}).")
    if not commissions:
        raise UserError("This database has no commission yet: import a workbook or create the demo first.")
    if len(commissions) > 1:
        raise UserError(
            "This database holds several commissions; say which with --commission NAME ("
            + "; ".join(c.name for c in commissions)
            + ")."
        )
    return commissions[0]


def current_consents(s: DbSession, commission_id: int) -> dict[tuple[int, str], m.Consent]:
    """The consent in force for each (member, kind): the latest recorded."""
    rows = s.scalars(
        select(m.Consent).join(m.Member).where(m.Member.commission_id == commission_id).order_by(m.Consent.id)
    )
    return {(c.member_id, c.kind): c for c in rows}


def load_commission_data(db: Database, commission_id: int) -> domain.CommissionData:
    with db.session() as s:
        commission = s.get(m.Commission, commission_id)
        if commission is None:
            raise UserError("That commission is no longer in the database.")
        return _load(s, commission)


def _load(s: DbSession, commission: m.Commission) -> domain.CommissionData:
    cid = commission.id

    def rows(model, *order):
        query = select(model.__table__).where(model.__table__.c.commission_id == cid)
        return s.execute(query.order_by(*order) if order else query).mappings().all()

    def links(table, left: str, right: str, owner_model) -> dict[int, list[int]]:
        grouped: dict[int, list[int]] = defaultdict(list)
        query = (
            select(table.c[left], table.c[right])
            .join(owner_model.__table__, owner_model.__table__.c.id == table.c[left])
            .where(owner_model.__table__.c.commission_id == cid)
            .order_by(table.c[left], table.c[right])
        )
        for a, b in s.execute(query):
            grouped[a].append(b)
        return grouped

    consents = current_consents(s, cid)

    def consent(member_id: int, kind: str) -> tuple[bool, object]:
        c = consents.get((member_id, kind))
        return (bool(c.given), c.expires) if c else (False, None)

    def withdrawn(member_id: int, kind: str) -> bool:
        c = consents.get((member_id, kind))
        return bool(c and c.withdrawn)

    members = []
    for r in rows(m.Member, m.Member.ref):
        named, named_expires = consent(r["id"], "named")
        quote, quote_expires = consent(r["id"], "quote")
        members.append(
            domain.Member(
                id=r["id"],
                ref=r["ref"],
                display_name=r["display_name"],
                role=r["role"],
                organisation_id=r["organisation_id"],
                pseudonym=r["pseudonym"] or "",
                consent_named=named,
                consent_named_expires=named_expires,
                consent_quote=quote,
                consent_quote_expires=quote_expires,
                consent_named_withdrawn=withdrawn(r["id"], "named"),
                consent_quote_withdrawn=withdrawn(r["id"], "quote"),
                language=r["language"] or "en",
                email=r["email"] or "",
                phone=r["phone"] or "",
                accessibility_notes=r["accessibility_notes"] or "",
                erased=r["erased_on"] is not None,
            )
        )

    insight_sessions = links(m.InsightSession.__table__, "insight_id", "session_id", m.Insight)
    quote_insights = links(m.QuoteInsight.__table__, "quote_id", "insight_id", m.Quote)
    action_insights = links(m.ActionInsight.__table__, "action_id", "insight_id", m.Action)

    # The big tables come as plain tuples, their dates parsed once with date.fromisoformat: building
    # 100,000 updates from .mappings() with SQLAlchemy's per-value date processor took twice as long.
    day = _day_parser(s)
    A, U, C = m.Attendance.__table__, m.Update.__table__, m.Commitment.__table__
    attendance = [
        domain.Attendance(session_id, member_id, status)
        for session_id, member_id, status in s.execute(
            select(A.c.session_id, A.c.member_id, A.c.status)
            .join(m.Session.__table__, m.Session.__table__.c.id == A.c.session_id)
            .where(m.Session.__table__.c.commission_id == cid)
            .order_by(A.c.session_id, A.c.member_id)
        )
    ]
    commitments = [
        domain.Commitment(
            id=id_,
            ref=ref,
            action_id=action_id,
            organisation_id=organisation_id,
            pledge=pledge,
            made_by_id=made_by_id,
            made_on=day(made_on),
            due=day(due),
            weight=weight,
            pledge_cy=pledge_cy or "",
        )
        for id_, ref, action_id, organisation_id, pledge, made_by_id, made_on, due, weight, pledge_cy in s.execute(
            select(
                C.c.id,
                C.c.ref,
                C.c.action_id,
                C.c.organisation_id,
                C.c.pledge,
                C.c.made_by_id,
                _as_text(C.c.made_on),
                _as_text(C.c.due),
                C.c.weight,
                C.c.pledge_cy,
            )
            .where(C.c.commission_id == cid)
            .order_by(C.c.ref)
        )
    ]
    make_update = domain.Update
    updates = [
        make_update(
            id_,
            commitment_id,
            day(on),
            status,
            progress,
            note or "",
            reported_by or "",
            verdict or "not assessed",
            verdict_comment or "",
            note_cy or "",
        )
        for id_, commitment_id, on, status, progress, note, reported_by, verdict, verdict_comment, note_cy in s.execute(
            select(
                U.c.id,
                U.c.commitment_id,
                _as_text(U.c.date),
                U.c.status,
                U.c.progress,
                U.c.note,
                U.c.reported_by,
                U.c.verdict,
                U.c.verdict_comment,
                U.c.note_cy,
            )
            .join(C, C.c.id == U.c.commitment_id)
            .where(C.c.commission_id == cid)
            .order_by(U.c.id)
        )
    ]

    milestones = (
        s.execute(
            select(m.Milestone.__table__)
            .join(m.Commitment.__table__, m.Commitment.__table__.c.id == m.Milestone.__table__.c.commitment_id)
            .where(m.Commitment.__table__.c.commission_id == cid)
            .order_by(m.Milestone.id)  # recorded order: an export lists them as they were entered
        )
        .mappings()
        .all()
    )

    from commission.services.value_queries import load_frameworks, load_outcomes

    frameworks, area_ids = load_frameworks(s, cid)
    return domain.CommissionData(
        commission=_info(commission),
        frameworks=frameworks,
        outcomes=load_outcomes(s, cid),
        organisations=[
            domain.Organisation(
                id=r["id"],
                ref=r["ref"],
                name=r["name"],
                kind=r["kind"],
                language=r["language"] or "en",
                contact_name=r["contact_name"] or "",
                contact_email=r["contact_email"] or "",
                name_cy=r["name_cy"] or "",
            )
            for r in rows(m.Organisation, m.Organisation.ref)
        ],
        members=members,
        sessions=[
            domain.Session(
                id=r["id"],
                ref=r["ref"],
                date=r["date"],
                title=r["title"],
                kind=r["kind"],
                location=r["location"] or "",
                notes=r["notes"] or "",
                agenda=r["agenda"] or "",
            )
            for r in rows(m.Session, m.Session.date, m.Session.ref)
        ],
        attendance=attendance,
        themes=[
            domain.Theme(
                id=r["id"],
                ref=r["ref"],
                name=r["name"],
                description=r["description"] or "",
                parent_id=r["parent_id"],
                asset=r["asset"],
                colour=r["colour"] or "",
                name_cy=r["name_cy"] or "",
                description_cy=r["description_cy"] or "",
            )
            for r in rows(m.Theme, m.Theme.ref)
        ],
        insights=[
            domain.Insight(
                id=r["id"],
                ref=r["ref"],
                theme_id=r["theme_id"],
                statement=r["statement"],
                status=r["status"],
                session_ids=insight_sessions.get(r["id"], []),
                statement_cy=r["statement_cy"] or "",
            )
            for r in rows(m.Insight, m.Insight.ref)
        ],
        quotes=[
            domain.Quote(
                id=r["id"],
                ref=r["ref"],
                session_id=r["session_id"],
                text=r["text"],
                member_id=r["member_id"],
                insight_ids=quote_insights.get(r["id"], []),
            )
            for r in rows(m.Quote, m.Quote.ref)
        ],
        actions=[
            domain.Action(
                id=r["id"],
                ref=r["ref"],
                title=r["title"],
                description=r["description"] or "",
                agreed_session_id=r["agreed_session_id"],
                insight_ids=action_insights.get(r["id"], []),
                area_ids=area_ids.get(r["id"], []),
                title_cy=r["title_cy"] or "",
                description_cy=r["description_cy"] or "",
            )
            for r in rows(m.Action, m.Action.ref)
        ],
        commitments=commitments,
        updates=updates,
        milestones=[
            domain.Milestone(
                id=r["id"], commitment_id=r["commitment_id"], title=r["title"], due=r["due"], done_on=r["done_on"]
            )
            for r in milestones
        ],
    )


def _as_text(column):
    """A date column fetched without SQLAlchemy's result processing (SQLite gives its ISO text)."""
    return type_coerce(column, String)


def _day_parser(s: DbSession):
    """How a date fetched with _as_text becomes a date: SQLite stores ISO text, PostgreSQL's driver
    already gives a date."""
    if s.get_bind().dialect.name != "sqlite":
        return lambda value: value
    parse = date.fromisoformat
    return lambda value: None if value is None else parse(value)
