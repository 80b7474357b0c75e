"""Change over time as plain tables of words: what the PDF, the DOCX (and an HTML page) print.

Each writer only lays these out, so the formats cannot disagree about a figure or a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from commission.over_time import History
from commission.reports.charts import STATES_DISPLAY
from commission.reports.formatting import pct, points
from commission.reports.history_charts import short_date
from commission.reports.history_text import HISTORY_STRINGS  # noqa: F401  (registers the words)
from commission.reports.text import Text
from commission.vocab import uk_short_date

SERIES_COLUMNS = 5  # dates shown per theme and organisation: the latest few, then the change over them


@dataclass
class TableData:
    title: str
    header: list[str]
    rows: list[list[str]]
    key: str  # an anchor: "over-time", "over-time-themes" …
    states: list[str] = field(default_factory=list)  # header cells that are state words, by column


def over_time_tables(found: History | None, t: Text) -> list[TableData]:
    if found is None or found.empty:
        return []
    header = (
        [t("date"), t("commitments")] + [t.state(s) for s in STATES_DISPLAY] + [t("progress"), t("panel_agreement")]
    )
    rows = [
        [uk_short_date(p.as_of), str(p.commitments)]
        + [str(p.states.get(s, 0)) for s in STATES_DISPLAY]
        + [pct(p.overall), pct(p.panel_agreement)]
        for p in found.points
    ]
    tables = [
        TableData(t("over_time_chart"), header, rows, "over-time", states=[""] * 2 + list(STATES_DISPLAY) + [""] * 2)
    ]
    shown = found.dates[-SERIES_COLUMNS:]
    first = len(found.dates) - len(shown)

    def series_table(title: str, key: str, label: str, series) -> TableData:
        head = [label] + [short_date(d, t.language) for d in shown] + ([t("change")] if len(shown) > 1 else [])
        body = []
        for s in series:
            values = s.progress[first:]
            row = [s.name] + [pct(v) for v in values]
            if len(shown) > 1:
                row.append(points(values[-1] - values[0]))
            body.append(row)
        return TableData(title, head, body, key)

    if found.themes:
        tables.append(series_table(t("over_time_themes"), "over-time-themes", t("theme"), found.themes))
    if found.organisations:
        tables.append(series_table(t("over_time_orgs"), "over-time-orgs", t("organisation"), found.organisations))
    return tables


def over_time_intro(found: History, t: Text) -> str:
    return t("over_time_intro", start=t.date(found.dates[0]), date=t.date(found.dates[-1]))


def milestone_line(entry, t: Text) -> tuple[str, str]:
    """(state word, the rest) for one milestone: 'missed' · 'Web form live — due 30/09/2026'."""
    rest = entry.title
    if entry.state == "done":
        rest += f" \u2014 {t('milestone_done_on', date=uk_short_date(entry.done_on))}"
        if entry.due:
            rest += f" ({t('due').lower()} {uk_short_date(entry.due)})"
    elif entry.due:
        rest += f" \u2014 {t('due').lower()} {uk_short_date(entry.due)}"
    return t(f"milestone:{entry.state}"), rest


def milestone_rows(model, t: Text) -> list[list[str]]:
    """Every milestone of the report, for the tracker and a table: commitment, organisation, title, due,
    done, state."""
    rows = []
    for c in model.commitments:
        for ms in c.milestones:
            rows.append(
                [
                    c.ref,
                    c.organisation,
                    ms.title,
                    ms.due.isoformat() if ms.due else "",
                    ms.done_on.isoformat() if ms.done_on else "",
                    ms.state,
                ]
            )
    return rows
