"""Read a commission's frameworks, its actions' tags and its social value outcomes into plain data."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as DbSession

from commission import domain
from commission.storage import models as m


def load_frameworks(s: DbSession, commission_id: int) -> tuple[list[domain.Framework], dict[int, list[int]]]:
    """The shipped frameworks and the commission's own, with their areas; and each action's area ids."""
    fw = m.Framework.__table__
    rows = (
        s.execute(
            select(fw)
            .where(or_(fw.c.commission_id.is_(None), fw.c.commission_id == commission_id))
            .order_by(fw.c.commission_id.is_not(None), fw.c.id)
        )
        .mappings()
        .all()
    )
    frameworks = {
        r["id"]: domain.Framework(
            id=r["id"],
            key=r["key"],
            name=r["name"],
            name_cy=r["name_cy"] or "",
            preset=r["commission_id"] is None,
        )
        for r in rows
    }
    areas = m.FrameworkArea.__table__
    for r in s.execute(
        select(areas)
        .where(areas.c.framework_id.in_(list(frameworks)))
        .order_by(areas.c.framework_id, areas.c.position, areas.c.id)
    ).mappings():
        frameworks[r["framework_id"]].areas.append(
            domain.FrameworkArea(
                id=r["id"],
                key=r["key"],
                label=r["label"],
                label_cy=r["label_cy"] or "",
                position=r["position"],
            )
        )
    tags = m.ActionFrameworkArea.__table__
    actions = m.Action.__table__
    area_ids: dict[int, list[int]] = defaultdict(list)
    for action_id, area_id in s.execute(
        select(tags.c.action_id, tags.c.area_id)
        .join(actions, actions.c.id == tags.c.action_id)
        .where(actions.c.commission_id == commission_id)
        .order_by(tags.c.action_id, tags.c.area_id)
    ):
        area_ids[action_id].append(area_id)
    return list(frameworks.values()), dict(area_ids)


def load_outcomes(s: DbSession, commission_id: int) -> list[domain.Outcome]:
    table = m.Outcome.__table__
    rows = (
        s.execute(select(table).where(table.c.commission_id == commission_id).order_by(table.c.position, table.c.id))
        .mappings()
        .all()
    )
    links: dict[str, dict[int, list[int]]] = {}
    for name, link, other in (
        ("actions", m.OutcomeAction, "action_id"),
        ("insights", m.OutcomeInsight, "insight_id"),
    ):
        t = link.__table__
        grouped: dict[int, list[int]] = defaultdict(list)
        for outcome_id, other_id in s.execute(
            select(t.c.outcome_id, t.c[other])
            .join(table, table.c.id == t.c.outcome_id)
            .where(table.c.commission_id == commission_id)
            .order_by(t.c.outcome_id, t.c[other])
        ):
            grouped[outcome_id].append(other_id)
        links[name] = grouped
    return [
        domain.Outcome(
            id=r["id"],
            outcome=r["outcome"],
            quantity=r["quantity"],
            proxy=r["proxy"],
            duration=r["duration"],
            stakeholder=r["stakeholder"] or "",
            indicator=r["indicator"] or "",
            proxy_source=r["proxy_source"] or "",
            deadweight=r["deadweight"],
            attribution=r["attribution"],
            displacement=r["displacement"],
            drop_off=r["drop_off"],
            position=r["position"],
            action_ids=links["actions"].get(r["id"], []),
            insight_ids=links["insights"].get(r["id"], []),
        )
        for r in rows
    ]
