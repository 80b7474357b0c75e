"""The Frameworks and Social value parts of the report model: plain data, privacy-filtered, in the
report's language, so every format (and an HTML section later) renders the same figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from commission import domain, frameworks, sroi
from commission.reports.text import Text
from commission.vocab import STATES


@dataclass
class CoverageActionEntry:
    ref: str
    title: str
    progress: float
    states: dict[str, int]


@dataclass
class CoverageAreaEntry(frameworks.Tagged):
    key: str
    label: str
    progress: float  # mean of its actions' progress; 0 with none
    states: dict[str, int]  # its actions' commitments by state
    actions: list[CoverageActionEntry] = field(default_factory=list)


@dataclass
class FrameworkSection(frameworks.Areas[CoverageAreaEntry]):
    key: str
    name: str
    areas: list[CoverageAreaEntry]


@dataclass
class OutcomeEntry:
    outcome: str
    stakeholder: str
    indicator: str
    quantity: float
    proxy: float
    proxy_source: str
    duration: int
    deadweight: float
    attribution: float
    displacement: float
    drop_off: float
    present_value: float
    action_refs: list[str] = field(default_factory=list)
    insight_refs: list[str] = field(default_factory=list)


@dataclass
class SensitivityEntry:
    key: str
    label: str
    total: float
    ratio: float


@dataclass
class SocialValueSection:
    investment: float | None
    discount_rate: float
    outcomes: list[OutcomeEntry]
    total: float
    ratio: float | None  # None without an investment above £0
    message: str  # why there is no ratio ('' when there is one)
    sensitivity: list[SensitivityEntry] = field(default_factory=list)


def _label(text: Text, en: str, cy: str) -> str:
    return text._pick(en, cy or en)


def framework_sections(
    data: domain.CommissionData, figures: domain.Figures, text: Text, redact
) -> list[FrameworkSection]:
    """The frameworks the report's actions are tagged with (a framework none uses is left out)."""
    out = []
    for cov in frameworks.coverage(data, figures):
        if not cov.used:
            continue
        out.append(
            FrameworkSection(
                key=cov.key,
                name=_label(text, cov.name, cov.name_cy),
                areas=[
                    CoverageAreaEntry(
                        key=a.key,
                        label=_label(text, a.label, a.label_cy),
                        progress=a.progress,
                        states=dict(a.states),
                        actions=[
                            CoverageActionEntry(
                                ref=x.ref, title=redact(x.title), progress=x.progress, states=dict(x.states)
                            )
                            for x in a.actions
                        ],
                    )
                    for a in cov.areas
                ],
            )
        )
    return out


# An outcome's words (each through the consent filter) and its figures (as recorded).
OUTCOME_WORDS = ("outcome", "stakeholder", "indicator", "proxy_source")
OUTCOME_NUMBERS = ("quantity", "proxy", "duration", "deadweight", "attribution", "displacement", "drop_off")


def as_sroi(o: domain.Outcome) -> sroi.Outcome:
    return sroi.Outcome(o.outcome, **{name: getattr(o, name) for name in OUTCOME_NUMBERS})


def social_value_section(data: domain.CommissionData, text: Text, redact) -> SocialValueSection:
    """The whole commission's social value account (outcomes are the commission's, not one organisation's)."""
    rate = data.commission.discount_rate if data.commission.discount_rate is not None else sroi.DEFAULT_RATE
    actions = {a.id: a.ref for a in data.actions}
    insights = {i.id: i.ref for i in data.insights}
    values = [as_sroi(o) for o in data.outcomes]
    entries = [
        OutcomeEntry(
            **{name: redact(getattr(o, name)) for name in OUTCOME_WORDS},
            **{name: getattr(o, name) for name in OUTCOME_NUMBERS},
            present_value=sroi.present_value(v, rate),
            action_refs=[actions[i] for i in o.action_ids if i in actions],
            insight_refs=[insights[i] for i in o.insight_ids if i in insights],
        )
        for o, v in zip(data.outcomes, values, strict=True)
    ]
    total = sum(e.present_value for e in entries)
    try:
        ratio = sroi.ratio(values, data.commission.investment, rate)
        rows = sroi.sensitivity(values, data.commission.investment, rate)
        message = ""
    except sroi.NoInvestment:
        ratio, rows, message = None, [], text("value_no_investment")
    return SocialValueSection(
        investment=data.commission.investment,
        discount_rate=rate,
        outcomes=entries,
        total=total,
        ratio=ratio,
        message=message,
        sensitivity=[
            SensitivityEntry(key=r.key, label=text(f"sens:{r.key}"), total=r.total, ratio=r.ratio) for r in rows
        ],
    )


def states_text(states: dict[str, int], text: Text) -> str:
    """'2 done, 1 on track' — the states that occur, in the usual order, in words."""
    return ", ".join(f"{states[s]} {text.state(s)}" for s in STATES if states.get(s))


def money(value: float) -> str:
    return f"£{value:,.0f}" if abs(value) >= 100 else f"£{value:,.2f}"


def share(value: float) -> str:
    return f"{value * 100:.0f}%" if round(value * 100, 1) == round(value * 100) else f"{value * 100:.1f}%"
