"""The network report as a file: the tracker's `Network` sheet, a PDF or a DOCX, from a NetworkModel only.

Written whole or not at all, like every report (beside the target under a temporary name, then moved).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from commission.errors import UserError
from commission.reports.formatting import pct
from commission.reports.history_tables import TableData
from commission.reports.network import NETWORK_COLUMNS, NetworkModel
from commission.reports.text import check_language
from commission.reports.tracker import figure_row
from commission.vocab import uk_short_date

FORMATS = ("pdf", "docx", "xlsx", "html")
STATES_DISPLAY = ("done", "on track", "at risk", "overdue", "dropped")


def network_rows(model: NetworkModel) -> list[tuple[object, ...]]:
    """The `Network` sheet's rows: each commission's Summary figures, written as the Summary writes them."""
    return [
        (r.name, *figure_row("", r.commitments, r.states, r.overall, r.panel_agreement)[1:], r.quotes_withheld)
        for r in model.rows
    ]


def network_table(model: NetworkModel) -> TableData:
    """The side-by-side table in words, for the PDF and the DOCX (and an HTML page)."""
    t = model.text
    header = (
        [t("commission"), t("commitments")]
        + [t.state(s) for s in STATES_DISPLAY]
        + [t("progress"), t("panel_agreement")]
    )
    rows = [
        [r.name, str(r.commitments)]
        + [str(r.states.get(s, 0)) for s in STATES_DISPLAY]
        + [pct(r.overall), pct(r.panel_agreement)]
        for r in model.rows
    ]
    return TableData(t("network_title"), header, rows, "network", states=[""] * 2 + list(STATES_DISPLAY))


def write_network(model: NetworkModel, out: Path, *, format: str = "xlsx", large_print: bool = False) -> Path:
    format = (format or "").strip().lower()
    if format not in FORMATS:
        raise UserError(f"Unknown report format '{format}': use pdf, docx, xlsx or html.")
    check_language(model.language)
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Cannot write the report: the folder {folder} does not exist.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=f".{format}.part", dir=folder)
    except OSError as exc:
        raise UserError(f"Cannot write the report in {folder}: {exc.strerror or exc}.") from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        {"xlsx": _xlsx, "pdf": _pdf, "docx": _docx, "html": _html}[format](model, temp, large_print)
        os.chmod(temp, 0o644)
        os.replace(temp, out)
    except OSError as exc:
        raise UserError(f"Cannot write the report to {out}: {exc.strerror or exc}.") from exc
    finally:
        if temp.exists():
            temp.unlink()
    return out


def _xlsx(model: NetworkModel, path: Path, _large: bool) -> None:
    import xlsxwriter

    from commission.reports.tracker import write_table

    t = model.text
    book = xlsxwriter.Workbook(
        str(path), {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    )
    book.set_properties(
        {
            "title": t("network_title"),
            "subject": f"{t('network_title')} ({model.as_of.isoformat()})",
            "comments": t("privacy_note"),
        }
    )

    class Fmt:
        header = book.add_format({"bold": True, "bg_color": "#e3eef3", "bottom": 1, "valign": "top"})

    network = book.add_worksheet("Network")
    write_table(network, NETWORK_COLUMNS, network_rows(model), Fmt)
    network.set_column(0, 0, 44)
    overdue = book.add_worksheet("Overdue")
    write_table(
        overdue,
        ("commission", "ref", "organisation", "pledge", "due"),
        [
            (r.name, o.ref, o.organisation, o.pledge, o.due.isoformat() if o.due else "")
            for r in model.rows
            for o in r.overdue
        ],
        Fmt,
    )
    overdue.set_column(0, 0, 40)
    overdue.set_column(2, 2, 30)
    overdue.set_column(3, 3, 80)
    about = book.add_worksheet("About")
    for r, (key, value) in enumerate(
        (("as_of", model.as_of.isoformat()), ("commissions", str(len(model.rows))), ("note", t("privacy_note")))
    ):
        about.write_string(r, 0, key, Fmt.header)
        about.write_string(r, 1, value)
    about.set_column(1, 1, 90)
    book.close()


def _pdf(model: NetworkModel, path: Path, large: bool) -> None:
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from commission.reports.pdf_common import MARGIN_X, PAGE_SETUP, PAGE_W, Heading, esc
    from commission.reports.pdf_history import _table
    from commission.reports.styles import Styles

    s = Styles(large)
    t = model.text
    story: list = [
        Heading(t("network_title"), s.h1, 0, "network"),
        Paragraph(esc(t("network_intro", date=t.date(model.as_of))), s.body),
        Paragraph(
            esc(t("n_commissions", n=len(model.rows))) + " \u00b7 " + esc(t("commitments_in_all", n=model.commitments)),
            s.muted,
        ),
        Spacer(1, s.body_size),
    ]
    story += _table(network_table(model), s, first_width=0.3)
    story.append(Heading(t("network_overdue"), s.h2, 0, "network-overdue"))
    for r in model.rows:
        story.append(Heading(r.name, s.h3, 1, f"overdue-{r.commission_id}"))
        if not r.overdue:
            story.append(Paragraph(esc(t("nothing_overdue")), s.body))
        for o in r.overdue:
            story.append(
                Paragraph(
                    f"<b>{esc(t.state('overdue'))}</b> \u00b7 {esc(o.organisation)} \u00b7 "
                    f"{esc(t('due'))} {esc(uk_short_date(o.due))}: {esc(o.pledge)}",
                    s.bullet,
                    bulletText="\u2022",
                )
            )
    story += [Spacer(1, s.body_size), Paragraph(esc(t("privacy_note")), s.muted)]

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(s.font.regular, s.small_size)
        canvas.drawString(MARGIN_X, 11 * 2.835, f"{t('network_title')} \u00b7 {t.date(model.as_of)}")
        canvas.drawRightString(PAGE_W - MARGIN_X, 11 * 2.835, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        **PAGE_SETUP,
        title=t("network_title"),
        author="Commission",
        subject=f"{t('network_title')} ({t.date(model.as_of)})",
        creator="Commission",
        lang={"cy": "cy-GB"}.get(model.language, "en-GB"),
        displayDocTitle=True,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def _html(model: NetworkModel, path: Path, large: bool) -> None:
    from commission.reports.network_html import write_network_html

    write_network_html(model, path, large)


def _docx(model: NetworkModel, path: Path, large: bool) -> None:
    from docx import Document
    from docx.shared import Pt

    from commission.reports.word import _Writer
    from commission.reports.word_doc import FastDocument

    t = model.text
    doc = FastDocument(Document())  # the writer's table helper adds its XML through it
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(14 if large else 11)
    doc.core_properties.title = t("network_title")
    doc.core_properties.subject = f"{t('network_title')} ({t.date(model.as_of)})"
    w = _Writer.__new__(_Writer)  # only its table helpers, which need doc and words
    w.doc, w.t, w.size = doc, t, 14 if large else 11
    doc.add_heading(t("network_title"), 0)
    doc.add_paragraph(t("network_intro", date=t.date(model.as_of)))
    doc.add_paragraph(f"{t('n_commissions', n=len(model.rows))} \u00b7 {t('commitments_in_all', n=model.commitments)}")
    table = network_table(model)
    made = w.table(table.header, table.rows)
    for col, state in enumerate(table.states):
        if state:
            w.state_cell(made.rows[0].cells[col], state)
    doc.add_heading(t("network_overdue"), 1)
    for r in model.rows:
        doc.add_heading(r.name, 2)
        if not r.overdue:
            doc.add_paragraph(t("nothing_overdue"))
        for o in r.overdue:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(t.state("overdue")).bold = True
            p.add_run(f" \u00b7 {o.organisation} \u00b7 {t('due')} {uk_short_date(o.due)}: {o.pledge}")
    doc.add_paragraph(t("privacy_note"))
    doc.save(str(path))
