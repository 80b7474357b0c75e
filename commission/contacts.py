"""Organisations' contacts and the email drafts that carry their update returns (SPEC, the returns cycle).

    email_problem("officer@council.gov.uk")      # None: fine; else one plain sentence saying what is wrong
    message = return_draft(org, commission_name, attachment_name, data, due=..., chase=None)
    message.as_bytes()                           # an RFC 5322 .eml for the coordinator's own mail program

The draft is addressed to the organisation's contact, with a subject and a short plain body in the
organisation's language saying what to do and by when, and the return attached. Nothing is sent and no
password is asked for: the coordinator opens the .eml in their mail program and sends it from there.

Header values are built from cleaned, single-line text only: a contact name or an organisation name with
line breaks, control characters or thousands of characters cannot add a header or break the message.
Pure: plain values in, an `email.message.EmailMessage` out; no database, no Qt.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate

from commission.vocab import MONTHS_CY

MAX_EMAIL = 254  # RFC 5321's longest address
MAX_HEADER_TEXT = 200  # a name or subject part longer than this is cut (with …) in a header
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_DOMAIN_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$", re.UNICODE)


def email_problem(text: str) -> str | None:
    """Why `text` is not a usable email address (one plain sentence), or None when it is (or is empty)."""
    if not text:
        return None
    shown = text if len(text) <= 60 else text[:57] + "…"
    shown = " ".join(shown.split())
    if len(text) > MAX_EMAIL:
        return f"the email address is longer than {MAX_EMAIL} characters"
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return f"'{shown}' is not an email address: it has a space or a line break in it"
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        return f"'{shown}' is not an email address — write it like name@example.org"
    if not _LOCAL.match(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        return f"'{shown}' is not an email address: use only letters, digits and . _ + - before the @"
    labels = domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) and "_" not in label for label in labels):
        return f"'{shown}' is not an email address: the part after the @ should look like example.org"
    try:
        _ascii_domain(domain)
    except UnicodeError:
        return f"'{shown}' is not an email address: the part after the @ cannot be used"
    return None


def _ascii_domain(domain: str) -> str:
    return domain if domain.isascii() else domain.encode("idna").decode("ascii")


def header_text(text: str, most: int = MAX_HEADER_TEXT) -> str:
    """One line of plain text for a header: control characters and line breaks become spaces, runs of
    space one, cut to `most` characters."""
    text = "".join(" " if (ord(ch) < 32 or ord(ch) == 127 or ch in "\u2028\u2029\x85") else ch for ch in text or "")
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def day_words(value: date, language: str) -> str:
    """'22 November 2026' or '22 Tachwedd 2026'."""
    if language == "cy":
        return f"{value.day} {MONTHS_CY[value.month - 1]} {value.year}"
    return f"{value.day} {value:%B %Y}"


# The email's words in each language: {org}, {commission}, {contact}, {day} (the due date in words) and
# {when} (by that day, or as soon as possible) are filled in; a `_due`/`_late` part is added only when it applies.
_EMAIL = {
    "en": {
        "when_due": "by {day}",
        "when_open": "as soon as you can",
        "greeting": "Dear {contact},",
        "greeting_nobody": "Hello,",
        "reminder_subject": "Reminder: update return from {org}",
        "reminder_subject_due": " (due {day})",
        "reminder_opening": "A short reminder: we have not yet had {org}'s update return back",
        "reminder_opening_late": ". It was due on {day}.",
        "reminder_ask": "The return is attached again. Please open it, fill in the yellow cells on the Updates "
        "sheet, save the file and send it back by replying to this email ",
        "soon": "as soon as you can.",
        "subject": "Update return for {org}",
        "subject_due": ": please reply by {day}",
        "opening": "{commission} is asking {org} how things are going with the commitments it made. "
        "The attached spreadsheet lists them.",
        "ask": "Please open it and fill in the yellow cells on the Updates sheet: a date, a status and a "
        "short note for each commitment where something has happened. Then save the file and "
        "send it back by replying to this email {when}.",
        "closing": "The panel reads every update and gives its own view.\n\nThank you,",
    },
    "cy": {
        "when_due": "erbyn {day}",
        "when_open": "cyn gynted ag y gallwch",
        "greeting": "Annwyl {contact},",
        "greeting_nobody": "Annwyl gyfaill,",
        "reminder_subject": "Nodyn atgoffa: ffurflen ddiweddaru {org}",
        "reminder_subject_due": " (erbyn {day})",
        "reminder_opening": "Dyma nodyn bach i'ch atgoffa nad ydym wedi cael ffurflen ddiweddaru {org} yn ôl eto",
        "reminder_opening_late": ": roedd i fod i ddod erbyn {day}.",
        "reminder_ask": "Mae'r ffurflen ynghlwm eto. Agorwch hi, llenwch y celloedd melyn ar y daflen Updates, "
        "cadwch y ffeil a'i hanfon yn ôl drwy ateb yr e-bost hwn ",
        "soon": "cyn gynted ag y gallwch.",
        "subject": "Ffurflen ddiweddaru ar gyfer {org}",
        "subject_due": ": atebwch erbyn {day}",
        "opening": "Mae {commission} yn gofyn i {org} sut mae pethau'n mynd gyda'r ymrwymiadau a wnaeth. "
        "Mae'r daenlen sydd ynghlwm yn eu rhestru.",
        "ask": "Agorwch y daenlen a llenwch y celloedd melyn ar y daflen Updates: dyddiad, statws a nodyn "
        "byr ar gyfer pob ymrwymiad lle mae rhywbeth wedi digwydd. Yna cadwch y ffeil a'i hanfon "
        "yn ôl drwy ateb yr e-bost hwn {when}.",
        "closing": "Bydd y panel yn darllen pob diweddariad ac yn rhoi ei farn ei hun.\n\nDiolch yn fawr,",
    },
}


def _words(
    language: str, reminder: bool, *, org: str, commission: str, contact: str, due: date | None, late: bool
) -> tuple[str, str]:
    """The subject and the body, in the organisation's language."""
    words = _EMAIL["cy" if language == "cy" else "en"]
    day = day_words(due, "cy" if language == "cy" else "en") if due else ""
    when = words["when_due" if due else "when_open"].format(day=day)

    def say(key: str) -> str:
        return words[key].format(org=org, commission=commission, contact=contact, day=day, when=when)

    greeting = say("greeting" if contact else "greeting_nobody")
    if reminder:
        subject = say("reminder_subject") + (say("reminder_subject_due") if due else "")
        opening = say("reminder_opening") + (say("reminder_opening_late") if late and due else ".")
        ask = say("reminder_ask") + (say("soon") if late else f"{when}.")
    else:
        subject = say("subject") + (say("subject_due") if due else "")
        opening, ask = say("opening"), say("ask")
    body = f"{greeting}\n\n{opening}\n\n{ask}\n\n{say('closing')}\n{commission}\n"
    return subject, body


