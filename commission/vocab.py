"""The words of SPEC.md's vocabulary, and how cells spelled by people are read into them."""

from __future__ import annotations

from datetime import date, datetime

ROLES = ("community", "civic", "facilitator", "guest")
ORGANISATION_KINDS = ("council", "health", "dwp", "housing", "voluntary", "business", "other")
SESSION_KINDS = ("listening", "theme", "working group", "joint", "launch", "closing", "follow-up")
ATTENDANCE = ("present", "apologies", "absent")
ASSETS = ("human", "social", "physical", "public", "financial")
INSIGHT_STATUSES = ("draft", "in review", "agreed")
UPDATE_STATUSES = ("not started", "in progress", "at risk", "stalled", "done", "dropped")
VERDICTS = ("agree", "partly", "disagree", "not assessed")
LANGUAGES = ("en", "cy")
CONSENT_KINDS = ("named", "quote")
REVIEW_ANSWERS = ("agree", "change", "disagree")
# The months in Welsh, for dates written out in words ('22 Tachwedd 2026')
MONTHS_CY = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)

# The five reporting states, in the order their rules are tried (SPEC, Progress rules).
STATES = ("done", "dropped", "overdue", "at risk", "on track")

# One colour per state, everywhere (STYLE.md): always shown with the word, never alone.
STATE_COLOURS = {
    "done": "#2e7d32",
    "on track": "#1565c0",
    "at risk": "#ef8f00",
    "overdue": "#c62828",
    "dropped": "#757575",
}

ASSET_LABELS = {
    "human": "Human (skills, health, confidence)",
    "social": "Social (networks, trust, belonging)",
    "physical": "Physical (housing, transport, places)",
    "public": "Public (services, support, rights)",
    "financial": "Financial (income, savings, debt)",
}

_YES = {"yes", "true", "1", "y"}
_NO = {"no", "false", "0", "n"}


def parse_yes_no(value: object) -> bool | None:
    """Read a yes/no cell; None when it is neither (an empty cell is 'no')."""
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO or text == "":
        return False
    return None


def parse_choice(value: object, choices: tuple[str, ...]) -> str | None:
    """Read an enumerated cell: any case, spaces around ignored; None when not one of choices."""
    text = " ".join(str(value).split()).lower()
    return text if text in choices else None


def parse_date(value: object) -> date | None:
    """Read an ISO YYYY-MM-DD date (or a real date cell); None when it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def uk_date(value: date | None) -> str:
    """'12 March 2026', as text reads in the UK."""
    return f"{value.day} {value:%B %Y}" if value else ""


def uk_short_date(value: date | None) -> str:
    """'12/03/2026', as tables read in the UK."""
    return f"{value:%d/%m/%Y}" if value else ""


# The Welsh words a Welsh update return offers (and a coordinator may type) for statuses and verdicts, read as
# the English words the data keeps. Apostrophes of either form; "wedi ei" as well as "wedi'i".
WELSH_STATUSES = {
    "heb ddechrau": "not started",
    "ar y gweill": "in progress",
    "mewn perygl": "at risk",
    "wedi aros": "stalled",
    "wedi'i wneud": "done",
    "wedi ei wneud": "done",
    "wedi'i ollwng": "dropped",
    "wedi ei ollwng": "dropped",
}
WELSH_VERDICTS = {
    "cytuno": "agree",
    "cytuno'n rhannol": "partly",
    "yn rhannol": "partly",
    "rhannol": "partly",
    "anghytuno": "disagree",
    "heb ei asesu": "not assessed",
}


def english_word(text: str, column: str) -> str:
    """A status or verdict typed in Welsh as the English word stored ('ar y gweill' is 'in progress');
    anything else as it was."""
    words = WELSH_STATUSES if column == "status" else WELSH_VERDICTS if column == "verdict" else None
    if not words:
        return text
    return words.get(text.replace("\u2019", "'").replace("\u2018", "'"), text)
