"""Small pieces the PDF sections share: escaping, outlined headings, state words on their colours."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import _wsc
from reportlab.platypus.paraparser import ParaParser

from commission.reports.styles import ACCENT, RULE, STATE, STATE_TEXT, VERDICT_COLOURS

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
# A report's page for a ReportLab document template: A4 with the margins above.
PAGE_SETUP = {
    "pagesize": A4,
    "leftMargin": MARGIN_X,
    "rightMargin": MARGIN_X,
    "topMargin": MARGIN_TOP,
    "bottomMargin": MARGIN_BOTTOM,
}


def esc(text: object) -> str:
    """User text made safe for Paragraph markup, line breaks kept."""
    return escape(str(text or "")).replace("\n", "<br/>")


def hexcolour(colour: colors.Color) -> str:
    return "#" + colour.hexval()[2:]


class Paragraph(rl_paragraph.Paragraph):
    """ReportLab's Paragraph, parsed once for each markup and style and laid out once for each width.

    ReportLab parses every paragraph's markup anew (the report repeats its labels and pills thousands of times),
    and lays a paragraph out again each time it is asked its size: a table measures its cells, then measures
    them again to draw them, and a KeepTogether measures its parts before the frame places them. The layout
    depends on the width alone, so asking again at the same width gives back the first answer. The parsed
    pieces are shared between paragraphs with the same markup and style: ReportLab breaks lines into copies.
    Such twins (labels, pills, dates: nearly half the large report's 46,000 paragraphs) share their layout too:
    the first laid out at a width leaves what the layout set, and a twin not yet laid out takes it."""

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs):
        if frags is not None or style is None or kwargs:
            super().__init__(text, style, bulletText, frags, **kwargs)
            return
        self.caseSensitive = 1
        self.encoding = "utf8"
        cleaned, style, frags, bullet_frags, layouts = _parsed(text, style)
        self._setup(cleaned, style, bullet_frags or bulletText or getattr(style, "bulletText", None), list(frags), None)
        self._layouts = layouts  # shared with every paragraph of the same markup and style

    def wrap(self, availWidth, availHeight):
        if getattr(self, "_laid_out_at", None) == availWidth and hasattr(self, "blPara"):  # split drops it
            return self.width, self.height
        # a paragraph not yet laid out takes the layout of its twin (same markup, style, bullet) at this width
        layouts = self.__dict__.pop("_layouts", None)  # only before its first layout: that changes its pieces
        key = (availWidth, self.bulletText)
        if layouts is not None and key in layouts:
            self.__dict__.update(layouts[key])
            self._laid_out_at = availWidth
            return self.width, self.height
        before = dict(self.__dict__)
        size = super().wrap(availWidth, availHeight)
        if layouts is not None:
            self._drawn = (self.blPara, {})  # what this layout draws, by canvas state: shared with its twins
            layouts[key] = {k: v for k, v in self.__dict__.items() if k not in before or before[k] is not v}
        self._laid_out_at = availWidth
        return size

    def draw(self):
        """ReportLab's drawing, or what a twin drew before in the same canvas state.

        A paragraph draws in its own coordinates (its flowable's origin is translated to), so twins sharing a
        layout write the same operators when the canvas's font, colours and line settings are the same. Only
        drawing that touches nothing but the page's operators is kept: no link, form, shading or graphics state."""
        drawn = self.__dict__.get("_drawn")
        canvas = self.canv
        if drawn is None or drawn[0] is not self.blPara:
            super().draw()
            return
        key = _canvas_state(canvas)
        code = drawn[1].get(key)
        if code is not None:
            canvas._code.extend(code)
            return
        start = len(canvas._code)
        before = _resources(canvas)
        super().draw()
        code = canvas._code[start:]
        if _resources(canvas) == before and not any(" gs" in line for line in code):
            drawn[1][key] = code


# the canvas's settings a paragraph's drawing can depend on (not its position: the drawing is relative)
_STATE = [
    name
    for name in Canvas.STATE_ATTRIBUTES
    if name not in {"_x", "_y", "_currentMatrix", "_textLineMatrix", "_textMatrix", "_extgstate", "_lineDash"}
]
_state = itemgetter(*_STATE)


def _canvas_state(canvas) -> tuple:
    d = canvas.__dict__
    dash = d["_lineDash"]
    return (
        _state(d),
        type(d["_fillColorObj"]),
        type(d["_strokeColorObj"]),
        tuple(dash) if isinstance(dash, list) else dash,
        tuple(sorted(canvas._extgstate._d.items())),
    )


def _resources(canvas) -> tuple:
    """How much of the page's resources (links, forms, colours, shadings, graphics states) the canvas has used."""
    return (
        len(canvas._annotationrefs),
        len(canvas._formsinuse),
        len(canvas._colorsUsed),
        len(canvas._shadingUsed),
        len(canvas._extgstate._c),
    )


@lru_cache(maxsize=4096)
def _parsed(text: str, style) -> tuple:
    """What ReportLab's Paragraph makes of `text` in `style` before laying it out (its `_setup`).

    The markup's tags and entities decide every piece's font and colour; the text between them only fills the
    pieces in. So the markup is parsed once with each run of text stood in for by a placeholder, and a paragraph
    with the same tags but other words takes copies of those pieces with its own words: the same pieces
    ReportLab's parser makes (tests/reports/test_report_pdf_parse.py compares them), at a fraction of the cost
    (the report has 26,000 distinct paragraphs but a few hundred shapes of markup)."""
    if text[:1] == " " or text[-1:] == " " or "  " in text or _ODD_SPACE.search(text):
        text = rl_paragraph.cleanBlockQuotedText(text)  # else it would give back the same text, at some cost
    pieces = _MARKUP.split(text)  # text, markup, text, ..., text
    words = [run for run in pieces[0::2] if run]
    template: tuple = ()
    if _HOLE not in text and not any("<" in run or "&" in run for run in words):
        shape = "".join(piece if i % 2 else (_HOLE if piece else "") for i, piece in enumerate(pieces))
        _, parsed_style, template, bullet_frags = _parse(shape, style)
        if [f.text for f in template if _HOLE in f.text] != [_HOLE] * len(words):  # not one piece a run
            template = ()
    if not template:
        words = []
        _, parsed_style, template, bullet_frags = _parse(text, style)
    fill = iter(words)
    frags = []
    for piece in template:
        frag = piece.__class__.__new__(piece.__class__)
        frag.__dict__.update(piece.__dict__)
        if words and frag.text == _HOLE:
            frag.text = next(fill)
        frags.append(frag)
    rl_paragraph.textTransformFrags(frags, parsed_style)
    return text, parsed_style, tuple(frags), bullet_frags, {}  # the last: its layouts, by width and bullet


# any white space but a plain space (ReportLab's own list and Python's, no-break space among them), which
# cleanBlockQuotedText would change; with none of these, and no space doubled or at either end, it changes nothing
_ODD_SPACE = re.compile(
    "[" + re.escape("".join(sorted(set(_wsc) | {chr(i) for i in range(0x3001) if chr(i).isspace()} - {" "}))) + "]"
)
_MARKUP = re.compile(r"(<[^<>]*>|&#?[A-Za-z0-9]+;)")  # a tag or an entity; all else is text
_HOLE = "\ue000"  # stands in for a run of text (a private-use character, never in a report's words)


@lru_cache(maxsize=1024)
def _parse(text: str, style) -> tuple:
    """ReportLab's own parse of cleaned `text` in `style` (a shape of markup, or a paragraph that has no shape)."""
    parser = ParaParser()
    parser.caseSensitive = 1
    style, frags, bullet_frags = parser.parse(text, style)
    if frags is None:
        raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{text[:30]}'")
    return text, style, tuple(frags), bullet_frags


def derived(style, name: str, **changes):
    """`style.clone(name, **changes)`, made once: a clone made for each quote or timeline line would be a new style
    each time, and the parse above is shared only within one style."""
    return _derived(style, name, tuple(sorted(changes.items())))


@lru_cache(maxsize=256)
def _derived(style, name: str, changes: tuple):
    return style.clone(name, **dict(changes))


class Heading(Paragraph):
    """A heading that adds itself to the PDF outline (bookmarks) at `level`."""

    def __init__(self, text: str, style, level: int = 0, key: str = "", **pieces):
        if pieces:  # ReportLab cutting a heading too long for the rest of the page (split): a piece of it
            super().__init__(text, style, **pieces)
            self.outline = None
            return
        super().__init__(esc(text), style)
        self.outline = (level, text, key)

    def split(self, avail_width, avail_height):
        parts = super().split(avail_width, avail_height)
        if parts:  # the outline points at where the heading starts
            parts[0].outline = self.outline
        return parts


def state_pill(state: str, word: str) -> str:
    """The state's word on its colour, as Paragraph markup: never colour alone."""
    bg, fg = hexcolour(STATE[state]), hexcolour(STATE_TEXT[state])
    word = esc(word).replace(" ", "&nbsp;")  # a pill never breaks across lines
    return f'<span backColor="{bg}" color="{fg}"><b>&nbsp;{word}&nbsp;</b></span>'


def verdict_markup(verdict: str, word: str) -> str:
    colour = hexcolour(VERDICT_COLOURS.get(verdict, VERDICT_COLOURS["not assessed"]))
    return f'<font color="{colour}"><b>{esc(word)}</b></font>'


class WholeTable(Table):
    """A table that moves to the next page rather than split (a quote, a commitment card).

    Unlike KeepTogether it nests safely inside a KeepTogether."""

    def split(self, avail_width, avail_height):
        if getattr(self, "_height", 0) > FRAME_H:  # taller than a page: it has to split
            return super().split(avail_width, avail_height)
        return []


def ruled_table(rows: list, widths: list[float], extra: Sequence = (), split_in_row: bool = True) -> Table:
    """A table with its header row repeated on each page, ruled under the header and under every row."""
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=int(split_in_row))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                *extra,
            ]
        )
    )
    return table


def state_strip(state: str, padding: float, first_padding: float) -> list[tuple]:
    """A commitment's block: the strip of its state's colour down the left, rows `padding` apart and the first
    `first_padding` below the top."""
    return [
        ("LINEBEFORE", (0, 0), (0, -1), 4, STATE[state]),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, 0), first_padding),
    ]


def strip_rows_style(state: str, background: object) -> TableStyle:
    """The style of the short lines under a commitment's card (its timeline, its milestones)."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), background),
            *state_strip(state, 1, 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ]
    )
