"""The accessible PDF: the HTML report laid out by WeasyPrint as tagged PDF/UA-1.

Tags, reading order, bookmarks (from the headings), the document's title and language all come from the
HTML page, so the PDF/UA says exactly what the HTML says. Two things WeasyPrint's tagging leaves out are added
while it builds the structure tree: the language of a passage in the other language (`lang` on an element
becomes `/Lang` on its structure element), and the scope of each table header (`/Scope /Column` or `/Row`),
so that a screen reader knows which header a cell belongs to. The ReportLab PDF stays the print version.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from commission.errors import UserError
from commission.reports.html import render_html
from commission.reports.model import ReportModel

log = logging.getLogger(__name__)
_PATCH_LOCK = threading.Lock()
_PATCHED = False


def _weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: the Pango libraries are missing
        raise UserError(
            f"The accessible PDF needs WeasyPrint and its Pango libraries: run ./scripts/setup ({exc})."
        ) from exc
    return weasyprint


def _patch_tags() -> None:
    """Wrap WeasyPrint's structure-tree builder to carry `lang` and table header scope into the tags."""
    global _PATCHED
    with _PATCH_LOCK:
        if _PATCHED:
            return
        import pydyf
        from weasyprint.pdf import tags

        original = getattr(tags, "_build_box_tree", None)
        if original is None:  # a WeasyPrint whose tagging works otherwise: tags stay as it makes them
            log.warning("WeasyPrint has no _build_box_tree: passages in another language are not marked")
            _PATCHED = True
            return

        def build(box, *args, **kwargs):
            element = getattr(getattr(box, "_box", box), "element", None)
            attrib = getattr(element, "attrib", {}) if element is not None else {}
            tag = getattr(getattr(box, "_box", box), "element_tag", None)
            lang = attrib.get("lang") if tag not in ("html", "body") else None
            for struct in original(box, *args, **kwargs):
                if lang and "Lang" not in struct:
                    struct["Lang"] = pydyf.String(lang)
                if tag == "th" and struct.get("S") == "/TH" and "A" in struct:
                    struct["A"]["Scope"] = "/Row" if attrib.get("scope") == "row" else "/Column"
                yield struct

        tags._build_box_tree = build
        _PATCHED = True


def write_pdfua(
    model: ReportModel, out: Path, *, large_print: bool = False, progress: Callable[[float], None] | None = None
) -> None:
    weasyprint = _weasyprint()
    _patch_tags()
    html = render_html(model, large_print=large_print)
    if progress:
        progress(0.4)
    quiet = logging.getLogger("weasyprint")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # SVG style attributes ReportLab writes (stroke:none) are not CSS it knows
    try:
        weasyprint.HTML(string=html, url_fetcher=_no_fetching).write_pdf(str(out), pdf_variant="pdf/ua-1")
    finally:
        quiet.setLevel(level)


def _no_fetching(url: str, *args, **kwargs):
    """The page is self-contained: nothing is fetched, whatever a name or a note says."""
    raise ValueError(f"the report fetches nothing ({url[:40]})")
