"""The Word report's commitment card, written as XML (word_card.py), is exactly the table python-docx made."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, RGBColor
from lxml import etree

from commission.reports import word, write_report
from commission.reports.formatting import pct
from commission.reports.history_tables import milestone_line
from commission.reports.model import MilestoneEntry, build_model
from commission.reports.word import STATE_INK, _shade
from commission.reports.word_card import card
from commission.reports.word_doc import keep_whole as _keep_whole
from commission.vocab import STATE_COLOURS, uk_short_date

from .report_fixtures import AS_OF


def _python_docx_card(doc, t, c):
    """The card as word.py wrote it with python-docx's API before it was written as XML."""
    table = doc.add_table(rows=5, cols=2)
    table.style = "Table Grid"

    def state_cell(cell, state):
        cell.text = ""
        run = cell.paragraphs[0].add_run(t.state(state))
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(STATE_INK[state])
        _shade(cell, STATE_COLOURS[state])

    head = table.cell(0, 0)
    head.text = ""
    head.paragraphs[0].add_run(c.organisation).bold = True
    state_cell(table.cell(0, 1), c.state)
    table.cell(1, 0).merge(table.cell(1, 1)).text = c.pledge
    meta = f"{t('due')}: {t.date(c.due) if c.due else t('no_due')}"
    if c.made_on:
        meta += f" \u00b7 {t('made_on')} {t.date(c.made_on)}"
    if c.made_by:
        meta += f" {t('by')} {c.made_by}"
    table.cell(2, 0).text = meta
    table.cell(2, 1).text = f"{t('progress')}: {pct(c.progress)}"
    claim, verdict = table.cell(3, 0), table.cell(3, 1)
    claim.text = ""
    claim.paragraphs[0].add_run(t("org_says")).bold = True
    if c.latest_update:
        claim.add_paragraph(f"{t.status(c.latest_status)} \u00b7 {t.date(c.latest_update)}")
        if c.latest_note:
            claim.add_paragraph(c.latest_note)
        if c.latest_reported_by:
            claim.add_paragraph(f"\u2014 {c.latest_reported_by}")
    else:
        claim.add_paragraph(t("no_update"))
    verdict.text = ""
    verdict.paragraphs[0].add_run(t("panel_thinks")).bold = True
    _shade(verdict, "#e3eef3")
    if c.verdict != "not assessed":
        verdict.add_paragraph(f"{t.verdict(c.verdict)} \u00b7 {t.date(c.verdict_date)}")
        if c.verdict_comment:
            verdict.add_paragraph(c.verdict_comment)
    else:
        verdict.add_paragraph(t("no_verdict"))
    line = table.cell(4, 0).merge(table.cell(4, 1))
    line.text = ""
    line.paragraphs[0].add_run(t("timeline")).bold = True
    if not c.timeline:
        line.add_paragraph(t("no_update"))
    for u in c.timeline[-4:]:
        bits = [uk_short_date(u.date), t.status(u.status)]
        if u.progress is not None:
            bits.append(pct(u.progress))
        if u.verdict != "not assessed":
            bits.append(f"{t('panel_thinks')}: {t.verdict(u.verdict)}")
        line.add_paragraph(" \u00b7 ".join(bits) + (f" \u2014 {u.note}" if u.note else ""))
    if c.milestones:
        line.add_paragraph().add_run(t("milestones")).bold = True
        colours = {"done": "2E7D32", "missed": "B3261E", "planned": "52606D"}
        for ms in c.milestones:
            word, rest = milestone_line(ms, t)
            p = line.add_paragraph()
            run = p.add_run(word)
            run.bold = True
            run.font.color.rgb = RGBColor.from_string(colours[ms.state])
            p.add_run(f" \u00b7 {rest}")
    _keep_whole(table)
    return table._tbl


