"""How a percentage reads, in the app and in every report: one function, rounding halves up.

Python's round() rounds halves to even and works on the binary value (round(82.45, 1) is 82.5 but
round(0.25, 1) is 0.2), so the dashboard and the PDF could disagree by a digit. Here the value is rounded
as it is written in decimal, half up, to one decimal place, and a trailing ".0" is dropped.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

EMPTY = "\u2014"


def one_decimal(value: float) -> float:
    """The figure rounded half up to one decimal place (82.45 -> 82.5, 82.25 -> 82.3, -0.05 -> -0.1)."""
    return float(Decimal(repr(float(value))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) + 0.0


def percent(value: float | None, empty: str = EMPTY) -> str:
    """82.45 -> '82.5%', 50.0 -> '50%', None -> '—' (a dropped commitment has no progress)."""
    if value is None:
        return empty
    return f"{one_decimal(value):.1f}".removesuffix(".0") + "%"
