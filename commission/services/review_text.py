"""The words of review items: what each kind is called, the text put to the panel, and what a reviewer may see.

Plain functions over `commission.domain` data: no database here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from commission import domain, outward, privacy, vocab
from commission.outward import Redactor

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


class _Index:
    """Look-ups by id over one CommissionData, built once: a picker lists thousands of items."""

    def __init__(self, data: domain.CommissionData):
        self.insights = {i.id: i for i in data.insights}
        self.actions = {a.id: a for a in data.actions}
        self.sessions = {s.id: s for s in data.sessions}
        self.themes = {t.id: t for t in data.themes}
        self.updates = {u.id: u for u in data.updates}
        self.commitments = {c.id: c for c in data.commitments}
        self.organisations = {o.id: o for o in data.organisations}
        self.insights_of_theme: dict[int, list[domain.Insight]] = defaultdict(list)
        for i in data.insights:
            self.insights_of_theme[i.theme_id].append(i)
        self.actions_of_insight: dict[int, list[domain.Action]] = defaultdict(list)
        for a in data.actions:
            for insight_id in a.insight_ids:
                self.actions_of_insight[insight_id].append(a)
        self.commitments_of_action: dict[int, list[domain.Commitment]] = defaultdict(list)
        for c in data.commitments:
            self.commitments_of_action[c.action_id].append(c)
        dates = {s.id: s.date for s in data.sessions}
        ordered = sorted(data.quotes, key=lambda q: (dates.get(q.session_id, date.min), q.ref))
        self.quote_order = {q.id: n for n, q in enumerate(ordered)}
        self.quotes_of_insight: dict[int, list[domain.Quote]] = defaultdict(list)
        self.quotes_of_session: dict[int, list[domain.Quote]] = defaultdict(list)
        for q in ordered:
            self.quotes_of_session[q.session_id].append(q)
            for insight_id in q.insight_ids:
                self.quotes_of_insight[insight_id].append(q)


def _ix(data: domain.CommissionData) -> _Index:
    # kept on the data object, as its own cached properties are: it lives exactly as long as the data
    index = data.__dict__.get("_review_index")
    if index is None:
        index = data.__dict__["_review_index"] = _Index(data)
    return index


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_action_text(text: str) -> tuple[str, str]:
    """An action's review text back into (title, description): the first line, then the rest."""
    title, _, rest = text.strip().partition("\n")
    return title.strip(), rest.strip()


def you_said_we_did(
    data: domain.CommissionData, theme_id: int, as_of: date | None = None, figures: domain.Figures | None = None
) -> str:
    """A theme's 'you said, we did' text: its insights, then the actions taken on them and how far they got."""
    ix = _ix(data)
    if theme_id not in ix.themes:
        return ""
    insights = ix.insights_of_theme.get(theme_id, [])
    actions = list({a.id: a for i in insights for a in ix.actions_of_insight.get(i.id, [])}.values())
    actions.sort(key=lambda a: a.ref)
    figures = figures or domain.evaluate(data, as_of or date.today())
    lines = ["You said:"] + [f"• {i.statement}" for i in insights]
    lines += ["", "We did:"]
    for a in actions:
        promises = figures.counted(ix.commitments_of_action.get(a.id, []))
        done = sum(1 for c in promises if figures.commitments[c.id].state == "done")
        lines.append(f"• {a.title}: " + (f"{done} of {len(promises)} promises done" if promises else "no promises yet"))
    if not actions:
        lines.append("• Nothing yet: no actions have been agreed on this.")
    return "\n".join(lines)


def record_text(data: domain.CommissionData, kind: str, record_id: int | None) -> str | None:
    """The words an item of this kind puts to the panel, from its record as it is now; None if it is gone."""
    if record_id is None:
        return None
    ix = _ix(data)
    if kind == "insight":
        insight = ix.insights.get(record_id)
        return insight.statement if insight else None
    if kind == "action":
        action = ix.actions.get(record_id)
        if action is None:
            return None
        return action.title + (f"\n\n{action.description}" if action.description.strip() else "")
    if kind == "session_notes":
        session = ix.sessions.get(record_id)
        return session.notes if session else None
    if kind == "report_text":
        return you_said_we_did(data, record_id) if record_id in ix.themes else None
    if kind == "update":
        return _update_text(ix, record_id)
    return None


