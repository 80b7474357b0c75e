"""Charts drawn with ReportLab's own graphics: plain Drawings the PDF embeds (and the DOCX, as PNG, when it can).

Every chart labels its figures in words and numbers as well as colour.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from commission.reports.formatting import pct as _pct
from commission.reports.styles import ACCENT, ACCENT_SOFT, INK, MUTED, PANEL, RULE, STATE, STATE_TEXT
from commission.vocab import STATES

if TYPE_CHECKING:
    from commission.reports.model import ReportModel

# reading order: good news first, then what needs attention
STATES_DISPLAY = ("done", "on track", "at risk", "overdue", "dropped")
assert set(STATES_DISPLAY) == set(STATES)


def _minor(size: float) -> float:
    """Axis and ring labels: a little smaller than the rest, except in large print, where nothing shrinks."""
    return size if size >= 13 else size * 0.9


def _lines(text: str, font: str, size: float, width: float, max_lines: int = 2) -> list[str]:
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + "\u2026", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "\u2026"
    return lines


def states_by_organisation(
    rows: list[tuple[str, dict[str, int]]],
    state_words: dict[str, str],
    width: float,
    fonts: tuple[str, str],
    size: float,
) -> Drawing:
    """Stacked horizontal bars: one per organisation, one segment per state, counts written in."""
    regular, bold = fonts
    label_w = width * 0.34
    bar_x = label_w + 8
    bar_w = width - bar_x - 28
    row_h = max(size * 2.9, 26)
    bar_h = min(row_h * 0.62, size * 1.9)
    legend = _legend_rows([(STATE[s], state_words[s]) for s in STATES_DISPLAY], width, regular, size)
    legend_h = size * (1.5 * len(legend) + 1.1)
    height = legend_h + row_h * max(len(rows), 1) + 6
    d = Drawing(width, height)
    most = max((sum(c.values()) for _, c in rows), default=0) or 1

    # a light scale behind the bars
    ticks = _nice_ticks(most)
    for t in ticks:
        x = bar_x + bar_w * t / most
        d.add(Line(x, legend_h, x, height - 2, strokeColor=RULE, strokeWidth=0.5))
        d.add(
            String(
                x,
                legend_h - size - 2,
                str(t),
                fontName=regular,
                fontSize=_minor(size),
                fillColor=MUTED,
                textAnchor="middle",
            )
        )

    for i, (name, counts) in enumerate(rows):
        y_mid = height - 4 - row_h * (i + 0.5)
        lines = _lines(name, regular, size, label_w)
        top = y_mid + (len(lines) - 1) * size * 0.6 - size * 0.35
        for j, line in enumerate(lines):
            d.add(String(0, top - j * size * 1.2, line, fontName=regular, fontSize=size, fillColor=INK))
        x = bar_x
        for state in STATES_DISPLAY:
            n = counts.get(state, 0)
            if not n:
                continue
            w = bar_w * n / most
            d.add(Rect(x, y_mid - bar_h / 2, w, bar_h, fillColor=STATE[state], strokeColor=colors.white, strokeWidth=1))
            if w >= stringWidth(str(n), bold, size) + 6:
                d.add(bar_count(x + w / 2, y_mid, n, state, bold, size))
            x += w
        total = sum(counts.values())
        d.add(String(x + 5, y_mid - size * 0.35, str(total), fontName=bold, fontSize=size, fillColor=INK))

    _legend(d, legend, 0, 2, regular, size)
    return d


def _legend_rows(
    items: list[tuple[colors.Color, str]], width: float, font_name: str, size: float
) -> list[list[tuple[colors.Color, str, float]]]:
    """Colour keys laid out left to right, wrapping onto more rows rather than shrinking the words."""
    gap = size * 1.4
    rows: list[list[tuple[colors.Color, str, float]]] = [[]]
    x = 0.0
    for colour, word in items:
        w = size + 4 + stringWidth(word, font_name, size)
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((colour, word, x))
        x += w + gap
    return rows


def bar_count(x: float, y_mid: float, count: int, state: str, font: str, size: float) -> String:
    """A count centred on its bar (or its part of one), in the text colour that reads on the state's colour."""
    return String(
        x,
        y_mid - size * 0.35,
        str(count),
        fontName=font,
        fontSize=size,
        fillColor=STATE_TEXT[state],
        textAnchor="middle",
    )


