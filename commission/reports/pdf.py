"""The PDF councils receive: cover, at a glance, charts, "You said, we did", by organisation, appendix.

Built with ReportLab platypus from a `ReportModel` only. Page furniture ("Page N of M", the running head)
is drawn once the page count is known, by a canvas that holds its pages until the end.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from commission.reports import charts
from commission.reports.charts import STATES_DISPLAY
from commission.reports.formatting import pct, points, shorten
from commission.reports.model import ReportModel
from commission.reports.pdf_common import (
    FRAME_H,
    FRAME_W,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_SETUP,
    PAGE_W,
    Heading,
    Paragraph,
    esc,
    ruled_table,
)
from commission.reports.pdf_history import over_time_section
from commission.reports.pdf_sections import appendix, by_organisation, you_said
from commission.reports.pdf_value import frameworks_section, social_value_section
from commission.reports.styles import ACCENT, ACCENT_SOFT, MUTED, PANEL, RULE, STATE, STATE_TEXT, Styles
from commission.vocab import STATES, uk_short_date

CHART_ROWS = 14  # bars per chart drawing, so that one always fits on a page, even in large print
COVER_BAND = 0.52  # the coloured band covers the page from here up
LANG_TAGS = {"en": "en-GB", "cy": "cy-GB", "both": "en-GB"}


def _numbered_canvas(model: ReportModel, styles: Styles) -> type[Canvas]:
    t = model.text

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            # bookmarks wait until their page is really written, or they would all point at page 1
            self.marks: dict[int, list[tuple[str, float]]] = {}
            self.outline: list[tuple[str, str, int]] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def mark(self, key: str, title: str, level: int, top: float) -> None:
            self.marks.setdefault(len(self._pages), []).append((key, top))
            self.outline.append((title, key, level))

        def save(self):
            pages, marks, outline = self._pages, self.marks, self.outline
            total = len(pages)
            for number, state in enumerate(pages, start=1):
                self.__dict__.update(state)
                for key, top in marks.get(number - 1, []):
                    self.bookmarkPage(key, fit="XYZ", left=0, top=top)
                if number > 1:
                    self._furniture(number, total)
                super().showPage()
            for title, key, level in outline:
                self.addOutlineEntry(title, key, level=level, closed=level > 1)
            self.showOutline()
            super().save()

        def _furniture(self, number: int, total: int) -> None:
            size = styles.small_size
            self.saveState()
            self.setFont(styles.font.regular, size)
            self.setFillColor(MUTED)
            head = model.commission + (f" \u00b7 {model.organisation}" if model.organisation else "")
            right = f"{t('report_title')} \u00b7 {t.date(model.as_of)}"
            room = FRAME_W - stringWidth(right, styles.font.regular, size) - size * 2
            if stringWidth(head, styles.font.regular, size) > room:
                # Too long to share the line (large print, a long name): the name keeps the header's
                # whole width and the report's title and date move to the foot, beside the page number.
                room = FRAME_W
                self.drawString(MARGIN_X, 11 * mm, right)
            else:
                self.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 14 * mm, right)
            if stringWidth(head, styles.font.regular, size) > room:
                while head and stringWidth(head + "\u2026", styles.font.regular, size) > room:
                    head = head[:-1]
                head = head.rstrip() + "\u2026" if head else ""
            self.drawString(MARGIN_X, PAGE_H - 14 * mm, head)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, PAGE_H - 16 * mm, PAGE_W - MARGIN_X, PAGE_H - 16 * mm)
            self.drawRightString(PAGE_W - MARGIN_X, 11 * mm, t("page_of", n=number, m=total))
            self.restoreState()

    return NumberedCanvas


class ReportDoc(BaseDocTemplate):
    def __init__(
        self,
        filename: str,
        model: ReportModel,
        styles: Styles,
        total_flowables: int,
        progress: Callable[[float], None] | None,
    ):
        t = model.text
        subject = t("report_title") + (f": {model.organisation}" if model.organisation else "")
        super().__init__(
            filename,
            **PAGE_SETUP,
            title=f"{model.commission} \u2014 {t('report_title')}",
            author=model.commission,
            subject=f"{subject} ({t.date(model.as_of)})",
            creator="Commission",
            keywords=["Poverty Truth Commission", "accountability", model.as_of.isoformat()],
            lang=LANG_TAGS[model.language],
            displayDocTitle=True,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_W,
            FRAME_H,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", frames=[frame], onPage=self._cover_background),
                PageTemplate("body", frames=[frame]),
            ]
        )
        self._total = max(total_flowables, 1)
        self._done = 0
        self._progress = progress

    def _cover_background(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        band_y = PAGE_H * COVER_BAND
        canvas.rect(0, band_y, PAGE_W, PAGE_H - band_y, stroke=0, fill=1)
        for i, state in enumerate(("done", "on track", "at risk", "overdue", "dropped")):
            canvas.setFillColor(STATE[state])
            canvas.rect(PAGE_W * i / 5, band_y - 5, PAGE_W / 5, 5, stroke=0, fill=1)
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            level, title, key = outline
            top = self.frame._y + getattr(flowable, "height", 0) + flowable.getSpaceBefore()
            self.canv.mark(key, title, level, min(top + 6, PAGE_H))
        self._done += 1
        if self._progress:
            self._progress(0.3 + 0.65 * min(self._done / self._total, 1.0))


def write_pdf(
    model: ReportModel, out: Path, *, large_print: bool = False, progress: Callable[[float], None] | None = None
) -> None:
    styles = Styles(large_print)
    flowables = story(model, styles)
    if progress:
        progress(0.3)
    doc = ReportDoc(str(out), model, styles, len(flowables), progress)
    doc.build(flowables, canvasmaker=_numbered_canvas(model, styles))


def story(model: ReportModel, styles: Styles) -> list:
    """The report's flowables, cover to appendix (bench/run.py lays out the same tables and words bare)."""
    flowables = cover(model, styles) + glance(model, styles) + charts_section(model, styles)
    flowables += over_time_section(model, styles)
    flowables += you_said(model, styles, FRAME_W) + by_organisation(model, styles, FRAME_W)
    flowables += frameworks_section(model, styles, FRAME_W) + social_value_section(model, styles, FRAME_W)
    return flowables + appendix(model, styles, FRAME_W)


