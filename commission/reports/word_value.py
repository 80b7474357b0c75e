"""The Word report's Frameworks and Social value sections (the same content as the PDF's)."""

from __future__ import annotations

from commission.reports.formatting import pct
from commission.reports.model_value import money, share, states_text


def frameworks(w) -> None:
    w.tick()
    m, t = w.m, w.t
    w.doc.add_heading(t("frameworks_title"), 1)
    w.para(t("frameworks_intro"), muted=True)
    if not m.frameworks:
        w.para(t("frameworks_none"))
    for framework in m.frameworks:
        w.doc.add_heading(framework.name, 2)
        uncovered = framework.uncovered
        w.para(t("uncovered_list", areas="; ".join(a.label for a in uncovered)) if uncovered else t("all_covered"))
        rows = []
        for area in framework.areas:
            if area.covered:
                actions = "\n".join(f"{a.ref} {a.title} · {pct(a.progress)}" for a in area.actions)
                rows.append([area.label, actions, pct(area.progress), states_text(area.states, t)])
            else:
                rows.append([area.label, t("not_addressed"), "\u2014", "\u2014"])
        table = w.table([t("area"), t("actions"), t("progress"), t("states")], rows, [4.2, 7.0, 2.2, 3.6])
        for row, area in zip(table.rows[1:], framework.areas, strict=False):
            if not area.covered:
                for run in row.cells[1].paragraphs[0].runs:
                    run.italic = True
    w.page_break()


def social_value(w) -> None:
    w.tick()
    m, t = w.m, w.t
    sv = m.social_value
    w.doc.add_heading(t("value_title"), 1)
    if sv is None or not sv.outcomes:
        w.para(t("value_none"))
        w.page_break()
        return
    w.para(t("value_intro", rate=share(sv.discount_rate)), muted=True)
    if sv.ratio is not None:
        w.doc.add_heading(t("value_ratio", ratio=f"{sv.ratio:,.2f}"), 2)
        w.para(t("value_totals", total=money(sv.total), investment=money(sv.investment)))
    else:
        w.para(sv.message)
    rows = []
    for o in sv.outcomes:
        who = "\n".join(
            x
            for x in (
                o.stakeholder,
                f"{t('comes_from')}: {', '.join(o.action_refs + o.insight_refs)}"
                if o.action_refs or o.insight_refs
                else "",
            )
            if x
        )
        rows.append(
            [
                o.outcome + (f"\n{who}" if who else ""),
                f"{o.quantity:,.0f} × {money(o.proxy)}",
                str(o.duration),
                " / ".join(share(v) for v in (o.deadweight, o.attribution, o.displacement, o.drop_off)),
                money(o.present_value),
            ]
        )
    rows.append([t("total"), "", "", "", money(sv.total)])
    table = w.table(
        [t("outcome"), t("quantity_proxy"), t("years"), t("adjustments"), t("present_value")],
        rows,
        [5.6, 3.0, 1.6, 3.6, 2.6],
    )
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    w.para(t("adjustments_key"), muted=True)
    if sv.sensitivity:
        w.doc.add_heading(t("sensitivity"), 2)
        w.para(t("sensitivity_intro"), muted=True)
        w.table(
            [t("change"), t("present_value"), t("ratio")],
            [[r.label, money(r.total), f"£{r.ratio:,.2f}"] for r in sv.sensitivity],
            [8.0, 4.0, 4.0],
        )
    sources = [o for o in sv.outcomes if o.proxy_source or o.indicator]
    if sources:
        w.doc.add_heading(t("proxy_sources"), 2)
        for o in sources:
            w.para(
                f"{o.outcome}: " + " — ".join(x for x in (o.indicator, o.proxy_source) if x),
                style="List Bullet",
            )
    w.page_break()
