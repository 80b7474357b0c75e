"""Plain words for what the app shows: the same word in code, UI and reports (STYLE.md)."""

from __future__ import annotations

from datetime import date

from commission import privacy
from commission.domain import Member
from commission.kinds import KINDS
from commission.numbers import percent  # one way to write a percentage, app and reports alike
from commission.vocab import uk_date as _uk_date
from commission.vocab import uk_short_date as _uk_short_date

__all__ = ["percent", "uk_date", "uk_short_date"]

try:  # the words on screen in the interface's language (resources/translations; lupdate reads these)
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
except ImportError:  # pragma: no cover
    QT_TRANSLATE_NOOP = lambda _context, text: text  # noqa: E731

# The commitment states as the pills and lists show them (Pill and paint_pill translate them in "words").
STATE_WORDS = (
    QT_TRANSLATE_NOOP("words", "done"),
    QT_TRANSLATE_NOOP("words", "dropped"),
    QT_TRANSLATE_NOOP("words", "overdue"),
    QT_TRANSLATE_NOOP("words", "at risk"),
    QT_TRANSLATE_NOOP("words", "on track"),
    QT_TRANSLATE_NOOP("words", "not made yet"),
)
# The panel's verdicts as the pills show them (VERDICT_SHORT), translated by paint_pill and Pill.
VERDICT_PILL_WORDS = (
    QT_TRANSLATE_NOOP("words", "agree"),
    QT_TRANSLATE_NOOP("words", "partly"),
    QT_TRANSLATE_NOOP("words", "disagree"),
    QT_TRANSLATE_NOOP("words", "not assessed"),
)
VERDICT_PILL_LONG = (
    QT_TRANSLATE_NOOP("words", "Agrees it happened"),
    QT_TRANSLATE_NOOP("words", "Partly agrees"),
    QT_TRANSLATE_NOOP("words", "Disagrees"),
    QT_TRANSLATE_NOOP("words", "Not yet assessed"),
)
# An update's status (vocab.UPDATE_STATUSES) as the timeline shows it.
UPDATE_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("words", "not started"),
    QT_TRANSLATE_NOOP("words", "in progress"),
    QT_TRANSLATE_NOOP("words", "stalled"),
)
# A draft's status (vocab.INSIGHT_STATUSES), a review round's and a round item's, as pills and lists show them.
REVIEW_WORDS = (
    QT_TRANSLATE_NOOP("words", "draft"),
    QT_TRANSLATE_NOOP("words", "in review"),
    QT_TRANSLATE_NOOP("words", "agreed"),
    QT_TRANSLATE_NOOP("words", "open"),
    QT_TRANSLATE_NOOP("words", "closed"),
    QT_TRANSLATE_NOOP("words", "changed since sent"),
    QT_TRANSLATE_NOOP("words", "to resolve"),
    QT_TRANSLATE_NOOP("words", "text changed"),
    QT_TRANSLATE_NOOP("words", "kept"),
    QT_TRANSLATE_NOOP("words", "waiting"),
    QT_TRANSLATE_NOOP("words", "all answered"),
    QT_TRANSLATE_NOOP("words", "What we heard"),
    QT_TRANSLATE_NOOP("words", "Action"),
    QT_TRANSLATE_NOOP("words", "Session notes"),
    QT_TRANSLATE_NOOP("words", "You said, we did"),
    QT_TRANSLATE_NOOP("words", "Update"),
    QT_TRANSLATE_NOOP("words", "Do you agree this is done?"),
    QT_TRANSLATE_NOOP("words", "Agree"),
    QT_TRANSLATE_NOOP("words", "Change"),
    QT_TRANSLATE_NOOP("words", "Disagree"),
    QT_TRANSLATE_NOOP("words", "Community commissioners"),
    QT_TRANSLATE_NOOP("words", "Civic commissioners"),
    QT_TRANSLATE_NOOP("words", "Facilitators"),
    QT_TRANSLATE_NOOP("words", "Guests"),
)
# A session's kind (vocab.SESSION_KINDS), in the Welsh the reports use (reports/text.py).
SESSION_KIND_WORDS = (
    QT_TRANSLATE_NOOP("words", "listening"),
    QT_TRANSLATE_NOOP("words", "theme"),
    QT_TRANSLATE_NOOP("words", "working group"),
    QT_TRANSLATE_NOOP("words", "joint"),
    QT_TRANSLATE_NOOP("words", "launch"),
    QT_TRANSLATE_NOOP("words", "closing"),
    QT_TRANSLATE_NOOP("words", "follow-up"),
)
# A member's consent at a glance (consent_state), as the Members legend shows it.
CONSENT_STATE_WORDS = (
    QT_TRANSLATE_NOOP("words", "named"),
    QT_TRANSLATE_NOOP("words", "pseudonym only"),
    QT_TRANSLATE_NOOP("words", "quotes withheld"),
    QT_TRANSLATE_NOOP("words", "expired"),
    QT_TRANSLATE_NOOP("words", "withdrawn"),
    QT_TRANSLATE_NOOP("words", "erased"),
)


def word(text: str) -> str:
    """One of the words of the tables above (a state, a status, a kind), in the interface's language."""
    return QCoreApplication.translate("words", text) if text else text


def header_word(text: str) -> str:
    """A table's column header, marked for lupdate (context "headers"); models translate it when shown."""
    return text


def _welsh() -> bool:
    from commission.ui import i18n

    return i18n.current() == "cy"


