"""A whole commission as plain data: what reports, exports and the dashboard read.

Storage builds a `CommissionData` in a handful of bulk queries; nothing here touches a database or Qt.
`evaluate` applies the progress rules to it as of a date, once, so every consumer shares the figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TypeVar, dataclass_transform

from commission import progress as rules
from commission.privacy import Person, number_members

_R = TypeVar("_R")


@dataclass_transform()
def record(cls: type[_R]) -> type[_R]:
    """A record of the commission: a dataclass with slots (a commission at xl holds 500,000 updates)."""
    return dataclass(slots=True)(cls)


@record
class Organisation:
    id: int
    ref: str
    name: str
    kind: str = "other"
    name_cy: str = ""  # the Welsh versions (SPEC, Bilingual content): "" when there is none
    language: str = "en"  # the language it works in: its returns' email drafts are written in it
    contact_name: str = ""  # who update returns go to: the coordinator's, never in outputs for others
    contact_email: str = ""


@record
class Member:
    id: int
    ref: str
    display_name: str
    role: str
    organisation_id: int | None = None
    pseudonym: str = ""
    consent_named: bool = False
    consent_named_expires: date | None = None
    consent_quote: bool = False
    consent_quote_expires: date | None = None
    consent_named_withdrawn: bool = False  # the consent in force is a withdrawal
    consent_quote_withdrawn: bool = False
    language: str = "en"
    email: str = ""
    phone: str = ""
    accessibility_notes: str = ""
    erased: bool = False


@record
class Session:
    id: int
    ref: str
    date: date
    title: str
    kind: str = "listening"
    location: str = ""
    notes: str = ""
    agenda: str = ""


@record
class Attendance:
    session_id: int
    member_id: int
    status: str


@record
class Theme:
    id: int
    ref: str
    name: str
    description: str = ""
    parent_id: int | None = None
    asset: str | None = None
    colour: str = ""
    name_cy: str = ""
    description_cy: str = ""


@record
class Insight:
    id: int
    ref: str
    theme_id: int
    statement: str
    status: str = "draft"
    session_ids: list[int] = field(default_factory=list)
    statement_cy: str = ""


@record
class Quote:
    id: int
    ref: str
    session_id: int
    text: str
    member_id: int | None = None
    insight_ids: list[int] = field(default_factory=list)


@record
class Action:
    id: int
    ref: str
    title: str
    description: str = ""
    agreed_session_id: int | None = None
    insight_ids: list[int] = field(default_factory=list)
    area_ids: list[int] = field(default_factory=list)  # framework areas it is tagged with
    title_cy: str = ""
    description_cy: str = ""


@record
class Commitment:
    id: int
    ref: str
    action_id: int
    organisation_id: int
    pledge: str
    made_by_id: int | None = None
    made_on: date | None = None
    due: date | None = None
    weight: float = 1.0
    pledge_cy: str = ""


@record
class Update:
    id: int
    commitment_id: int
    date: date
    status: str
    progress: float | None = None
    note: str = ""
    reported_by: str = ""
    verdict: str = "not assessed"
    verdict_comment: str = ""
    note_cy: str = ""


@record
class Milestone:
    id: int
    commitment_id: int
    title: str
    due: date | None = None
    done_on: date | None = None


@record
class CommissionInfo:
    id: int
    name: str
    area: str = ""
    start_date: date | None = None
    end_date: date | None = None
    language: str = "en"
    description: str = ""
    investment: float | None = None  # £, for the social return
    discount_rate: float | None = None  # None: the default rate (commission.sroi.DEFAULT_RATE)
    name_cy: str = ""


@record
class FrameworkArea:
    id: int
    key: str
    label: str
    label_cy: str = ""
    position: int = 0


@record
class Framework:
    id: int
    key: str
    name: str
    name_cy: str = ""
    preset: bool = False  # shipped with the app (no commission of its own)
    areas: list[FrameworkArea] = field(default_factory=list)  # in position order


@record
class Outcome:
    """One outcome of the social value account (SPEC, Social value)."""

    id: int
    outcome: str
    quantity: float
    proxy: float
    duration: int = 1
    stakeholder: str = ""
    indicator: str = ""
    proxy_source: str = ""
    deadweight: float = 0.0
    attribution: float = 0.0
    displacement: float = 0.0
    drop_off: float = 0.0
    position: int = 0
    action_ids: list[int] = field(default_factory=list)
    insight_ids: list[int] = field(default_factory=list)


@dataclass
class CommissionData:
    commission: CommissionInfo
    organisations: list[Organisation] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    insights: list[Insight] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)  # in recorded order
    milestones: list[Milestone] = field(default_factory=list)  # in recorded order
    frameworks: list[Framework] = field(default_factory=list)  # shipped first, then the commission's own
    outcomes: list[Outcome] = field(default_factory=list)  # in position order
    # False: the updates were read without their words (note, reported_by, verdict_comment, note_cy are "" in
    # each; queries.load_commission_data(update_texts=False), the app's Snapshot). The progress rules read none
    # of them; whatever shows or writes them reads them (queries.load_updates, or the whole commission).
    update_texts: bool = True

    def require_update_texts(self, purpose: str) -> None:
        """Refuse data read without the updates' words for something that needs them (a report, an export)."""
        if not self.update_texts:
            raise ValueError(f"{purpose} needs the updates' words: read the commission with them")

    @cached_property
    def people(self) -> dict[int, Person]:
        """Members as the consent rules see them, numbered per role in ref order."""
        ordered = sorted(self.members, key=lambda m: m.ref)
        people = number_members(
            [
                Person(
                    id=m.id,
                    display_name=m.display_name,
                    role=m.role,
                    pseudonym=m.pseudonym,
                    named=m.consent_named and not m.erased,
                    named_expires=m.consent_named_expires,
                    quote=m.consent_quote and not m.erased,
                    quote_expires=m.consent_quote_expires,
                )
                for m in ordered
            ]
        )
        return {p.id: p for p in people}

    @cached_property
    def milestones_by_commitment(self) -> dict[int, list[Milestone]]:
        grouped: dict[int, list[Milestone]] = defaultdict(list)
        for milestone in self.milestones:
            grouped[milestone.commitment_id].append(milestone)
        return grouped

    @cached_property
    def updates_by_commitment(self) -> dict[int, list[Update]]:
        grouped: dict[int, list[Update]] = defaultdict(list)
        for update in self.updates:
            grouped[update.commitment_id].append(update)
        return grouped


