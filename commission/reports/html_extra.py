"""The HTML report's charts section and its later sections: progress over time, frameworks, social value."""

from __future__ import annotations

from commission.reports import charts, history_text  # noqa: F401  (history_text registers its words)
from commission.reports.charts import STATES_DISPLAY
from commission.reports.formatting import pct
from commission.reports.html_build import el, plain
from commission.reports.html_page import CHART_WIDTH, Page, _chart_fonts, _joined, chart
from commission.vocab import STATES, uk_short_date


def pictures(p: Page) -> list:
    m, t = p.model, p.t
    fonts = _chart_fonts()
    size = 18 if p.large_print else 13  # drawn 640 wide, shown at most that: the words stay readable
    out: list = [el("h3", t("states_by_org"))]
    orgs = [o for o in m.organisations if o.commitments]
    if orgs:
        words = {s: plain(t.state(s)) for s in STATES}
        drawing = charts.states_by_organisation([(o.name, o.states) for o in orgs], words, CHART_WIDTH, fonts, size)
        summary = "; ".join(
            f"{o.name}: " + ", ".join(f"{o.states[s]} {words[s]}" for s in STATES_DISPLAY if o.states[s]) for o in orgs
        )
        out.append(chart(p, drawing, t("states_by_org"), summary))
        out.append(
            p.table(
                t("states_by_org"),
                [t("organisation"), *[t.state(s) for s in STATES_DISPLAY]],
                [[o.name, *[str(o.states.get(s, 0)) for s in STATES_DISPLAY]] for o in orgs],
                classes="figures-table",
            )
        )
    else:
        out.append(el("p", t("no_commitments")))

    out.append(el("h3", t("progress_by_theme")))
    if m.themes:
        drawing = charts.theme_progress([(plain(n), d, v) for n, d, v in m.theme_progress], CHART_WIDTH, fonts, size)
        summary = "; ".join(f"{name}: {pct(value)}" for name, _, value in m.theme_progress)
        out.append(chart(p, drawing, t("progress_by_theme"), summary))
        out.append(
            p.table(
                t("progress_by_theme"),
                [t("theme"), t("progress")],
                [
                    [p.said("span", name, class_="sub" if depth else None), pct(value)]
                    for name, depth, value in m.theme_progress
                ],
                classes="figures-table",
            )
        )
    else:
        out.append(el("p", t("no_themes")))

    out.append(el("h3", t("assets_pentagon")))
    drawing = charts.report_pentagon(m, CHART_WIDTH, fonts, size, plain)
    summary = "; ".join(
        f"{plain(t.asset(a.asset))}: {plain(t('n_actions', n=a.actions))}, "
        f"{pct(a.progress) if a.actions else chr(0x2014)} {plain(t('average_progress'))}"
        for a in m.assets
    )
    out.append(chart(p, drawing, t("assets_pentagon"), summary, caption=t("assets_caption")))
    out.append(
        p.table(
            t("assets_pentagon"),
            [t("asset"), t("number_of_actions"), t("average_progress"), t("actions")],
            [
                [
                    t.asset(a.asset),
                    str(a.actions),
                    pct(a.progress) if a.actions else "\u2014",
                    ", ".join(a.action_refs) or "\u2014",
                ]
                for a in m.assets
            ],
            classes="figures-table",
        )
    )
    return out


def over_time(p: Page) -> list:
    """Progress quarter by quarter: a chart with its figures as its text alternative, then the same figures (and
    those per theme and per organisation) as tables, all laid out from history_tables so no format disagrees."""
    from commission.reports import history_charts
    from commission.reports.history_tables import over_time_intro, over_time_tables

    m, t = p.model, p.t
    found = m.over_time
    if found is None or found.empty:
        return [el("p", t("no_commitments"))]
    tables = over_time_tables(found, t)
    out: list = [el("p", over_time_intro(found, t)), el("h3", tables[0].title)]
    fonts = _chart_fonts()
    size = 18 if p.large_print else 13
    last = 8 if p.large_print else 12
    words = {s: plain(t.state(s)) for s in STATES}
    drawing = history_charts.over_time_chart(
        found, words, plain(t("overall_progress")), CHART_WIDTH, fonts, size, language=t.language, last=last
    )
    summary = "; ".join(
        f"{uk_short_date(pt.as_of)}: {pct(pt.overall)}, "
        + ", ".join(f"{pt.states[s]} {words[s]}" for s in STATES_DISPLAY if pt.states.get(s))
        for pt in found.points[-last:]
    )
    out.append(chart(p, drawing, tables[0].title, summary))
    for i, data in enumerate(tables):
        if i:
            out.append(el("h3", data.title))
        states = data.states + [""] * (len(data.header) - len(data.states))
        header = [p.state(st) if st else h for h, st in zip(data.header, states, strict=False)]
        themes = data.key == "over-time-themes"  # theme names are people's words
        rows = [[p.said("span", row[0]) if themes else row[0], *row[1:]] for row in data.rows]
        out.append(p.table(data.title, header, rows, classes="figures-table over-time-table"))
    return out


