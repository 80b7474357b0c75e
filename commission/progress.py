"""SPEC.md's progress rules, as pure functions over plain values.

One definition serves the dashboard, every report and every export, so their figures agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Any, Protocol, TypeVar

from commission.vocab import STATES

STATUS_DEFAULT_PROGRESS = {
    "not started": 0.0,
    "in progress": 50.0,
    "at risk": 50.0,
    "stalled": 25.0,
    "done": 100.0,
}
QUIET_DAYS = 90
NOT_ASSESSED = "not assessed"


@dataclass(frozen=True)
class UpdateFact:
    """One update as the rules see it. Lists of these are in recorded order."""

    date: date
    status: str
    progress: float | None = None
    verdict: str = NOT_ASSESSED


@dataclass(frozen=True)
class CommitmentFact:
    made_on: date | None
    due: date | None
    updates: Sequence[UpdateFact] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class CommitmentProgress:
    state: str
    progress: float | None  # None when dropped: a dropped commitment has no progress to count
    latest_status: str
    latest_update: date | None
    verdict: str
    latest: UpdateFact | None = None
    verdict_update: UpdateFact | None = None


def counts(since: date | None, as_of: date) -> bool:
    """Nothing counts before it existed: a commitment from the day it was made, an action from the date of
    the session that agreed it. With no date recorded it always counts."""
    return since is None or since <= as_of


def commitment_counts(commitment: CommitmentFact, as_of: date) -> bool:
    return counts(commitment.made_on, as_of)


_BY_DATE = attrgetter("date")


def counted_updates(updates: Iterable[UpdateFact], as_of: date) -> list[UpdateFact]:
    """Updates dated on or before as_of, oldest first; same-day updates keep their recorded order."""
    return sorted([u for u in updates if u.date <= as_of], key=_BY_DATE)


class _Dated(Protocol):
    @property
    def date(self) -> date: ...
    @property
    def verdict(self) -> str: ...


U = TypeVar("U", bound=_Dated)


def assessed(update: _Dated) -> bool:
    return (update.verdict or NOT_ASSESSED) != NOT_ASSESSED


def deciding_updates(updates: Sequence[U], as_of: date) -> list[U]:
    """Of a commitment's updates (in recorded order), the ones its progress as of a date depends on: the latest
    counted (the last of the latest date) and the latest assessed, in recorded order. `commitment_progress` of
    a fact holding only these (or any of its updates that include them: services.queries.deciding_facts picks
    the latest assessed and the latest not assessed in SQL) gives the same result as of the fact holding them
    all; tests/test_conformance.py checks both against the conformance vectors."""
    latest: int | None = None
    verdict: int | None = None
    for i, u in enumerate(updates):
        if u.date > as_of:
            continue
        if latest is None or u.date >= updates[latest].date:
            latest = i
        if assessed(u) and (verdict is None or u.date >= updates[verdict].date):
            verdict = i
    return [updates[i] for i in sorted({i for i in (verdict, latest) if i is not None})]


def commitment_progress(commitment: CommitmentFact, as_of: date) -> CommitmentProgress:
    counted = counted_updates(commitment.updates, as_of)
    judged = [u for u in counted if assessed(u)]
    return _progress(commitment, counted[-1] if counted else None, judged[-1] if judged else None, as_of)


def progress_on_dates(
    commitment: CommitmentFact,
    dates: Sequence[date],
    *,
    updates: Sequence[Any] | None = None,
    fact_of: Callable[[Any], UpdateFact] | None = None,
) -> Iterator[CommitmentProgress]:
    """`commitment_progress(commitment, d)` for each d of `dates` (oldest first), in one walk over the updates
    sorted once: each date reads on from where the one before stopped (the history's many dates).

    `updates` (the commitment's, in recorded order: any records with date, status, progress and verdict) stand
    in for `commitment.updates`; then `fact_of` makes the UpdateFact that a result names as its latest or its
    verdict's update, once for each. A result that comes out as the one before (no update since, the same
    state) is that same object. tests/test_progress_rules.py checks it against commitment_progress on every
    date, and tests/test_conformance.py against the conformance vectors."""
    ordered = sorted(commitment.updates if updates is None else updates, key=_BY_DATE)
    convert = fact_of if fact_of is not None else _as_is
    seen, latest, judged, judged_made = 0, None, None, None  # the updates as given
    latest_fact: UpdateFact | None = None
    verdict_fact: UpdateFact | None = None
    before: CommitmentProgress | None = None
    last: date | None = None
    for on in dates:
        if last is not None and on < last:
            raise ValueError("dates must be oldest first")
        last = on
        moved = False
        while seen < len(ordered) and ordered[seen].date <= on:
            latest, moved, seen = ordered[seen], True, seen + 1
            if assessed(latest):
                judged = latest
        if moved:
            latest_fact = convert(latest)
            if judged is not judged_made:
                verdict_fact = latest_fact if judged is latest else convert(judged)
                judged_made = judged
        elif before is not None and _state(commitment, before.latest_status, latest_fact, on) == before.state:
            yield before  # nothing new since the date before, and the same state: the same result
            continue
        before = _progress(commitment, latest_fact, verdict_fact, on)
        yield before


def _as_is(update: Any) -> Any:
    return update


def _progress(
    commitment: CommitmentFact, latest: UpdateFact | None, verdict_update: UpdateFact | None, as_of: date
) -> CommitmentProgress:
    """The rules on the latest counted update and the latest assessed one as of a date (either may be None)."""
    status = latest.status if latest else "not started"
    if status == "dropped":
        progress = None
    elif latest is not None and latest.progress is not None:
        progress = float(latest.progress)
    else:
        progress = STATUS_DEFAULT_PROGRESS[status]
    return CommitmentProgress(
        state=_state(commitment, status, latest, as_of),
        progress=progress,
        latest_status=status,
        latest_update=latest.date if latest else None,
        verdict=verdict_update.verdict if verdict_update else NOT_ASSESSED,
        latest=latest,
        verdict_update=verdict_update,
    )


def _state(commitment: CommitmentFact, status: str, latest: UpdateFact | None, as_of: date) -> str:
    if status == "done":
        return "done"
    if status == "dropped":
        return "dropped"
    if commitment.due is not None and commitment.due < as_of:
        return "overdue"
    if status in ("at risk", "stalled"):
        return "at risk"
    last_sign_of_life = latest.date if latest else commitment.made_on
    if last_sign_of_life is None or (as_of - last_sign_of_life).days > QUIET_DAYS:
        return "at risk"
    return "on track"


def action_progress(commitments: Iterable[tuple[float | None, float, str]]) -> float:
    """Weighted mean of (progress, weight, state) over the non-dropped commitments; 0 with none."""
    total = weights = 0.0
    for progress, weight, state in commitments:
        if state == "dropped" or progress is None:
            continue
        total += progress * weight
        weights += weight
    return total / weights if weights else 0.0


def rollup(actions: Iterable[tuple[date | None, float]], as_of: date) -> float:
    """A theme's or the commission's progress: the mean of (agreed on, progress) over the actions agreed by
    as_of (an action with no agreed date always counts); 0 with none."""
    return mean(p for agreed, p in actions if counts(agreed, as_of))


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def panel_agreement(results: Iterable[CommitmentProgress]) -> float | None:
    """Of the done commitments, the percentage whose latest assessed verdict is agree; None if none done."""
    done = [r for r in results if r.state == "done"]
    if not done:
        return None
    return 100.0 * sum(1 for r in done if r.verdict == "agree") / len(done)


def count_states(results: Iterable[CommitmentProgress]) -> dict[str, int]:
    counts = dict.fromkeys(STATES, 0)
    for r in results:
        counts[r.state] += 1
    return counts
