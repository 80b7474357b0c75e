"""The HTML report's Progress over time, Frameworks and Social value sections and its milestones: the same
figures as the tracker's Over time, Frameworks and Social value sheets (and the model's), in real tables."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from commission.reports import write_report
from commission.reports.formatting import pct
from commission.reports.html import SECTIONS, render_html
from commission.reports.model import build_model
from commission.reports.model_value import money
from commission.reports.text_value import VALUE_STRINGS

from .readback import xlsx_records, xlsx_sheets
from .test_report_html import Page

AS_OF = date(2026, 11, 22)
NEW = ("over-time", "frameworks", "value")
NOT_ADDRESSED = VALUE_STRINGS["not_addressed"][0]


@pytest.fixture(scope="module")
def demo_pages(demo_data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("html-sections")
    out = {"xlsx": xlsx_sheets(write_report(demo_data, folder / "t.xlsx", format="xlsx", as_of=AS_OF))}
    for language in ("en", "cy", "both"):
        out[language] = write_report(
            demo_data, folder / f"r-{language}.html", format="html", as_of=AS_OF, language=language
        ).read_text(encoding="utf-8")
    return out


def part(html: str, key: str) -> str:
    """The markup of one section of the page (from its <section> to the next section of the page)."""
    start = html.index(f'<section aria-labelledby="{key}" class="part">')
    end = html.find('<section aria-labelledby="', start + 10)
    while end != -1 and 'class="part"' not in html[end : end + 80]:
        end = html.find('<section aria-labelledby="', end + 10)
    return html[start : end if end != -1 else None]


def tables(markup: str) -> list[tuple[str, list[str], list[list[str]]]]:
    """(caption, header words, rows of cell words) of each table in `markup`."""

    def words(cell: str) -> str:
        return " ".join(re.sub(r"<br>", " ", re.sub(r"<(?!br)[^>]+>", "", cell)).replace("<br>", " ").split())

    out = []
    for table in re.findall(r"<table\b.*?</table>", markup, re.DOTALL):
        caption = words(re.search(r"<caption>(.*?)</caption>", table, re.DOTALL).group(1))
        head = [words(c) for c in re.findall(r'<th scope="col">(.*?)</th>', table, re.DOTALL)]
        body = re.search(r"<tbody>(.*?)</tbody>", table, re.DOTALL).group(1)
        rows = [
            [words(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.DOTALL)]
            for tr in re.findall(r"<tr>(.*?)</tr>", body, re.DOTALL)
        ]
        out.append((caption, head, rows))
    return out


@pytest.mark.parametrize("language", ["en", "cy", "both"])
def test_each_new_section_is_in_the_contents_with_headings_in_order_and_real_tables(demo_pages, language):
    html = demo_pages[language]
    keys = [k for k, _, _ in SECTIONS]
    assert keys.index("charts") < keys.index("over-time") < keys.index("you-said")
    assert keys.index("organisations") < keys.index("frameworks") < keys.index("value") < keys.index("appendix")
    for key in NEW:
        assert f'<a href="#{key}">' in html
        markup = part(html, key)
        assert markup.count("<h2") == 1
        levels = [int(h) for h in re.findall(r"<h([1-6])\b", markup)]
        assert levels[0] == 2 and set(levels[1:]) == {3}, (key, levels)
        found = re.findall(r"<table\b.*?</table>", markup, re.DOTALL)
        assert found, key
        for table in found:
            assert table.count("<caption>") == 1 and "<thead>" in table
            assert all(scope in ("col", "row") for scope in re.findall(r'<th scope="([^"]*)"', table))
            assert "<th>" not in table
    # the over-time chart: an image with a text alternative, its figures also in the table after it
    over = part(html, "over-time")
    assert len(re.findall(r'<svg role="img" aria-labelledby="[^"]+"', over)) == 1


def test_over_time_tables_equal_the_trackers_over_time_sheet(demo_data, demo_pages):
    sheet = xlsx_records(demo_pages["xlsx"]["Over time"])
    overall, themes, orgs = tables(part(demo_pages["en"], "over-time"))
    assert overall[1] == [
        "Date",
        "Commitments",
        "done",
        "on track",
        "at risk",
        "overdue",
        "dropped",
        "Progress",
        "Panel agreement",
    ]
    assert len(overall[2]) == len(sheet) >= 4
    for row, rec in zip(overall[2], sheet, strict=True):
        assert row[0] == date.fromisoformat(str(rec["as_of"])[:10]).strftime("%d/%m/%Y")
        assert row[1:7] == [str(rec[k]) for k in ("commitments", "done", "on track", "at risk", "overdue", "dropped")]
        assert row[7] == pct(rec["overall_progress"]) and row[8] == pct(rec["panel_agreement"])
    history = build_model(demo_data, AS_OF).over_time
    assert themes[0] == "Progress by theme over time" and orgs[0] == "Progress by organisation over time"
    assert [r[0] for r in themes[2]] == [s.name for s in history.themes]
    assert [r[0] for r in orgs[2]] == [s.name for s in history.organisations]
    for row, series in zip(orgs[2], history.organisations, strict=True):
        assert row[-2] == pct(series.progress[-1])  # the latest, before the change column


def test_frameworks_equal_the_trackers_frameworks_sheet(demo_pages):
    sheet = xlsx_records(demo_pages["xlsx"]["Frameworks"])
    markup = part(demo_pages["en"], "frameworks")
    found = tables(markup)
    names = list(dict.fromkeys(r["framework_name"] for r in sheet))
    assert [caption for caption, _, _ in found] == names
    for caption, head, rows in found:
        assert head == ["Area", "Actions", "Progress", "States"]
        recs = [r for r in sheet if r["framework_name"] == caption]
        assert [row[0] for row in rows] == [r["area_label"] for r in recs]
        for row, rec in zip(rows, recs, strict=True):
            if rec["covered"] == "yes":
                assert row[2] == pct(rec["progress"]) and row[3] == rec["states"]
                assert [w for w in row[1].split() if re.fullmatch(r"A\d+", w)] == rec["actions"].split("; ")
            else:
                assert row[1:] == [NOT_ADDRESSED, "\u2014", "\u2014"]
        uncovered = [r["area_label"] for r in recs if r["covered"] == "no"]
        if uncovered:
            assert f"Not yet addressed by any action: {'; '.join(uncovered)}." in re.sub(r"<[^>]+>", "", markup)
    assert "Stable, long-term funding for collaborative action" in markup


def test_social_value_equals_the_trackers_sheet_and_the_model(demo_data, demo_pages):
    rows = demo_pages["xlsx"]["Social value"]
    labels = {row[0]: row for row in rows if row and row[0]}
    markup = part(demo_pages["en"], "value")
    text = " ".join(re.sub(r"<[^>]+>", " ", markup).split())
    assert labels["SROI ratio"][2] == "£4.43 for every £1"
    assert "£4.43 of social value for every £1 invested" in text
    sv = build_model(demo_data, AS_OF).social_value
    outcomes, sensitivity = tables(markup)
    assert outcomes[1][1:] == ["How many × value a year", "Years", "Adjustments", "Present value"]
    assert [r[-1] for r in outcomes[2]] == [money(o.present_value) for o in sv.outcomes] + [money(sv.total)]
    start = next(i for i, row in enumerate(rows) if row and row[0] == "outcome")
    sheet_pv = [row[11] for row in rows[start + 1 : start + 1 + len(sv.outcomes)]]
    assert sheet_pv == [pytest.approx(round(o.present_value, 2)) for o in sv.outcomes]
    assert [r[0] for r in sensitivity[2]] == [r.label for r in sv.sensitivity]
    assert [r[2] for r in sensitivity[2]] == [f"£{r.ratio:,.2f}" for r in sv.sensitivity]
    sens = {row[0]: row for row in rows[start + len(sv.outcomes) + 2 :] if row and row[0]}
    for r in sv.sensitivity:
        assert sens[r.key][2] == pytest.approx(round(r.ratio, 2))
    for o in sv.outcomes:
        if o.proxy_source:
            assert o.proxy_source in text


def test_no_investment_is_said_in_words(demo_data):
    data = replace(demo_data, commission=replace(demo_data.commission, investment=None))
    html = render_html(build_model(data, AS_OF))
    markup = part(html, "value")
    assert "investment is not recorded" in markup and "of social value for every £1 invested" not in markup
    assert "Deadweight 10 points higher" not in markup  # no sensitivity without a ratio


def test_a_missed_milestone_shows_its_word(demo_data, demo_pages):
    model = build_model(demo_data, AS_OF)
    missed = [(c, ms) for c in model.commitments for ms in c.milestones if ms.state == "missed"]
    assert missed
    for language, word in (("en", "missed"), ("cy", "wedi'i fethu")):
        html = demo_pages[language]
        for _c, ms in missed:
            said = re.search(
                rf'<strong class="ms ms-missed">{re.escape(word)}</strong> \u00b7 '
                rf"<span[^>]*>{re.escape(ms.title)}",
                html,
            )
            assert said, (language, ms.title)
    # under each commitment's card and in its organisation's table, every milestone with its own word
    en = demo_pages["en"]
    total = sum(len(c.milestones) for c in model.commitments)
    assert len(re.findall(r'class="ms ms-(?:done|missed|planned)"', part(en, "you-said"))) == total
    assert len(re.findall(r'class="ms ms-(?:done|missed|planned)"', part(en, "organisations"))) == total
    page = Page(en)
    assert page.find("div", class_="milestones")
