"""The PDF keeps an overdue commitment's row in "At a glance" whole: never cut across two pages (the bilingual
report's longer names once left half a row at a page's foot)."""

from __future__ import annotations

import re
from datetime import date

from pypdf import PdfReader

from commission.reports import write_report
from commission.reports.model import build_model

AS_OF = date(2028, 12, 1)  # the demo as of this date: the glance's overdue table reaches the foot of its page


def _pages(path) -> list[str]:
    """Each page's text in drawing order (a table cell's lines together), all white space taken out."""
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(str(path)).pages]


def test_an_overdue_row_is_never_cut_across_pages(demo_data, tmp_path):
    path = write_report(demo_data, tmp_path / "r.pdf", format="pdf", as_of=AS_OF, language="both")
    model = build_model(demo_data, AS_OF, language="both")
    pages = _pages(path)
    glance = next(i for i, text in enumerate(pages) if "Ataglance" in text)
    changed = next(i for i, text in enumerate(pages) if "Whatchangedsince" in text)
    shown = model.overdue[:6]
    assert len(shown) == 6 and changed > glance  # the table does run onto a second page
    for c in shown:
        name = re.sub(r"\s+", "", c.organisation)
        assert any(name in text for text in pages[glance : changed + 1]), c.organisation
