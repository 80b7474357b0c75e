"""The PDF's "Progress over time" section (and, later in the file, the milestones under a commitment)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from commission.reports import history_charts
from commission.reports.history_tables import TableData, over_time_intro, over_time_tables
from commission.reports.model import ReportModel
from commission.reports.pdf_common import FRAME_W, Heading, Paragraph, derived, esc, strip_rows_style
from commission.reports.styles import ACCENT, RULE, STATE, STATE_TEXT, Styles
from commission.vocab import STATES


def over_time_section(model: ReportModel, s: Styles) -> list:
    t = model.text
    found = model.over_time
    if found is None or found.empty:
        return []
    story: list = [Heading(t("over_time"), s.h1, 0, "over-time"), Paragraph(esc(over_time_intro(found, t)), s.body)]
    fonts = (s.font.regular, s.font.bold)
    size = s.small_size + (0 if s.large else 1)
    chart = history_charts.over_time_chart(
        found,
        {st: t.state(st) for st in STATES},
        t("overall_progress"),
        FRAME_W,
        fonts,
        size,
        language=t.language,
        last=8 if s.large else 12,
    )
    tables = over_time_tables(found, t)
    story.append(KeepTogether([Heading(tables[0].title, s.h3, 1, "over-time-chart"), chart]))
    story.append(Spacer(1, s.body_size))
    story += _table(tables[0], s, first_width=0.18)
    for table in tables[1:]:
        story.append(Heading(table.title, s.h3, 1, table.key))
        story += _table(table, s, first_width=0.34)
    story.append(PageBreak())
    return story


def _need(data: TableData, col: int, head, cell) -> float:
    words = data.header[col].split() + [w for row in data.rows for w in row[col].split()]
    return max(max(stringWidth(w, head.fontName, head.fontSize) for w in words if w) if any(words) else 0, 8) + 6.5


def _split(data: TableData, head, cell, first_width: float) -> list[TableData]:
    """Columns that cannot all fit without breaking a word (large print) go into a second table, each keeping
    the first column, so every word stays whole."""
    room = FRAME_W - max(_need(data, 0, head, cell), FRAME_W * first_width * 0.6)
    chunks: list[list[int]] = [[]]
    used = 0.0
    for col in range(1, len(data.header)):
        need = _need(data, col, head, cell)
        if chunks[-1] and used + need > room:
            chunks.append([])
            used = 0.0
        chunks[-1].append(col)
        used += need
    if len(chunks) == 1:
        return [data]
    states = data.states + [""] * (len(data.header) - len(data.states))
    return [
        TableData(
            data.title,
            [data.header[0]] + [data.header[c] for c in cols],
            [[row[0]] + [row[c] for c in cols] for row in data.rows],
            data.key,
            [""] + [states[c] for c in cols],
        )
        for cols in chunks
    ]


def _widths(data: TableData, head, cell, first_width: float) -> list[float]:
    """No word broken: each column at least as wide as its longest word; what is left goes to the first."""
    need = [_need(data, col, head, cell) for col in range(1, len(data.header))]
    first = max(_need(data, 0, head, cell), FRAME_W * first_width * 0.6)
    spare = FRAME_W * (1 - first_width) - sum(need)
    if spare > 0:
        need = [w + spare / len(need) for w in need]
    elif FRAME_W - sum(need) < first:  # tight: the first column takes what it needs, the rest share the loss
        need = [w * (FRAME_W - first) / sum(need) for w in need]
    return [FRAME_W - sum(need), *need]


def _table(data: TableData, s: Styles, first_width: float) -> list:
    cell = derived(
        s.body_tight,
        "ot_cell",
        fontSize=s.small_size if s.large else s.body_size * 0.9,
        leading=(s.small_size if s.large else s.body_size * 0.9) * 1.25,
    )
    head = derived(s.label, "ot_head", fontSize=cell.fontSize, leading=cell.leading)
    out: list = []
    for part in _split(data, head, cell, first_width):
        if out:
            out.append(Spacer(1, s.body_size * 0.8))
        out.append(_one_table(part, head, cell, first_width))
    return out


def _one_table(data: TableData, head, cell, first_width: float) -> Table:
    states = data.states + [""] * (len(data.header) - len(data.states))
    rows = [
        [
            Paragraph(f'<font color="#{STATE_TEXT[st].hexval()[2:]}">{esc(x)}</font>' if st else esc(x), head)
            for x, st in zip(data.header, states, strict=True)
        ]
    ]
    rows += [[Paragraph(esc(x), cell) for x in row] for row in data.rows]
    table = Table(rows, colWidths=_widths(data, head, cell, first_width), repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for col, state in enumerate(states):
        if state:  # the state's column headed by its word on its colour
            commands.append(("BACKGROUND", (col, 0), (col, 0), STATE[state]))
    table.setStyle(TableStyle(commands))
    return table


MILESTONE_COLOURS = {"done": "#2e7d32", "missed": "#b3261e", "planned": "#52606d"}


def milestones_block(model: ReportModel, c, s: Styles, width: float) -> list:
    """A commitment's milestones under its card: each with its word (done, missed, planned), never colour alone."""
    from commission.reports.history_tables import milestone_line

    if not c.milestones:
        return []
    t = model.text
    rows = []
    for i, ms in enumerate(c.milestones):
        word, rest = milestone_line(ms, t)
        line = f'<font color="{MILESTONE_COLOURS[ms.state]}"><b>{esc(word)}</b></font> \u00b7 {esc(rest)}'
        entry = Paragraph(
            line, derived(s.body_tight, "ms", leftIndent=s.body_size * 0.8, bulletIndent=0), bulletText="\u2022"
        )
        rows.append([[Paragraph(esc(t("milestones")), s.label), entry] if i == 0 else entry])
    table = Table(rows, colWidths=[width], hAlign="LEFT", splitInRow=1)
    table.setStyle(strip_rows_style(c.state, "#ffffff"))
    return [table]
