"""A commitment's card in the Word report (organisation and state, pledge, due and progress, what the
organisation says beside what the panel thinks, the timeline and milestones), written as the table's XML.

The report has one card per commitment per action: thousands at a council's size, where python-docx's element
API (a search of each element's children for every child added) took most of the report's time. The XML is
exactly what python-docx made for the same card (tests/reports/test_report_formats.py compares them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.table import CT_Tbl

from commission.reports.formatting import pct
from commission.reports.history_tables import milestone_line
from commission.reports.model import CommitmentEntry
from commission.vocab import STATE_COLOURS, uk_short_date

PANEL_SHADE = "e3eef3"
MILESTONE_INK = {"done": "2E7D32", "missed": "B3261E", "planned": "52606D"}
_LOOK = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1"'
    ' w:val="04A0"/>'
)


def content(text: str) -> str:
    """A run's content as python-docx writes `run.text = text`: a tab is <w:tab/>, a line break <w:br/>."""
    out: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            chunk = "".join(buffer)
            space = ' xml:space="preserve"' if len(chunk.strip()) < len(chunk) else ""
            out.append(f"<w:t{space}>{escape(chunk)}</w:t>")
            buffer.clear()

    for char in text:
        if char == "\t":
            flush()
            out.append("<w:tab/>")
        elif char in "\r\n":
            flush()
            out.append("<w:br/>")
        else:
            buffer.append(char)
    flush()
    return "".join(out)


def run(text: str, *, bold: bool = False, ink: str | None = None) -> str:
    props = ("<w:b/>" if bold else "") + (f'<w:color w:val="{ink}"/>' if ink else "")
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{content(str(text))}</w:r>"


def para(*runs: str, keep: bool) -> str:
    return f"<w:p>{'<w:pPr><w:keepNext/></w:pPr>' if keep else ''}{''.join(runs)}</w:p>"


def cell(width: int, paragraphs: list[str], *, span: bool = False, shade: str | None = None) -> str:
    props = f'<w:tcW w:type="dxa" w:w="{width}"/>'
    if span:
        props += '<w:gridSpan w:val="2"/>'
    if shade:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(paragraphs)}</w:tc>"


def row(*cells: str) -> str:
    return f'<w:tr><w:trPr><w:cantSplit w:val="true"/></w:trPr>{"".join(cells)}</w:tr>'


def titled(title: str, *, keep: bool) -> str:
    """A cell's first paragraph as `cell.text = ""` then a bold run makes it: an empty run, then the title."""
    return para("<w:r/>", run(title, bold=True), keep=keep)


def card(t, c: CommitmentEntry, style_id: str | None, half: int, ink: dict[str, str]):
    """The card's `w:tbl` element in the report's words `t`: `half` is a column's width in twips, `ink` the
    text colour on each state's colour. Every row is kept whole; each paragraph but the last row's keeps
    with the next."""
    meta = f"{t('due')}: {t.date(c.due) if c.due else t('no_due')}"
    if c.made_on:
        meta += f" \u00b7 {t('made_on')} {t.date(c.made_on)}"
    if c.made_by:
        meta += f" {t('by')} {c.made_by}"
    claim = [titled(t("org_says"), keep=True)]
    if c.latest_update:
        claim.append(para(run(f"{t.status(c.latest_status)} \u00b7 {t.date(c.latest_update)}"), keep=True))
        if c.latest_note:
            claim.append(para(run(c.latest_note), keep=True))
        if c.latest_reported_by:
            claim.append(para(run(f"\u2014 {c.latest_reported_by}"), keep=True))
    else:
        claim.append(para(run(t("no_update")), keep=True))
    verdict = [titled(t("panel_thinks"), keep=True)]
    if c.verdict != "not assessed":
        verdict.append(para(run(f"{t.verdict(c.verdict)} \u00b7 {t.date(c.verdict_date)}"), keep=True))
        if c.verdict_comment:
            verdict.append(para(run(c.verdict_comment), keep=True))
    else:
        verdict.append(para(run(t("no_verdict")), keep=True))
    xml = (
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        + (f'<w:tblStyle w:val="{style_id}"/>' if style_id else "")
        + f'<w:tblW w:type="auto" w:w="0"/>{_LOOK}</w:tblPr>'
        + f'<w:tblGrid><w:gridCol w:w="{half}"/><w:gridCol w:w="{half}"/></w:tblGrid>'
        + row(
            cell(half, [titled(c.organisation, keep=True)]),
            cell(
                half,
                [para("<w:r/>", run(t.state(c.state), bold=True, ink=ink[c.state]), keep=True)],
                shade=STATE_COLOURS[c.state].lstrip("#"),
            ),
        )
        + row(cell(2 * half, [para(run(c.pledge), keep=True)], span=True))
        + row(
            cell(half, [para(run(meta), keep=True)]),
            cell(half, [para(run(f"{t('progress')}: {pct(c.progress)}"), keep=True)]),
        )
        + row(cell(half, claim), cell(half, verdict, shade=PANEL_SHADE))
        + row(cell(2 * half, _timeline(t, c), span=True))
        + "</w:tbl>"
    )
    return cast(CT_Tbl, parse_xml(xml))


