"""A commission cut down to one organisation (its own report, its line over time), for one or all at once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from commission import domain
from commission.errors import UserError


def filter_to_organisation(data: domain.CommissionData, organisation_ref: str) -> domain.CommissionData:
    """The commission cut down to one organisation's commitments and the actions, insights and themes behind them."""
    wanted = [o for o in data.organisations if o.ref == organisation_ref]
    if not wanted:
        known = ", ".join(sorted(o.ref for o in data.organisations)) or "none"
        raise UserError(f"No organisation with ref '{organisation_ref}' in this commission (known: {known}).")
    return _Cutter(data, [wanted[0]]).cut(wanted[0])


def split_by_organisation(data: domain.CommissionData) -> dict[int, domain.CommissionData]:
    """`filter_to_organisation` for every organisation (by id), in one pass over the commission."""
    cutter = _Cutter(data, data.organisations)
    return {org.id: cutter.cut(org) for org in data.organisations}


class _Cutter:
    """Cuts a commission into organisations: the commitments, updates and milestones are grouped once, and each
    organisation's actions, insights, themes and quotes are found through indexes, in the commission's order."""

    def __init__(self, data: domain.CommissionData, organisations: list[domain.Organisation]):
        self.data = data
        wanted = {o.id for o in organisations}
        self.commitments: dict[int, list[domain.Commitment]] = defaultdict(list)
        org_of: dict[int, int] = {}
        for c in data.commitments:
            if c.organisation_id in wanted:
                self.commitments[c.organisation_id].append(c)
                org_of[c.id] = c.organisation_id
        self.updates: dict[int, list[domain.Update]] = defaultdict(list)
        for u in data.updates:
            if u.commitment_id in org_of:
                self.updates[org_of[u.commitment_id]].append(u)
        self.milestones: dict[int, list[domain.Milestone]] = defaultdict(list)
        for ms in data.milestones:
            if ms.commitment_id in org_of:
                self.milestones[org_of[ms.commitment_id]].append(ms)
        self.action_at = {a.id: i for i, a in enumerate(data.actions)}
        self.insight_at = {i.id: n for n, i in enumerate(data.insights)}
        self.theme_by_id = {t.id: t for t in data.themes}
        self.quotes_of_insight: dict[int, list[int]] = defaultdict(list)
        for n, q in enumerate(data.quotes):
            for insight_id in set(q.insight_ids):
                self.quotes_of_insight[insight_id].append(n)

    def cut(self, org: domain.Organisation) -> domain.CommissionData:
        data = self.data
        commitments = self.commitments.get(org.id, [])
        action_ids = {c.action_id for c in commitments}
        actions = [data.actions[n] for n in sorted(self.action_at[a] for a in action_ids if a in self.action_at)]
        insight_ids = {i for a in actions for i in a.insight_ids}
        insights = [data.insights[n] for n in sorted(self.insight_at[i] for i in insight_ids if i in self.insight_at)]
        theme_ids: set[int] = set()
        for insight in insights:
            theme = self.theme_by_id.get(insight.theme_id)
            while theme is not None and theme.id not in theme_ids:
                theme_ids.add(theme.id)
                theme = self.theme_by_id.get(theme.parent_id) if theme.parent_id else None
        quotes = sorted({n for i in insight_ids for n in self.quotes_of_insight.get(i, ())})
        return replace(
            data,
            organisations=[org],
            commitments=commitments,
            updates=self.updates.get(org.id, []),
            milestones=self.milestones.get(org.id, []),
            actions=actions,
            insights=insights,
            themes=[t for t in data.themes if t.id in theme_ids],
            quotes=[data.quotes[n] for n in quotes],
        )
