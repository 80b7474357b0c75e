"""A review pack: the printed copy of a review round for one panel member who prefers paper.

Large print (nothing under 14 pt), plain words, one block per item with three tick boxes (Agree, Change,
Disagree) and ruled lines for comments. Plain data in (`ReviewPack`, already filtered for privacy by the
service that builds it), a PDF out: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from commission.outward import clean
from commission.reports.review_pack_words import ANSWERS as ANSWER_WORDS
from commission.reports.review_pack_words import pack_date, words
from commission.reports.styles import ACCENT, ACCENT_SOFT, INK, MUTED, QUOTE_BAR, RULE, font

BODY = 16.0  # comfortably above the 14 pt large-print floor
SMALLEST = 14.0
PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
ANSWERS = (
    ("Agree", "this is right"),
    ("Change", "nearly right, but something needs changing"),
    ("Disagree", "this is wrong"),
)


@dataclass(frozen=True)
class PackQuote:
    text: str
    speaker: str
    own: bool = False


@dataclass(frozen=True)
class PackItem:
    number: int
    count: int
    kind_label: str
    heading: str
    text: str
    question: str
    title: str = ""  # shown in bold above the text (an action's title)
    quotes: tuple[PackQuote, ...] = ()
    quotes_withheld: int = 0
    hint: str = ""  # a line under the question, e.g. what Change means for an update


@dataclass(frozen=True)
class ReviewPack:
    commission: str
    round_title: str
    reviewer: str  # how the pack addresses its reader
    made_on: date
    items: tuple[PackItem, ...]
    language: str = "en"  # the reader's: the pack's own words in English or Welsh (review_pack_words)


def _esc(text: str) -> str:
    return escape(clean(text)).replace("\n", "<br/>")


PIECE = 600  # characters: about ten lines of a quote, always less than a page


def _pieces(text: str) -> list[str]:
    """A quote cut into its paragraphs, and any paragraph longer than PIECE at sentence ends (else spaces)."""
    pieces = []
    for para in (p.strip() for p in clean(text).split("\n")):
        while len(para) > PIECE:
            cut = max(para.rfind(". ", 0, PIECE), para.rfind("? ", 0, PIECE), para.rfind("! ", 0, PIECE))
            cut = cut + 1 if cut > PIECE // 3 else para.rfind(" ", 0, PIECE)
            cut = cut if cut > 0 else PIECE
            pieces.append(para[:cut].strip())
            para = para[cut:].strip()
        if para:
            pieces.append(para)
    return pieces or [""]


class _Styles:
    def __init__(self):
        f = font()
        self.font = f

        def style(name: str, size: float = BODY, **kw) -> ParagraphStyle:
            base = {"fontName": f.regular, "fontSize": size, "leading": size * 1.45, "textColor": INK}
            return ParagraphStyle(name, **{**base, **kw})

        self.title = style("title", 30, fontName=f.bold, textColor=ACCENT, leading=36, spaceAfter=8)
        self.subtitle = style("subtitle", 21, fontName=f.bold, leading=28, spaceAfter=4)
        self.meta = style("meta", 17, textColor=MUTED, spaceAfter=2)
        self.h2 = style("h2", 19, fontName=f.bold, textColor=ACCENT, spaceBefore=14, spaceAfter=6)
        self.body = style("body", spaceAfter=8)
        self.part = style("part", SMALLEST + 1, fontName=f.bold, textColor=ACCENT)
        self.heading = style("heading", BODY, textColor=MUTED, spaceAfter=6)
        self.statement = style("statement", 19, fontName=f.bold, leading=27, spaceAfter=10)
        self.text = style("text", BODY, spaceAfter=8)
        self.said = style("said", BODY, fontName=f.bold, spaceBefore=4, spaceAfter=4)
        self.quote = style("quote", BODY, fontName=f.italic, leftIndent=14, spaceAfter=2)
        self.quote_by = style("quote_by", SMALLEST + 1, textColor=MUTED, leftIndent=14, spaceAfter=8)
        self.withheld = style("withheld", SMALLEST + 1, textColor=MUTED, spaceBefore=2, spaceAfter=8)
        self.hint = style("hint", SMALLEST + 1, textColor=MUTED, spaceAfter=6)
        self.question = style("question", 18, fontName=f.bold, spaceBefore=8, spaceAfter=8)
        self.comment = style("comment", BODY, textColor=MUTED, spaceBefore=6)


class TickBoxes(Flowable):
    """Three large boxes to tick, each with its word beside it."""

    def __init__(self, words: list[str], font_name: str, size: float = 18.0):
        super().__init__()
        self.words, self.font_name, self.size = words, font_name, size
        self.box = 9 * mm

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.box + 4

    def draw(self):
        c = self.canv
        step = self.width / len(self.words)
        for i, word in enumerate(self.words):
            x = i * step
            c.setStrokeColor(INK)
            c.setLineWidth(1.6)
            c.setFillColor(colors.white)
            c.roundRect(x, 2, self.box, self.box, 2, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(self.font_name, self.size)
            c.drawString(x + self.box + 4 * mm, 2 + (self.box - self.size * 0.7) / 2, word)


class RuledLines(Flowable):
    """Lines to write comments on, spaced for handwriting."""

    def __init__(self, count: int = 4, gap: float = 11 * mm):
        super().__init__()
        self.count, self.gap = count, gap

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.count * self.gap

    def draw(self):
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.9)
        for i in range(self.count):
            y = i * self.gap + 1
            c.line(0, y, self.width, y)


def _cover(pack: ReviewPack, st: _Styles) -> list:
    w = words(pack.language)
    how = [
        Paragraph(w["how"], st.h2),
        Paragraph(w["intro"], st.body),
        Paragraph(w["tick"], st.body),
    ]
    rows = [
        [Paragraph(f"<b>{word}</b>", st.body), Paragraph(meaning, st.body)]
        for word, meaning in ANSWER_WORDS.get(pack.language, ANSWERS)
    ]
    table = Table(rows, colWidths=[40 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    how += [
        table,
        Spacer(1, 4),
        Paragraph(w["change"], st.body),
        Paragraph(w["finished"], st.body),
        Paragraph(w["own"], st.body),
    ]
    box = _shaded(how, left=14, right=14, top=6, bottom=12)
    count = len(pack.items)
    return [
        Paragraph(w["title"], st.title),
        Paragraph(_esc(pack.round_title), st.subtitle),
        Paragraph(w["for"].format(name=_esc(pack.reviewer)), st.meta),
        Paragraph(_esc(pack.commission), st.meta),
        Paragraph(pack_date(pack.made_on, pack.language), st.meta),
        Paragraph(w["parts_one"] if count == 1 else w["parts"].format(n=count), st.meta),
        Spacer(1, 10),
        box,
        Spacer(1, 16),
    ]


def _shaded(content, **padding: float) -> Table:
    """One cell the page's width on the soft accent colour, padded as given (left=, right=, top=, bottom=)."""
    table = Table([[content]], colWidths=[PAGE_W - 2 * MARGIN])
    style = [("BACKGROUND", (0, 0), (-1, -1), ACCENT_SOFT)]
    style += [(f"{side.upper()}PADDING", (0, 0), (-1, -1), value) for side, value in padding.items()]
    table.setStyle(TableStyle(style))
    return table


