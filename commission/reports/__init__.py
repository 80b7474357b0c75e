"""Accountability reports: PDF (the one councils receive), DOCX (the same, editable), XLSX (the tracker),
HTML (an accessible page to publish) and PDF/UA (a tagged, accessible PDF made from that HTML).

All of them render from one privacy-filtered `ReportModel` (see model.py), so consent is enforced in one
place and the figures agree with each other and with the dashboard. Plain data in, a file out: no Qt,
no database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from commission import files
from commission.collector import collector_paused
from commission.domain import CommissionData
from commission.errors import UserError
from commission.reports.model import ReportModel, build_model
from commission.reports.text import check_language

FORMATS = ("pdf", "docx", "xlsx", "html", "pdfua")
SUFFIXES = {"pdf": "pdf", "docx": "docx", "xlsx": "xlsx", "html": "html", "pdfua": "pdf"}

__all__ = ["FORMATS", "SUFFIXES", "ReportModel", "build_model", "write_report"]


def write_report(
    data: CommissionData,
    out: Path,
    *,
    format: str = "pdf",
    as_of: date,
    language: str = "en",
    organisation_ref: str | None = None,
    large_print: bool = False,
    progress: Callable[[float], None] | None = None,
    signoffs: list | None = None,
    checks: list | None = None,
) -> Path:
    """Write the report for `data` as of `as_of` to `out`; return the path written.

    The file appears whole or not at all: it is written beside `out` under a temporary name and moved
    into place at the end. `progress` is called with 0..1 as the work goes on. `signoffs` is the review
    rounds' sign-off trail (`commission.services.reviews.signoff_trail`, or any records with the same
    fields): the appendix lists it and "You said, we did" marks the insights the panel agreed. Only counts,
    dates and labels are used: never who answered. `checks`, when given, receives the places a coordinator
    should look at before sharing (`commission.outward.Place`: a first name or surname left in).
    """
    format = (format or "").strip().lower()
    if format not in FORMATS:
        raise UserError(f"Unknown report format '{format}': use pdf, docx, xlsx, html or pdfua.")
    check_language(language)
    out = Path(out)
    if not files.folder_of(out).is_dir():  # before any work
        raise UserError(f"Cannot write the report: the folder {files.folder_of(out)} does not exist.")

    def report(value: float) -> None:
        if progress:
            progress(max(0.0, min(1.0, value)))

    report(0.0)

    with collector_paused():  # the model and the writer's objects live until the file is written
        model = build_model(data, as_of, language=language, organisation_ref=organisation_ref, signoffs=signoffs)
        if checks is not None:
            checks.extend(model.checks)
        report(0.2)

        with files.atomic_file(out, what="the report") as temp:  # a temp name a later run sweeps away if killed
            _render(model, temp, format, large_print, report)
        del model  # freed while the collector is still off: it comes back on with nothing of the report to walk
    report(1.0)
    return out


def _render(model: ReportModel, path: Path, format: str, large_print: bool, progress: Callable[[float], None]) -> None:
    if format == "pdf":
        from commission.reports.pdf import write_pdf

        write_pdf(model, path, large_print=large_print, progress=progress)
    elif format == "docx":
        from commission.reports.word import write_docx

        write_docx(model, path, large_print=large_print, progress=progress)
    elif format == "html":
        from commission.reports.html import write_html

        write_html(model, path, large_print=large_print, progress=progress)
    elif format == "pdfua":
        from commission.reports.pdfua import write_pdfua

        write_pdfua(model, path, large_print=large_print, progress=progress)
    else:
        from commission.reports.tracker import write_xlsx

        write_xlsx(model, path, progress=progress)
