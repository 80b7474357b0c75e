"""SPEC.md's consent rules: who may be named, whose words may be quoted, in anything meant for others."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commission.vocab import parse_date, parse_yes_no

ANONYMOUS_SPEAKER = "a panel member"


def consent_valid(given: object, expires: object, on: date) -> bool:
    """A consent is valid on a date when it is given and that date is on or before its expiry (if any)."""
    if parse_yes_no(given) is not True:
        return False
    if expires in (None, ""):
        return True
    expiry = parse_date(expires)
    if expiry is None:  # an unreadable expiry is treated as no consent: never guess in favour of exposure
        return False
    return on <= expiry


@dataclass(frozen=True)
class Person:
    """What the consent rules need to know of a member."""

    id: int
    display_name: str
    role: str
    pseudonym: str = ""
    named: bool = False
    named_expires: date | None = None
    quote: bool = False
    quote_expires: date | None = None
    community_number: int | None = None  # N in "Community commissioner N"


def may_name(person: Person, on: date) -> bool:
    return consent_valid(person.named, person.named_expires, on)


def may_quote(person: Person, on: date) -> bool:
    return consent_valid(person.quote, person.quote_expires, on)


def public_name(person: Person | None, on: date) -> str:
    """How a member is shown to others: real name with valid consent, else pseudonym, else a neutral label."""
    if person is None:
        return ANONYMOUS_SPEAKER
    if may_name(person, on):
        return person.display_name
    if person.pseudonym.strip():
        return person.pseudonym.strip()
    if person.role == "community" and person.community_number is not None:
        return f"Community commissioner {person.community_number}"
    label = {"civic": "Civic commissioner", "facilitator": "Facilitator", "guest": "Guest"}.get(
        person.role, "Panel member"
    )
    return f"{label} {person.community_number}" if person.community_number else label


def quote_allowed(speaker: Person | None, on: date) -> bool:
    """A quote with no recorded speaker may be shown (as 'a panel member'); otherwise it needs quote consent."""
    return speaker is None or may_quote(speaker, on)


# The coordinator's one-phrase view of a member's consent (not what reports show: see public_name).
CONSENT_STATES = ("named", "pseudonym only", "quotes withheld", "expired", "withdrawn", "erased")


def consent_state(
    *,
    named: object,
    named_expires: object,
    quote: object,
    quote_expires: object,
    on: date,
    named_withdrawn: bool = False,
    quote_withdrawn: bool = False,
    erased: bool = False,
) -> str:
    """One of CONSENT_STATES for the consents in force (the latest recorded per kind) on a date.

    Erased beats everything, then a withdrawal (the consent in force is a withdrawal), then a consent that was
    given but is not valid on the date (its expiry has passed), then what may be shown: name and quotes,
    pseudonym only, or name without quotes.
    """
    if erased:
        return "erased"
    if named_withdrawn or quote_withdrawn:
        return "withdrawn"
    may_be_named = consent_valid(named, named_expires, on)
    may_be_quoted = consent_valid(quote, quote_expires, on)
    given = parse_yes_no(named) is True, parse_yes_no(quote) is True
    if (given[0] and not may_be_named) or (given[1] and not may_be_quoted):
        return "expired"
    if not may_be_named:
        return "pseudonym only"
    if not may_be_quoted:
        return "quotes withheld"
    return "named"


def number_members(people: list[Person]) -> list[Person]:
    """Give each member a stable N per role (in the order given, e.g. by ref) for neutral labels."""
    counters: dict[str, int] = {}
    numbered = []
    for person in people:
        counters[person.role] = counters.get(person.role, 0) + 1
        numbered.append(Person(**{**person.__dict__, "community_number": counters[person.role]}))
    return numbered
