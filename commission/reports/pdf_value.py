"""The PDF's Frameworks section (coverage of each framework in use) and Social value section."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from commission.reports.formatting import pct
from commission.reports.model import ReportModel
from commission.reports.model_value import money, share
from commission.reports.pdf_common import Heading, Paragraph, esc, ruled_table, state_pill
from commission.reports.styles import ACCENT, ACCENT_SOFT, MUTED, PANEL, Styles
from commission.vocab import STATES


def frameworks_section(model: ReportModel, s: Styles, width: float) -> list:
    t = model.text
    story: list = [
        Heading(t("frameworks_title"), s.h1, 0, "frameworks"),
        Paragraph(esc(t("frameworks_intro")), s.muted),
    ]
    if not model.frameworks:
        return [*story, Paragraph(esc(t("frameworks_none")), s.body), PageBreak()]
    for i, framework in enumerate(model.frameworks):
        header = [Paragraph(esc(x), s.label) for x in (t("area"), t("actions"), t("progress"), t("states"))]
        rows, extra = [header], []
        for r, area in enumerate(framework.areas, start=1):
            if area.covered:
                actions = "<br/>".join(
                    f"<b>{esc(a.ref)}</b> {esc(a.title)} \u00b7 {pct(a.progress)}" for a in area.actions
                )
                pills = "<br/>".join(  # one state a line: a long Welsh word is never split
                    f"{state_pill(st, t.state(st))}&nbsp;{area.states[st]}" for st in STATES if area.states.get(st)
                )
                rows.append(
                    [
                        Paragraph(f"<b>{esc(area.label)}</b>", s.body_tight),
                        Paragraph(actions, s.body_tight),
                        Paragraph(pct(area.progress), s.body_tight),
                        Paragraph(pills or "\u2014", s.body_tight),
                    ]
                )
            else:
                rows.append(
                    [
                        Paragraph(f"<b>{esc(area.label)}</b>", s.body_tight),
                        Paragraph(f"<i>{esc(t('not_addressed'))}</i>", s.muted),
                        Paragraph("\u2014", s.muted),
                        Paragraph("\u2014", s.muted),
                    ]
                )
                extra += [("BACKGROUND", (0, r), (-1, r), PANEL), ("LINEBEFORE", (0, r), (0, r), 3, MUTED)]
        table = ruled_table(rows, [width * 0.24, width * 0.34, width * 0.15, width * 0.27], extra)  # Welsh state words
        uncovered = framework.uncovered
        note = t("uncovered_list", areas="; ".join(a.label for a in uncovered)) if uncovered else t("all_covered")
        story += [
            CondPageBreak(s.body_size * 12),
            KeepTogether([Heading(framework.name, s.h2, 1, f"framework{i}"), Paragraph(esc(note), s.body)]),
            table,
            Spacer(1, s.body_size),
        ]
    story.append(PageBreak())
    return story


def social_value_section(model: ReportModel, s: Styles, width: float) -> list:
    t = model.text
    sv = model.social_value
    story: list = [Heading(t("value_title"), s.h1, 0, "value")]
    if sv is None or not sv.outcomes:
        return [*story, Paragraph(esc(t("value_none")), s.body), PageBreak()]
    story.append(Paragraph(esc(t("value_intro", rate=share(sv.discount_rate))), s.muted))
    if sv.ratio is not None and sv.investment is not None:  # a ratio is only worked out with an investment
        story.append(
            Paragraph(
                esc(t("value_ratio", ratio=f"{sv.ratio:,.2f}")),
                s.big_number.clone(
                    "ratio",
                    fontSize=s.body_size * 1.9,
                    leading=s.body_size * 2.4,
                    spaceBefore=s.body_size * 0.6,
                    spaceAfter=s.body_size * 0.4,
                ),
            )
        )
        story.append(Paragraph(esc(t("value_totals", total=money(sv.total), investment=money(sv.investment))), s.body))
    else:
        story.append(Paragraph(esc(sv.message), s.body))
    header = [
        Paragraph(esc(x), s.label)
        for x in (t("outcome"), t("quantity_proxy"), t("years"), t("adjustments"), t("present_value"))
    ]
    rows: list = [header]
    for o in sv.outcomes:
        cell = [Paragraph(f"<b>{esc(o.outcome)}</b>", s.body_tight)]
        if o.stakeholder:
            cell.append(Paragraph(esc(o.stakeholder), s.muted))
        refs = o.action_refs + o.insight_refs
        if refs:
            cell.append(Paragraph(f"{esc(t('comes_from'))}: {esc(', '.join(refs))}", s.muted))
        rows.append(
            [
                cell,
                Paragraph(f"{o.quantity:,.0f} \u00d7 {money(o.proxy)}", s.body_tight),
                Paragraph(str(o.duration), s.body_tight),
                Paragraph(
                    " / ".join(share(v) for v in (o.deadweight, o.attribution, o.displacement, o.drop_off)),
                    s.body_tight,
                ),
                Paragraph(money(o.present_value), s.body_tight),
            ]
        )
    rows.append(
        [
            Paragraph(f"<b>{esc(t('total'))}</b>", s.body_tight),
            "",
            "",
            "",
            Paragraph(f"<b>{money(sv.total)}</b>", s.body_tight),
        ]
    )
    story.append(
        ruled_table(
            rows,
            [width * 0.30, width * 0.17, width * 0.15, width * 0.20, width * 0.18],  # room for Welsh words
            [("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT)],
            split_in_row=False,  # an outcome's row is short: it moves whole rather than leave a stub
        )
    )
    story.append(Paragraph(esc(t("adjustments_key")), s.muted))
    if sv.sensitivity:
        header = [Paragraph(esc(x), s.label) for x in (t("change"), t("present_value"), t("ratio"))]
        rows = [header] + [
            [
                Paragraph(esc(r.label), s.body_tight),
                Paragraph(money(r.total), s.body_tight),
                Paragraph(f"£{r.ratio:,.2f}", s.body_tight),
            ]
            for r in sv.sensitivity
        ]
        story.append(
            KeepTogether(
                [
                    Heading(t("sensitivity"), s.h2, 1, "value-sensitivity"),
                    Paragraph(esc(t("sensitivity_intro")), s.muted),
                    ruled_table(
                        rows,
                        [width * 0.5, width * 0.25, width * 0.25],
                        [("BACKGROUND", (0, 1), (-1, 1), ACCENT_SOFT)],
                    ),
                ]
            )
        )
    sources = [o for o in sv.outcomes if o.proxy_source or o.indicator]
    if sources:
        story.append(Heading(t("proxy_sources"), s.h2, 1, "value-sources"))
        for o in sources:
            text = f"<b>{esc(o.outcome)}</b>: " + esc(" \u2014 ".join(x for x in (o.indicator, o.proxy_source) if x))
            story.append(Paragraph(text, s.bullet, bulletText="\u2022"))
    story.append(PageBreak())
    return story