def cover(model: ReportModel, s: Styles) -> list:
    """The band holds the title, set low in it; below it the date, summary and privacy note. One page, always."""
    t = model.text
    kicker = ParagraphStyle("kicker", parent=s.cover_meta, textColor="#ffffff")
    title = ParagraphStyle("title", parent=s.cover_title, textColor="#ffffff")
    sub = ParagraphStyle("sub", parent=s.cover_sub, textColor="#d5e6ee")
    band: list = [
        Heading(t("report_title"), kicker, 0, "cover"),
        Spacer(1, s.body_size * 0.6),
        Paragraph(esc(model.commission), title),
    ]
    if model.area:
        band += [Spacer(1, s.body_size * 0.4), Paragraph(esc(model.area), sub)]
    below: list = [Paragraph(f"{esc(t('as_of'))} <b>{esc(t.date(model.as_of))}</b>", s.cover_sub)]
    if model.organisation:
        below.append(Paragraph(f"{esc(t('for_organisation'))} <b>{esc(model.organisation)}</b>", s.cover_sub))
    total = len(model.commitments)
    below.append(Spacer(1, s.body_size * 0.5))
    below.append(
        Paragraph(
            f"{esc(t('commitment_count', n=total))} \u00b7 {esc(t('overall_progress'))} {pct(model.overall)}",
            s.cover_meta,
        )
    )
    if model.description:
        below += [Spacer(1, s.body_size), Paragraph(esc(model.description), s.body)]
    below += [Spacer(1, s.body_size), Paragraph(esc(t("privacy_note")), s.muted)]

    band_h = PAGE_H * (1 - COVER_BAND) - MARGIN_TOP - s.body_size * 2  # frame top to just above the band's foot
    below_h = PAGE_H * COVER_BAND - MARGIN_BOTTOM - s.body_size * 3
    story: list = []
    band_content = _height(band)
    if band_content < band_h:
        story.append(Spacer(1, band_h - band_content))
    story.append(KeepInFrame(FRAME_W, band_h, band, mode="shrink"))
    story.append(Spacer(1, s.body_size * 4))
    story.append(KeepInFrame(FRAME_W, below_h, below, mode="shrink"))
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def _refs(refs: list[str], t, shown: int = 12) -> str:
    text = ", ".join(refs[:shown])
    return text + (f" {t('and_more', n=len(refs) - shown)}" if len(refs) > shown else "")


