"""Reading written reports back as text and figures, for the tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import docx
import openpyxl
from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdf_flat(path: Path) -> str:
    """PDF text with all whitespace runs collapsed, so wrapped phrases can be found."""
    return " ".join(pdf_text(path).split())


def pdf_font_sizes(path: Path) -> Counter:
    """How many text runs were drawn at each effective font size (Tf size times the text and user scale)."""
    sizes: Counter = Counter()

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            scale = abs(tm[3] * cm[3]) or 1.0
            sizes[round(font_size * scale, 1)] += 1

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]

    def tables(items):
        for table in items:
            for row in table.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)

    tables(document.tables)
    for section in document.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
        parts.extend(p.text for p in section.header.paragraphs)
    props = document.core_properties
    parts += [props.title or "", props.author or "", props.subject or "", props.comments or ""]
    return "\n".join(parts)


def docx_in_order(path: Path) -> str:
    """The DOCX body's text in reading order: paragraphs and table cells as they come (docx_text puts
    tables last)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    parts: list[str] = []

    def walk(container, element) -> None:
        for child in element.iterchildren():
            if child.tag.endswith("}p"):
                parts.append(Paragraph(child, container).text)
            elif child.tag.endswith("}tbl"):
                for row in Table(child, container).rows:
                    for cell in row.cells:
                        walk(cell, cell._tc)

    walk(document, document.element.body)
    return "\n".join(parts)


def xlsx_sheets(path: Path) -> dict[str, list[tuple]]:
    workbook = openpyxl.load_workbook(str(path), read_only=True)
    try:
        return {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in workbook.worksheets}
    finally:
        workbook.close()


def xlsx_text(path: Path) -> str:
    return "\n".join(
        str(cell) for rows in xlsx_sheets(path).values() for row in rows for cell in row if cell is not None
    )


def xlsx_records(rows: list[tuple]) -> list[dict]:
    header, *body = rows
    return [dict(zip(header, row, strict=True)) for row in body]
