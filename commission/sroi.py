"""Social return on investment, exactly as SPEC ("Social value") words it. Pure arithmetic, no storage.

For each outcome, year 1's value is quantity × proxy × (1 − deadweight) × (1 − attribution) ×
(1 − displacement); each later year's is the year before × (1 − drop_off); its present value is
Σ value_t / (1 + rate)^t for t = 1 … duration. The ratio is the sum of present values over the investment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from commission.errors import UserError

DEFAULT_RATE = 0.035  # HM Treasury Green Book
FRACTIONS = ("deadweight", "attribution", "displacement", "drop_off")
SENSITIVITY_POINTS = 0.10
MAX_DURATION = 100


@dataclass(frozen=True)
class Outcome:
    outcome: str
    quantity: float
    proxy: float  # £ per unit per year
    duration: int  # years
    deadweight: float = 0.0
    attribution: float = 0.0
    displacement: float = 0.0
    drop_off: float = 0.0


class NoInvestment(UserError):
    """A ratio needs something invested: £0 or less has no 'for every £1'."""


def check_outcome(o: Outcome) -> None:
    """Refuse values the arithmetic cannot mean, in plain words."""
    for name in FRACTIONS:
        value = getattr(o, name)
        if not 0 <= value <= 1:
            raise UserError(
                f"{name.replace('_', '-').capitalize()} is a share from 0 to 1 (0% to 100%), not {value:g}."
            )
    if o.quantity < 0:
        raise UserError("The quantity cannot be less than 0.")
    if int(o.duration) != o.duration or not 1 <= o.duration <= MAX_DURATION:
        raise UserError(f"The duration is a whole number of years from 1 to {MAX_DURATION}.")


def yearly_values(o: Outcome) -> list[float]:
    """The outcome's value in each year 1 … duration, before discounting."""
    first = o.quantity * o.proxy * (1 - o.deadweight) * (1 - o.attribution) * (1 - o.displacement)
    values = [first]
    for _ in range(int(o.duration) - 1):
        values.append(values[-1] * (1 - o.drop_off))
    return values


def present_value(o: Outcome, rate: float = DEFAULT_RATE) -> float:
    return sum(value / (1 + rate) ** t for t, value in enumerate(yearly_values(o), start=1))


def check_rate(rate: float) -> None:
    if not 0 <= rate < 1:
        raise UserError(f"The discount rate is a share from 0 to just under 1 (3.5% is 0.035), not {rate:g}.")


def check_investment(investment: float | None) -> float:
    if investment is None:
        raise NoInvestment("Enter what was invested (£) to work out the value for every £1.")
    if investment <= 0:
        raise NoInvestment("The investment must be more than £0 to work out the value for every £1.")
    return float(investment)


def ratio(outcomes: Sequence[Outcome], investment: float | None, rate: float = DEFAULT_RATE) -> float:
    """Σ present values ÷ investment. Refuses £0 or less (NoInvestment, with a message)."""
    invested = check_investment(investment)
    check_rate(rate)
    return sum(present_value(o, rate) for o in outcomes) / invested


def ratio_text(value: float) -> str:
    """'£4.43 for every £1'."""
    return f"£{value:,.2f} for every £1"


@dataclass(frozen=True)
class SensitivityRow:
    key: str  # base, deadweight+, deadweight-, attribution+, attribution-, drop_off+, drop_off-, duration1
    label: str
    total: float  # Σ present values under this change
    ratio: float


SENSITIVITY = (
    ("base", "As entered"),
    ("deadweight+", "Deadweight 10 points higher"),
    ("deadweight-", "Deadweight 10 points lower"),
    ("attribution+", "Attribution 10 points higher"),
    ("attribution-", "Attribution 10 points lower"),
    ("drop_off+", "Drop-off 10 points higher"),
    ("drop_off-", "Drop-off 10 points lower"),
    ("duration1", "Duration cut to 1 year"),
)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def changed(o: Outcome, key: str) -> Outcome:
    """The outcome as one row of the sensitivity table sees it (shares kept within 0–1)."""
    if key == "base":
        return o
    if key == "duration1":
        return replace(o, duration=1)
    name, sign = key[:-1], 1 if key.endswith("+") else -1
    changed: dict[str, Any] = {name: _clamp(getattr(o, name) + sign * SENSITIVITY_POINTS)}  # one of the rates
    return replace(o, **changed)


def sensitivity(
    outcomes: Sequence[Outcome], investment: float | None, rate: float = DEFAULT_RATE
) -> list[SensitivityRow]:
    """The ratio as entered, with deadweight, attribution and drop-off each 10 points up and down, and with
    every duration cut to one year."""
    invested = check_investment(investment)
    check_rate(rate)
    rows = []
    for key, label in SENSITIVITY:
        total = sum(present_value(changed(o, key), rate) for o in outcomes)
        rows.append(SensitivityRow(key=key, label=label, total=total, ratio=total / invested))
    return rows