def return_draft(
    *,
    contact_name: str,
    contact_email: str,
    language: str,
    organisation: str,
    commission: str,
    attachment: bytes,
    attachment_name: str,
    due: date | None,
    chase: str | None = None,
    written: date | None = None,
) -> EmailMessage:
    """The email draft for one organisation's return, or with `chase` (the return's status: "late" once its
    due date has passed, or any other) the reminder for it. `contact_email` must pass `email_problem`
    (ValueError otherwise); the rest may hold anything."""
    problem = email_problem(contact_email) if contact_email else "there is no email address"
    if problem:
        raise ValueError(problem)
    language = language if language in ("en", "cy") else "en"
    name, org, commission = header_text(contact_name), header_text(organisation), header_text(commission)
    local, _at, domain = contact_email.rpartition("@")
    reminder, late = chase is not None, chase == "late"
    subject, body = _words(language, reminder, org=org, commission=commission, contact=name, due=due, late=late)
    message = EmailMessage(policy=policy.SMTP)
    message["To"] = Address(display_name=name, username=local, domain=_ascii_domain(domain))
    message["Subject"] = header_text(subject, 400)
    message["Date"] = (
        formatdate(localtime=True) if written is None else formatdate(_timestamp(written), localtime=False)
    )
    message["X-Unsent"] = "1"  # Outlook and others open it as a message to send, not one received
    message.set_content(body, charset="utf-8")
    message.add_attachment(
        attachment,
        maintype=XLSX[0],
        subtype=XLSX[1],
        filename=header_text(attachment_name, 240) or "update return.xlsx",
    )
    message["Content-Language"] = language  # after the content is set: setting it clears Content-* headers
    return message


def _timestamp(day: date) -> float:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC).timestamp()
