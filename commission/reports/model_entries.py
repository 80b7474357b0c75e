"""The report model's parts: what each section of a report shows (see model.py, which builds them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, overload

from commission import domain
from commission.milestones import milestone_state
from commission.outward import Place, Redactor
from commission.over_time import History
from commission.reports.changes import Changes
from commission.reports.model_value import FrameworkSection, SocialValueSection
from commission.reports.text import Text


@dataclass
class UpdateEntry:
    date: date
    status: str
    progress: float | None
    note: str
    reported_by: str
    verdict: str
    verdict_comment: str


class Timeline(Sequence[UpdateEntry]):
    """A commitment's counted updates as entries, oldest first, each made (its words redacted) only when a
    report reads it: the PDF and Word show the last few and count the rest, the tracker none."""

    def __init__(self, updates: Sequence[Any], make: Callable[[Any], UpdateEntry]):
        self._updates = updates
        self._make = make
        self._made: dict[int, UpdateEntry] = {}

    def __len__(self) -> int:
        return len(self._updates)

    @overload
    def __getitem__(self, index: int) -> UpdateEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[UpdateEntry]: ...

    def __getitem__(self, index: int | slice) -> UpdateEntry | list[UpdateEntry]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._updates)))]
        if index < 0:
            index += len(self._updates)
        if not 0 <= index < len(self._updates):
            raise IndexError("timeline index out of range")
        if index not in self._made:
            self._made[index] = self._make(self._updates[index])
        return self._made[index]

    def __iter__(self) -> Iterator[UpdateEntry]:
        return (self[i] for i in range(len(self._updates)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Timeline, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # like the list it stands for

    def __repr__(self) -> str:
        return f"Timeline({list(self)!r})"


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
    timeline: Sequence[UpdateEntry] = field(default_factory=list)  # counted updates, oldest first (a Timeline)
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

    def no_commitments_text(self) -> str:
        """What the report says where it has no commitments: none for its organisation as of its date, or none."""
        t = self.text
        if self.organisation:
            return t("no_commitments_org", org=self.organisation, date=t.date(self.as_of))
        return t("no_commitments")

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


def update_entry(u: domain.Update, redact: Redactor) -> UpdateEntry:
    return UpdateEntry(
        date=u.date,
        status=u.status,
        progress=u.progress,
        note=redact(u.note),
        reported_by=redact(u.reported_by),
        verdict=u.verdict or "not assessed",
        verdict_comment=redact(u.verdict_comment),
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