def _update_text(ix: _Index, update_id: int) -> str | None:
    update = ix.updates.get(update_id)
    return None if update is None else _said(ix, update)


def update_text(data: domain.CommissionData, update: domain.Update) -> str:
    """record_text of an update item, from this record of it (with its words, where `data` has none)."""
    return _said(_ix(data), update)


def _said(ix: _Index, update: domain.Update) -> str:
    commitment = ix.commitments[update.commitment_id]
    org = ix.organisations[commitment.organisation_id]
    said = f"On {vocab.uk_date(update.date)} they told us it is {update.status}"
    if update.progress is not None and update.status not in ("done", "dropped"):
        said += f", {update.progress:g}% of the way"
    said += "."
    if update.note.strip():
        said += f" {update.note.strip()}"
    return f"{org.name} promised: {commitment.pledge}\n\n{said}"


def describe(data: domain.CommissionData, kind: str, record_id: int | None) -> tuple[str, str, str]:
    """(ref, label, heading) for an item: a short label for lists and the trail, a heading for the reviewer."""
    ix = _ix(data)
    if kind == "insight" and record_id in ix.insights:
        insight = ix.insights[record_id]
        theme = ix.themes.get(insight.theme_id)
        return insight.ref, _short(insight.statement), theme.name if theme else ""
    if kind == "action" and record_id in ix.actions:
        action = ix.actions[record_id]
        themes = {ix.insights[i].theme_id for i in action.insight_ids if i in ix.insights}
        names = ", ".join(t.name for t in sorted((ix.themes[t] for t in themes if t in ix.themes), key=lambda t: t.ref))
        return action.ref, _short(action.title), names
    if kind == "session_notes" and record_id in ix.sessions:
        session = ix.sessions[record_id]
        when = vocab.uk_date(session.date)
        return session.ref, f"Notes of '{_short(session.title, 60)}' ({when})", f"{session.title}, {when}"
    if kind == "report_text" and record_id in ix.themes:
        theme = ix.themes[record_id]
        return theme.ref, f"You said, we did: {theme.name}", theme.name
    if kind == "update" and record_id in ix.updates:
        commitment = ix.commitments[ix.updates[record_id].commitment_id]
        org = ix.organisations[commitment.organisation_id].name
        # words, not codes: a panel member knows the promise, not its ref
        return (
            commitment.ref,
            f"{org}: update of {vocab.uk_date(ix.updates[record_id].date)} on “{_short(commitment.pledge, 60)}”",
            f"What {org} promised",
        )
    return f"#{record_id}", GONE, GONE


def reviewer_redactor(data: domain.CommissionData, member_id: int, on: date) -> Redactor:
    """Free text as one reviewer may see it: others named only with consent, contacts never; their own name kept."""
    return outward.for_others(data, on, reader_id=member_id).redact


def _quotes_for(data: domain.CommissionData, kind: str, record_id: int | None) -> list[domain.Quote]:
    if record_id is None:
        return []
    ix = _ix(data)
    if kind == "insight":
        return ix.quotes_of_insight.get(record_id, [])
    if kind == "session_notes":
        return ix.quotes_of_session.get(record_id, [])
    if kind == "report_text":
        chosen = {q.id: q for i in ix.insights_of_theme.get(record_id, []) for q in ix.quotes_of_insight.get(i.id, [])}
        return sorted(chosen.values(), key=lambda q: ix.quote_order[q.id])
    return []


def reviewer_quotes(
    data: domain.CommissionData, kind: str, record_id: int | None, member_id: int, on: date, redact: Redactor
) -> tuple[list[QuoteLine], int]:
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
