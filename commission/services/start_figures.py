"""The Dashboard's figures first: what the Dashboard shows, read for that alone, so that at start the window
paints them before the whole commission is read (ui.store's first load reads this, then the Snapshot).

Read like queries.progress_as_of: the commission's organisations, sessions, themes, insights, actions and
commitments, and of its updates only those that decide each commitment's progress on the date
(queries.deciding_facts), evaluated by the one domain.evaluate. The figures are those of the whole read
(tests/test_start_figures.py checks every one of them against the Snapshot, on SQLite and PostgreSQL).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import exists, select

from commission import domain
from commission.errors import UserError
from commission.services import queries
from commission.storage import models as m
from commission.storage.db import Database
from commission.vocab import STATES

READ = ("organisations", "sessions", "themes", "insights", "actions", "commitments")


@dataclass
class StartData:
    """The part of a commission the Dashboard reads as its `data`: the lists its figures roll up from, and for
    members and updates only whether there are any (all the next step on a new commission asks)."""

    commission: domain.CommissionInfo
    organisations: list[domain.Organisation] = field(default_factory=list)
    sessions: list[domain.Session] = field(default_factory=list)
    themes: list[domain.Theme] = field(default_factory=list)
    insights: list[domain.Insight] = field(default_factory=list)
    actions: list[domain.Action] = field(default_factory=list)  # without their social-value areas (area_ids)
    commitments: list[domain.Commitment] = field(default_factory=list)
    members: bool = False  # any at all
    updates: bool = False  # any at all


@dataclass
class DashboardFigures:
    """What the Dashboard shows of a Snapshot (its attributes by the same names), without the rest."""

    data: StartData
    figures: domain.Figures
    as_of: date  # the figures' date
    commission: domain.CommissionInfo
    organisations: dict[int, domain.Organisation] = field(default_factory=dict)
    themes: dict[int, domain.Theme] = field(default_factory=dict)
    commitments: dict[int, domain.Commitment] = field(default_factory=dict)
    overdue: list[int] = field(default_factory=list)  # commitment ids, earliest due first
    states_by_organisation: dict[int, dict[str, int]] = field(default_factory=dict)


def dashboard_figures(db: Database, commission_id: int, as_of: date) -> DashboardFigures:
    """The Dashboard's figures of the commission as of a date."""
    with db.session() as s:
        commission = s.get(m.Commission, commission_id)
        if commission is None:
            raise UserError("That commission is no longer in the database.")
        day = queries._day_parser(s)
        lists = {
            name: queries._objects(queries._DOMAIN[name], s, queries._kind(name), commission_id, day) for name in READ
        }
        members = s.scalar(select(exists().where(m.Member.commission_id == commission_id)))
        updates = s.scalar(
            select(
                exists()
                .where(m.Update.commitment_id == m.Commitment.id)
                .where(m.Commitment.commission_id == commission_id)
            )
        )
        data = StartData(queries._info(commission), members=bool(members), updates=bool(updates), **lists)
        facts = queries.deciding_facts(s, commission_id, as_of, data.commitments)
    whole = domain.CommissionData(commission=data.commission, **lists)  # evaluate reads only these lists
    return from_figures(data, domain.evaluate(whole, as_of, facts=facts))


def from_figures(data: StartData, figures: domain.Figures) -> DashboardFigures:
    """The Dashboard's look-ups, made as ui.store.build_snapshot makes them."""
    commitments = {c.id: c for c in data.commitments}
    results = figures.commitments
    counted = figures.counted(data.commitments)
    overdue = [c for c in counted if results[c.id].state == "overdue"]
    overdue.sort(key=lambda c: (c.due or date.max, c.ref))
    by_organisation: dict[int, dict[str, int]] = {o.id: dict.fromkeys(STATES, 0) for o in data.organisations}
    for c in counted:
        by_organisation.setdefault(c.organisation_id, dict.fromkeys(STATES, 0))[results[c.id].state] += 1
    return DashboardFigures(
        data=data,
        figures=figures,
        as_of=figures.as_of,
        commission=data.commission,
        organisations={o.id: o for o in data.organisations},
        themes={t.id: t for t in data.themes},
        commitments=commitments,
        overdue=[c.id for c in overdue],
        states_by_organisation=by_organisation,
    )