def _same_cards(model):
    doc = Document()
    style = doc.part.get_style_id("Table Grid", WD_STYLE_TYPE.TABLE)
    half = Emu(doc._block_width // 2).twips
    for c in model.commitments:
        old = etree.tostring(_python_docx_card(doc, model.text, c))
        new = card(model.text, c, style, half, STATE_INK)
        doc.element.body.append(new)  # in the document, as the report puts it
        assert etree.tostring(new) == old, c.ref


@pytest.mark.parametrize("language", ["en", "cy", "both"])
def test_every_demo_card_is_what_python_docx_made(demo_data, language):
    _same_cards(build_model(demo_data, AS_OF, language=language))


def test_awkward_text_is_written_as_python_docx_writes_it(data):
    """Tabs, line breaks, edge spaces, markup characters, empty fields, every milestone state."""
    model = build_model(data, AS_OF)
    awkward = ' lead\tand\r\nlines & <tags> "quotes" '
    milestones = [
        MilestoneEntry(title="Form <live>", due=date(2025, 3, 1), done_on=date(2025, 2, 1), state="done"),
        MilestoneEntry(title=" spaced ", due=None, done_on=None, state="planned"),
        MilestoneEntry(title="Late & missed", due=date(2025, 1, 1), done_on=None, state="missed"),
    ]
    first = model.commitments[0]
    cards = [
        replace(first, pledge="", latest_note=awkward, verdict_comment=awkward, milestones=milestones),
        replace(first, latest_update=None, verdict="not assessed", timeline=[], made_on=None, made_by="", due=None),
        replace(first, organisation=awkward, pledge=awkward, progress=None, state="dropped"),
    ]
    _same_cards(replace(model, commitments=cards))


def _python_docx_table(self, header, rows, widths=None):
    """word.py's `_Writer.table` as it was written with python-docx's API, before it was written as XML."""
    table = self.doc.add_table(1, len(header), "Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, text in zip(table.rows[0].cells, header, strict=False):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "#e3eef3")
    props = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    props.append(repeat)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = str(text)
    if widths:
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=False):
                cell.width = Cm(width)
    return table


def _python_docx_organisation_table(self, commitments):
    """word_sections.py's table of an organisation's commitments as written with python-docx's API, before its
    rows were XML."""
    t = self.t
    table = self.table([t("pledge"), t("state"), t("latest_progress"), t("panel_thinks")], [], None)
    for c in commitments:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(c.pledge).bold = True
        cells[0].add_paragraph(
            f"{t('action')} {c.action_ref}: {c.action_title} \u00b7 {t('due')} "
            f"{t.date(c.due) if c.due else t('no_due')}"
        )
        self.state_cell(cells[1], c.state)
        progress = cells[1].add_paragraph().add_run(pct(c.progress))
        progress.font.color.rgb = RGBColor.from_string(STATE_INK[c.state])
        if c.progress_paragraph:
            cells[2].text = f"{t.date(c.progress_paragraph_date)}: {c.progress_paragraph}"
        else:
            cells[2].text = t("no_update")
        cells[3].text = t.verdict(c.verdict)
        if c.verdict_comment:
            cells[3].add_paragraph(c.verdict_comment)
    for row in table.rows:
        for cell, width in zip(row.cells, (5.5, 2.6, 6.0, 2.9), strict=False):
            cell.width = Cm(width)
    _keep_whole(table, rows=2)


def _body(path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml")


@pytest.mark.parametrize("language", ["en", "both"])
def test_every_table_of_the_demo_report_is_what_python_docx_made(demo_data, tmp_path, monkeypatch, language):
    """The whole Word report, its plain tables and organisation tables written as XML, is the document
    python-docx's API wrote."""
    new = write_report(demo_data, tmp_path / "new.docx", format="docx", as_of=AS_OF, language=language)
    monkeypatch.setattr(word._Writer, "table", _python_docx_table)
    monkeypatch.setattr(word._Writer, "organisation_table", _python_docx_organisation_table)
    old = write_report(demo_data, tmp_path / "old.docx", format="docx", as_of=AS_OF, language=language)
    assert _body(new) == _body(old)


def test_awkward_table_text_is_written_as_python_docx_writes_it(data):
    """Short rows, numbers, tabs and line breaks, markup characters, edge spaces; fewer widths than columns."""
    model = build_model(data, AS_OF)
    header = ["One <a>", " Two ", "Three & more"]
    rows = [[" lead\tand\r\nlines ", 3, ""], ["short"], ["x", "y", "z", "ignored"], []]
    for widths in (None, [4.5, 10, 2.5], [3.0]):
        old_doc = word.FastDocument(Document())
        old = _python_docx_table(SimpleNamespace(doc=old_doc), header, rows, widths)
        writer = word._Writer(word.FastDocument(Document()), model, False, None)
        new = writer.table(header, rows, widths)
        assert etree.tostring(new._tbl) == etree.tostring(old._tbl), widths
