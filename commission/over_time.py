"""Progress over time (SPEC, Reports: "Over time"): the figures as of each quarter end since the start.

Every point is `domain.evaluate` as of that date, nothing else: there is no second copy of the rules, so
whatever the rules say (including "nothing counts before it existed") the history says too. Pure: plain
data in, plain data out; the dashboard, the reports and the tracker all read these.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise

from commission import domain
from commission import progress as rules

QUARTER_ENDS = ((3, 31), (6, 30), (9, 30), (12, 31))


def quarter_ends(start: date | None, as_of: date) -> list[date]:
    """31 March, 30 June, 30 September and 31 December from `start` up to `as_of`, then `as_of` itself.

    With no start date the history is just `as_of`; a start after `as_of` likewise.
    """
    dates: list[date] = []
    if start is not None and start <= as_of:
        year = start.year
        while year <= as_of.year:
            for month, day in QUARTER_ENDS:
                end = date(year, month, day)
                if start <= end < as_of:
                    dates.append(end)
            year += 1
    dates.append(as_of)
    return dates


def history_dates(data: domain.CommissionData, as_of: date) -> list[date]:
    return quarter_ends(start_of(data), as_of)


def start_of(data: domain.CommissionData) -> date | None:
    """The commission's start date; without one, its first session or first commitment made."""
    if data.commission.start_date:
        return data.commission.start_date
    known = [s.date for s in data.sessions] + [c.made_on for c in data.commitments if c.made_on]
    return min(known) if known else None


@dataclass(frozen=True)
class Point:
    """What the Summary says as of one date."""

    as_of: date
    commitments: int
    states: dict[str, int]
    overall: float
    panel_agreement: float | None


def point(figures: domain.Figures) -> Point:
    return Point(
        as_of=figures.as_of,
        commitments=sum(figures.states.values()),
        states=dict(figures.states),
        overall=figures.overall,
        panel_agreement=figures.panel_agreement,
    )


def commitment_results(
    data: domain.CommissionData, dates: list[date], facts: dict[int, rules.CommitmentFact] | None = None
) -> list[dict[int, rules.CommitmentProgress]]:
    """Each counted commitment's progress on each of `dates` (oldest first): the `commitments` of
    `domain.evaluate(data, d)` for every d, in one walk over each commitment's updates instead of one per date
    (`progress.progress_on_dates`, the rules' own). `facts`: each commitment's (`domain.commitment_facts`) if
    made; without them the walk reads `data`'s updates and makes an UpdateFact only of those a result names."""
    if any(later < earlier for earlier, later in pairwise(dates)):
        raise ValueError("dates must be oldest first")
    found: list[dict[int, rules.CommitmentProgress]] = [{} for _ in dates]
    by_commitment = data.updates_by_commitment if facts is None else {}
    for c in data.commitments:
        fact = facts[c.id] if facts is not None else domain.commitment_fact(c, [])
        first = bisect_left(dates, fact.made_on) if fact.made_on is not None else 0  # none count before it was made
        if first == len(dates):
            continue
        if facts is not None:
            results = rules.progress_on_dates(fact, dates[first:])
        else:
            results = rules.progress_on_dates(
                fact, dates[first:], updates=by_commitment.get(c.id, ()), fact_of=_update_fact
            )
        for on_date, result in zip(found[first:], results, strict=True):
            on_date[c.id] = result
    return found


def _update_fact(u: domain.Update) -> rules.UpdateFact:
    return rules.UpdateFact(date=u.date, status=u.status, progress=u.progress, verdict=u.verdict)


@dataclass
class Series:
    """One line of history: a theme's or an organisation's progress at each date."""

    ref: str
    name: str
    progress: list[float]
    states: list[dict[str, int]] = field(default_factory=list)  # organisations only


@dataclass
class History:
    """The figures at each date. An organisation's line is worked out when first read (`organisations`): the
    tracker prints only the points, the PDF and Word every line."""

    dates: list[date]
    points: list[Point]
    themes: list[Series]
    organisation_lines: Callable[[], list[Series]] = field(default=list, repr=False, compare=False)
    figures: domain.Figures | None = field(default=None, repr=False, compare=False)  # as of the last date

    @cached_property
    def organisations(self) -> list[Series]:
        return self.organisation_lines()

    @property
    def empty(self) -> bool:
        return not self.points


def organisation_series(
    data: domain.CommissionData,
    ref: str,
    dates: list[date],
    *,
    mine: domain.CommissionData | None = None,
    facts: dict[int, rules.CommitmentFact] | None = None,
    known: list[dict[int, rules.CommitmentProgress]] | None = None,
) -> Series:
    """One organisation's line: the commission cut to its commitments (its own report), at each date.
    `mine` is that cut when already made; `facts` the whole commission's commitment facts and `known` its
    commitment results on each date, which `history` passes so nothing is worked out twice."""
    # here, not at the top: the reports package imports this module (a circular import)
    from commission.reports.organisation_cut import filter_to_organisation

    if mine is None:
        mine = filter_to_organisation(data, ref)
    results = known if known is not None else [None] * len(dates)
    figures = [domain.evaluate(mine, d, facts=facts, known=k) for d, k in zip(dates, results, strict=True)]
    return Series(ref, mine.organisations[0].name, [f.overall for f in figures], [dict(f.states) for f in figures])


def history(
    data: domain.CommissionData,
    as_of: date,
    *,
    by_theme: bool = True,
    by_organisation: bool = True,
    facts: dict[int, rules.CommitmentFact] | None = None,
) -> History:
    """The commission's figures at each date of `history_dates`, overall, per theme and per organisation.

    An organisation's line is the commission cut to that organisation (the organisation's own report),
    evaluated by the same rules. Linear in the commission's size: each commitment's facts are made once, its
    progress on every date is worked out in one walk over its updates (`commitment_results`; an organisation's
    line reuses the whole commission's), and the commission is cut into its organisations in one pass.
    `facts`: `domain.commitment_facts(data)` if made (without them, a fact is made only of the updates that decide
    a commitment's progress on some date).
    """
    from commission.reports.organisation_cut import split_by_organisation

    dates = history_dates(data, as_of)
    all_figures = [
        domain.evaluate(data, d, facts=facts, known=known)
        for d, known in zip(dates, commitment_results(data, dates, facts), strict=True)
    ]
    themes = []
    if by_theme:
        for t in sorted(data.themes, key=lambda t: t.ref):
            themes.append(Series(t.ref, t.name, [f.themes.get(t.id, 0.0) for f in all_figures]))
    known = [f.commitments for f in all_figures]

    def organisation_lines() -> list[Series]:
        organisations = []
        if by_organisation:
            parts = split_by_organisation(data)
            for org in sorted(data.organisations, key=lambda o: o.name.lower()):
                mine = parts[org.id]
                if mine.commitments:
                    organisations.append(organisation_series(data, org.ref, dates, mine=mine, facts=facts, known=known))
        return organisations

    return History(
        dates=dates,
        points=[point(f) for f in all_figures],
        themes=themes,
        organisation_lines=organisation_lines,
        figures=all_figures[-1],  # the last date is as_of: the figures as of it, for whoever needs them too
    )
