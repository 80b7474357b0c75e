"""The HTML report's page (`Page`: the model, its words, its ids) and the pieces every section is made of:
state words, tables, bars, charts as inline SVG, a commitment's milestones."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from itertools import count

from commission.reports import charts, history_text  # noqa: F401  (history_text registers its words)
from commission.reports.html_build import LANG_TAGS, Node, Raw, el, plain
from commission.reports.model import CommitmentEntry, ReportModel
from commission.reports.text import Bilingual, Said
from commission.vocab import STATES

TIMELINE_SHOWN = 4
CHART_WIDTH = 640
# the state colours carry meaning beside the word; text on them keeps 4.5:1 (white, or near-black on amber)
STATE_TEXT = {state: ("#1a1a1a" if state == "at risk" else "#ffffff") for state in STATES}
FONT_STACK = '"DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif'
SVG_FONT_STACK = FONT_STACK.replace('"', "'")  # it goes inside a style="" attribute


@dataclass
class Page:
    """What a section function is given: the report, and helpers that know the page's languages."""

    model: ReportModel
    large_print: bool = False

    def __post_init__(self) -> None:
        self.t = self.model.text
        lang = self.model.language
        self.language = "cy" if lang == "both" else lang  # Welsh is read first in both languages
        content = getattr(self.model, "content_language", "en")
        self.content_lang = None if content == self.language else LANG_TAGS.get(content)
        self._ids = count(1)

    def said(self, tag: str, text: str, **attrs: object) -> Node:
        """An element holding words people wrote (a pledge, a note, a quote): marked with their language
        where it is not the page's."""
        if not isinstance(text, (Said, Bilingual)):  # those carry their own languages
            attrs.setdefault("lang", self.content_lang)
        return el(tag, text, **attrs)

    def uid(self, stem: str) -> str:
        return f"{stem}-{next(self._ids)}"

    def state(self, state: str) -> Node:
        """The state's word on its colour: never colour alone."""
        return el("span", self.t.state(state), class_=f"state state-{state.replace(' ', '-')}")

    def table(
        self,
        caption: object,
        header: Sequence[object],
        rows: Sequence[Sequence[object]],
        *,
        row_headers: bool = True,
        classes: str = "",
    ) -> Node:
        """A real table: a caption, column headers with scope, and (by default) the first cell of each row as
        that row's header."""
        head = el("thead", el("tr", *[el("th", h, scope="col") for h in header]))
        body = el("tbody")
        for row in rows:
            cells = [el("th", row[0], scope="row") if row_headers else el("td", row[0])]
            cells += [el("td", c) for c in row[1:]]
            body.add(el("tr", *cells))
        return el("table", el("caption", caption), head, body, class_=classes or None)


Section = Callable[[Page], list]


# -- pieces -------------------------------------------------------------------------------------------------


def bar(value: float | None, colour: str) -> Node:
    """A drawn progress bar; decorative, as the figure is always written beside it."""
    width = 0.0 if value is None else max(0.0, min(value, 100.0))
    return el(
        "span",
        el("span", class_="fill", style=f"width:{width:.1f}%;background:{colour}"),
        class_="bar",
        aria_hidden="true",
    )


def _joined(items: list, sep: object) -> list:
    out: list = []
    for i, item in enumerate(items):
        if i:
            out.append(sep)
        out.append(item)
    return out


_FONT_CSS: dict[str, str] = {}


def _chart_fonts() -> tuple[str, str]:
    from commission.reports.styles import font

    f = font()
    _FONT_CSS.update(
        {f.regular: f"font-family: {SVG_FONT_STACK};", f.bold: f"font-family: {SVG_FONT_STACK}; font-weight: bold;"}
    )
    return f.regular, f.bold


_SVG_HEAD = re.compile(r"^.*?<svg\b", re.DOTALL)
_FONT_DECL = re.compile(r"font-family: ([^;]+);")
_IDS = re.compile(r'\bid="([^"]+)"|url\(#([^)]+)\)')


def chart(p: Page, drawing, title: object, summary: str, caption: object = None) -> Node:
    """A ReportLab drawing as inline SVG: an image with its title and a summary of its figures as its text
    alternative (the same figures are in the table after it). Fonts become the page's own; ids made unique."""
    from reportlab.graphics import renderSVG

    svg = renderSVG.drawToString(drawing)
    svg = _SVG_HEAD.sub("<svg", svg, count=1)
    svg = _FONT_DECL.sub(lambda m: _FONT_CSS.get(m.group(1).strip(), f"font-family: {SVG_FONT_STACK};"), svg)
    prefix = p.uid("chart")
    svg = _IDS.sub(lambda m: f'id="{prefix}-{m.group(1)}"' if m.group(1) else f"url(#{prefix}-{m.group(2)})", svg)
    title_id, desc_id = f"{prefix}-title", f"{prefix}-desc"

    svg = re.sub(
        r"<title>.*?</title>", f'<title id="{title_id}">{escape(plain(title))}</title>', svg, count=1, flags=re.DOTALL
    )
    svg = re.sub(r"<desc>.*?</desc>", f'<desc id="{desc_id}">{escape(summary)}</desc>', svg, count=1, flags=re.DOTALL)
    svg = svg.replace("<svg", f'<svg role="img" aria-labelledby="{title_id} {desc_id}" focusable="false"', 1)
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
    figure = el("figure", el("div", Raw(svg), class_="chart"), class_="chart-figure")
    if caption:
        figure.add(el("figcaption", caption, class_="muted"))
    return figure


def milestones(p: Page, c: CommitmentEntry) -> Node | None:
    """A commitment's milestones: each with its word (done, missed, planned) first, never colour alone."""
    from commission.reports.history_tables import milestone_line

    if not c.milestones:
        return None
    items = el("ul")
    for ms in c.milestones:
        word, rest = milestone_line(ms, p.t)
        items.add(el("li", el("strong", word, class_=f"ms ms-{ms.state}"), " \u00b7 ", p.said("span", rest)))
    return el("div", el("p", p.t("milestones"), class_="label"), items, class_="milestones")
