"""The HTML report: one self-contained, accessible page a council can publish on its website.

Rendered from the same `ReportModel` as the PDF, the Word report and the tracker, so it shows exactly their
privacy-filtered words and figures; it reads nothing else. The page has landmarks (header, nav, main,
footer), one h1 and headings in order, real tables (th with scope, a caption each), charts as inline SVG with
a text alternative and the same figures in a table beside them, `lang` on the page and on every passage in
the other language (Welsh first in a report in both languages), and states always as words. Nothing is
fetched from outside the file: the styles are inline and the fonts are the reader's own.

Sections are a list (`SECTIONS`): each is a key (the anchor), the words of its heading and a function from the
report to the section's content; the contents list is built from it. A new section is one function and one
entry. Its content is built with `el()` (html_build.py), which escapes every piece of text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from pathlib import Path

from commission.reports import charts, history_text  # noqa: F401  (history_text registers its words)
from commission.reports.charts import STATES_DISPLAY
from commission.reports.formatting import pct, points, shorten
from commission.reports.html_build import LANG_TAGS, Node, Raw, Renderer, el, plain
from commission.reports.model import ActionEntry, CommitmentEntry, ReportModel, ThemeSection
from commission.reports.text import Bilingual, Said
from commission.vocab import STATE_COLOURS, STATES, uk_short_date

TIMELINE_SHOWN = 4
CHART_WIDTH = 640
# the state colours carry meaning beside the word; text on them keeps 4.5:1 (white, or near-black on amber)
STATE_TEXT = {state: ("#1a1a1a" if state == "at risk" else "#ffffff") for state in STATES}
FONT_STACK = '"DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif'
SVG_FONT_STACK = FONT_STACK.replace('"', "'")  # it goes inside a style="" attribute


@dataclass
class Page:
    """What a section function is given: the report, and helpers that know the page's languages."""

    model: ReportModel
    large_print: bool = False

    def __post_init__(self) -> None:
        self.t = self.model.text
        lang = self.model.language
        self.language = "cy" if lang == "both" else lang  # Welsh is read first in both languages
        content = getattr(self.model, "content_language", "en")
        self.content_lang = None if content == self.language else LANG_TAGS.get(content)
        self._ids = count(1)

    def said(self, tag: str, text: str, **attrs: object) -> Node:
        """An element holding words people wrote (a pledge, a note, a quote): marked with their language
        where it is not the page's."""
        if not isinstance(text, (Said, Bilingual)):  # those carry their own languages
            attrs.setdefault("lang", self.content_lang)
        return el(tag, text, **attrs)

    def uid(self, stem: str) -> str:
        return f"{stem}-{next(self._ids)}"

    def state(self, state: str) -> Node:
        """The state's word on its colour: never colour alone."""
        return el("span", self.t.state(state), class_=f"state state-{state.replace(' ', '-')}")

    def table(
        self,
        caption: object,
        header: list[object],
        rows: list[list[object]],
        *,
        row_headers: bool = True,
        classes: str = "",
    ) -> Node:
        """A real table: a caption, column headers with scope, and (by default) the first cell of each row as
        that row's header."""
        head = el("thead", el("tr", *[el("th", h, scope="col") for h in header]))
        body = el("tbody")
        for row in rows:
            cells = [el("th", row[0], scope="row") if row_headers else el("td", row[0])]
            cells += [el("td", c) for c in row[1:]]
            body.add(el("tr", *cells))
        return el("table", el("caption", caption), head, body, class_=classes or None)


Section = Callable[[Page], list]


# -- sections -----------------------------------------------------------------------------------------------