def _height(flowables: list) -> float:
    total = 0.0
    for f in flowables:
        _, h = f.wrap(FRAME_W, PAGE_H)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def glance(model: ReportModel, s: Styles) -> list:
    t = model.text
    story: list = [Heading(t("at_a_glance"), s.h1, 0, "glance")]
    total = len(model.commitments)
    if not total:
        story.append(Paragraph(esc(model.no_commitments_text()), s.body))
    story.append(state_tiles(model, s))
    story.append(Spacer(1, s.body_size * 1.2))
    story.append(headline_figures(model, s))

    story.append(Paragraph(esc(t("what_overdue")), s.h3))
    overdue = model.overdue
    if not overdue:
        story.append(Paragraph(esc(t("nothing_overdue")), s.body))
    else:
        limit = 4 if s.large else 6
        rows = [[Paragraph(esc(x), s.label) for x in (t("organisation"), t("pledge"), t("due"))]]
        rows += [
            [
                Paragraph(f"<b>{esc(c.organisation)}</b>", s.body_tight),
                Paragraph(esc(shorten(c.pledge, 95)), s.body_tight),
                Paragraph(esc(uk_short_date(c.due)), s.body_tight),
            ]
            for c in overdue[:limit]
        ]
        # a row is never cut across pages (a long bilingual name would be): the table breaks between rows only,
        # with its heading row again on the next page
        widths = [FRAME_W * 0.28, FRAME_W * 0.5, FRAME_W * 0.22]
        table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBEFORE", (0, 1), (0, -1), 3, STATE["overdue"]),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                    ("LEFTPADDING", (0, 0), (0, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
        if len(overdue) > limit:
            story.append(Paragraph(esc(t("and_more", n=len(overdue) - limit)), s.muted))

    story += changes_block(model, s)
    story.append(PageBreak())
    return story


def state_tiles(model: ReportModel, s: Styles) -> Table:
    t = model.text
    number_style = s.big_number.clone("tile_n", alignment=1, fontSize=s.body_size * 2.4, leading=s.body_size * 2.8)
    word_style = s.bold.clone("tile_w", alignment=1)
    tiles = []  # number and word in one cell, so they read together (and copy out as "2 done")
    for state in STATES_DISPLAY:
        colour = "#" + STATE_TEXT[state].hexval()[2:]
        tiles.append(
            [
                Paragraph(f'<font color="{colour}">{model.states.get(state, 0)}</font>', number_style),
                Paragraph(f'<font color="{colour}">{esc(t.state(state))}</font>', word_style),
            ]
        )
    table = Table([tiles], colWidths=[FRAME_W / 5] * 5, hAlign="LEFT", splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]
    for i, state in enumerate(STATES_DISPLAY):
        commands.append(("BACKGROUND", (i, 0), (i, 0), STATE[state]))
        commands.append(("LINEAFTER", (i, 0), (i, 0), 3, "#ffffff"))
    table.setStyle(TableStyle(commands))
    caption = Paragraph(esc(t("commitments_in_all", n=len(model.commitments))), s.muted)
    return KeepTogether([Paragraph(esc(t("commitments")), s.h3), table, Spacer(1, 3), caption])


