"""The words of review items: what each kind is called, the text put to the panel, and what a reviewer may see.

Plain functions over `commission.domain` data: no database here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from commission import domain, privacy, vocab
from commission.reports.model import Redactor

KIND_LABELS = {
    "insight": "What we heard",
    "action": "Action",
    "session_notes": "Session notes",
    "report_text": "You said, we did",
    "update": "Do you agree this is done?",
}
QUESTIONS = {
    "insight": "Is this what the panel said?",
    "action": "Is this the action the panel agreed?",
    "session_notes": "Is this a fair record of the session?",
    "report_text": "Is this a fair account of what you said and what has been done?",
    "update": "Do you agree this is done?",
}
HINTS = {"update": "Tick Change if you think it is only partly done."}
GONE = "(no longer in the commission)"


@dataclass(frozen=True)
class QuoteLine:
    text: str
    speaker: str  # "You", a public name, or "a panel member"
    own: bool


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_action_text(text: str) -> tuple[str, str]:
    """An action's review text back into (title, description): the first line, then the rest."""
    title, _, rest = text.strip().partition("\n")
    return title.strip(), rest.strip()


def you_said_we_did(data: domain.CommissionData, theme_id: int, as_of: date | None = None,
                    figures: domain.Figures | None = None) -> str:
    """A theme's 'you said, we did' text: its insights, then the actions taken on them and how far they got."""
    theme = next((t for t in data.themes if t.id == theme_id), None)
    if theme is None:
        return ""
    insights = [i for i in data.insights if i.theme_id == theme_id]
    ids = {i.id for i in insights}
    actions = [a for a in data.actions if ids & set(a.insight_ids)]
    figures = figures or domain.evaluate(data, as_of or date.today())
    lines = ["You said:"] + [f"• {i.statement}" for i in insights]
    lines += ["", "We did:"]
    for a in actions:
        promises = [c for c in data.commitments if c.action_id == a.id]
        done = sum(1 for c in promises if figures.commitments[c.id].state == "done")
        lines.append(f"• {a.title}: " + (f"{done} of {len(promises)} promises done" if promises else "no promises yet"))
    if not actions:
        lines.append("• Nothing yet: no actions have been agreed on this.")
    return "\n".join(lines)


def record_text(data: domain.CommissionData, kind: str, record_id: int | None) -> str | None:
    """The words an item of this kind puts to the panel, from its record as it is now; None if it is gone."""
    if kind == "insight":
        insight = next((i for i in data.insights if i.id == record_id), None)
        return insight.statement if insight else None
    if kind == "action":
        action = next((a for a in data.actions if a.id == record_id), None)
        if action is None:
            return None
        return action.title + (f"\n\n{action.description}" if action.description.strip() else "")
    if kind == "session_notes":
        session = next((s for s in data.sessions if s.id == record_id), None)
        return session.notes if session else None
    if kind == "report_text":
        return you_said_we_did(data, record_id) if any(t.id == record_id for t in data.themes) else None
    if kind == "update":
        return _update_text(data, record_id)
    return None


def _update_text(data: domain.CommissionData, update_id: int | None) -> str | None:
    update = next((u for u in data.updates if u.id == update_id), None)
    if update is None:
        return None
    commitment = next(c for c in data.commitments if c.id == update.commitment_id)
    org = next(o for o in data.organisations if o.id == commitment.organisation_id)
    said = f"On {vocab.uk_date(update.date)} they told us it is {update.status}"
    if update.progress is not None and update.status not in ("done", "dropped"):
        said += f", {update.progress:g}% of the way"
    said += "."
    if update.note.strip():
        said += f" {update.note.strip()}"
    return f"{org.name} promised: {commitment.pledge}\n\n{said}"


def describe(data: domain.CommissionData, kind: str, record_id: int | None) -> tuple[str, str, str]:
    """(ref, label, heading) for an item: a short label for lists and the trail, a heading for the reviewer."""
    if kind == "insight":
        insight = next((i for i in data.insights if i.id == record_id), None)
        if insight:
            theme = next((t.name for t in data.themes if t.id == insight.theme_id), "")
            return insight.ref, _short(insight.statement), theme
    elif kind == "action":
        action = next((a for a in data.actions if a.id == record_id), None)
        if action:
            themes = {i.theme_id for i in data.insights if i.id in action.insight_ids}
            names = ", ".join(t.name for t in data.themes if t.id in themes)
            return action.ref, _short(action.title), names
    elif kind == "session_notes":
        session = next((s for s in data.sessions if s.id == record_id), None)
        if session:
            when = vocab.uk_date(session.date)
            return session.ref, f"Notes of '{_short(session.title, 60)}' ({when})", f"{session.title}, {when}"
    elif kind == "report_text":
        theme = next((t for t in data.themes if t.id == record_id), None)
        if theme:
            return theme.ref, f"You said, we did: {theme.name}", theme.name
    elif kind == "update":
        update = next((u for u in data.updates if u.id == record_id), None)
        if update:
            commitment = next(c for c in data.commitments if c.id == update.commitment_id)
            org = next(o.name for o in data.organisations if o.id == commitment.organisation_id)
            return (commitment.ref, f"{org}: update of {vocab.uk_date(update.date)} on {commitment.ref}",
                    f"{org}: commitment {commitment.ref}")
    return f"#{record_id}", GONE, GONE


def reviewer_redactor(data: domain.CommissionData, member_id: int, on: date) -> Redactor:
    """Free text as one reviewer may see it: others named only with consent, contacts never; their own name kept."""
    members = [replace(mb, consent_named=True, consent_named_expires=None) if mb.id == member_id else mb
               for mb in data.members]
    return Redactor(replace(data, members=members), on)


def _quotes_for(data: domain.CommissionData, kind: str, record_id: int | None) -> list[domain.Quote]:
    if kind == "insight":
        chosen = [q for q in data.quotes if record_id in q.insight_ids]
    elif kind == "session_notes":
        chosen = [q for q in data.quotes if q.session_id == record_id]
    elif kind == "report_text":
        ids = {i.id for i in data.insights if i.theme_id == record_id}
        chosen = [q for q in data.quotes if ids & set(q.insight_ids)]
    else:
        return []
    dates = {s.id: s.date for s in data.sessions}
    return sorted(chosen, key=lambda q: (dates.get(q.session_id, date.min), q.ref))


def reviewer_quotes(data: domain.CommissionData, kind: str, record_id: int | None, member_id: int, on: date,
                    redact: Redactor) -> tuple[list[QuoteLine], int]:
    """The quotes behind an item that this reviewer may see, and how many others' were left out for consent."""
    shown, withheld = [], 0
    for q in _quotes_for(data, kind, record_id):
        if q.member_id == member_id:
            shown.append(QuoteLine(redact(q.text), "You", True))
            continue
        speaker = data.people.get(q.member_id) if q.member_id is not None else None
        if q.member_id is not None and (speaker is None or not privacy.quote_allowed(speaker, on)):
            withheld += 1
            continue
        shown.append(QuoteLine(redact(q.text), privacy.public_name(speaker, on), False))
    return shown, withheld
