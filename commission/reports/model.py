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
from datetime import date
from typing import Any

from commission import domain, outward, privacy
from commission.outward import Redactor
from commission.over_time import History, history
from commission.reports.changes import compare_quarter
from commission.reports.content import localise
from commission.reports.formatting import shorten
from commission.reports.model_entries import (
    ActionEntry,
    AssetFigure,
    CommitmentEntry,
    InsightEntry,
    MilestoneEntry,
    OrganisationSection,
    QuoteEntry,
    ReportModel,
    SessionEntry,
    SignoffEntry,
    SignoffRound,
    ThemeSection,
    Timeline,
    UpdateEntry,
    milestone_entries,
    update_entry,
)
from commission.reports.model_value import (
    framework_sections,
    social_value_section,
)
from commission.reports.organisation_cut import filter_to_organisation, split_by_organisation
from commission.reports.text import Text, pick_content, session_kind
from commission.vocab import ASSETS, STATES

__all__ = [  # the parts, and the organisation cut, are read from here too
    "ActionEntry",
    "AssetFigure",
    "CommitmentEntry",
    "InsightEntry",
    "MilestoneEntry",
    "OrganisationSection",
    "QuoteEntry",
    "ReportModel",
    "SessionEntry",
    "SignoffEntry",
    "SignoffRound",
    "ThemeSection",
    "UpdateEntry",
    "build_model",
    "filter_to_organisation",
    "split_by_organisation",
]


def quote_shown(q: domain.Quote, data: domain.CommissionData, as_of: date) -> bool:
    """A quote leaves the app only with its speaker's valid quote consent (no speaker: "a panel member")."""
    speaker = data.people.get(q.member_id) if q.member_id is not None else None
    return q.member_id is None or (speaker is not None and privacy.quote_allowed(speaker, as_of))


def quotes_withheld(data: domain.CommissionData, as_of: date) -> int:
    """The Summary's quotes_withheld: quotes linked to at least one insight, left out for consent."""
    return sum(1 for q in data.quotes if q.insight_ids and not quote_shown(q, data, as_of))


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
        node: domain.Theme | None = t
        seen: set[int] = set()
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
    # each field in the report's language (SPEC, Bilingual content), and refs cleaned as the gate cleans text
    data = full_data = localise(outward.clean_refs(gate.data), text)
    organisation_name = None
    if organisation_ref:
        data = filter_to_organisation(data, outward.clean(organisation_ref))
        organisation_name = data.organisations[0].name
    data = domain.existing(data, as_of)  # nothing counts before it existed: no pledge made after as_of
    redact = _keeping(gate.redact)
    over_time = _history(data, as_of, redact)  # its last date is as_of: the figures, worked out once
    figures = over_time.figures or domain.evaluate(data, as_of)

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
        action_assets = sorted(
            {asset for t in figures.action_themes.get(a.id, []) if (asset := assets_of_theme.get(t))},
            key=ASSETS.index,
        )
        action_entries[a.id] = ActionEntry(
            id=a.id,
            ref=a.ref,
            title=redact(a.title),
            description=redact(a.description),
            progress=figures.actions.get(a.id, 0.0),
            assets=action_assets,
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
        quote = QuoteEntry(
            ref=q.ref,
            text=redact(q.text),
            speaker=text.speaker(privacy.public_name(speaker, as_of)),
            session=redact(session.title) if session else "",
            session_date=session.date if session else None,
        )
        for insight_id in q.insight_ids:
            allowed_quotes[insight_id].append(quote)

    themes = _theme_sections(data, figures, action_entries, allowed_quotes, redact)
    rounds = _signoff_rounds(signoffs or (), full_data, data if organisation_ref else None, as_of, text, redact)
    _mark_agreed_insights(themes, rounds)
    placed = {a.id for t in themes for a in t.actions}
    other_actions = [a for aid, a in action_entries.items() if aid not in placed]

    organisations = _organisation_sections(data, commitments, organisation_ref)

    in_asset: dict[str, list[ActionEntry]] = {a: [] for a in ASSETS}
    for action in action_entries.values():
        for asset in action.assets:
            in_asset[asset].append(action)
    assets = [
        AssetFigure(a, len(v), sum(e.progress for e in v) / len(v) if v else 0.0, [e.ref for e in v])
        for a, v in in_asset.items()
    ]

    done = [c for c in commitments if c.state == "done"]
    return ReportModel(
        commission=full_data.commission.name,
        area=full_data.commission.area,
        description=pick_content(text, redact(full_data.commission.description), ""),  # kept in English only
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
        changes=compare_quarter(data, as_of, figures),  # reads only the updates deciding each commitment
        text=text,
        signoffs=rounds,
        checks=gate.places_in(data),
        content_language=full_data.commission.language or "en",
        over_time=over_time,
        frameworks=framework_sections(data, figures, text, redact),
        social_value=social_value_section(full_data, text, redact),
    )


def _organisation_sections(
    data: domain.CommissionData, commitments: list[CommitmentEntry], organisation_ref: str | None
) -> list[OrganisationSection]:
    """Each organisation with its commitments (in the report's order) and their states; with no organisation
    filter, only those with commitments."""
    by_organisation: dict[str, list[CommitmentEntry]] = defaultdict(list)  # one pass, in the commitments' order
    for entry in commitments:
        by_organisation[entry.organisation_ref].append(entry)
    organisations = []
    for org in sorted(data.organisations, key=lambda o: o.name.lower()):
        mine = list(by_organisation.get(org.ref, ()))
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
    return organisations


def _keeping(redact: Redactor) -> Redactor:
    """The gate's redactor, giving back the very text it was given when nothing in it changes, so words marked
    with their language (text.Said) keep the mark (the gate already redacted them once)."""

    def again(text, **where):
        out = redact(text, **where)
        return text if out == text else out

    return again  # type: ignore[return-value]


def _history(data: domain.CommissionData, as_of: date, redact: Redactor) -> History:
    found = history(data, as_of)
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
        # taken over as they are: the commitment's own fields, then what the progress rules found
        **{name: getattr(c, name) for name in ("id", "ref", "made_on", "due", "weight")},
        **{name: getattr(result, name) for name in ("state", "progress", "latest_status", "latest_update", "verdict")},
        organisation=org.name if org else "",
        organisation_ref=org.ref if org else "",
        action_ref=action.ref if action else "",
        action_title=redact(action.title) if action else "",
        pledge=redact(c.pledge),
        made_by=name_of(c.made_by_id),
        latest_note=redact(latest.note) if latest else "",
        latest_reported_by=redact(latest.reported_by) if latest else "",
        verdict_date=verdict_update.date if verdict_update else None,
        verdict_comment=redact(verdict_update.verdict_comment) if verdict_update else "",
        progress_paragraph=redact(paragraph.note) if paragraph else "",
        progress_paragraph_date=paragraph.date if paragraph else None,
        timeline=Timeline(counted, lambda u: update_entry(u, redact)),
        themes=theme_names,
        milestones=milestone_entries(data.milestones_by_commitment.get(c.id, []), figures.as_of, redact),
    )


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
        themes = sorted((t for t in figures.action_themes.get(entry.id, []) if t in sections), key=position.__getitem__)
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
    signoffs: Sequence[Any],  # plain records read by name: the services' Signoff (see build_model)
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