def _timeline(t, c: CommitmentEntry) -> list[str]:
    lines = [titled(t("timeline"), keep=False)]
    if not c.timeline:
        lines.append(para(run(t("no_update")), keep=False))
    for u in c.timeline[-4:]:
        bits = [uk_short_date(u.date), t.status(u.status)]
        if u.progress is not None:
            bits.append(pct(u.progress))
        if u.verdict != "not assessed":
            bits.append(f"{t('panel_thinks')}: {t.verdict(u.verdict)}")
        lines.append(para(run(" \u00b7 ".join(bits) + (f" \u2014 {u.note}" if u.note else "")), keep=False))
    if c.milestones:
        lines.append(para(run(t("milestones"), bold=True), keep=False))
        for ms in c.milestones:
            word, rest = milestone_line(ms, t)
            lines.append(para(run(word, bold=True, ink=MILESTONE_INK[ms.state]), run(f" \u00b7 {rest}"), keep=False))
    return lines


def grid_table(
    style_id: str | None,
    column: int,
    header: list[str],
    rows: list[list[str]],
    widths: list[int] | None,
    *,
    written: Sequence[str] = (),
) -> CT_Tbl:
    """The report's plain table as XML, exactly as python-docx made it (`_Writer.table`): a header row of bold
    words on the panel's shade, repeated on every page, then a row for each of `rows` (a short row leaves its
    last cells empty). `column` is each column's width in twips as python-docx shares the page, `widths` each
    cell's own (twips) when given. `written`: rows already as XML (`organisation_rows`), kept whole, and the
    header kept with the first of them."""
    count = len(header)

    def width(i: int) -> int:
        return widths[i] if widths and i < len(widths) else column

    def props(i: int, shade: str = "") -> str:
        fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
        return f'<w:tcPr><w:tcW w:type="dxa" w:w="{width(i)}"/>{fill}</w:tcPr>'

    kept = bool(written)
    head = "".join(f"<w:tc>{props(i, PANEL_SHADE)}{titled(text, keep=kept)}</w:tc>" for i, text in enumerate(header))
    cant_split = '<w:cantSplit w:val="true"/>' if kept else ""
    body = []
    for values in rows:
        texts = [str(v) for v in values[:count]]
        cells = [f"<w:tc>{props(i)}<w:p>{run(text)}</w:p></w:tc>" for i, text in enumerate(texts)]
        cells += [f"<w:tc>{props(i)}<w:p/></w:tc>" for i in range(len(texts), count)]
        body.append(f"<w:tr>{''.join(cells)}</w:tr>")
    grid = f'<w:gridCol w:w="{column}"/>' * count
    xml = (
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        + (f'<w:tblStyle w:val="{style_id}"/>' if style_id else "")
        + f'<w:tblW w:type="auto" w:w="0"/><w:jc w:val="left"/>{_LOOK}</w:tblPr>'
        + f"<w:tblGrid>{grid}</w:tblGrid>"
        + f'<w:tr><w:trPr><w:tblHeader w:val="true"/>{cant_split}</w:trPr>{head}</w:tr>'
        + "".join(body)
        + "".join(written)
        + "</w:tbl>"
    )
    return cast(CT_Tbl, parse_xml(xml))


ORGANISATION_WIDTHS = (5.5, 2.6, 6.0, 2.9)  # cm: pledge, state, latest progress, what the panel thinks


def organisation_rows(t, commitments: list[CommitmentEntry], widths: list[int], ink: dict[str, str]) -> list[str]:
    """An organisation's commitments as rows of its table (`widths` in twips): the pledge in bold over its action
    and due date, the state on its colour with the progress, the latest paragraph of progress, the panel's
    verdict. Every row is kept whole, and the first keeps with the next (with the header, under the heading)."""
    out = []
    for i, c in enumerate(commitments):
        keep = i == 0
        progress = f"{t.date(c.progress_paragraph_date)}: {c.progress_paragraph}" if c.progress_paragraph else ""
        verdict = [para(run(t.verdict(c.verdict)), keep=keep)]
        if c.verdict_comment:
            verdict.append(para(run(c.verdict_comment), keep=keep))
        due = t.date(c.due) if c.due else t("no_due")
        out.append(
            row(
                cell(
                    widths[0],
                    [
                        titled(c.pledge, keep=keep),
                        para(run(f"{t('action')} {c.action_ref}: {c.action_title} \u00b7 {t('due')} {due}"), keep=keep),
                    ],
                ),
                cell(
                    widths[1],
                    [
                        para("<w:r/>", run(t.state(c.state), bold=True, ink=ink[c.state]), keep=keep),
                        para(run(pct(c.progress), ink=ink[c.state]), keep=keep),
                    ],
                    shade=STATE_COLOURS[c.state].lstrip("#"),
                ),
                cell(widths[2], [para(run(progress or t("no_update")), keep=keep)]),
                cell(widths[3], verdict),
            )
        )
    return out
