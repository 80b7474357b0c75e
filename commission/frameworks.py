"""Frameworks: named lists of areas that actions are tagged with (SPEC, Frameworks), and their coverage.

The three presets come from the background reading. Coverage is pure: it takes the commission's plain
data and the progress figures, and says for each area which actions address it, how far they have got,
the states of their commitments, and which areas no action addresses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sized
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from commission import domain
from commission.vocab import STATES

KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class PresetArea:
    key: str
    label: str
    label_cy: str


@dataclass(frozen=True)
class Preset:
    key: str
    name: str
    name_cy: str
    areas: tuple[PresetArea, ...]


PRESETS: tuple[Preset, ...] = (
    Preset(
        "newlocal-jrf",
        "New Local / JRF: design out severe hardship",
        "New Local / JRF: cynllunio caledi difrifol allan",
        (
            PresetArea(
                "learning",
                "Build learning and reflection into local action",
                "Adeiladu dysgu a myfyrio i mewn i weithredu lleol",
            ),
            PresetArea(
                "shared-agenda",
                "A galvanising shared agenda on root causes",
                "Agenda gyffredin sy'n ysgogi, ar wraidd y problemau",
            ),
            PresetArea(
                "shift-power",
                "Shift power to people and communities with experience of poverty",
                "Symud grym at bobl a chymunedau sydd â phrofiad o dlodi",
            ),
            PresetArea(
                "redesign-services",
                "Redesign services: the right help at the right time",
                "Ailgynllunio gwasanaethau: yr help iawn ar yr adeg iawn",
            ),
            PresetArea(
                "stable-funding",
                "Stable, long-term funding for collaborative action",
                "Cyllid sefydlog, hirdymor ar gyfer gweithredu ar y cyd",
            ),
            PresetArea(
                "national-policy",
                "Inform and influence national policy",
                "Hysbysu a dylanwadu ar bolisi cenedlaethol",
            ),
        ),
    ),
    Preset(
        "phw-assets",
        "Public Health Wales: asset dimensions",
        "Iechyd Cyhoeddus Cymru: dimensiynau asedau",
        (
            PresetArea(
                "individual",
                "Individual: people's own skills, strengths and confidence",
                "Unigol: sgiliau, cryfderau a hyder pobl eu hunain",
            ),
            PresetArea(
                "community",
                "Community: networks, groups and shared places",
                "Cymunedol: rhwydweithiau, grwpiau a mannau a rennir",
            ),
            PresetArea(
                "structural",
                "Structural: services, policies and the way systems work",
                "Strwythurol: gwasanaethau, polisïau a'r ffordd y mae systemau'n gweithio",
            ),
        ),
    ),
    Preset(
        "wfg-goals",
        "Well-being of Future Generations (Wales) Act 2015: the seven well-being goals",
        "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015: y saith nod llesiant",
        (
            PresetArea("prosperous", "A prosperous Wales", "Cymru lewyrchus"),
            PresetArea("resilient", "A resilient Wales", "Cymru gydnerth"),
            PresetArea("healthier", "A healthier Wales", "Cymru iachach"),
            PresetArea("more-equal", "A more equal Wales", "Cymru sy'n fwy cyfartal"),
            PresetArea("cohesive-communities", "A Wales of cohesive communities", "Cymru o gymunedau cydlynus"),
            PresetArea(
                "vibrant-culture-welsh-language",
                "A Wales of vibrant culture and thriving Welsh language",
                "Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu",
            ),
            PresetArea(
                "globally-responsible",
                "A globally responsible Wales",
                "Cymru sy'n gyfrifol ar lefel fyd-eang",
            ),
        ),
    ),
)
PRESET_KEYS = tuple(p.key for p in PRESETS)


def normal_key(text: str) -> str:
    """How a key is read from a person or a cell: any case, spaces around ignored."""
    return text.strip().lower()


def tag_text(framework_key: str, area_key: str) -> str:
    return f"{framework_key}:{area_key}"


def tags_of(data: domain.CommissionData, action: domain.Action) -> list[str]:
    """An action's tags as the workbook writes them, in framework and area order."""
    wanted = set(action.area_ids)
    return [tag_text(f.key, a.key) for f in data.frameworks for a in f.areas if a.id in wanted]


@dataclass
class ActionCoverage:
    id: int
    ref: str
    title: str
    progress: float
    states: dict[str, int]  # its commitments' states, as of the date


class Tagged:
    """A framework area (in figures or in a report) with the actions tagged with it."""

    actions: Sized

    @property
    def covered(self) -> bool:
        return bool(self.actions)


_Area = TypeVar("_Area", bound=Tagged)


class Areas(Generic[_Area]):
    """A framework (in figures or in a report) with its areas."""

    areas: list[_Area]

    @property
    def uncovered(self) -> list[_Area]:
        return [a for a in self.areas if not a.covered]


@dataclass
class AreaCoverage(Tagged):
    id: int
    key: str
    label: str
    label_cy: str
    actions: list[ActionCoverage] = field(default_factory=list)
    progress: float = 0.0  # mean of its actions' progress; 0 with none
    states: dict[str, int] = field(default_factory=dict)  # every commitment under its actions


@dataclass
class FrameworkCoverage(Areas[AreaCoverage]):
    id: int
    key: str
    name: str
    name_cy: str
    preset: bool
    areas: list[AreaCoverage] = field(default_factory=list)

    @property
    def used(self) -> bool:
        return any(a.covered for a in self.areas)


def coverage(data: domain.CommissionData, figures: domain.Figures) -> list[FrameworkCoverage]:
    """Each framework with each of its areas: the actions tagged with it, their progress and states."""
    states_of_action: dict[int, Counter[str]] = {a.id: Counter() for a in data.actions}
    for c in data.commitments:
        result = figures.commitments.get(c.id)
        if result is not None and c.action_id in states_of_action:
            states_of_action[c.action_id][result.state] += 1
    actions_in_area: dict[int, list[domain.Action]] = {}
    for action in sorted(data.actions, key=lambda a: _natural(a.ref)):
        for area_id in action.area_ids:
            actions_in_area.setdefault(area_id, []).append(action)
    out = []
    for framework in data.frameworks:
        entry = FrameworkCoverage(
            id=framework.id,
            key=framework.key,
            name=framework.name,
            name_cy=framework.name_cy,
            preset=framework.preset,
        )
        for area in framework.areas:
            actions = [
                ActionCoverage(
                    id=a.id,
                    ref=a.ref,
                    title=a.title,
                    progress=figures.actions.get(a.id, 0.0),
                    states={s: states_of_action[a.id].get(s, 0) for s in STATES},
                )
                for a in actions_in_area.get(area.id, [])
            ]
            totals: Counter[str] = Counter()
            for a in actions:
                totals.update(a.states)
            entry.areas.append(
                AreaCoverage(
                    id=area.id,
                    key=area.key,
                    label=area.label,
                    label_cy=area.label_cy,
                    actions=actions,
                    progress=sum(a.progress for a in actions) / len(actions) if actions else 0.0,
                    states={s: totals.get(s, 0) for s in STATES},
                )
            )
        out.append(entry)
    return out


def _natural(ref: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", ref)]