@dataclass(frozen=True)
class Figures:
    """The progress rules applied to a whole commission as of one date.

    Only what existed on that date is in it: `commitments` holds the commitments made by then (see
    `counted`), and themes and the commission average only the actions agreed by then."""

    as_of: date
    commitments: dict[int, rules.CommitmentProgress]
    actions: dict[int, float]
    themes: dict[int, float]
    overall: float
    states: dict[str, int]
    panel_agreement: float | None
    action_themes: dict[int, list[int]]
    agreed_actions: frozenset[int] = frozenset()  # actions agreed by as_of (or with no agreed date)

    def counted(self, commitments: Iterable[Commitment]) -> list[Commitment]:
        """Those of `commitments` that count as of the date, in the order given."""
        return [c for c in commitments if c.id in self.commitments]


def commitment_fact(commitment: Commitment, updates: list[Update]) -> rules.CommitmentFact:
    return rules.CommitmentFact(
        made_on=commitment.made_on,
        due=commitment.due,
        weight=commitment.weight,
        updates=[
            rules.UpdateFact(date=u.date, status=u.status, progress=u.progress, verdict=u.verdict) for u in updates
        ],
    )


def _commitment_results(
    data: CommissionData, as_of: date, facts: dict[int, rules.CommitmentFact] | None
) -> dict[int, rules.CommitmentProgress]:
    """Each counted commitment's progress. With no `facts`, each is built from only the updates that decide it
    as of the date (rules.deciding_updates): the same result, without a fact for every update."""
    results = {}
    if facts is not None:
        for c in data.commitments:
            fact = facts[c.id]
            if rules.commitment_counts(fact, as_of):
                results[c.id] = rules.commitment_progress(fact, as_of)
        return results
    by_commitment = data.updates_by_commitment
    for c in data.commitments:
        if rules.counts(c.made_on, as_of):
            deciding = rules.deciding_updates(by_commitment.get(c.id, ()), as_of)
            results[c.id] = rules.commitment_progress(commitment_fact(c, deciding), as_of)
    return results


