"""python-docx's Document with the calls the Word report makes thousands of times made cheap, same XML out.

python-docx adds every paragraph and table to the body by searching the body's children for the section
properties it must go before (a scan per element: quadratic in the report's length), and looks a style up by
name (a scan of every style, twice) each time one is set. Here the section properties are found once and
everything goes in just before them, and each style's id is looked up once.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.table import Table
from docx.text.paragraph import Paragraph


class FastDocument:
    """Wraps a `docx.Document`: `add_paragraph`, `add_heading` and `add_table` as python-docx's own, faster;
    everything else is the document's."""

    def __init__(self, document):
        self._document = document
        self._parent = document._body
        self._end = document.element.body.sectPr  # the body's last child: new blocks go before it
        self._style_ids: dict[tuple[str, WD_STYLE_TYPE], str | None] = {}
        self._width = None

    def __getattr__(self, name: str):
        return getattr(self._document, name)

    def style_id(self, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> str | None:
        key = (name, kind)
        if key not in self._style_ids:
            self._style_ids[key] = self._document.part.get_style_id(name, kind)
        return self._style_ids[key]

    def _add(self, element) -> None:
        if self._end is None:
            self._document.element.body.append(element)
        else:
            self._end.addprevious(element)

    def add_paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        p = OxmlElement("w:p")
        self._add(p)
        paragraph = Paragraph(p, self._parent)  # type: ignore[arg-type]
        if text:
            paragraph.add_run(text)
        if style is not None:
            p.style = self.style_id(style)  # type: ignore[attr-defined]
        return paragraph

    def add_heading(self, text: str = "", level: int = 1) -> Paragraph:
        if not 0 <= level <= 9:
            raise ValueError(f"level must be in range 0-9, got {level}")
        return self.add_paragraph(text, "Title" if level == 0 else f"Heading {level}")

    def add_table(self, rows: int, cols: int, style: str | None = None) -> Table:
        if self._width is None:  # the page is set up before the first table, and stays so
            self._width = self._document._block_width
        tbl = CT_Tbl.new_tbl(rows, cols, self._width)
        self._add(tbl)
        if style is not None:
            tbl.tblStyle_val = self.style_id(style, WD_STYLE_TYPE.TABLE)
        return Table(tbl, self._parent)  # type: ignore[arg-type]


def keep_whole(table, rows: int | None = None) -> None:
    """Keep a table's first `rows` rows (all, by default) on one page, and with the paragraph after the last
    of them: no row splits across pages, and every paragraph in the kept rows keeps with the next."""
    kept = table.rows if rows is None else table.rows[:rows]
    for row in table.rows:
        props = row._tr.get_or_add_trPr()
        cant = OxmlElement("w:cantSplit")
        cant.set(qn("w:val"), "true")
        props.append(cant)
    last = len(kept) - 1
    for i, row in enumerate(kept):
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                if i < last or rows is not None:
                    paragraph.paragraph_format.keep_with_next = True
