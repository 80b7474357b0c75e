"""What changed since the previous quarter: the same rules applied as of two dates, compared."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from commission import domain
from commission import progress as rules


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, clamped to the month's end (31 May -> 28/29 February), and to the first
    day there is (a report as of February in year 1 compares with 1 January of year 1)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    if year < date.min.year:
        return date.min
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass
class Changes:
    since: date
    overall_before: float
    overall_now: float
    agreement_before: float | None
    agreement_now: float | None
    states_before: dict[str, int]
    newly_done: list[int] = field(default_factory=list)  # commitment ids
    newly_overdue: list[int] = field(default_factory=list)
    newly_at_risk: list[int] = field(default_factory=list)
    new_commitments: list[int] = field(default_factory=list)
    updates_received: int = 0
    verdicts_given: int = 0

    @property
    def delta(self) -> float:
        return self.overall_now - self.overall_before

    @property
    def lists(self) -> tuple[tuple[str, list[int]], ...]:
        """The commitments that changed, in the order every report lists them: (the words' key, their ids)."""
        return (
            ("newly_done", self.newly_done),
            ("newly_overdue", self.newly_overdue),
            ("newly_at_risk", self.newly_at_risk),
            ("new_commitments", self.new_commitments),
        )

    @property
    def anything(self) -> bool:
        return bool(
            self.newly_done
            or self.newly_overdue
            or self.newly_at_risk
            or self.new_commitments
            or self.updates_received
            or self.verdicts_given
            or round(self.delta, 1)
        )


def compare_quarter(
    data: domain.CommissionData,
    as_of: date,
    now: domain.Figures,
    facts: dict[int, rules.CommitmentFact] | None = None,
) -> Changes:
    since = months_before(as_of, 3)
    before = domain.evaluate(data, since, facts=facts)
    changes = Changes(
        since=since,
        overall_before=before.overall,
        overall_now=now.overall,
        agreement_before=before.panel_agreement,
        agreement_now=now.panel_agreement,
        states_before=dict(before.states),
    )
    for c in sorted(now.counted(data.commitments), key=lambda c: c.ref):
        if c.made_on is not None and since < c.made_on <= as_of:
            changes.new_commitments.append(c.id)
        then = before.commitments.get(c.id)  # None: made in the quarter
        state_now, state_then = now.commitments[c.id].state, then.state if then else None
        if state_now == state_then:
            continue
        if state_now == "done":
            changes.newly_done.append(c.id)
        elif state_now == "overdue":
            changes.newly_overdue.append(c.id)
        elif state_now == "at risk":
            changes.newly_at_risk.append(c.id)
    in_quarter = [u for u in data.updates if since < u.date <= as_of]
    changes.updates_received = len(in_quarter)
    changes.verdicts_given = sum(1 for u in in_quarter if (u.verdict or "not assessed") != "not assessed")
    return changes