def glance(p: Page) -> list:
    m, t = p.model, p.t
    out: list = []
    if not m.commitments:
        out.append(
            el(
                "p",
                t("no_commitments_org", org=m.organisation, date=t.date(m.as_of))
                if m.organisation
                else t("no_commitments"),
            )
        )
    tiles = el("ul", class_="tiles", aria_label=plain(t("commitments")))
    for state in STATES_DISPLAY:
        # a line break, not a block, between number and word: read and copied out as "2 done" everywhere
        tiles.add(
            el(
                "li",
                el("span", str(m.states.get(state, 0)), class_="n"),
                el("br"),
                el("span", t.state(state), class_="w"),
                class_=f"tile state-{state.replace(' ', '-')}",
            )
        )
    out += [el("h3", t("commitments")), tiles, el("p", t("commitments_in_all", n=len(m.commitments)), class_="muted")]
    agreement: list = [el("dt", t("panel_agreement"))]
    if m.panel_agreement is None:
        agreement += [el("dd", "\u2014", class_="big"), el("dd", t("panel_agreement_none"))]
    else:
        agreement += [
            el("dd", pct(m.panel_agreement), class_="big"),
            el("dd", t("panel_agreement_detail", agree=m.done_agreed, done=m.states.get("done", 0))),
        ]
    out.append(
        el(
            "dl",
            el(
                "div",
                el("dt", t("overall_progress")),
                el("dd", pct(m.overall), class_="big"),
                el("dd", bar(m.overall, "#0b4f6c")),
            ),
            el("div", *agreement),
            class_="figures",
        )
    )

    out.append(el("h3", t("what_overdue")))
    if not m.overdue:
        out.append(el("p", t("nothing_overdue")))
    else:
        out.append(
            p.table(
                t("what_overdue"),
                [t("organisation"), t("pledge"), t("due")],
                [[c.organisation, p.said("span", c.pledge), uk_short_date(c.due)] for c in m.overdue],
            )
        )

    c = m.changes
    out.append(el("h3", t("what_changed", date=t.date(c.since))))
    if not c.anything:
        return out + [el("p", t("no_change"))]
    by_id = {e.id: e for e in m.commitments}
    items = el("ul", class_="changes")
    for key, ids in (
        ("newly_done", c.newly_done),
        ("newly_overdue", c.newly_overdue),
        ("newly_at_risk", c.newly_at_risk),
        ("new_commitments", c.new_commitments),
    ):
        if ids:
            items.add(
                el(
                    "li",
                    el("strong", t(key), f": {len(ids)}"),
                    " \u2014 ",
                    *_joined(
                        [[by_id[i].organisation, ": ", p.said("span", shorten(by_id[i].pledge, 80))] for i in ids], "; "
                    ),
                )
            )
    items.add(
        el(
            "li",
            t("updates_received"),
            ": ",
            el("strong", str(c.updates_received)),
            " \u00b7 ",
            t("verdicts_given"),
            ": ",
            el("strong", str(c.verdicts_given)),
        )
    )
    items.add(
        el("li", t("progress_change", before=pct(c.overall_before), now=pct(c.overall_now), delta=points(c.delta)))
    )
    return out + [items]


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
    drawing = charts.assets_pentagon(
        [(a.asset, plain(t.asset(a.asset)), a.actions, a.progress) for a in m.assets],
        {"average_progress": plain(t("average_progress")), "number_of_actions": plain(t("number_of_actions"))},
        lambda n: plain(t("n_actions", n=n)),
        CHART_WIDTH,
        fonts,
        size,
    )
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


def you_said(p: Page) -> list:
    m, t = p.model, p.t
    out: list = []
    if not m.themes and not m.other_actions:
        out.append(el("p", t("no_themes")))
    for theme in m.themes:
        out.append(theme_section(p, theme))
    if m.other_actions:
        section = el("section", el("h3", t("other_actions")), class_="theme")
        for action in m.other_actions:
            section.add(action_block(p, action, 4))
        out.append(section)
    return out


def theme_section(p: Page, theme: ThemeSection) -> Node:
    t = p.t
    level = 3 + theme.depth
    hid = p.uid("theme")
    section = el("section", p.said(f"h{level}", theme.name, id=hid), class_="theme", aria_labelledby=hid)
    meta: list = []
    if theme.asset:
        meta += [t("asset"), ": ", t.asset(theme.asset), " \u00b7 "]
    meta += [t("progress"), ": ", el("strong", pct(theme.progress))]
    section.add(el("p", *meta, class_="muted"))
    if theme.description:
        section.add(p.said("p", theme.description))
    if theme.insights:
        section.add(el(f"h{level + 1}", t("what_we_heard")))
        for insight in theme.insights:
            block = el("div", class_="insight")
            statement = [p.said("span", f"\u201c{insight.statement}\u201d")]
            if insight.status != "agreed":
                statement += [" ", el("span", "(", t("insight_status"), ")", class_="muted")]
            block.add(el("p", *statement, class_="statement"))
            if insight.agreed_on:
                block.add(
                    el(
                        "p",
                        el("span", "\u2713 ", aria_hidden="true"),
                        t("agreed_by_panel_on", date=t.date(insight.agreed_on)),
                        class_="agreed",
                    )
                )
            for q in insight.quotes:
                by = [x for x in (q.speaker, q.session, t.date(q.session_date)) if x]
                block.add(
                    el(
                        "figure",
                        el("blockquote", p.said("p", f"\u201c{q.text}\u201d")),
                        el("figcaption", "\u2014 ", *_joined(by, ", ")),
                        class_="quote",
                    )
                )
            section.add(block)
    if theme.actions or theme.see_also:
        section.add(el(f"h{level + 1}", t("actions_agreed")))
    elif theme.depth == 0 and not theme.insights:
        section.add(el("p", t("no_actions_theme"), class_="muted"))
    for action in theme.actions:
        section.add(action_block(p, action, level + 2))
    for ref, home in theme.see_also:
        section.add(el("p", t("see_action", ref=ref, theme=home), class_="muted"))
    return section