def _legend(d: Drawing, rows, x0: float, y: float, font_name: str, size: float) -> None:
    for r, row in enumerate(rows):
        yy = y + (len(rows) - 1 - r) * size * 1.5
        for colour, word, x in row:
            d.add(Rect(x0 + x, yy, size, size, fillColor=colour, strokeColor=None))
            d.add(String(x0 + x + size + 4, yy + size * 0.12, word, fontName=font_name, fontSize=size, fillColor=INK))


def _nice_ticks(most: int) -> list[int]:
    step = max(1, math.ceil(most / 5))
    for nice in (1, 2, 5, 10, 20, 25, 50, 100):
        if nice >= step:
            step = nice
            break
    return list(range(0, most + 1, step))


def theme_progress(rows: list[tuple[str, int, float]], width: float, fonts: tuple[str, str], size: float) -> Drawing:
    """Horizontal bars 0–100 per theme; sub-themes indented and lighter; the figure written at the end."""
    regular, bold = fonts
    label_w = width * 0.38
    bar_x = label_w + 8
    bar_w = width - bar_x - stringWidth("100%", bold, size) - 10
    row_h = max(size * 2.6, 24)
    bar_h = min(row_h * 0.55, size * 1.6)
    axis_h = size * 1.8
    height = axis_h + row_h * max(len(rows), 1) + 4
    d = Drawing(width, height)
    for t in (0, 25, 50, 75, 100):
        x = bar_x + bar_w * t / 100
        d.add(Line(x, axis_h, x, height - 2, strokeColor=RULE, strokeWidth=0.5))
        d.add(
            String(
                x,
                axis_h - size - 1,
                f"{t}%",
                fontName=regular,
                fontSize=_minor(size),
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for i, (name, depth, value) in enumerate(rows):
        y_mid = height - 2 - row_h * (i + 0.5)
        indent = size * 1.2 * depth
        lines = _lines(name, bold if depth == 0 else regular, size, label_w - indent)
        top = y_mid + (len(lines) - 1) * size * 0.6 - size * 0.35
        for j, line in enumerate(lines):
            d.add(
                String(
                    indent,
                    top - j * size * 1.2,
                    line,
                    fontName=bold if depth == 0 else regular,
                    fontSize=size,
                    fillColor=INK,
                )
            )
        d.add(Rect(bar_x, y_mid - bar_h / 2, bar_w, bar_h, fillColor=PANEL, strokeColor=None))
        fill = ACCENT if depth == 0 else colors.HexColor("#4a8aa5")
        d.add(
            Rect(
                bar_x,
                y_mid - bar_h / 2,
                bar_w * max(0.0, min(value, 100.0)) / 100,
                bar_h,
                fillColor=fill,
                strokeColor=None,
            )
        )
        d.add(String(bar_x + bar_w + 5, y_mid - size * 0.35, _pct(value), fontName=bold, fontSize=size, fillColor=INK))
    return d


def report_pentagon(
    model: ReportModel, width: float, fonts: tuple[str, str], size: float, word: Callable[[str], str] = str
) -> Drawing:
    """The report's assets pentagon in its words, each made plain by `word` where the format needs it."""
    t = model.text
    return assets_pentagon(
        [(a.asset, word(t.asset(a.asset)), a.actions, a.progress) for a in model.assets],
        {"average_progress": word(t("average_progress")), "number_of_actions": word(t("number_of_actions"))},
        lambda n: word(t("n_actions", n=n)),
        width,
        fonts,
        size,
    )


def assets_pentagon(
    assets: list[tuple[str, str, int, float]],
    words: dict[str, str],
    count_label: Callable[[int], str],
    width: float,
    fonts: tuple[str, str],
    size: float,
) -> Drawing:
    """A radar over the five assets: average progress filled, number of actions dashed, both labelled.

    `assets` is (asset, label, number of actions, average progress) in ASSETS order."""
    regular, bold = fonts
    n = len(assets)
    angles = [math.pi / 2 - 2 * math.pi * i / n for i in range(n)]
    # each corner's label, wrapped so that no label is wider than ~30% of the chart
    label_w = width * 0.3
    labels = []
    for _, label, count, avg in assets:
        lines = [(line, bold, size) for line in simpleSplit(label, bold, size, label_w)]
        for text in (count_label(count), f"{_pct(avg)} {words['average_progress']}"):
            lines += [(line, regular, _minor(size)) for line in simpleSplit(text, regular, _minor(size), label_w)]
        labels.append(lines)
    widest = [max(stringWidth(t, f, z) for t, f, z in lines) for lines in labels]
    line_h = size * 1.2
    gap = size * 1.1
    # the largest radius at which every side label still fits across the width
    radius = 118 + size * 2
    for angle, w in zip(angles, widest, strict=True):
        c = abs(math.cos(angle))
        if c > 0.05:
            radius = min(radius, (width / 2 - w - gap * c - 2) / c)
    radius = max(radius, 40)
    top_room = line_h * len(labels[0]) + gap + size * 0.5
    bottom_room = max(line_h * len(lines) for lines in labels[2:4]) + size * 0.5 if n >= 4 else size * 4
    legend_h = size * 3.9
    height = legend_h + bottom_room + radius * (1 + math.sin(math.radians(54))) + top_room
    d = Drawing(width, height)
    cx, cy = width / 2, legend_h + bottom_room + radius * math.sin(math.radians(54))

    def point(i: int, r: float) -> tuple[float, float]:
        return cx + r * math.cos(angles[i]), cy + r * math.sin(angles[i])

    for ring in (25, 50, 75, 100):
        pts = [c for i in range(n) for c in point(i, radius * ring / 100)]
        d.add(Polygon(pts, fillColor=None, strokeColor=RULE, strokeWidth=0.6))
        x, y = point(0, radius * ring / 100)
        d.add(String(x + 3, y - size * 0.9, f"{ring}%", fontName=regular, fontSize=_minor(size), fillColor=MUTED))
    for i in range(n):
        x, y = point(i, radius)
        d.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.6))

    most = max((a[2] for a in assets), default=0)
    if most:
        pts = [c for i, a in enumerate(assets) for c in point(i, radius * a[2] / most)]
        d.add(Polygon(pts, fillColor=None, strokeColor=MUTED, strokeWidth=1.4, strokeDashArray=[4, 3]))
    pts = [c for i, a in enumerate(assets) for c in point(i, radius * max(0.0, min(a[3], 100.0)) / 100)]
    d.add(
        Polygon(
            pts,
            fillColor=colors.Color(ACCENT.red, ACCENT.green, ACCENT.blue, alpha=0.28),
            strokeColor=ACCENT,
            strokeWidth=1.8,
        )
    )
    for i, a in enumerate(assets):
        x, y = point(i, radius * max(0.0, min(a[3], 100.0)) / 100)
        d.add(Circle(x, y, 2.6, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.8))

    for i, lines in enumerate(labels):
        x, y = point(i, radius + gap)
        anchor = "middle" if abs(x - cx) < 5 else ("start" if x > cx else "end")
        block = line_h * len(lines)
        # the top label sits above its corner, the bottom ones below, the side ones level with it
        if y > cy + radius * 0.5:
            top = y + block - size
        elif y < cy - radius * 0.5:
            top = y - size * 0.9
        else:
            top = y + block / 2 - size
        for j, (line, fnt, sz) in enumerate(lines):
            d.add(
                String(
                    x,
                    top - j * line_h,
                    line,
                    fontName=fnt,
                    fontSize=sz,
                    fillColor=INK if fnt == bold else MUTED,
                    textAnchor=anchor,
                )
            )

    # legend: a filled swatch for progress, a dashed line for the count; on two rows if one is too narrow
    w1 = size + 4 + stringWidth(words["average_progress"], regular, size)
    w2 = size * 1.8 + 4 + stringWidth(words["number_of_actions"], regular, size)
    one_row = w1 + w2 + size * 1.6 <= width
    x1 = cx - (w1 + w2 + size * 1.6) / 2 if one_row else 0
    y1 = 4 if one_row else 4 + size * 1.5
    x2, y2 = (x1 + w1 + size * 1.6, 4) if one_row else (0, 4)
    d.add(
        Rect(
            x1,
            y1,
            size,
            size,
            fillColor=colors.Color(ACCENT.red, ACCENT.green, ACCENT.blue, alpha=0.28),
            strokeColor=ACCENT,
            strokeWidth=1.2,
        )
    )
    d.add(
        String(
            x1 + size + 4, y1 + size * 0.12, words["average_progress"], fontName=regular, fontSize=size, fillColor=INK
        )
    )
    d.add(
        Line(
            x2,
            y2 + size / 2,
            x2 + size * 1.8,
            y2 + size / 2,
            strokeColor=MUTED,
            strokeWidth=1.4,
            strokeDashArray=[4, 3],
        )
    )
    d.add(
        String(
            x2 + size * 1.8 + 4,
            y2 + size * 0.12,
            words["number_of_actions"],
            fontName=regular,
            fontSize=size,
            fillColor=INK,
        )
    )
    return d