def headline_figures(model: ReportModel, s: Styles) -> Table:
    t = model.text
    half = FRAME_W / 2 - 6
    left = [
        Paragraph(esc(t("overall_progress")), s.label),
        Paragraph(pct(model.overall), s.big_number),
        charts.ProgressBar(model.overall, ACCENT, half - 24, s.font.regular, s.body_size, label=""),
    ]
    done = model.states.get("done", 0)
    if model.panel_agreement is None:
        right = [
            Paragraph(esc(t("panel_agreement")), s.label),
            Paragraph("\u2014", s.big_number),
            Paragraph(esc(t("panel_agreement_none")), s.body_tight),
        ]
    else:
        right = [
            Paragraph(esc(t("panel_agreement")), s.label),
            Paragraph(pct(model.panel_agreement), s.big_number),
            Paragraph(esc(t("panel_agreement_detail", agree=model.done_agreed, done=done)), s.body_tight),
        ]
    table = Table([[left, right]], colWidths=[FRAME_W / 2, FRAME_W / 2], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("LINEAFTER", (0, 0), (0, 0), 6, "#ffffff"),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return table


def changes_block(model: ReportModel, s: Styles) -> list:
    t = model.text
    c = model.changes
    by_id = {e.id: e for e in model.commitments}
    story: list = [Paragraph(esc(t("what_changed", date=t.date(c.since))), s.h3)]
    if not c.anything:
        return [*story, Paragraph(esc(t("no_change")), s.body)]
    rows = []
    for (key, ids), state in zip(c.lists, ("done", "overdue", "at risk", None), strict=True):
        if not ids:
            continue
        names = "; ".join(esc(f"{by_id[i].organisation}: {shorten(by_id[i].pledge, 48)}") for i in ids[:2])
        more = f"; {esc(t('and_more', n=len(ids) - 2))}" if len(ids) > 2 else ""
        rows.append((state, f"<b>{esc(t(key))}: {len(ids)}</b> \u2014 {names}{more}"))
    rows.append(
        (
            None,
            (
                f"{esc(t('updates_received'))}: <b>{c.updates_received}</b> \u00b7 "
                f"{esc(t('verdicts_given'))}: <b>{c.verdicts_given}</b>"
            ),
        )
    )
    rows.append(
        (None, esc(t("progress_change", before=pct(c.overall_before), now=pct(c.overall_now), delta=points(c.delta))))
    )
    data = [[Paragraph(text, s.body_tight)] for _, text in rows]
    table = Table(data, colWidths=[FRAME_W], hAlign="LEFT", splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]
    for i, (state, _) in enumerate(rows):
        commands.append(("LINEBEFORE", (0, i), (0, i), 3, STATE[state] if state else ACCENT_SOFT))
    table.setStyle(TableStyle(commands))
    return [KeepTogether([*story, table])]  # a few lines: never its heading alone at the foot of a page


def charts_section(model: ReportModel, s: Styles) -> list:
    t = model.text
    fonts = (s.font.regular, s.font.bold)
    size = s.small_size + (0 if s.large else 1)
    story: list = [Heading(t("charts"), s.h1, 0, "charts")]
    org_rows = [(o.name, o.states) for o in model.organisations if o.commitments]
    heading = Heading(t("states_by_org"), s.h3, 1, "chart-orgs")
    if org_rows:
        words = {state: t.state(state) for state in STATES}
        for start in range(0, len(org_rows), CHART_ROWS):  # a drawing cannot split: one per page's worth
            chart = charts.states_by_organisation(org_rows[start : start + CHART_ROWS], words, FRAME_W, fonts, size)
            story.append(KeepTogether([heading, chart]) if start == 0 else chart)
    else:
        story += [heading, Paragraph(esc(t("no_commitments")), s.body)]
    story.append(Spacer(1, s.body_size))
    heading = Heading(t("progress_by_theme"), s.h3, 1, "chart-themes")
    if model.themes:
        theme_rows = model.theme_progress
        for start in range(0, len(theme_rows), CHART_ROWS):
            chart = charts.theme_progress(theme_rows[start : start + CHART_ROWS], FRAME_W, fonts, size)
            story.append(KeepTogether([heading, chart]) if start == 0 else chart)
    else:
        story += [heading, Paragraph(esc(t("no_themes")), s.body)]
    pentagon = charts.report_pentagon(model, FRAME_W, fonts, size)
    story.append(
        KeepTogether(
            [
                Heading(t("assets_pentagon"), s.h3, 1, "chart-assets"),
                pentagon,
                Paragraph(esc(t("assets_caption")), s.muted),
            ]
        )
    )
    story.append(Spacer(1, s.body_size))
    rows = [
        [
            Paragraph(esc(x), s.label)
            for x in (t("asset"), t("number_of_actions").capitalize(), t("average_progress").capitalize(), t("actions"))
        ]
    ]
    rows += [
        [
            Paragraph(f"<b>{esc(t.asset(a.asset))}</b>", s.body_tight),
            Paragraph(str(a.actions), s.body_tight),
            Paragraph(pct(a.progress) if a.actions else "\u2014", s.body_tight),
            Paragraph(esc(_refs(a.action_refs, t)) or "\u2014", s.body_tight),
        ]
        for a in model.assets
    ]
    table = ruled_table(rows, [FRAME_W * 0.22, FRAME_W * 0.2, FRAME_W * 0.22, FRAME_W * 0.36])
    story.append(table)
    story.append(PageBreak())
    return story
