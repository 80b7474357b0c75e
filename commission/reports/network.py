"""The network report: every commission in the database side by side, as of one date (SPEC: `--network`).

Each commission's row is its own Summary (domain.evaluate, the same quote rule), and what is overdue is
shown through that commission's own consent rules (its Redactor): privacy is per commission.
Plain data in, plain data out; the writers (network_writers.py) lay it out as PDF, DOCX or the tracker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from commission import domain, outward
from commission.over_time import point
from commission.reports.formatting import FIGURES, shorten
from commission.reports.history_text import HISTORY_STRINGS  # noqa: F401  (registers the words)
from commission.reports.model import quotes_withheld
from commission.reports.text import Text

NETWORK_COLUMNS = ("commission", *FIGURES, "quotes_withheld")


@dataclass
class OverdueItem:
    ref: str
    organisation: str
    pledge: str  # redacted by its own commission's consent rules, shortened
    due: date | None


@dataclass
class NetworkRow:
    commission_id: int
    name: str
    area: str
    language: str
    commitments: int
    states: dict[str, int]
    overall: float
    panel_agreement: float | None
    quotes_withheld: int
    done_agreed: int
    overdue: list[OverdueItem] = field(default_factory=list)  # earliest due first


@dataclass
class NetworkModel:
    as_of: date
    language: str
    rows: list[NetworkRow]
    text: Text

    @property
    def commitments(self) -> int:
        return sum(r.commitments for r in self.rows)


def network_row(data: domain.CommissionData, as_of: date, *, overdue_limit: int | None = None) -> NetworkRow:
    figures = domain.evaluate(data, as_of)
    p = point(figures)
    orgs = {o.id: o.name for o in data.organisations}
    late = sorted(
        (c for c in data.commitments if c.id in figures.commitments and figures.commitments[c.id].state == "overdue"),
        key=lambda c: (c.due or date.max, c.ref),
    )
    redact = outward.for_others(data, as_of).redact if late else None  # the one gate, per commission
    shown = late if overdue_limit is None else late[:overdue_limit]
    overdue = (
        [
            OverdueItem(
                ref=c.ref,
                organisation=orgs.get(c.organisation_id, ""),
                pledge=shorten(redact(c.pledge), 160),
                due=c.due,
            )
            for c in shown
        ]
        if redact is not None
        else []
    )  # no redactor only when nothing is late
    done = [r for r in figures.commitments.values() if r.state == "done"]
    return NetworkRow(
        commission_id=data.commission.id,
        name=data.commission.name,
        area=data.commission.area,
        language=data.commission.language,
        commitments=p.commitments,
        states=p.states,
        overall=p.overall,
        panel_agreement=p.panel_agreement,
        quotes_withheld=quotes_withheld(data, as_of),
        done_agreed=sum(1 for r in done if r.verdict == "agree"),
        overdue=overdue,
    )


def build_network_model(commissions: list[domain.CommissionData], as_of: date, *, language: str = "en") -> NetworkModel:
    rows = [network_row(d, as_of) for d in commissions]
    rows.sort(key=lambda r: r.name.lower())
    return NetworkModel(as_of=as_of, language=language, rows=rows, text=Text(language))