def agreed_on(data: CommissionData) -> dict[int, date | None]:
    """Each action's agreed date: the date of the session that agreed it, if one is recorded."""
    sessions = {s.id: s.date for s in data.sessions}
    return {a.id: sessions.get(a.agreed_session_id) if a.agreed_session_id else None for a in data.actions}


def existing(data: CommissionData, as_of: date) -> CommissionData:
    """The commission as it stood on as_of: without the commitments not made yet (and their updates)."""
    kept = [c for c in data.commitments if rules.counts(c.made_on, as_of)]
    if len(kept) == len(data.commitments):
        return data
    ids = {c.id for c in kept}
    return replace(data, commitments=kept, updates=[u for u in data.updates if u.commitment_id in ids])


def commitment_facts(data: CommissionData) -> dict[int, rules.CommitmentFact]:
    """Each commitment's facts, to hand to `evaluate` when the same commission is evaluated on many dates."""
    by_commitment = data.updates_by_commitment
    return {c.id: commitment_fact(c, by_commitment.get(c.id, [])) for c in data.commitments}


def evaluate(
    data: CommissionData,
    as_of: date,
    *,
    facts: dict[int, rules.CommitmentFact] | None = None,
    known: dict[int, rules.CommitmentProgress] | None = None,
    touched: Collection[int] = (),
    previous: Figures | None = None,
) -> Figures:
    """The figures as of a date. `facts` (from `commitment_facts` of this commission or of one it was cut
    from) saves building them again; `known` is the `commitments` of the Figures of such a commission on the
    same date: a commitment's progress does not depend on the others, so a part of it is evaluated from them.
    `touched`: with `known`, the commitments whose rows changed since (an edit): evaluated again from `data`,
    every other one taken from `known` (absent there: it does not count on that date). `previous`: the
    Figures on the same date of a commission with the same actions, insights, themes and sessions as `data`
    (an edit of commitments, their updates or milestones, each still part of the action it was part of in
    that commission: the caller knows, these figures do not): which themes each action rolls up into, and
    which actions were agreed by the date, are taken from it (at 10,000 commitments, a tenth of an edit);
    when `known` is its `commitments` and each touched commitment is still part of the same action and
    counted as before, only the actions and themes they roll up into are worked out again (_patched)."""
    if previous is not None and known is not None and touched:
        patched = _patched(data, as_of, known, touched, previous)
        if patched is not None:
            return patched
    per_action: dict[int, list[tuple[float | None, float, str]]] = defaultdict(list)
    r: rules.CommitmentProgress | None
    if known is not None:
        results = {}
        by_commitment = data.updates_by_commitment if touched else {}
        for c in data.commitments:  # in the commitments' order, as a whole evaluation adds them
            if c.id in touched:
                fact = commitment_fact(c, by_commitment.get(c.id, []))
                if not rules.commitment_counts(fact, as_of):
                    continue
                r = results[c.id] = rules.commitment_progress(fact, as_of)
            elif c.id in known:
                r = results[c.id] = known[c.id]
            else:
                continue
            per_action[c.action_id].append((r.progress, c.weight, r.state))
    else:
        results = _commitment_results(data, as_of, facts)
        for c in data.commitments:
            r = results.get(c.id)
            if r is not None:
                per_action[c.action_id].append((r.progress, c.weight, r.state))
    actions = {a.id: rules.action_progress(per_action.get(a.id, [])) for a in data.actions}
    agreed = agreed_on(data)

    if previous is not None and previous.as_of == as_of:
        action_themes = previous.action_themes
    else:
        theme_of_insight = {i.id: i.theme_id for i in data.insights}
        action_themes = {
            a.id: sorted({theme_of_insight[i] for i in a.insight_ids if i in theme_of_insight}) for a in data.actions
        }
    theme_actions: dict[int, list[tuple[date | None, float]]] = defaultdict(list)
    for a in data.actions:
        for t in action_themes[a.id]:
            theme_actions[t].append((agreed[a.id], actions[a.id]))
    theme_figures = {t.id: rules.rollup(theme_actions.get(t.id, []), as_of) for t in data.themes}

    return Figures(
        as_of=as_of,
        commitments=results,
        actions=actions,
        themes=theme_figures,
        overall=rules.rollup(((agreed[a.id], actions[a.id]) for a in data.actions), as_of),
        states=rules.count_states(results.values()),
        panel_agreement=rules.panel_agreement(results.values()),
        action_themes=action_themes,
        agreed_actions=previous.agreed_actions
        if previous is not None and previous.as_of == as_of
        else frozenset(a.id for a in data.actions if rules.counts(agreed[a.id], as_of)),
    )


