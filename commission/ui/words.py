"""Plain words for what the app shows: the same word in code, UI and reports (STYLE.md)."""

from __future__ import annotations

from datetime import date

from commission import privacy
from commission.domain import Member
from commission.numbers import percent  # one way to write a percentage, app and reports alike
from commission.vocab import uk_date, uk_short_date

__all__ = ["percent", "uk_date", "uk_short_date"]

VERDICT_WORDS = {
    "agree": "Agrees it happened",
    "partly": "Partly agrees",
    "disagree": "Disagrees",
    "not assessed": "Not yet assessed",
}
VERDICT_SHORT = {"agree": "agree", "partly": "partly", "disagree": "disagree", "not assessed": "not assessed"}
ROLE_WORDS = {
    "community": "Community commissioner", "civic": "Civic commissioner", "facilitator": "Facilitator",
    "guest": "Guest",
}
ROLE_SHORT = {"community": "Community", "civic": "Civic", "facilitator": "Facilitator", "guest": "Guest"}
ORGANISATION_KIND_WORDS = {
    "council": "Council", "health": "Health board", "dwp": "DWP / Jobcentre", "housing": "Housing",
    "voluntary": "Voluntary sector", "business": "Business", "other": "Other",
}
LANGUAGE_WORDS = {"en": "English", "cy": "Cymraeg (Welsh)"}
KIND_WORDS = {
    "session": "Session", "quote": "Quote", "insight": "What we heard", "action": "Action",
    "commitment": "Commitment", "update": "Update", "member": "Member", "organisation": "Organisation",
    "theme": "Theme",
}




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


def consent_state(member: Member, on: date) -> str:
    """One phrase for a member's consent at a glance (the coordinator's view, not what reports show)."""
    return privacy.consent_state(
        named=member.consent_named, named_expires=member.consent_named_expires,
        quote=member.consent_quote, quote_expires=member.consent_quote_expires, on=on,
        named_withdrawn=member.consent_named_withdrawn, quote_withdrawn=member.consent_quote_withdrawn,
        erased=member.erased)


CONSENT_EXPLAINED = {
    "named": "May be named, and their words quoted, in reports.",
    "pseudonym only": "Shown by pseudonym (or 'Community commissioner N') in anything meant for others.",
    "quotes withheld": "May be named, but their words are left out of reports.",
    "expired": "A consent has passed its expiry date: ask again before the next report.",
    "withdrawn": "They have withdrawn a consent: reports leave out what it covered.",
    "erased": "Their personal details were erased at their request.",
}


def short_text(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def member_label(member: Member | None) -> str:
    if member is None:
        return "No speaker recorded"
    name = member.display_name or member.pseudonym or member.ref
    return f"{name} ({ROLE_WORDS.get(member.role, member.role).lower()})"
