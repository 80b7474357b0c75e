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

from collections.abc import Callable
from pathlib import Path

from commission.reports import charts, history_text  # noqa: F401  (history_text registers its words)
from commission.reports.charts import STATES_DISPLAY
from commission.reports.formatting import pct, points, shorten
from commission.reports.html_build import LANG_TAGS, Node, Raw, Renderer, el, plain
from commission.reports.html_css import css
from commission.reports.html_extra import frameworks_part, over_time, pictures, social_value
from commission.reports.html_page import TIMELINE_SHOWN, Page, Section, _joined, bar, milestones
from commission.reports.model import ActionEntry, CommitmentEntry, ReportModel, ThemeSection
from commission.vocab import STATE_COLOURS, uk_short_date

# -- sections -----------------------------------------------------------------------------------------------


def glance(p: Page) -> list:
    m, t = p.model, p.t
    out: list = []
    if not m.commitments:
        out.append(el("p", m.no_commitments_text()))
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
                classes="overdue-table",
            )
        )

    c = m.changes
    out.append(el("h3", t("what_changed", date=t.date(c.since))))
    if not c.anything:
        return [*out, el("p", t("no_change"))]
    by_id = {e.id: e for e in m.commitments}
    items = el("ul", class_="changes")
    for key, ids in c.lists:
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
    return [*out, items]


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
            statement: list[object] = [p.said("span", f"\u201c{insight.statement}\u201d")]
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
        out.append(el("p", m.no_commitments_text()))
    for org in m.organisations:
        hid = p.uid("org")
        section = el("section", el("h3", org.name, id=hid), aria_labelledby=hid, class_="org")
        counts = _joined([[str(n), " ", t.state(s)] for s in STATES_DISPLAY if (n := org.states[s])], " \u00b7 ")
        section.add(
            el(
                "p",
                t("commitment_count", n=len(org.commitments)),
                *([" — ", *counts] if counts else []),
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


__all__ = ["SECTIONS", "Page", "render_html", "write_html"]