def _patched(
    data: CommissionData,
    as_of: date,
    known: dict[int, rules.CommitmentProgress],
    touched: Collection[int],
    previous: Figures,
) -> Figures | None:
    """evaluate's figures for an edit of the `touched` commitments, from `previous` (see evaluate): their
    progress again, and the figures of their actions and of those actions' themes; None when a touched
    commitment is new, gone or counts where it did not (or the reverse), where
    the whole evaluation is needed (`known`'s order is each counted commitment's place in the results)."""
    if known is not previous.commitments or previous.as_of != as_of:
        return None
    edited = [c for c in data.commitments if c.id in touched]
    if len(edited) != len(touched):
        return None  # one is gone (or was never there): the whole evaluation says what that changes
    results = dict(known)
    for c in edited:
        fact = commitment_fact(c, data.updates_by_commitment.get(c.id, []))
        if rules.commitment_counts(fact, as_of) != (c.id in known):
            return None
        if c.id in known:
            results[c.id] = rules.commitment_progress(fact, as_of)
    affected = {c.action_id for c in edited}
    if any(a not in previous.actions for a in affected):
        return None
    per_action: dict[int, list[tuple[float | None, float, str]]] = defaultdict(list)
    for c in data.commitments:
        if c.action_id in affected:
            r = results.get(c.id)
            if r is not None:
                per_action[c.action_id].append((r.progress, c.weight, r.state))
    actions = dict(previous.actions)
    for a in affected:
        actions[a] = rules.action_progress(per_action.get(a, []))
    agreed = agreed_on(data)
    return replace(
        previous,
        commitments=results,
        actions=actions,
        themes=_themes_again(data, as_of, previous, affected, actions, agreed),
        overall=rules.rollup(((agreed[a.id], actions[a.id]) for a in data.actions), as_of),
        states=rules.count_states(results.values()),
        panel_agreement=rules.panel_agreement(results.values()),
    )


def _themes_again(
    data: CommissionData,
    as_of: date,
    previous: Figures,
    affected: set[int],
    actions: dict[int, float],
    agreed: dict[int, date | None],
) -> dict[int, float]:
    """previous' theme figures, those the `affected` actions roll up into worked out again."""
    themes = dict(previous.themes)
    changed = {t for a in affected for t in previous.action_themes.get(a, ())}
    if not changed:
        return themes
    theme_actions: dict[int, list[tuple[date | None, float]]] = defaultdict(list)
    for action in data.actions:
        for t in previous.action_themes[action.id]:
            if t in changed:
                theme_actions[t].append((agreed[action.id], actions[action.id]))
    for t in changed:
        if t in themes:
            themes[t] = rules.rollup(theme_actions.get(t, []), as_of)
    return themes
