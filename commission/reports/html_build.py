"""A very small HTML builder for the HTML report: elements as values, every piece of text escaped.

Nothing is ever pasted into markup as a string: `el("p", pledge)` escapes the pledge, attribute values are
escaped too, and the only way to put markup in unescaped is `Raw`, which the report uses for the SVG charts it
draws itself. A `Bilingual` string (a label in a report in both languages) renders as its Welsh words, then its
English words, each marked with its language where it differs from the page's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from commission.reports.text import Bilingual, Said

LANG_TAGS = {"en": "en-GB", "cy": "cy-GB"}
VOID = frozenset({"meta", "link", "br", "hr", "img", "input"})


@dataclass
class Raw:
    """Markup made by the report itself (an SVG chart): put in as it is."""

    markup: str


@dataclass
class Node:
    tag: str
    attrs: dict[str, object] = field(default_factory=dict)
    children: list[object] = field(default_factory=list)

    def add(self, *children: object) -> Node:
        self.children.extend(children)
        return self


def el(tag: str, *children: object, **attrs: object) -> Node:
    """`el("th", "Due", scope="col", class_="num")`: a trailing underscore is dropped, other underscores become
    hyphens (aria_label -> aria-label); an attribute that is None or False is left out, True is written bare."""
    return Node(tag, {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}, list(children))


def plain(text: object) -> str:
    """Text for a place that cannot hold markup (the page title, an SVG title): Welsh first when bilingual."""
    if isinstance(text, Bilingual):
        return f"{text.cy} / {text.en}"
    return str(text)


class Renderer:
    def __init__(self, page_language: str):
        self.page_lang = LANG_TAGS[page_language]
        self.parts: list[str] = []

    def render(self, node: object) -> str:
        self.parts = []
        self._emit(node, self.page_lang)
        return "".join(self.parts)

    def _emit(self, node: object, lang: str) -> None:
        out = self.parts.append
        if node is None or node is False:
            return
        if isinstance(node, Raw):
            out(node.markup)
        elif isinstance(node, Bilingual):
            self._text(node.cy, "cy-GB", lang)
            out(" / ")
            self._text(node.en, "en-GB", lang)
        elif isinstance(node, Said):  # words someone wrote, in their language; a note if it is not the reader's
            self._text(node.body, LANG_TAGS.get(node.lang, lang), lang)
            if node.note:
                out(" (")
                self._emit(node.note, lang)
                out(")")
        elif isinstance(node, str):
            out(escape(node, quote=False))
        elif isinstance(node, (int, float)):
            out(escape(str(node)))
        elif isinstance(node, Node):
            out(f"<{node.tag}")
            for key, value in node.attrs.items():
                if value is None or value is False:
                    continue
                out(f" {key}" if value is True else f' {key}="{escape(str(value), quote=True)}"')
            out(">")
            if node.tag in VOID:
                return
            inner = str(node.attrs.get("lang") or lang)
            for child in node.children:
                self._emit(child, inner)
            out(f"</{node.tag}>")
        elif isinstance(node, Iterable):
            for child in node:
                self._emit(child, lang)
        else:
            out(escape(str(node)))

    def _text(self, text: str, text_lang: str, lang: str) -> None:
        if text_lang == lang:
            self.parts.append(escape(text, quote=False))
        else:
            self.parts.append(f'<span lang="{text_lang}">{escape(text, quote=False)}</span>')
