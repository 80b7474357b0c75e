"""The DOCX's "Progress over time" section: the PDF's chart (as a PNG when it can be drawn) and its tables."""

from __future__ import annotations

from docx.shared import Cm

from commission.reports import history_charts
from commission.reports.history_tables import over_time_intro, over_time_tables
from commission.reports.styles import font
from commission.vocab import STATES


def over_time(w) -> None:
    """`w` is word._Writer: its doc, model (m), words (t) and table helper."""
    m, t = w.m, w.t
    found = m.over_time
    if found is None or found.empty:
        return
    w.doc.add_heading(t("over_time"), 1)
    w.para(over_time_intro(found, t))
    tables = over_time_tables(found, t)
    w.doc.add_heading(tables[0].title, 3)
    drawing = history_charts.over_time_chart(
        found,
        {s: t.state(s) for s in STATES},
        t("overall_progress"),
        483.0,
        (font().regular, font().bold),
        10,
        language=t.language,
    )
    figures = "; ".join(", ".join(str(cell) for cell in row) for row in tables[0].rows)
    w.picture(drawing, Cm(17), str(t("over_time")), f"{tables[0].title}: {figures}")  # alt text: every figure
    for i, table in enumerate(tables):
        if i:
            w.doc.add_heading(table.title, 3)
        made = w.table(table.header, table.rows)
        for col, state in enumerate(table.states):
            if state:
                w.state_cell(made.rows[0].cells[col], state)
    w.page_break()


def milestones(w, cell, c) -> None:
    """A commitment's milestones in its card's last cell: the state's word first (missed in bold)."""
    from docx.shared import RGBColor

    from commission.reports.history_tables import milestone_line

    if not c.milestones:
        return
    cell.add_paragraph().add_run(w.t("milestones")).bold = True
    colours = {"done": "2E7D32", "missed": "B3261E", "planned": "52606D"}
    for ms in c.milestones:
        word, rest = milestone_line(ms, w.t)
        p = cell.add_paragraph()
        run = p.add_run(word)
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(colours[ms.state])
        p.add_run(f" \u00b7 {rest}")