class ProgressBar(Flowable):
    """A drawn bar 0–100 in the state's colour with the figure beside it (or a dash when dropped)."""

    def __init__(
        self,
        value: float | None,
        colour: colors.Color,
        width: float,
        font_name: str,
        size: float,
        label: str | None = None,
    ):
        super().__init__()
        self.value, self.colour, self.font_name, self.size = value, colour, font_name, size
        self.label = label if label is not None else ("\u2014" if value is None else _pct(value))
        self.width, self.height = width, size * 1.5

    def wrap(self, avail_width, avail_height):
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def draw(self):
        c = self.canv
        text_w = stringWidth("100%", self.font_name, self.size) + 8
        bar_w = max(self.width - text_w, 10)
        h = self.size * 0.8
        y = (self.height - h) / 2
        c.setFillColor(ACCENT_SOFT)
        c.roundRect(0, y, bar_w, h, h / 2, stroke=0, fill=1)
        if self.value:
            c.setFillColor(self.colour)
            w = max(bar_w * min(self.value, 100.0) / 100, h)
            c.roundRect(0, y, w, h, h / 2, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(self.font_name, self.size)
        c.drawString(bar_w + 6, y + h / 2 - self.size * 0.35, self.label)


def drawing_png(drawing: Drawing, dpi: int = 144) -> bytes | None:
    """The drawing as PNG bytes, for the Word report; None only if no renderer can be loaded.

    The drawing is written as a one-page PDF by ReportLab itself (pure Python) and rasterised by PDFium
    (pypdfium2, with wheels for Linux, macOS and Windows): the very chart the PDF shows, with no C compiler,
    no cairo, and no second chart code to keep in step."""
    try:
        import pypdfium2
        from reportlab.graphics import renderPDF
    except ImportError:
        return None
    pdf = pypdfium2.PdfDocument(renderPDF.drawToString(drawing))
    try:
        bitmap = pdf[0].render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
        image = bitmap.to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG")  # optimize=True: 2% smaller for 3x the time; the same pixels
        return out.getvalue()
    finally:
        pdf.close()


def png_available() -> bool:
    return drawing_png(Drawing(2, 2)) is not None
