"""The over-time chart for the PDF and the DOCX: overall progress as a line over stacked state columns.

Every point carries its figure in words: the percentage above each point, the count inside each segment.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from commission.over_time import History
from commission.reports.charts import STATES_DISPLAY, _legend, _legend_rows, _minor, _nice_ticks, bar_count
from commission.reports.formatting import pct
from commission.reports.styles import ACCENT, INK, MUTED, RULE, STATE

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_CY = ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag")


def short_date(value: date, language: str = "en") -> str:
    months = MONTHS_CY if language == "cy" else MONTHS
    return f"{months[value.month - 1]} {value:%y}"


def over_time_chart(
    found: History,
    state_words: dict[str, str],
    progress_word: str,
    width: float,
    fonts: tuple[str, str],
    size: float,
    language: str = "en",
    last: int = 12,
) -> Drawing:
    """The last `last` dates: overall progress (0–100%) above, commitments by state in columns below."""
    regular, bold = fonts
    points = found.points[-last:]
    n = max(len(points), 1)
    axis_w = stringWidth("100%", regular, _minor(size)) + 6
    plot_x, plot_w = axis_w, width - axis_w - 4
    step = plot_w / n
    legend = _legend_rows(
        [(ACCENT, progress_word)] + [(STATE[s], state_words[s]) for s in STATES_DISPLAY], width, regular, size
    )
    legend_h = size * (1.5 * len(legend) + 0.6)
    date_h = size * 1.8
    columns_h = size * 13
    line_h = size * 9
    gap = size * 1.6
    height = legend_h + date_h + columns_h + gap + line_h + size * 1.4
    d = Drawing(width, height)

    # columns: commitments by state
    base = legend_h + date_h
    most = max((p.commitments for p in points), default=0) or 1
    ticks = _nice_ticks(most)
    top_tick = max(ticks[-1], most)
    for t in ticks:
        y = base + columns_h * t / top_tick
        d.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=RULE, strokeWidth=0.5))
        d.add(
            String(
                plot_x - 4,
                y - size * 0.3,
                str(t),
                fontName=regular,
                fontSize=_minor(size),
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    bar_w = min(step * 0.62, size * 4)
    for i, p in enumerate(points):
        x_mid = plot_x + step * (i + 0.5)
        y = base
        for state in STATES_DISPLAY:
            count = p.states.get(state, 0)
            if not count:
                continue
            h = columns_h * count / top_tick
            d.add(
                Rect(x_mid - bar_w / 2, y, bar_w, h, fillColor=STATE[state], strokeColor=colors.white, strokeWidth=0.8)
            )
            label_size = _minor(size)
            if h >= label_size + 2 and bar_w >= stringWidth(str(count), bold, label_size) + 2:
                d.add(bar_count(x_mid, y + h / 2, count, state, bold, label_size))
            y += h
        d.add(
            String(
                x_mid,
                legend_h + size * 0.5,
                short_date(p.as_of, language),
                fontName=regular,
                fontSize=_minor(size),
                fillColor=INK,
                textAnchor="middle",
            )
        )

    # the line: overall progress
    line_base = base + columns_h + gap
    for t in (0, 50, 100):
        y = line_base + line_h * t / 100
        d.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=RULE, strokeWidth=0.5))
        d.add(
            String(
                plot_x - 4,
                y - size * 0.3,
                f"{t}%",
                fontName=regular,
                fontSize=_minor(size),
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    coords: list[float] = []
    for i, p in enumerate(points):
        coords += [plot_x + step * (i + 0.5), line_base + line_h * max(0.0, min(p.overall, 100.0)) / 100]
    if len(points) > 1:
        d.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=2))
    label_size = _minor(size)
    for i, p in enumerate(points):
        x, y = coords[2 * i], coords[2 * i + 1]
        d.add(Circle(x, y, 2.6, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.6))
        if step >= stringWidth("100%", bold, label_size) + 2:
            d.add(
                String(x, y + 5, pct(p.overall), fontName=bold, fontSize=label_size, fillColor=INK, textAnchor="middle")
            )
    _legend(d, legend, 0, 2, regular, size)
    return d