def frameworks_part(p: Page) -> list:
    """Each framework in use: its areas with the actions tagged to them, their progress and states; the areas
    no action addresses named first and marked in words."""
    from commission.reports.model_value import states_text

    m, t = p.model, p.t
    out: list = [el("p", t("frameworks_intro"), class_="muted")]
    if not m.frameworks:
        return [*out, el("p", t("frameworks_none"))]
    for framework in m.frameworks:
        hid = p.uid("framework")
        section = el("section", el("h3", framework.name, id=hid), aria_labelledby=hid, class_="framework")
        uncovered = framework.uncovered
        section.add(
            el(
                "p",
                t("uncovered_list", areas="; ".join(a.label for a in uncovered)) if uncovered else t("all_covered"),
                class_="uncovered" if uncovered else None,
            )
        )
        rows: list[list[object]] = []
        for area in framework.areas:
            if area.covered:
                actions = _joined(
                    [
                        [el("strong", a.ref), " ", p.said("span", a.title), " \u00b7 ", pct(a.progress)]
                        for a in area.actions
                    ],
                    el("br"),
                )
                rows.append([area.label, actions, pct(area.progress), states_text(area.states, t) or "\u2014"])
            else:
                rows.append([area.label, el("em", t("not_addressed")), "\u2014", "\u2014"])
        section.add(p.table(framework.name, [t("area"), t("actions"), t("progress"), t("states")], rows))
        out.append(section)
    return out


def social_value(p: Page) -> list:
    """The social value account: the ratio in words, each outcome's present value, the sensitivity table and
    where each proxy comes from."""
    from commission.reports.model_value import money, share

    m, t = p.model, p.t
    sv = m.social_value
    if sv is None or not sv.outcomes:
        return [el("p", t("value_none"))]
    out: list = [el("p", t("value_intro", rate=share(sv.discount_rate)), class_="muted")]
    if sv.ratio is not None and sv.investment is not None:  # a ratio is only worked out with an investment
        out.append(el("p", t("value_ratio", ratio=f"{sv.ratio:,.2f}"), class_="big ratio"))
        out.append(el("p", t("value_totals", total=money(sv.total), investment=money(sv.investment))))
    else:
        out.append(el("p", sv.message))
    rows: list[list[object]] = []
    for o in sv.outcomes:
        cell: list = [p.said("strong", o.outcome)]
        if o.stakeholder:
            cell += [el("br"), p.said("span", o.stakeholder, class_="muted")]
        refs = o.action_refs + o.insight_refs
        if refs:
            cell += [el("br"), el("span", t("comes_from"), ": ", ", ".join(refs), class_="muted")]
        rows.append(
            [
                cell,
                f"{o.quantity:,.0f} \u00d7 {money(o.proxy)}",
                str(o.duration),
                " / ".join(share(v) for v in (o.deadweight, o.attribution, o.displacement, o.drop_off)),
                money(o.present_value),
            ]
        )
    rows.append([el("strong", t("total")), "", "", "", el("strong", money(sv.total))])
    out.append(
        p.table(
            t("value_title"),
            [t("outcome"), t("quantity_proxy"), t("years"), t("adjustments"), t("present_value")],
            rows,
            classes="value-table",
        )
    )
    out.append(el("p", t("adjustments_key"), class_="muted"))
    if sv.sensitivity:
        out += [
            el("h3", t("sensitivity")),
            el("p", t("sensitivity_intro"), class_="muted"),
            p.table(
                t("sensitivity"),
                [t("change"), t("present_value"), t("ratio")],
                [[r.label, money(r.total), f"\u00a3{r.ratio:,.2f}"] for r in sv.sensitivity],
            ),
        ]
    sources = [o for o in sv.outcomes if o.proxy_source or o.indicator]
    if sources:
        out.append(el("h3", t("proxy_sources")))
        out.append(
            el(
                "ul",
                *[
                    el(
                        "li",
                        p.said("strong", o.outcome),
                        ": ",
                        p.said("span", " \u2014 ".join(x for x in (o.indicator, o.proxy_source) if x)),
                    )
                    for o in sources
                ],
            )
        )
    return out