def action_block(p: Page, action: ActionEntry, level: int) -> Node:
    t = p.t
    block = el("div", class_="action")
    block.add(el(f"h{level}", el("span", action.ref, class_="ref"), " ", p.said("span", action.title)))
    block.add(el("p", t("progress"), ": ", el("strong", pct(action.progress)), " ", bar(action.progress, "#0b4f6c")))
    if action.description:
        block.add(p.said("p", action.description))
    if not action.commitments:
        block.add(el("p", t("no_commitments_action"), class_="muted"))
    for c in action.commitments:
        block.add(commitment_card(p, c))
    return block


def commitment_card(p: Page, c: CommitmentEntry) -> Node:
    t = p.t
    card = el("div", class_=f"card edge-{c.state.replace(' ', '-')}")
    card.add(el("p", el("strong", c.organisation), " ", p.state(c.state), class_="who"))
    card.add(p.said("p", c.pledge, class_="pledge"))
    meta: list = [t("due"), " ", el("strong", t.date(c.due) if c.due else t("no_due"))]
    if c.made_on or c.made_by:
        meta += [" \u00b7 ", t("made_on")]
        if c.made_on:
            meta += [" ", t.date(c.made_on)]
        if c.made_by:
            meta += [" ", t("by"), " ", c.made_by]
    card.add(
        el(
            "p",
            *meta,
            " \u00b7 ",
            t("progress"),
            " ",
            el("strong", pct(c.progress)),
            " ",
            bar(c.progress, STATE_COLOURS[c.state]),
            class_="muted",
        )
    )
    claim = el("div", el("p", t("org_says"), class_="label"), class_="claim")
    if c.latest_update:
        claim.add(el("p", el("strong", t.status(c.latest_status)), " \u00b7 ", t.date(c.latest_update)))
        if c.latest_note:
            claim.add(p.said("p", c.latest_note))
        if c.latest_reported_by:
            claim.add(el("p", "\u2014 ", c.latest_reported_by, class_="muted"))
    else:
        claim.add(el("p", t("no_update"), class_="muted"))
    verdict = el("div", el("p", t("panel_thinks"), class_="label"), class_="verdict")
    if c.verdict != "not assessed":
        verdict.add(el("p", el("strong", t.verdict(c.verdict)), " \u00b7 ", t.date(c.verdict_date)))
        if c.verdict_comment:
            verdict.add(p.said("p", c.verdict_comment))
    else:
        verdict.add(el("p", t("no_verdict"), class_="muted"))
    card.add(el("div", claim, verdict, class_="sides"))
    if len(c.timeline) > 1:
        shown = c.timeline[-TIMELINE_SHOWN:]
        title: list = [t("timeline")]
        if len(c.timeline) > len(shown):
            title += [" (", t("earlier_updates", n=len(c.timeline) - len(shown)), ")"]
        items = el("ul")
        for u in shown:
            bits: list = [el("strong", uk_short_date(u.date)), " \u00b7 ", t.status(u.status)]
            if u.progress is not None:
                bits += [" \u00b7 ", pct(u.progress)]
            if u.verdict != "not assessed":
                bits += [" \u00b7 ", t("panel_thinks"), ": ", t.verdict(u.verdict)]
            if u.note:
                bits += [" \u2014 ", p.said("span", shorten(u.note, 160))]
            items.add(el("li", *bits))
        card.add(el("div", el("p", *title, class_="label"), items, class_="timeline"))
    card.add(milestones(p, c))
    return card


