"""The DOCX report: the PDF's content, editable, with real Word headings and tables.

Charts go in as pictures of the PDF's own ReportLab drawings (charts.drawing_png: ReportLab writes the
drawing as PDF, PDFium rasterises it; both install from wheels on Linux, macOS and Windows), each with alt
text, and the same figures follow as tables, which suits councils that re-use text.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table
from reportlab.pdfbase.pdfmetrics import stringWidth

from commission.reports import charts
from commission.reports.formatting import pct, points, shorten
from commission.reports.model import ReportModel
from commission.reports.styles import LARGE_PRINT, font
from commission.reports.word_card import grid_table
from commission.reports.word_doc import FastDocument
from commission.reports.word_history import over_time
from commission.reports.word_sections import MUTED, STATE_INK, Sections
from commission.vocab import STATE_COLOURS, STATES, uk_short_date

FONT = "Arial"  # on every council PC, and it has ŵ and ŷ
ACCENT = RGBColor(0x0B, 0x4F, 0x6C)
STATES_DISPLAY = charts.STATES_DISPLAY
LANG_TAGS = {"en": "en-GB", "cy": "cy-GB", "both": "en-GB"}


def write_docx(
    model: ReportModel, out: Path, *, large_print: bool = False, progress: Callable[[float], None] | None = None
) -> None:
    doc = FastDocument(Document())
    w = _Writer(doc, model, large_print, progress)
    w.setup()
    from commission.reports import word_value

    for step in (
        w.cover,
        w.glance,
        w.charts,
        lambda: over_time(w),
        w.you_said,
        w.by_organisation,
        lambda: word_value.frameworks(w),
        lambda: word_value.social_value(w),
        w.appendix,
    ):
        step()
    doc.save(str(out))
    if progress:
        progress(0.98)


def _shade(cell, hex_colour: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour.lstrip("#"))
    props.append(shd)


def _set_font(rpr) -> None:
    """Name our font for every script, dropping the theme fonts that would otherwise win."""
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), FONT)


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the document out."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


def footer_wording(wordings: Sequence[str], page_of: str, size: float, line: float) -> str:
    """The first of `wordings` that fits on one `line` (pt) beside `page_of` at `size` pt, with half an em
    between; none fitting, nothing (the page number alone)."""
    name = font().regular
    room = line - stringWidth(page_of, name, size) - size / 2
    return next((text for text in wordings if stringWidth(text, name, size) <= room), "")


class _Writer(Sections):
    def __init__(self, doc, model: ReportModel, large_print: bool, progress: Callable[[float], None] | None):
        self.doc, self.m, self.t = doc, model, model.text
        self.size = int(LARGE_PRINT) if large_print else 11
        self._progress = progress
        self._done = 0
        self._total = 2 * len(model.commitments) + 1  # each commitment is written twice, then the appendix
        self._half: int | None = None

    def tick(self) -> None:
        """One more commitment written: most of the time goes there, so the bar moves with it."""
        self._done += 1
        if self._progress:
            self._progress(0.3 + 0.65 * min(self._done / self._total, 1.0))

    # -- set-up ------------------------------------------------------------------------------------------
    def setup(self) -> None:
        m, t = self.m, self.t
        props = self.doc.core_properties
        # Word's document properties hold at most 255 characters each (a bilingual note is longer).
        props.title = _property(f"{m.commission} \u2014 {t('report_title')}")
        props.author = _property(m.commission)
        props.subject = _property(t("report_title") + (f": {m.organisation}" if m.organisation else ""))
        props.language = LANG_TAGS[m.language]
        props.keywords = _property(f"Poverty Truth Commission; accountability; {m.as_of.isoformat()}")
        props.comments = _property(t("privacy_note"))

        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(self.size)
        rpr = normal.element.get_or_add_rPr()
        _set_font(rpr)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), LANG_TAGS[m.language])
        rpr.append(lang)
        normal.paragraph_format.space_after = Pt(self.size * 0.5)
        for name, scale in (
            ("Title", 2.6),
            ("Heading 1", 2.0),
            ("Heading 2", 1.45),
            ("Heading 3", 1.18),
            ("Heading 4", 1.05),
        ):
            style = styles[name]
            style.font.name = FONT
            style.font.size = Pt(round(self.size * scale))
            style.font.color.rgb = ACCENT if name != "Heading 4" else RGBColor(0x1F, 0x29, 0x33)
            style.font.bold = True
            _set_font(style.element.get_or_add_rPr())
        for name in ("Quote", "List Bullet", "Table Grid"):
            if name in [s.name for s in styles]:
                styles[name].font.size = Pt(self.size)

        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2))
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
        self._footer(section.footer.paragraphs[0], section.page_width - section.left_margin - section.right_margin)

    def _footer(self, footer, line: int) -> None:
        """One line: what the report is on the left, "Page N of M" (twice when bilingual) at a right tab stop.
        The longest wording that fits the line is kept (measured in DejaVu Sans, wider than the Arial asked
        for, as LibreOffice draws it where Arial is missing): a long bilingual name or large print wrapped."""
        m, t = self.m, self.t
        size = self.size - 2 if self.size < LARGE_PRINT else LARGE_PRINT
        page_of = t("page_of", n="\x00", m="\x01")
        report, commission, on = t("report_title"), m.commission, t.date(m.as_of)
        left = footer_wording(
            [f"{commission} \u00b7 {report} \u00b7 {on}", f"{commission} \u00b7 {on}", f"{report} \u00b7 {on}", on],
            page_of.replace("\x00", "999").replace("\x01", "999"),
            size,
            Emu(line).pt,
        )
        tabs = footer.paragraph_format.tab_stops
        for stop in footer.style.paragraph_format.tab_stops:  # the Footer style's centre and right stops
            tabs.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        tabs.add_tab_stop(line, WD_TAB_ALIGNMENT.RIGHT)
        footer.add_run(f"{left}\t")
        for part in re.split("(\x00|\x01)", page_of):
            if part == "\x00":
                _field(footer, "PAGE")
            elif part == "\x01":
                _field(footer, "NUMPAGES")
            elif part:
                footer.add_run(part)
        for run in footer.runs:
            run.font.size = Pt(size)
            run.font.color.rgb = MUTED

    # -- helpers -----------------------------------------------------------------------------------------
    def para(
        self,
        text: str = "",
        *,
        bold: bool = False,
        muted: bool = False,
        italic: bool = False,
        style: str | None = None,
        keep: bool = False,
    ):
        """A paragraph; `keep` keeps it on the same page as the next (a label, a line under a heading)."""
        p = self.doc.add_paragraph(style=style)
        if keep:
            p.paragraph_format.keep_with_next = True
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if muted:
                run.font.color.rgb = MUTED
        return p

    def label_value(self, p, label: str, value: str) -> None:
        run = p.add_run(f"{label}: ")
        run.font.color.rgb = MUTED
        p.add_run(value).bold = True

    def table(
        self, header: list[str], rows: list[list[str]], widths: list[float] | None = None, written: Sequence[str] = ()
    ):
        """A table of plain words under a bold, shaded header row repeated on each page (`widths` in cm);
        `written`: rows already as XML (word_card.grid_table)."""
        column = Emu(self.doc._block_width // len(header)).twips if header else 0  # python-docx's even share
        tbl = grid_table(
            self.doc.style_id("Table Grid", WD_STYLE_TYPE.TABLE),
            column,
            header,
            rows,
            [Cm(width).twips for width in widths] if widths else None,
            written=written,
        )
        self.doc._add(tbl)
        return Table(tbl, self.doc._parent)

    def state_cell(self, cell, state: str) -> None:
        cell.text = ""
        run = cell.paragraphs[0].add_run(self.t.state(state))
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(STATE_INK[state])
        _shade(cell, STATE_COLOURS[state])

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- sections ----------------------------------------------------------------------------------------
    def cover(self) -> None:
        m, t = self.m, self.t
        self.para(t("report_title"), muted=True)
        self.doc.add_paragraph(m.commission, style="Title")
        if m.area:
            self.para(m.area)
        p = self.para()
        self.label_value(p, t("as_of"), t.date(m.as_of))
        if m.organisation:
            p = self.para()
            self.label_value(p, t("for_organisation"), m.organisation)
        if m.description:
            self.para(m.description)
        self.para(f"{t('commitment_count', n=len(m.commitments))} \u00b7 {t('overall_progress')} {pct(m.overall)}")
        self.para(t("privacy_note"), muted=True)
        self.page_break()

    def glance(self) -> None:
        m, t = self.m, self.t
        self.doc.add_heading(t("at_a_glance"), 1)
        if not m.commitments:
            self.para(m.no_commitments_text())
        table = self.doc.add_table(2, 5, "Table Grid")
        cells = table._cells
        for i, state in enumerate(STATES_DISPLAY):
            top, bottom = cells[i], cells[5 + i]
            top.text = ""
            run = top.paragraphs[0].add_run(str(m.states.get(state, 0)))
            run.bold = True
            run.font.size = Pt(self.size * 2)
            run.font.color.rgb = RGBColor.from_string(STATE_INK[state])
            _shade(top, STATE_COLOURS[state])
            self.state_cell(bottom, state)
        self.para(t("commitments_in_all", n=len(m.commitments)), muted=True)

        p = self.para()
        self.label_value(p, t("overall_progress"), pct(m.overall))
        p = self.para()
        if m.panel_agreement is None:
            self.label_value(p, t("panel_agreement"), "\u2014")
            self.para(t("panel_agreement_none"))
        else:
            self.label_value(p, t("panel_agreement"), pct(m.panel_agreement))
            self.para(t("panel_agreement_detail", agree=m.done_agreed, done=m.states.get("done", 0)))

        self.doc.add_heading(t("what_overdue"), 3)
        if m.overdue:
            self.table(
                [t("organisation"), t("pledge"), t("due")],
                [[c.organisation, c.pledge, uk_short_date(c.due)] for c in m.overdue],
                [4.5, 10, 2.5],
            )
        else:
            self.para(t("nothing_overdue"))

        c = m.changes
        self.doc.add_heading(t("what_changed", date=t.date(c.since)), 3)
        if not c.anything:
            self.para(t("no_change"))
        by_id = {e.id: e for e in m.commitments}
        for key, ids in c.lists:
            if ids:
                p = self.para(style="List Bullet")
                p.add_run(f"{t(key)}: {len(ids)}").bold = True
                p.add_run(
                    " \u2014 " + "; ".join(f"{by_id[i].organisation}: {shorten(by_id[i].pledge, 60)}" for i in ids)
                )
        if c.anything:
            self.para(
                f"{t('updates_received')}: {c.updates_received} \u00b7 {t('verdicts_given')}: {c.verdicts_given}",
                style="List Bullet",
            )
            self.para(
                t("progress_change", before=pct(c.overall_before), now=pct(c.overall_now), delta=points(c.delta)),
                style="List Bullet",
            )
        self.page_break()

    def charts(self) -> None:
        m, t = self.m, self.t
        self.doc.add_heading(t("charts"), 1)
        fonts = (font().regular, font().bold)
        width = 483.0  # points: the 17 cm the picture is shown at, so a chart's words keep the body's size
        size = self.size - 1 if self.size < LARGE_PRINT else LARGE_PRINT
        org_rows = [(o.name, o.states) for o in m.organisations if o.commitments]

        self.doc.add_heading(t("states_by_org"), 3)
        if org_rows:
            words = {s: t.state(s) for s in STATES}
            self.picture(
                charts.states_by_organisation(org_rows, words, width, fonts, size),
                Cm(17),
                t("states_by_org"),
                "; ".join(
                    f"{name}: " + ", ".join(f"{states[s]} {words[s]}" for s in STATES_DISPLAY if states.get(s))
                    for name, states in org_rows
                ),
            )
            self.table(
                [t("organisation")] + [t.state(s) for s in STATES_DISPLAY],
                [
                    [o.name] + [str(o.states.get(s, 0)) for s in STATES_DISPLAY]
                    for o in m.organisations
                    if o.commitments
                ],
            )
        else:
            self.para(t("no_commitments"))

        self.doc.add_heading(t("progress_by_theme"), 3)
        if m.themes:
            self.picture(
                charts.theme_progress(m.theme_progress, width, fonts, size),
                Cm(17),
                t("progress_by_theme"),
                "; ".join(f"{name}: {pct(value)}" for name, _, value in m.theme_progress),
            )
            self.table(
                [t("theme"), t("progress")],
                [[("\u2003" * depth) + name, pct(value)] for name, depth, value in m.theme_progress],
                [12, 4],
            )
        else:
            self.para(t("no_themes"))

        self.doc.add_heading(t("assets_pentagon"), 3)
        shown = self.picture(
            charts.report_pentagon(m, width, fonts, size),
            Cm(15),
            t("assets_pentagon"),
            "; ".join(
                f"{t.asset(a.asset)}: {t('n_actions', n=a.actions)}, "
                f"{pct(a.progress) if a.actions else chr(0x2014)} {t('average_progress')}"
                for a in m.assets
            ),
        )
        if shown:  # the caption explains the picture: none without it
            self.para(t("assets_caption"), muted=True)
        self.table(
            [t("asset"), t("number_of_actions"), t("average_progress"), t("actions")],
            [
                [
                    t.asset(a.asset),
                    str(a.actions),
                    pct(a.progress) if a.actions else "\u2014",
                    (
                        ", ".join(a.action_refs[:12])
                        + (f" {t('and_more', n=len(a.action_refs) - 12)}" if len(a.action_refs) > 12 else "")
                    )
                    or "\u2014",
                ]
                for a in m.assets
            ],
            [4, 3.5, 3.5, 6],
        )
        self.page_break()

    def picture(self, drawing, width, title: str, description: str) -> bool:
        """A chart as a picture with its text alternative (Word's alt text: title and description); False
        when no picture could be drawn, and the table after it carries the figures alone."""
        png = charts.drawing_png(drawing)
        if not png:
            return False
        shape = self.doc.add_picture(io.BytesIO(png), width=width)
        props = shape._inline.docPr
        props.set("title", _property(str(title)))
        props.set("descr", str(description))
        self.doc.paragraphs[-1].paragraph_format.keep_with_next = True  # the picture stays with its table
        return True


def _property(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
