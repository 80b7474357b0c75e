"""How figures read in every format: one place, so the PDF, the DOCX and the tests agree."""

from __future__ import annotations

from commission.numbers import one_decimal, percent

# A summary's figures, in the order every table of them shows them (the tracker's Summary and Over time, the network).
FIGURES = (
    "commitments",
    "done",
    "on track",
    "at risk",
    "overdue",
    "dropped",
    "overall_progress",
    "panel_agreement",
)


def pct(value: float | None) -> str:
    """47.5 -> '47.5%', 50.0 -> '50%', None -> '—': the app's own commission.numbers.percent."""
    return percent(value)


def points(value: float) -> str:
    """A change in percentage points, signed: '+7.5', '-2', '0'."""
    rounded = one_decimal(value)
    text = pct(abs(rounded))[:-1]
    if rounded > 0:
        return f"+{text}"
    if rounded < 0:
        return f"\u2212{text}"
    return "0"


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "\u2026"