def by_organisation(p: Page) -> list:
    m, t = p.model, p.t
    out: list = []
    if not m.organisations or not m.commitments:
        out.append(
            el(
                "p",
                t("no_commitments_org", org=m.organisation, date=t.date(m.as_of))
                if m.organisation
                else t("no_commitments"),
            )
        )
    for org in m.organisations:
        hid = p.uid("org")
        section = el("section", el("h3", org.name, id=hid), aria_labelledby=hid, class_="org")
        counts = _joined([[str(n), " ", t.state(s)] for s in STATES_DISPLAY if (n := org.states[s])], " \u00b7 ")
        section.add(
            el(
                "p",
                t("commitment_count", n=len(org.commitments)),
                *([" \u2014 "] + counts if counts else []),
                class_="muted",
            )
        )
        if not org.commitments:
            section.add(el("p", t("no_commitments_org", org=org.name, date=t.date(m.as_of))))
            out.append(section)
            continue
        rows = []
        for c in org.commitments:
            pledge = [
                p.said("strong", c.pledge),
                el("br"),
                el(
                    "span",
                    t("action"),
                    " ",
                    c.action_ref,
                    ": ",
                    p.said("span", c.action_title),
                    " \u00b7 ",
                    t("due"),
                    " ",
                    t.date(c.due) if c.due else t("no_due"),
                    class_="muted",
                ),
                milestones(p, c),
            ]
            latest = (
                [t.date(c.progress_paragraph_date), ": ", p.said("span", c.progress_paragraph)]
                if c.progress_paragraph
                else [t("no_update")]
            )
            verdict = [t.verdict(c.verdict)] + (
                [el("br"), p.said("span", c.verdict_comment)] if c.verdict_comment else []
            )
            rows.append([pledge, p.state(c.state), pct(c.progress), latest, verdict])
        section.add(
            p.table(
                org.name,
                [t("pledge"), t("state"), t("progress"), t("latest_progress"), t("panel_thinks")],
                rows,
                classes="org-table",
            )
        )
        out.append(section)
    return out


