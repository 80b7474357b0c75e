"""The report model: everything a report may show, privacy-filtered and with its figures computed, once.

PDF, DOCX and XLSX all render from a `ReportModel` and nothing else, so consent is enforced in one place
and the three formats cannot disagree. Nothing here holds an email, a phone number or an accessibility
note: those fields are never read. Free text people typed (notes, comments, pledges, quotes) is passed
through the gate of `commission.outward`, which swaps the full name of anyone without valid `named`
consent for how they are shown to others.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from commission import domain, outward, privacy
from commission.errors import UserError
from commission.milestones import milestone_state
from commission.outward import Place, Redactor
from commission.over_time import History, history
from commission.reports.changes import Changes, compare_quarter
from commission.reports.content import localise
from commission.reports.formatting import shorten
from commission.reports.model_value import (
    FrameworkSection,
    SocialValueSection,
    framework_sections,
    social_value_section,
)
from commission.reports.text import Text, session_kind
from commission.vocab import ASSETS, STATES


@dataclass
class UpdateEntry:
    date: date
    status: str
    progress: float | None
    note: str
    reported_by: str
    verdict: str
    verdict_comment: str


@dataclass
class MilestoneEntry:
    title: str  # redacted
    due: date | None
    done_on: date | None  # only when done on or before the as-of date
    state: str  # done, missed, planned (commission.milestones)


@dataclass
class CommitmentEntry:
    id: int
    ref: str
    organisation: str
    organisation_ref: str
    action_ref: str
    action_title: str
    pledge: str
    made_by: str
    made_on: date | None
    due: date | None
    weight: float
    state: str
    progress: float | None  # None when dropped
    latest_status: str
    latest_update: date | None
    latest_note: str  # the latest counted update's note
    latest_reported_by: str
    verdict: str
    verdict_date: date | None
    verdict_comment: str
    progress_paragraph: str  # the latest non-empty note: the "one year on" paragraph
    progress_paragraph_date: date | None
    timeline: list[UpdateEntry] = field(default_factory=list)  # counted updates, oldest first
    themes: list[str] = field(default_factory=list)
    milestones: list[MilestoneEntry] = field(default_factory=list)  # by due date


@dataclass
class QuoteEntry:
    ref: str
    text: str
    speaker: str
    session: str
    session_date: date | None


@dataclass
class InsightEntry:
    ref: str
    statement: str
    status: str
    quotes: list[QuoteEntry] = field(default_factory=list)
    agreed_on: date | None = None  # when the panel signed off these very words in a review round


@dataclass
class ActionEntry:
    id: int
    ref: str
    title: str
    description: str
    progress: float
    assets: list[str]
    commitments: list[CommitmentEntry] = field(default_factory=list)


@dataclass
class ThemeSection:
    id: int
    ref: str
    name: str
    description: str
    asset: str | None
    depth: int  # 0 for a theme, 1 for a sub-theme
    progress: float
    insights: list[InsightEntry] = field(default_factory=list)
    actions: list[ActionEntry] = field(default_factory=list)  # reported here
    see_also: list[tuple[str, str]] = field(default_factory=list)  # (action ref, theme name) reported elsewhere


@dataclass
class OrganisationSection:
    ref: str
    name: str
    kind: str
    states: dict[str, int]
    commitments: list[CommitmentEntry]


@dataclass
class SessionEntry:
    ref: str
    date: date
    title: str
    kind: str  # in the report's words ("gwrando" in Welsh)
    present: int
    apologies: int
    absent: int
    named_present: list[str]  # only members with valid named consent
    unnamed_present: int


@dataclass
class AssetFigure:
    asset: str
    actions: int
    progress: float  # mean progress of the actions in this asset; 0 with none
    action_refs: list[str] = field(default_factory=list)


@dataclass
class SignoffEntry:
    """One line of the sign-off trail as a report shows it: what was agreed, by how many, when. Never who:
    the reviewers' ids and any coordinator's note are not carried."""

    kind: str  # insight, action, session_notes, report_text, update
    ref: str
    label: str  # short, privacy-filtered, in the report's language where the report builds it
    text: str  # the words agreed, privacy-filtered
    closed_on: date
    agreed_by: int  # panel members who agreed to the final words
    asked: int
    edited: bool  # the words were changed in the round
    agreed_earlier: int  # agreed to an earlier wording
    outcome: str  # "agreed"; for an update, the panel's verdict (agree, partly, disagree)


@dataclass
class SignoffRound:
    title: str
    closed_on: date
    entries: list[SignoffEntry]


@dataclass
class ReportModel:
    commission: str
    area: str
    description: str
    as_of: date
    language: str
    organisation: str | None  # the filter's organisation name, or None for the whole commission
    commitments: list[CommitmentEntry]
    states: dict[str, int]
    overall: float
    panel_agreement: float | None
    done_agreed: int
    themes: list[ThemeSection]
    other_actions: list[ActionEntry]
    organisations: list[OrganisationSection]
    sessions: list[SessionEntry]
    assets: list[AssetFigure]
    quotes_total: int
    quotes_withheld: int
    changes: Changes
    text: Text
    signoffs: list[SignoffRound] = field(default_factory=list)  # closed review rounds, oldest first
    checks: list[Place] = field(default_factory=list)  # a first name or surname of someone not named, left in
    content_language: str = "en"  # the language people write in here (the commission's), for marking it up
    over_time: History | None = None  # the figures at each quarter end since the start (SPEC: Over time)
    frameworks: list[FrameworkSection] = field(default_factory=list)  # coverage of each framework in use
    social_value: SocialValueSection | None = None

    def signoff_sentence(self, entry: SignoffEntry) -> str:
        """'Agreed by 11 of 13 panel members on 12 March 2026' (in English, word for word the trail's own)."""
        t, when = self.text, self.text.date(entry.closed_on)
        if entry.kind == "update":
            return t(
                "signoff_verdict",
                verdict=t.verdict_word(entry.outcome),
                date=when,
                n=entry.agreed_by,
                asked=entry.asked,
            )
        if entry.agreed_by or not entry.edited:
            return t("signoff_agreed", n=entry.agreed_by, asked=entry.asked, date=when)
        return t("signoff_changed", date=when, n=entry.agreed_earlier, asked=entry.asked)

    def signoff_note(self, entry: SignoffEntry) -> str:
        """A word of explanation under the sentence when the words were changed in the round ('' if none)."""
        return self.text("signoff_edited") if entry.edited and entry.agreed_by and entry.kind != "update" else ""

    @property
    def overdue(self) -> list[CommitmentEntry]:
        items = [c for c in self.commitments if c.state == "overdue"]
        return sorted(items, key=lambda c: (c.due or date.min, c.organisation, c.ref))

    @property
    def theme_progress(self) -> list[tuple[str, int, float]]:
        """(name, depth, progress) for every theme, in report order."""
        return [(t.name, t.depth, t.progress) for t in self.themes]


def quote_shown(q: domain.Quote, data: domain.CommissionData, as_of: date) -> bool:
    """A quote leaves the app only with its speaker's valid quote consent (no speaker: "a panel member")."""
    speaker = data.people.get(q.member_id) if q.member_id is not None else None
    return q.member_id is None or (speaker is not None and privacy.quote_allowed(speaker, as_of))


def quotes_withheld(data: domain.CommissionData, as_of: date) -> int:
    """The Summary's quotes_withheld: quotes linked to at least one insight, left out for consent."""
    return sum(1 for q in data.quotes if q.insight_ids and not quote_shown(q, data, as_of))


def filter_to_organisation(data: domain.CommissionData, organisation_ref: str) -> domain.CommissionData:
    """The commission cut down to one organisation's commitments and the actions, insights and themes behind them."""
    wanted = [o for o in data.organisations if o.ref == organisation_ref]
    if not wanted:
        known = ", ".join(sorted(o.ref for o in data.organisations)) or "none"
        raise UserError(f"No organisation with ref '{organisation_ref}' in this commission (known: {known}).")
    return _Cutter(data, [wanted[0]]).cut(wanted[0])


def split_by_organisation(data: domain.CommissionData) -> dict[int, domain.CommissionData]:
    """`filter_to_organisation` for every organisation (by id), in one pass over the commission."""
    cutter = _Cutter(data, data.organisations)
    return {org.id: cutter.cut(org) for org in data.organisations}


class _Cutter:
    """Cuts a commission into organisations: the commitments, updates and milestones are grouped once, and each
    organisation's actions, insights, themes and quotes are found through indexes, in the commission's order."""

    def __init__(self, data: domain.CommissionData, organisations: list[domain.Organisation]):
        self.data = data
        wanted = {o.id for o in organisations}
        self.commitments: dict[int, list[domain.Commitment]] = defaultdict(list)
        org_of: dict[int, int] = {}
        for c in data.commitments:
            if c.organisation_id in wanted:
                self.commitments[c.organisation_id].append(c)
                org_of[c.id] = c.organisation_id
        self.updates: dict[int, list[domain.Update]] = defaultdict(list)
        for u in data.updates:
            if u.commitment_id in org_of:
                self.updates[org_of[u.commitment_id]].append(u)
        self.milestones: dict[int, list[domain.Milestone]] = defaultdict(list)
        for ms in data.milestones:
            if ms.commitment_id in org_of:
                self.milestones[org_of[ms.commitment_id]].append(ms)
        self.action_at = {a.id: i for i, a in enumerate(data.actions)}
        self.insight_at = {i.id: n for n, i in enumerate(data.insights)}
        self.theme_by_id = {t.id: t for t in data.themes}
        self.quotes_of_insight: dict[int, list[int]] = defaultdict(list)
        for n, q in enumerate(data.quotes):
            for insight_id in set(q.insight_ids):
                self.quotes_of_insight[insight_id].append(n)

    def cut(self, org: domain.Organisation) -> domain.CommissionData:
        data = self.data
        commitments = self.commitments.get(org.id, [])
        action_ids = {c.action_id for c in commitments}
        actions = [data.actions[n] for n in sorted(self.action_at[a] for a in action_ids if a in self.action_at)]
        insight_ids = {i for a in actions for i in a.insight_ids}
        insights = [data.insights[n] for n in sorted(self.insight_at[i] for i in insight_ids if i in self.insight_at)]
        theme_ids: set[int] = set()
        for insight in insights:
            theme = self.theme_by_id.get(insight.theme_id)
            while theme is not None and theme.id not in theme_ids:
                theme_ids.add(theme.id)
                theme = self.theme_by_id.get(theme.parent_id) if theme.parent_id else None
        quotes = sorted({n for i in insight_ids for n in self.quotes_of_insight.get(i, ())})
        return replace(
            data,
            organisations=[org],
            commitments=commitments,
            updates=self.updates.get(org.id, []),
            milestones=self.milestones.get(org.id, []),
            actions=actions,
            insights=insights,
            themes=[t for t in data.themes if t.id in theme_ids],
            quotes=[data.quotes[n] for n in quotes],
        )


def theme_order(themes: list[domain.Theme]) -> list[tuple[domain.Theme, int]]:
    """Top-level themes by ref, each followed by its sub-themes (any depth flattened to 1)."""
    by_parent: dict[int | None, list[domain.Theme]] = defaultdict(list)
    ids = {t.id for t in themes}
    for t in themes:
        by_parent[t.parent_id if t.parent_id in ids else None].append(t)
    ordered: list[tuple[domain.Theme, int]] = []
    seen: set[int] = set()

    def walk(theme: domain.Theme, depth: int) -> None:
        if theme.id in seen:
            return
        seen.add(theme.id)
        ordered.append((theme, min(depth, 1)))
        for child in sorted(by_parent.get(theme.id, []), key=lambda t: t.ref):
            walk(child, depth + 1)

    for top in sorted(by_parent[None], key=lambda t: t.ref):
        walk(top, 0)
    for t in sorted(themes, key=lambda t: t.ref):  # cycles in parent refs: still shown, once
        walk(t, 0)
    return ordered


def theme_assets(themes: list[domain.Theme]) -> dict[int, str | None]:
    """Each theme's asset; a sub-theme with none takes its parent's (and so on up)."""
    by_id = {t.id: t for t in themes}
    result: dict[int, str | None] = {}
    for t in themes:
        node, seen = t, set()
        while node is not None and not node.asset and node.parent_id and node.id not in seen:
            seen.add(node.id)
            node = by_id.get(node.parent_id)
        result[t.id] = node.asset if node is not None and node.asset in ASSETS else None
    return result


def build_model(
    data: domain.CommissionData,
    as_of: date,
    *,
    language: str = "en",
    organisation_ref: str | None = None,
    signoffs: Sequence[object] | None = None,
) -> ReportModel:
    """Everything the report may show as of `as_of`. `signoffs` is the review rounds' sign-off trail as
    plain records (the services' `Signoff`: kind, ref, label, text, agreed_by, asked, closed_on, outcome,
    edited, agreed_earlier, round_id, round_title); only those fields are read, and only counts leave."""
    text = Text(language)
    gate = outward.for_others(data, as_of)  # the one privacy gate: everything below reads its copy
    data = full_data = localise(gate.data, text)  # each field in the report's language (SPEC, Bilingual content)
    organisation_name = None
    if organisation_ref:
        data = filter_to_organisation(data, organisation_ref)
        organisation_name = data.organisations[0].name
    data = domain.existing(data, as_of)  # nothing counts before it existed: no pledge made after as_of
    facts = domain.commitment_facts(data)  # made once: the figures, the quarter's changes and the history read them
    figures = domain.evaluate(data, as_of, facts=facts)
    redact = _keeping(gate.redact)

    def name_of(member_id: int | None) -> str:
        if member_id is None:
            return ""
        return text.speaker(privacy.public_name(full_data.people.get(member_id), as_of))

    orgs = {o.id: o for o in data.organisations}
    actions_by_id = {a.id: a for a in data.actions}
    themes_by_id = {t.id: t for t in data.themes}
    sessions_by_id = {s.id: s for s in full_data.sessions}
    assets_of_theme = theme_assets(data.themes)

    commitments = [
        _commitment_entry(c, figures, data, orgs, actions_by_id, themes_by_id, redact, name_of)
        for c in data.commitments
    ]
    commitments.sort(key=lambda c: (c.organisation.lower(), c.ref))
    by_action: dict[str, list[CommitmentEntry]] = defaultdict(list)
    for entry in commitments:
        by_action[entry.action_ref].append(entry)

    action_entries: dict[int, ActionEntry] = {}
    for a in sorted(data.actions, key=lambda a: a.ref):
        assets = sorted(
            {assets_of_theme[t] for t in figures.action_themes.get(a.id, []) if assets_of_theme.get(t)},
            key=ASSETS.index,
        )
        action_entries[a.id] = ActionEntry(
            id=a.id,
            ref=a.ref,
            title=redact(a.title),
            description=redact(a.description),
            progress=figures.actions.get(a.id, 0.0),
            assets=assets,
            commitments=sorted(by_action.get(a.ref, []), key=lambda c: (c.organisation.lower(), c.ref)),
        )

    # quotes: shown only with the speaker's consent; the withheld count covers quotes behind any insight
    allowed_quotes: dict[int, list[QuoteEntry]] = defaultdict(list)
    quotes_total = quotes_withheld = 0
    for q in sorted(data.quotes, key=lambda q: (_session_date(sessions_by_id, q.session_id), q.ref)):
        speaker = full_data.people.get(q.member_id) if q.member_id is not None else None
        allowed = quote_shown(q, full_data, as_of)
        if q.insight_ids:
            quotes_total += 1
            if not allowed:
                quotes_withheld += 1
        if not allowed:
            continue
        session = sessions_by_id.get(q.session_id)
        entry = QuoteEntry(
            ref=q.ref,
            text=redact(q.text),
            speaker=text.speaker(privacy.public_name(speaker, as_of)),
            session=redact(session.title) if session else "",
            session_date=session.date if session else None,
        )
        for insight_id in q.insight_ids:
            allowed_quotes[insight_id].append(entry)

    themes = _theme_sections(data, figures, action_entries, allowed_quotes, redact)
    rounds = _signoff_rounds(signoffs or (), full_data, data if organisation_ref else None, as_of, text, redact)
    _mark_agreed_insights(themes, rounds)
    placed = {a.id for t in themes for a in t.actions}
    other_actions = [a for aid, a in action_entries.items() if aid not in placed]

    organisations = []
    for org in sorted(data.organisations, key=lambda o: o.name.lower()):
        mine = [c for c in commitments if c.organisation_ref == org.ref]
        if organisation_ref is None and not mine:
            continue
        counts = Counter(c.state for c in mine)
        organisations.append(
            OrganisationSection(
                ref=org.ref,
                name=org.name,
                kind=org.kind,
                states={s: counts.get(s, 0) for s in STATES},
                commitments=mine,
            )
        )

    in_asset: dict[str, list[ActionEntry]] = {a: [] for a in ASSETS}
    for entry in action_entries.values():
        for asset in entry.assets:
            in_asset[asset].append(entry)
    assets = [
        AssetFigure(a, len(v), sum(e.progress for e in v) / len(v) if v else 0.0, [e.ref for e in v])
        for a, v in in_asset.items()
    ]

    done = [c for c in commitments if c.state == "done"]
    return ReportModel(
        commission=full_data.commission.name,
        area=full_data.commission.area,
        description=redact(full_data.commission.description),
        as_of=as_of,
        language=language,
        organisation=organisation_name,
        commitments=commitments,
        states=dict(figures.states),
        overall=figures.overall,
        panel_agreement=figures.panel_agreement,
        done_agreed=sum(1 for c in done if c.verdict == "agree"),
        themes=themes,
        other_actions=other_actions,
        organisations=organisations,
        sessions=_sessions(full_data, as_of, redact, text),
        assets=assets,
        quotes_total=quotes_total,
        quotes_withheld=quotes_withheld,
        changes=compare_quarter(data, as_of, figures, facts),
        text=text,
        signoffs=rounds,
        checks=gate.places_in(data),
        content_language=full_data.commission.language or "en",
        over_time=_history(data, as_of, redact, facts),
        frameworks=framework_sections(data, figures, text, redact),
        social_value=social_value_section(full_data, text, redact),
    )


def _keeping(redact: Redactor) -> Redactor:
    """The gate's redactor, giving back the very text it was given when nothing in it changes, so words marked
    with their language (text.Said) keep the mark (the gate already redacted them once)."""

    def again(text, **where):
        out = redact(text, **where)
        return text if out == text else out

    return again  # type: ignore[return-value]


def _history(data: domain.CommissionData, as_of: date, redact: Redactor, facts) -> History:
    found = history(data, as_of, facts=facts)
    for series in found.themes:
        series.name = redact(series.name)
    return found


def _session_date(sessions: dict[int, domain.Session], session_id: int) -> date:
    session = sessions.get(session_id)
    return session.date if session else date.min


def _commitment_entry(c, figures, data, orgs, actions_by_id, themes_by_id, redact, name_of) -> CommitmentEntry:
    result = figures.commitments[c.id]
    counted = sorted(
        (u for u in data.updates_by_commitment.get(c.id, []) if u.date <= figures.as_of), key=lambda u: u.date
    )  # stable: same-day updates keep their recorded order
    latest = counted[-1] if counted else None
    assessed = [u for u in counted if (u.verdict or "not assessed") != "not assessed"]
    verdict_update = assessed[-1] if assessed else None
    with_note = [u for u in counted if u.note.strip()]
    paragraph = with_note[-1] if with_note else None
    action = actions_by_id.get(c.action_id)
    org = orgs.get(c.organisation_id)
    theme_names = [themes_by_id[t].name for t in figures.action_themes.get(c.action_id, []) if t in themes_by_id]
    return CommitmentEntry(
        id=c.id,
        ref=c.ref,
        organisation=org.name if org else "",
        organisation_ref=org.ref if org else "",
        action_ref=action.ref if action else "",
        action_title=redact(action.title) if action else "",
        pledge=redact(c.pledge),
        made_by=name_of(c.made_by_id),
        made_on=c.made_on,
        due=c.due,
        weight=c.weight,
        state=result.state,
        progress=result.progress,
        latest_status=result.latest_status,
        latest_update=result.latest_update,
        latest_note=redact(latest.note) if latest else "",
        latest_reported_by=redact(latest.reported_by) if latest else "",
        verdict=result.verdict,
        verdict_date=verdict_update.date if verdict_update else None,
        verdict_comment=redact(verdict_update.verdict_comment) if verdict_update else "",
        progress_paragraph=redact(paragraph.note) if paragraph else "",
        progress_paragraph_date=paragraph.date if paragraph else None,
        timeline=[
            UpdateEntry(
                date=u.date,
                status=u.status,
                progress=u.progress,
                note=redact(u.note),
                reported_by=redact(u.reported_by),
                verdict=u.verdict or "not assessed",
                verdict_comment=redact(u.verdict_comment),
            )
            for u in counted
        ],
        themes=theme_names,
        milestones=milestone_entries(data.milestones_by_commitment.get(c.id, []), figures.as_of, redact),
    )


def milestone_entries(milestones, as_of: date, redact: Redactor) -> list[MilestoneEntry]:
    """A commitment's milestones as of a date, by due date (none last): a done date after as_of is not shown."""
    ordered = sorted(milestones, key=lambda ms: (ms.due is None, ms.due or date.max, ms.title))
    return [
        MilestoneEntry(
            title=redact(ms.title),
            due=ms.due,
            done_on=ms.done_on if ms.done_on and ms.done_on <= as_of else None,
            state=milestone_state(ms.due, ms.done_on, as_of),
        )
        for ms in ordered
    ]


def _theme_sections(data, figures, action_entries, allowed_quotes, redact) -> list[ThemeSection]:
    ordered = theme_order(data.themes)
    position = {t.id: i for i, (t, _) in enumerate(ordered)}
    insights_by_theme: dict[int, list[domain.Insight]] = defaultdict(list)
    for insight in sorted(data.insights, key=lambda i: i.ref):
        insights_by_theme[insight.theme_id].append(insight)
    sections: dict[int, ThemeSection] = {}
    assets = theme_assets(data.themes)
    for theme, depth in ordered:
        sections[theme.id] = ThemeSection(
            id=theme.id,
            ref=theme.ref,
            name=redact(theme.name),
            description=redact(theme.description),
            asset=assets.get(theme.id),
            depth=depth,
            progress=figures.themes.get(theme.id, 0.0),
            insights=[
                InsightEntry(
                    ref=i.ref, statement=redact(i.statement), status=i.status, quotes=allowed_quotes.get(i.id, [])
                )
                for i in insights_by_theme[theme.id]
            ],
        )
    # an action is reported in full under the first of its themes, and pointed to from the others
    for entry in action_entries.values():
        themes = sorted((t for t in figures.action_themes.get(entry.id, []) if t in sections), key=position.get)
        if not themes:
            continue
        home = sections[themes[0]]
        home.actions.append(entry)
        for other in themes[1:]:
            sections[other].see_also.append((entry.ref, home.name))
    return list(sections.values())


def _sessions(data: domain.CommissionData, as_of: date, redact: Redactor, text: Text) -> list[SessionEntry]:
    by_session: dict[int, list[domain.Attendance]] = defaultdict(list)
    for a in data.attendance:
        by_session[a.session_id].append(a)
    entries = []
    for s in sorted(data.sessions, key=lambda s: (s.date, s.ref)):
        if s.date > as_of:
            continue
        rows = by_session.get(s.id, [])
        counts = Counter(a.status for a in rows)
        named, unnamed = [], 0
        for a in rows:
            if a.status != "present":
                continue
            person = data.people.get(a.member_id)
            if person is not None and privacy.may_name(person, as_of):
                named.append(person.display_name)
            else:
                unnamed += 1
        entries.append(
            SessionEntry(
                ref=s.ref,
                date=s.date,
                title=redact(s.title),
                kind=session_kind(text, s.kind),
                present=counts.get("present", 0),
                apologies=counts.get("apologies", 0),
                absent=counts.get("absent", 0),
                named_present=sorted(named),
                unnamed_present=unnamed,
            )
        )
    return entries


def _flat(text: str) -> str:
    return " ".join((text or "").split())


def _signoff_rounds(
    signoffs: Sequence[object],
    full: domain.CommissionData,
    shown: domain.CommissionData | None,
    as_of: date,
    text: Text,
    redact: Redactor,
) -> list[SignoffRound]:
    """The trail as the report shows it: rounds closed on or before `as_of`, oldest first; with an
    organisation filter (`shown`), only what concerns the records in the report (session notes always:
    the appendix lists every session). Labels are rebuilt in the report's language where we can."""
    sessions = {s.ref: s for s in full.sessions}
    themes = {t.ref: t for t in full.themes}
    commitments = {c.ref: c for c in full.commitments}
    organisations = {o.id: o.name for o in full.organisations}
    if shown is not None:
        keep = {
            "insight": {i.ref for i in shown.insights},
            "action": {a.ref for a in shown.actions},
            "report_text": {t.ref for t in shown.themes},
            "update": {c.ref for c in shown.commitments},
        }
    rounds: dict[object, SignoffRound] = {}
    for s in sorted(signoffs, key=lambda s: (s.closed_on, getattr(s, "round_id", 0))):
        if s.closed_on is None or s.closed_on > as_of:
            continue
        if shown is not None and s.kind in keep and s.ref not in keep[s.kind]:
            continue
        label = redact(s.label)
        if s.kind == "session_notes" and s.ref in sessions:
            session = sessions[s.ref]
            label = text("signoff_notes_of", title=redact(session.title), date=text.date(session.date))
        elif s.kind == "report_text" and s.ref in themes:
            label = redact(themes[s.ref].name)
        elif s.kind == "update" and s.ref in commitments:
            c = commitments[s.ref]
            label = text(
                "signoff_update_of",
                org=organisations.get(c.organisation_id, ""),
                ref=c.ref,
                pledge=shorten(redact(c.pledge), 80),
            )
        entry = SignoffEntry(
            kind=s.kind,
            ref=s.ref,
            label=label,
            text=redact(s.text),
            closed_on=s.closed_on,
            agreed_by=int(s.agreed_by),
            asked=int(s.asked),
            edited=bool(s.edited),
            agreed_earlier=int(s.agreed_earlier),
            outcome=s.outcome,
        )
        key = getattr(s, "round_id", None) or (s.round_title, s.closed_on)
        if key not in rounds:
            rounds[key] = SignoffRound(title=redact(s.round_title), closed_on=s.closed_on, entries=[])
        rounds[key].entries.append(entry)
    return list(rounds.values())


def _mark_agreed_insights(themes: list[ThemeSection], rounds: list[SignoffRound]) -> None:
    """An agreed insight whose words are the very words the panel signed off gets the date it did."""
    agreed: dict[tuple[str, str], date] = {}
    for rnd in rounds:  # oldest first: the latest sign-off of the same words wins
        for e in rnd.entries:
            if e.kind == "insight" and e.outcome == "agreed":
                agreed[e.ref, _flat(e.text)] = e.closed_on
    if not agreed:
        return
    for theme in themes:
        for insight in theme.insights:
            if insight.status == "agreed":
                insight.agreed_on = agreed.get((insight.ref, _flat(insight.statement)))