def _item(item: PackItem, st: _Styles, language: str = "en") -> list:
    w = words(language)
    short = not item.title and len(item.text) <= 240 and "\n" not in item.text.strip()
    band = _shaded(
        Paragraph(f"{w['part'].format(n=item.number, m=item.count)} · {_esc(item.kind_label)}", st.part),
        left=10,
        top=5,
        bottom=7,
    )
    head = [band, Spacer(1, 8), Paragraph(_esc(item.heading), st.heading) if item.heading else Spacer(1, 4)]
    body = [Paragraph(_esc(item.title), st.statement)] if item.title else []
    if item.text.strip():
        body.append(Paragraph(_esc(item.text.strip()), st.statement if short else st.text))
    if item.quotes:
        body.append(Paragraph(w["said"], st.said))
        for q in item.quotes:
            # a row per piece of at most a few lines: a table splits between rows, so a quote longer than a
            # page flows on to the next instead of stopping the whole pack
            parts = _pieces(q.text)
            rows = [
                [Paragraph(("“" if i == 0 else "") + _esc(part) + ("”" if i == len(parts) - 1 else ""), st.quote)]
                for i, part in enumerate(parts)
            ]
            rows.append([Paragraph("— " + (w["you_said"] if q.own else _esc(q.speaker)), st.quote_by)])
            quote = Table(rows, colWidths=[PAGE_W - 2 * MARGIN - 6])
            quote.setStyle(
                TableStyle(
                    [
                        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT if q.own else QUOTE_BAR),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            body += [quote, Spacer(1, 8)]
    if item.quotes_withheld:
        n = item.quotes_withheld
        body.append(Paragraph(w["withheld_one"] if n == 1 else w["withheld"].format(n=n), st.withheld))
    answer = [Paragraph(_esc(item.question), st.question)]
    if item.hint:
        answer.append(Paragraph(_esc(item.hint), st.hint))
    answer += [
        TickBoxes([word for word, _ in ANSWER_WORDS.get(language, ANSWERS)], st.font.bold),
        Paragraph(w["comments"], st.comment),
        RuledLines(),
    ]
    # an item starts on a new page rather than be split, unless it is longer than a page; even then its
    # heading stays with its first words and the question, boxes and lines stay together
    return [KeepTogether([KeepTogether(head + body[:1]), *body[1:], KeepTogether(answer)])]


def _numbered(pack: ReviewPack, st: _Styles) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(st.font.regular, SMALLEST)
                self.setFillColor(MUTED)
                w = words(pack.language)
                self.drawString(MARGIN, 11 * mm, w["footer"].format(name=pack.reviewer))
                self.drawRightString(PAGE_W - MARGIN, 11 * mm, w["page"].format(n=number, m=total))
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def write_review_pack_pdf(pack: ReviewPack, out: Path) -> Path:
    """Render `pack` to `out` (the caller moves it into place); return `out`."""
    st = _Styles()
    doc = BaseDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=f"Review pack: {pack.round_title}",
        author=pack.commission,
        subject=words(pack.language)["for"].format(name=pack.reviewer),
        lang="cy-GB" if pack.language == "cy" else "en-GB",
    )
    frame = Frame(
        MARGIN,
        22 * mm,
        PAGE_W - 2 * MARGIN,
        PAGE_H - MARGIN - 22 * mm,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _cover(pack, st)
    for i, item in enumerate(pack.items):
        if i:
            story.append(Spacer(1, 26))
        story += _item(item, st, pack.language)
    if not pack.items:
        story.append(Paragraph(words(pack.language)["nothing"], st.body))
    story += [Spacer(1, 18), Paragraph(words(pack.language)["thanks"], st.h2)]
    doc.build(story, canvasmaker=_numbered(pack, st))
    return out