def uk_date(value: date | None) -> str:
    """'12 March 2026' (in Welsh '12 Mawrth 2026'), as the interface's language writes a date."""
    if value is None or not _welsh():
        return _uk_date(value)
    from commission.ui import i18n

    return i18n.locale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


uk_short_date = _uk_short_date  # 12/03/2026 reads the same in Welsh


class _Words(dict):
    """A table of words shown on screen: looked up, they come in the interface's language ("words")."""

    def __getitem__(self, key):
        return QCoreApplication.translate("words", super().__getitem__(key))

    def get(self, key, default=None):
        # not self.get(key, default) as SIM401 suggests: this is get() itself, that would recurse forever
        return self[key] if key in self else default  # noqa: SIM401

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]


# The words the tables below hold, for lupdate (the tables themselves stay readable).
TABLE_WORDS = (
    QT_TRANSLATE_NOOP("words", "Community commissioner"),
    QT_TRANSLATE_NOOP("words", "Civic commissioner"),
    QT_TRANSLATE_NOOP("words", "Facilitator"),
    QT_TRANSLATE_NOOP("words", "Guest"),
    QT_TRANSLATE_NOOP("words", "Community"),
    QT_TRANSLATE_NOOP("words", "Civic"),
    QT_TRANSLATE_NOOP("words", "Council"),
    QT_TRANSLATE_NOOP("words", "Health board"),
    QT_TRANSLATE_NOOP("words", "DWP / Jobcentre"),
    QT_TRANSLATE_NOOP("words", "Housing"),
    QT_TRANSLATE_NOOP("words", "Voluntary sector"),
    QT_TRANSLATE_NOOP("words", "Business"),
    QT_TRANSLATE_NOOP("words", "Other"),
    QT_TRANSLATE_NOOP("words", "May be named, and their words quoted, in reports."),
    QT_TRANSLATE_NOOP("words", "Shown by pseudonym (or 'Community commissioner N') in anything meant for others."),
    QT_TRANSLATE_NOOP("words", "May be named, but their words are left out of reports."),
    QT_TRANSLATE_NOOP("words", "A consent has passed its expiry date: ask again before the next report."),
    QT_TRANSLATE_NOOP("words", "They have withdrawn a consent: reports leave out what it covered."),
    QT_TRANSLATE_NOOP("words", "Their personal details were erased at their request."),
)

VERDICT_WORDS = _Words(
    {
        "agree": "Agrees it happened",
        "partly": "Partly agrees",
        "disagree": "Disagrees",
        "not assessed": "Not yet assessed",
    }
)
VERDICT_SHORT = {"agree": "agree", "partly": "partly", "disagree": "disagree", "not assessed": "not assessed"}
ROLE_WORDS = _Words(
    {
        "community": "Community commissioner",
        "civic": "Civic commissioner",
        "facilitator": "Facilitator",
        "guest": "Guest",
    }
)
ROLE_SHORT = _Words({"community": "Community", "civic": "Civic", "facilitator": "Facilitator", "guest": "Guest"})
ORGANISATION_KIND_WORDS = _Words(
    {
        "council": "Council",
        "health": "Health board",
        "dwp": "DWP / Jobcentre",
        "housing": "Housing",
        "voluntary": "Voluntary sector",
        "business": "Business",
        "other": "Other",
    }
)
LANGUAGE_WORDS = {"en": "English", "cy": "Cymraeg (Welsh)"}
KIND_WORDS = {kind.name: kind.word for kind in KINDS.values()}  # search headings ("What we heard")


# A commitment made after the as-of date is in no figure; the editing screens still list it, saying so.
NOT_MADE = "not made yet"
NOT_MADE_COLOUR = "#9e9e9e"


def state_of(snap, commitment_id: int) -> tuple[str, str]:
    """(word, colour) for a commitment's state as of the snapshot's date, 'not made yet' if it did not exist."""
    from commission.vocab import STATE_COLOURS

    result = snap.figures.commitments.get(commitment_id)
    return (result.state, STATE_COLOURS[result.state]) if result else (NOT_MADE, NOT_MADE_COLOUR)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def counted(text: str, n: int) -> str:
    """A tr("%n thing(s)", "", n) as English says it: "1 thing", "2 things" (a translation has no "(s)")."""
    return text.replace("(s)", "" if n == 1 else "s")


def consent_state(member: Member, on: date) -> str:
    """One phrase for a member's consent at a glance (the coordinator's view, not what reports show)."""
    return privacy.consent_state(
        named=member.consent_named,
        named_expires=member.consent_named_expires,
        quote=member.consent_quote,
        quote_expires=member.consent_quote_expires,
        on=on,
        named_withdrawn=member.consent_named_withdrawn,
        quote_withdrawn=member.consent_quote_withdrawn,
        erased=member.erased,
    )


CONSENT_EXPLAINED = _Words(
    {
        "named": "May be named, and their words quoted, in reports.",
        "pseudonym only": "Shown by pseudonym (or 'Community commissioner N') in anything meant for others.",
        "quotes withheld": "May be named, but their words are left out of reports.",
        "expired": "A consent has passed its expiry date: ask again before the next report.",
        "withdrawn": "They have withdrawn a consent: reports leave out what it covered.",
        "erased": "Their personal details were erased at their request.",
    }
)


def short_text(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def member_label(member: Member | None) -> str:
    if member is None:
        return "No speaker recorded"
    name = member.display_name or member.pseudonym or member.ref
    return f"{name} ({ROLE_WORDS.get(member.role, member.role).lower()})"
