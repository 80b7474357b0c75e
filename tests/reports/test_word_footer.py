"""Tester finding: the Word report's footer ("<commission> · Adroddiad atebolrwydd · 22 Tachwedd 2026  Tudalen 2
o 58") wrapped onto two lines when LibreOffice laid it out, in Welsh, bilingual and in large print. It is now
the longest wording that fits beside "Page N of M", which sits at a right tab stop: one line on every page."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Emu
from reportlab.pdfbase.pdfmetrics import stringWidth

from commission.reports import write_report
from commission.reports.styles import font
from tests.office import convert

AS_OF = date(2026, 11, 22)
CASES = {  # language, large print → the date as the footer writes it
    ("en", False): "22 November 2026",
    ("cy", False): "22 Tachwedd 2026",
    ("both", False): "22 November 2026",
    ("cy", True): "22 Tachwedd 2026",
    ("both", True): "22 November 2026",
}


def _footer_width(path) -> tuple[float, float]:
    """The footer's text as measured in DejaVu Sans at its size (999 for the page fields), and its line's width."""
    document = Document(str(path))
    section = document.sections[0]
    [footer] = section.footer.paragraphs
    line = Emu(section.page_width - section.left_margin - section.right_margin).pt
    xml = footer._p.xml
    text = "".join(
        "999" if part.startswith("<w:instrText") else re.sub("<[^>]+>", "", part)
        for part in re.findall(r"<w:instrText[^>]*>[^<]*</w:instrText>|<w:t[ >][^<]*</w:t>|<w:t>[^<]*</w:t>", xml)
    )
    size = footer.runs[0].font.size.pt
    stops = [(s.position.pt, s.alignment) for s in footer.paragraph_format.tab_stops]
    right = [p for p, a in stops if a == WD_TAB_ALIGNMENT.RIGHT]
    assert right == [pytest.approx(line, abs=0.1)], stops  # "Page N of M" at the line's right edge
    left, _tab, page = text.partition("\t")
    name = font().regular
    return stringWidth(left, name, size) + stringWidth(page, name, size) + size / 2, line


@pytest.mark.parametrize(("language", "large"), list(CASES), ids=lambda v: str(v))
def test_the_footer_fits_one_line_of_the_page(demo_data, tmp_path, language, large):
    out = write_report(demo_data, tmp_path / "r.docx", format="docx", as_of=AS_OF, language=language, large_print=large)
    width, line = _footer_width(out)
    assert width <= line, (width, line)
    assert CASES[(language, large)] in Document(str(out)).sections[0].footer.paragraphs[0].text


def test_libreoffice_lays_the_footer_out_on_one_line(demo_data, tmp_path):
    files = [
        write_report(demo_data, tmp_path / "cy.docx", format="docx", as_of=AS_OF, language="cy"),
        write_report(
            demo_data, tmp_path / "both-lp.docx", format="docx", as_of=AS_OF, language="both", large_print=True
        ),
    ]
    convert(files, "pdf", tmp_path / "pdf")
    for path, page_word, on in ((files[0], "Tudalen", "22 Tachwedd 2026"), (files[1], "Tudalen", "22 November 2026")):
        text = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / "pdf" / f"{path.stem}.pdf"), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        pages = text.split("\f")[:-1]
        assert len(pages) > 10
        for number, page in enumerate(pages, start=1):
            lines = [line for line in page.splitlines() if line.strip()]
            last = lines[-1]  # the footer: the date and "Tudalen N o M" on the one line
            assert re.search(rf"{page_word} {number} o {len(pages)}\b", last) and on in last, (number, lines[-2:])