def appendix(p: Page) -> list:
    m, t = p.model, p.t
    out: list = [el("h3", t("sessions_held"))]
    if not m.sessions:
        out.append(el("p", t("no_sessions")))
    else:
        rows = []
        for s in m.sessions:
            names: list = [", ".join(s.named_present)] if s.named_present else []
            if names and s.unnamed_present:
                names += [" ", t("others", n=s.unnamed_present)]
            rows.append(
                [
                    uk_short_date(s.date),
                    [p.said("span", s.title), " (", s.kind, ")"],
                    str(s.present),
                    str(s.apologies),
                    str(s.absent),
                    names or "\u2014",
                ]
            )
        out.append(
            p.table(
                t("sessions_held"),
                [t("date"), t("session"), t("present"), t("apologies"), t("absent"), t("named_present")],
                rows,
            )
        )
    out.append(el("h3", t("signoff_title")))
    if not m.signoffs:
        out.append(el("p", t("signoff_none")))
    else:
        out.append(el("p", t("signoff_intro"), class_="muted"))
        for rnd in m.signoffs:
            heading = t("signoff_round", title=rnd.title, date=t.date(rnd.closed_on))
            out.append(el("h4", heading))
            rows = []
            for entry in rnd.entries:
                note = m.signoff_note(entry)
                rows.append(
                    [
                        [el("span", t.kind(entry.kind), class_="muted"), el("br"), entry.label],
                        [m.signoff_sentence(entry), *([el("br"), el("span", note, class_="muted")] if note else [])],
                    ]
                )
            out.append(p.table(heading, [t("signoff_item"), t("signoff")], rows))
    out.append(el("h3", t("how_computed")))
    out.append(el("ul", *[el("li", paragraph) for paragraph in t.rules()]))
    out.append(el("h3", t("quotes_withheld_title")))
    out.append(
        el(
            "p",
            t("withheld_text", n=m.quotes_withheld, total=m.quotes_total) if m.quotes_withheld else t("withheld_none"),
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
        header = [p.state(st) if st else h for h, st in zip(data.header, states)]
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
        return out + [el("p", t("frameworks_none"))]
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
        rows = []
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
    if sv.ratio is not None:
        out.append(el("p", t("value_ratio", ratio=f"{sv.ratio:,.2f}"), class_="big ratio"))
        out.append(el("p", t("value_totals", total=money(sv.total), investment=money(sv.investment))))
    else:
        out.append(el("p", sv.message))
    rows = []
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


def milestones(p: Page, c: CommitmentEntry) -> Node | None:
    """A commitment's milestones: each with its word (done, missed, planned) first, never colour alone."""
    from commission.reports.history_tables import milestone_line

    if not c.milestones:
        return None
    items = el("ul")
    for ms in c.milestones:
        word, rest = milestone_line(ms, p.t)
        items.add(el("li", el("strong", word, class_=f"ms ms-{ms.state}"), " \u00b7 ", p.said("span", rest)))
    return el("div", el("p", p.t("milestones"), class_="label"), items, class_="milestones")


# (anchor, heading words, content): the page in reading order. A new section is one entry here.
SECTIONS: list[tuple[str, str, Section]] = [
    ("glance", "at_a_glance", glance),
    ("charts", "charts", pictures),
    ("over-time", "over_time", over_time),
    ("you-said", "you_said", you_said),
    ("organisations", "by_organisation", by_organisation),
    ("frameworks", "frameworks_title", frameworks_part),
    ("value", "value_title", social_value),
    ("appendix", "appendix", appendix),
]


# -- pieces -------------------------------------------------------------------------------------------------


def bar(value: float | None, colour: str) -> Node:
    """A drawn progress bar; decorative, as the figure is always written beside it."""
    width = 0.0 if value is None else max(0.0, min(value, 100.0))
    return el(
        "span",
        el("span", class_="fill", style=f"width:{width:.1f}%;background:{colour}"),
        class_="bar",
        aria_hidden="true",
    )


def _joined(items: list, sep: str) -> list:
    out: list = []
    for i, item in enumerate(items):
        if i:
            out.append(sep)
        out.append(item)
    return out


_FONT_CSS: dict[str, str] = {}


def _chart_fonts() -> tuple[str, str]:
    from commission.reports.styles import font

    f = font()
    _FONT_CSS.update(
        {f.regular: f"font-family: {SVG_FONT_STACK};", f.bold: f"font-family: {SVG_FONT_STACK}; font-weight: bold;"}
    )
    return f.regular, f.bold


_SVG_HEAD = re.compile(r"^.*?<svg\b", re.DOTALL)
_FONT_DECL = re.compile(r"font-family: ([^;]+);")
_IDS = re.compile(r'\bid="([^"]+)"|url\(#([^)]+)\)')


def chart(p: Page, drawing, title: object, summary: str, caption: object = None) -> Node:
    """A ReportLab drawing as inline SVG: an image with its title and a summary of its figures as its text
    alternative (the same figures are in the table after it). Fonts become the page's own; ids made unique."""
    from reportlab.graphics import renderSVG

    svg = renderSVG.drawToString(drawing)
    svg = _SVG_HEAD.sub("<svg", svg, count=1)
    svg = _FONT_DECL.sub(lambda m: _FONT_CSS.get(m.group(1).strip(), f"font-family: {SVG_FONT_STACK};"), svg)
    prefix = p.uid("chart")
    svg = _IDS.sub(lambda m: f'id="{prefix}-{m.group(1)}"' if m.group(1) else f"url(#{prefix}-{m.group(2)})", svg)
    title_id, desc_id = f"{prefix}-title", f"{prefix}-desc"
    from html import escape

    svg = re.sub(
        r"<title>.*?</title>", f'<title id="{title_id}">{escape(plain(title))}</title>', svg, count=1, flags=re.DOTALL
    )
    svg = re.sub(r"<desc>.*?</desc>", f'<desc id="{desc_id}">{escape(summary)}</desc>', svg, count=1, flags=re.DOTALL)
    svg = svg.replace("<svg", f'<svg role="img" aria-labelledby="{title_id} {desc_id}" focusable="false"', 1)
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
    figure = el("figure", el("div", Raw(svg), class_="chart"), class_="chart-figure")
    if caption:
        figure.add(el("figcaption", caption, class_="muted"))
    return figure


# -- the page -----------------------------------------------------------------------------------------------


def render_html(model: ReportModel, *, large_print: bool = False, sections: list | None = None) -> str:
    p = Page(model, large_print)
    t = p.t
    sections = SECTIONS if sections is None else sections
    title = el("title", _title(model))
    head = el(
        "head",
        el("meta", charset="utf-8"),
        el("meta", name="viewport", content="width=device-width, initial-scale=1"),
        title,
        el("meta", name="author", content=model.commission),
        el("meta", name="description", content=plain(t("privacy_note"))),
        el("meta", name="keywords", content=f"Poverty Truth Commission, accountability, {model.as_of.isoformat()}"),
        el("meta", name="generator", content="Commission"),
        el("style", Raw(css(large_print))),
    )

    banner: list = [el("p", t("report_title"), class_="kicker"), el("h1", model.commission)]
    if model.area:
        banner.append(el("p", model.area, class_="area"))
    banner.append(el("p", t("as_of"), " ", el("strong", t.date(model.as_of)), class_="asof"))
    if model.organisation:
        banner.append(el("p", t("for_organisation"), " ", el("strong", model.organisation)))
    banner.append(
        el(
            "p",
            t("commitment_count", n=len(model.commitments)),
            " \u00b7 ",
            t("overall_progress"),
            " ",
            pct(model.overall),
        )
    )
    if model.description:
        banner.append(p.said("p", model.description))

    contents = el("ol")
    main = el("main", id="main")
    for key, words, build in sections:
        contents.add(el("li", el("a", t(words), href=f"#{key}")))
        main.add(el("section", el("h2", t(words), id=key), *build(p), aria_labelledby=key, class_="part"))

    body = el(
        "body",
        el("a", t("skip_to_report"), href="#main", class_="skip"),
        el("header", *banner, class_="banner"),
        el("nav", el("h2", t("contents"), id="contents"), contents, aria_labelledby="contents"),
        main,
        el(
            "footer",
            el("p", t("privacy_note")),
            el("p", t("report_title"), " \u00b7 ", model.commission, " \u00b7 ", t.date(model.as_of)),
        ),
    )
    page = el("html", head, body, lang=LANG_TAGS[p.language])
    return "<!DOCTYPE html>\n" + Renderer(p.language).render(page) + "\n"


def _title(model: ReportModel) -> str:
    t = model.text
    return " \u2014 ".join((model.commission, plain(t("report_title")), plain(t.date(model.as_of))))


def write_html(
    model: ReportModel, out: Path, *, large_print: bool = False, progress: Callable[[float], None] | None = None
) -> None:
    text = render_html(model, large_print=large_print)
    if progress:
        progress(0.9)
    Path(out).write_text(text, encoding="utf-8")


def css(large_print: bool) -> str:
    size = "1.5rem" if large_print else "1.0625rem"
    print_size = "16pt" if large_print else "11pt"
    states = "\n".join(
        f".state-{s.replace(' ', '-')}{{background:{STATE_COLOURS[s]};color:{STATE_TEXT[s]}}}"
        f".edge-{s.replace(' ', '-')}{{border-left-color:{STATE_COLOURS[s]}}}"
        for s in STATES
    )
    return f"""
:root{{--ink:#1f2933;--muted:#52606d;--accent:#0b4f6c;--soft:#e3eef3;--rule:#cbd2d9;--panel:#f5f7fa}}
*{{box-sizing:border-box}}
html{{font-family:{FONT_STACK};font-size:{size};line-height:1.5;color:var(--ink);background:#fff;
     overflow-wrap:break-word}}
body{{margin:0 auto;max-width:52rem;padding:0 1rem 2rem}}
a{{color:var(--accent)}}
a:focus-visible{{outline:3px solid var(--accent);outline-offset:2px}}
.skip{{position:absolute;left:-999rem}}
.skip:focus{{position:static;display:inline-block;padding:.5rem;background:#fff}}
.banner{{background:var(--accent);color:#fff;padding:1.5rem 1.25rem;margin:0 -1rem 1rem}}
.banner h1{{font-size:2.2em;line-height:1.15;margin:.2em 0}}
.banner p{{margin:.3em 0}}
.banner .kicker{{text-transform:uppercase;letter-spacing:.06em;font-size:.9em}}
h2{{color:var(--accent);font-size:1.6em;margin:1.6em 0 .5em;border-bottom:2px solid var(--soft)}}
h3{{font-size:1.3em;margin:1.3em 0 .4em}}
h4{{font-size:1.12em;margin:1em 0 .3em}}
h5,h6{{font-size:1em;margin:.9em 0 .3em}}
.muted,.label{{color:var(--muted)}}
.label{{font-weight:bold;margin:.2em 0}}
nav ol{{columns:2;padding-left:1.4em}}
.tiles{{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.5rem 0}}
.tile{{flex:1 1 7rem;text-align:center;padding:.5rem .3rem;border-radius:4px}}
.tile .n{{font-size:2em;font-weight:bold;line-height:1.1}}
.tile .w{{font-weight:bold}}
.ms-done{{color:#2e7d32}}.ms-missed{{color:#b3261e}}.ms-planned{{color:#52606d}}
.milestones ul{{margin:.2rem 0;padding-left:1.2rem}}
.ratio{{font-size:1.6em;font-weight:bold;color:#0b4f6c}}
.state{{display:inline-block;padding:0 .45em;border-radius:3px;font-weight:bold}}
{states}
.figures{{display:flex;flex-wrap:wrap;gap:1rem;background:var(--panel);padding:1rem;margin:1rem 0}}
.figures>div{{flex:1 1 14rem}}
.figures dt{{font-weight:bold;color:var(--muted)}}
.figures dd{{margin:0}}
.figures .big{{font-size:2.2em;font-weight:bold;color:var(--accent)}}
.bar{{display:inline-block;width:8em;height:.7em;background:var(--soft);border-radius:.35em;vertical-align:middle;overflow:hidden}}
.bar .fill{{display:block;height:100%}}
table{{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem}}
caption{{text-align:left;font-weight:bold;color:var(--muted);padding:.3em 0}}
th,td{{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid var(--rule)}}
thead th{{border-bottom:2px solid var(--accent)}}
tbody th{{font-weight:normal}}
.org-table tbody th{{font-weight:normal;width:38%}}
.org-table tbody th{{overflow-wrap:anywhere}}  /* only the wide pledge column breaks inside a word */
.figures-table td{{font-variant-numeric:tabular-nums}}
.over-time-table{{font-size:.88em}}  /* nine columns of figures fit the page's width */
.over-time-table th,.over-time-table td{{padding:.35em .3em}}
.sub{{padding-left:1.2em}}
.chart-figure{{margin:.5rem 0}}
.chart svg{{width:100%;height:auto;max-width:{CHART_WIDTH}px}}
.theme{{margin-top:1rem}}
.statement{{font-weight:bold;margin:.8em 0 .3em}}
.agreed{{color:var(--muted);margin:0 0 .4em}}
.quote{{margin:.3em 0 .8em 1.2em;padding-left:.8em;border-left:3px solid #8fb8c9}}
.quote blockquote{{margin:0;font-style:italic}}
.quote blockquote p{{margin:0}}
.quote figcaption{{color:var(--muted)}}
.action h4,.action h5,.action h6{{margin-top:1.2em}}
.ref{{color:var(--muted)}}
.card{{background:var(--panel);border-left:5px solid var(--rule);padding:.6rem .9rem;margin:.6rem 0 1rem}}
.card p{{margin:.25em 0}}
.sides{{display:flex;flex-wrap:wrap;gap:.8rem;margin-top:.4rem}}
.sides>div{{flex:1 1 14rem;background:#fff;padding:.4rem .6rem}}
.sides .verdict{{background:var(--soft)}}
.timeline ul{{margin:.2em 0;padding-left:1.2em}}
footer{{margin-top:2rem;border-top:1px solid var(--rule);color:var(--muted)}}
@media print{{
  html{{font-size:{print_size}}}
  body{{max-width:none;padding:0}}
  .skip,nav{{display:none}}
  .banner{{margin:0 0 1rem;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
  .state,.tile,.bar .fill{{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
  a{{color:inherit;text-decoration:none}}
  .part{{break-before:page}}
  h2,h3,h4,h5,h6,.label,caption,.org>.muted,.theme>.muted{{break-after:avoid}}
  .card,.quote,tr,figure{{break-inside:avoid}}
  .org-table tr{{break-inside:auto}}  /* a long pledge may run on: its heading never waits alone */
  thead{{display:table-header-group}}
  @page{{size:A4;margin:18mm 16mm 20mm}}
}}
"""


__all__ = ["SECTIONS", "Page", "render_html", "write_html"]
