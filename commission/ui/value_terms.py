"""The words and numbers of the Social value screen: each SROI term in plain words, and how figures are typed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from commission import sroi

NUMBERS = ("quantity", "proxy", "duration", *sroi.FRACTIONS)
PERCENT = set(sroi.FRACTIONS)


def parse_number(text: str, percent: bool = False) -> float | None:
    """'1,250', '£1,250', '25', '25%' → a number (a share for a percentage); None when it is not one."""
    cleaned = text.strip().replace(",", "").removeprefix("£").removesuffix("%").strip()
    try:
        value = float(cleaned)
    except ValueError:
        return None
    if value != value or abs(value) == float("inf"):
        return None
    return value / 100 if percent else value


def show_number(value: float | None, percent: bool = False) -> str:
    if value is None:
        return ""
    value = value * 100 if percent else value
    return f"{value:g}" if percent else (f"{value:,.2f}".removesuffix(".00"))


def money(value: float) -> str:
    return f"£{value:,.0f}"


TERMS = (  # each field of an outcome: its label and what it means, in plain words
    (
        "outcome",
        QT_TRANSLATE_NOOP("SocialValueScreen", "Outcome"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "What changed for people because of the commission, in a few words."),
    ),
    (
        "stakeholder",
        QT_TRANSLATE_NOOP("SocialValueScreen", "Who for"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "Who it changed for."),
    ),
    (
        "indicator",
        QT_TRANSLATE_NOOP("SocialValueScreen", "How we know"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "What was counted or asked to show it happened."),
    ),
    (
        "quantity",
        QT_TRANSLATE_NOOP("SocialValueScreen", "How many"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "How many people (or homes, or visits) it happened for."),
    ),
    (
        "proxy",
        QT_TRANSLATE_NOOP("SocialValueScreen", "Value a year (£)"),
        QT_TRANSLATE_NOOP(
            "SocialValueScreen",
            "The financial proxy: what the change is worth in pounds, for one of them, for one year.",
        ),
    ),
    (
        "proxy_source",
        QT_TRANSLATE_NOOP("SocialValueScreen", "Where the value comes from"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "The source of that value, so others can check it."),
    ),
    (
        "duration",
        QT_TRANSLATE_NOOP("SocialValueScreen", "Years it lasts"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "How many years the change lasts (a whole number)."),
    ),
    (
        "deadweight",
        QT_TRANSLATE_NOOP("SocialValueScreen", "Deadweight (%)"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "How much would have happened anyway, without the commission."),
    ),
    (
        "attribution",
        QT_TRANSLATE_NOOP("SocialValueScreen", "Attribution (%)"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "How much of it is down to others: other services, family, friends."),
    ),
    (
        "displacement",
        QT_TRANSLATE_NOOP("SocialValueScreen", "Displacement (%)"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "How much of it only moved a benefit or a problem from somewhere else."),
    ),
    (
        "drop_off",
        QT_TRANSLATE_NOOP("SocialValueScreen", "Drop-off (%)"),
        QT_TRANSLATE_NOOP("SocialValueScreen", "How much of the change fades each year after the first."),
    ),
)

SENSITIVITY_WORDS = {  # each row of the sensitivity table
    "base": QT_TRANSLATE_NOOP("SocialValueScreen", "As entered"),
    "deadweight+": QT_TRANSLATE_NOOP("SocialValueScreen", "Deadweight 10 points higher"),
    "deadweight-": QT_TRANSLATE_NOOP("SocialValueScreen", "Deadweight 10 points lower"),
    "attribution+": QT_TRANSLATE_NOOP("SocialValueScreen", "Attribution 10 points higher"),
    "attribution-": QT_TRANSLATE_NOOP("SocialValueScreen", "Attribution 10 points lower"),
    "drop_off+": QT_TRANSLATE_NOOP("SocialValueScreen", "Drop-off 10 points higher"),
    "drop_off-": QT_TRANSLATE_NOOP("SocialValueScreen", "Drop-off 10 points lower"),
    "duration1": QT_TRANSLATE_NOOP("SocialValueScreen", "Every outcome for 1 year only"),
}

REFUSALS = (  # the two refusals sroi.ratio gives, shown in the interface's language
    QT_TRANSLATE_NOOP("SocialValueScreen", "Enter what was invested (£) to work out the value for every £1."),
    QT_TRANSLATE_NOOP("SocialValueScreen", "The investment must be more than £0 to work out the value for every £1."),
)
