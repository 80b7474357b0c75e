"""The network report as one accessible web page: every commission side by side, then what is overdue in each.

Built from a NetworkModel only, with the HTML report's builder (every piece of text escaped) and its styles, so it
reads and prints like the commission report. A commission's own words (its overdue pledges) are marked with the
language it works in.
"""

from __future__ import annotations

from pathlib import Path

from commission.reports.formatting import pct
from commission.reports.html import css
from commission.reports.html_build import LANG_TAGS, Raw, Renderer, el, plain
from commission.reports.network import NetworkModel
from commission.reports.network_writers import STATES_DISPLAY
from commission.vocab import uk_short_date


def write_network_html(model: NetworkModel, path: Path, large: bool) -> None:
    Path(path).write_text(render_network_html(model, large_print=large), encoding="utf-8")


def render_network_html(model: NetworkModel, *, large_print: bool = False) -> str:
    t = model.text
    language = "cy" if model.language == "both" else model.language  # Welsh is read first in both languages

    def own(code: str) -> str | None:  # a commission's own words, marked where its language is not the page's
        return LANG_TAGS.get(code) if code != language else None

    title = " \u2014 ".join((plain(t("network_title")), plain(t.date(model.as_of))))
    head = el(
        "head",
        el("meta", charset="utf-8"),
        el("meta", name="viewport", content="width=device-width, initial-scale=1"),
        el("title", title),
        el("meta", name="description", content=plain(t("privacy_note"))),
        el("meta", name="generator", content="Commission"),
        el("style", Raw(css(large_print))),
    )
    banner = el(
        "header",
        el("h1", t("network_title")),
        el("p", t("network_intro", date=t.date(model.as_of))),
        el("p", t("n_commissions", n=len(model.rows)), " \u00b7 ", t("commitments_in_all", n=model.commitments)),
        class_="banner",
    )

    header = el("tr", el("th", t("commission"), scope="col"), el("th", t("commitments"), scope="col"))
    for state in STATES_DISPLAY:
        header.add(el("th", el("span", t.state(state), class_=f"state state-{state.replace(' ', '-')}"), scope="col"))
    header.add(el("th", t("progress"), scope="col"), el("th", t("panel_agreement"), scope="col"))
    body = el("tbody")
    for r in model.rows:
        row = el("tr", el("th", r.name, scope="row", lang=own(r.language)), el("td", str(r.commitments)))
        for state in STATES_DISPLAY:
            row.add(el("td", str(r.states.get(state, 0))))
        row.add(el("td", pct(r.overall)), el("td", pct(r.panel_agreement)))
        body.add(row)
    table = el(
        "table",
        el("caption", t("network_title"), " (", t.date(model.as_of), ")"),
        el("thead", header),
        body,
        class_="figures-table",
    )

    overdue = el("section", el("h2", t("network_overdue"), id="overdue"), aria_labelledby="overdue")
    for r in model.rows:
        overdue.add(el("h3", r.name, lang=own(r.language)))
        if not r.overdue:
            overdue.add(el("p", t("nothing_overdue")))
            continue
        items = el("ul")
        for o in r.overdue:
            items.add(
                el(
                    "li",
                    el("span", t.state("overdue"), class_="state state-overdue"),
                    f" \u00b7 {o.organisation} \u00b7 ",
                    t("due"),
                    f" {uk_short_date(o.due)}: ",
                    el("span", o.pledge, lang=own(r.language)),
                )
            )
        overdue.add(items)

    main = el(
        "main",
        el("section", el("h2", t("network_title"), id="side-by-side"), table, aria_labelledby="side-by-side"),
        overdue,
        id="main",
    )
    page = el(
        "html", head, el("body", banner, main, el("footer", el("p", t("privacy_note")))), lang=LANG_TAGS[language]
    )
    return "<!DOCTYPE html>\n" + Renderer(language).render(page) + "\n"
