"""The HTML report and the PDF/UA made from it: structure, languages, escaping, privacy, and figures that equal
the tracker's. The checkers the sector uses (axe-core, pdfua, qpdf) are in test_report_accessibility.py."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from commission.reports import write_report
from commission.reports.formatting import one_decimal, pct
from commission.reports.html import SECTIONS, render_html
from commission.reports.model import build_model

from .readback import pdf_flat, xlsx_records, xlsx_sheets
from .report_fixtures import ACCESSIBILITY, AS_OF, CONTACTS, SECRET_NAMES, SHOWN_QUOTES, WITHHELD_QUOTES

STATES = ("done", "on track", "at risk", "overdue", "dropped")


class Page(HTMLParser):
    """The page as a list of (tag, attrs, depth) plus its text, and the text inside chosen elements."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[tuple[str, dict]] = []
        self.text_parts: list[str] = []
        self.texts: dict[int, list[str]] = {}
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag == "br":
            self.handle_data(" ")
        elif tag not in ("meta", "img", "link", "input", "hr"):
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        self.text_parts.append(data)
        for _tag, attrs in self.stack:
            self.texts.setdefault(id(attrs), []).append(data)

    def text_of(self, attrs: dict) -> str:
        return " ".join("".join(self.texts.get(id(attrs), [])).split())

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.text_parts).split())

    def find(self, tag: str, **match: str) -> list[dict]:
        found = []
        for t, attrs in self.elements:
            if t != tag:
                continue
            if all(re.search(rf"(^|\s){re.escape(v)}(\s|$)", attrs.get(k.rstrip("_")) or "") for k, v in match.items()):
                found.append(attrs)
        return found


def html_of(data, **kw) -> str:
    kw.setdefault("as_of", AS_OF)
    return render_html(build_model(data, kw.pop("as_of"), **kw))


# -- structure -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "cy", "both"])
def test_landmarks_headings_and_tables(data, language):
    page = Page(html_of(data, language=language))
    tags = [t for t, _ in page.elements]
    for landmark in ("header", "nav", "main", "footer"):
        assert tags.count(landmark) == 1, landmark
    assert tags.count("h1") == 1
    levels = [int(t[1]) for t in tags if re.fullmatch(r"h[1-6]", t)]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels  # never skips a level going down
    # the contents list names every section and links to its heading
    links = [a["href"] for a in page.find("a") if (a.get("href") or "").startswith("#") and a.get("class") != "skip"]
    assert links == [f"#{key}" for key, _, _ in SECTIONS]
    ids = [a.get("id") for _, a in page.elements if a.get("id")]
    assert len(ids) == len(set(ids))
    assert all(link[1:] in ids for link in links)
    # real tables: a caption each, header cells with a scope
    tables = tags.count("table")
    assert tables >= 5 and tags.count("caption") == tables
    assert page.find("th") and all(th.get("scope") in ("col", "row") for th in page.find("th"))


def test_charts_have_a_text_alternative_and_their_figures_in_a_table(data):
    text = html_of(data)
    svgs = re.findall(r"<svg\b[^>]*>.*?</svg>", text, re.DOTALL)
    assert len(svgs) == 4  # states by organisation, themes, assets, then progress over time
    for svg in svgs:
        assert 'role="img"' in svg
        label_ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
        for label_id in label_ids:
            assert re.search(rf'<(title|desc) id="{label_id}">[^<]+</', svg), label_id
        assert "font-family: 'DejaVu Sans'" in svg  # the page's own fonts, quoted so the style attribute holds
    # the theme chart's text alternative carries the same figures as its table
    model = build_model(data, AS_OF)
    for name, _, value in model.theme_progress:
        assert f"{name}: {pct(value)}" in svgs[1]
    # and the over-time chart's carries every quarter's overall progress, as its table does
    for point in model.over_time.points:
        assert f"{point.as_of:%d/%m/%Y}: {pct(point.overall)}" in svgs[3]


def test_nothing_is_fetched_from_outside(data):
    text = html_of(data, language="both")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", text)
    assert "@import" not in text and "<script" not in text and "<link" not in text
    assert all(u.startswith("#") for u in re.findall(r"url\(([^)]*)\)", text))
    # SVG's namespace names are identifiers, never fetched
    assert {m for m in re.findall(r"https?://[^\s\"'<>]+", text)} <= {
        "http://www.w3.org/2000/svg",
        "http://www.w3.org/1999/xlink",
    }


def test_states_are_words_never_colour_alone(data):
    page = Page(html_of(data))
    tiles = page.find("li", class_="tile")
    assert [page.text_of(t) for t in tiles] == ["2 done", "3 on track", "2 at risk", "1 overdue", "1 dropped"]
    pills = page.find("span", class_="state")
    assert pills and all(page.text_of(p) in STATES for p in pills)


# -- languages -------------------------------------------------------------------------------------------


def test_english_page(data):
    text = html_of(data, language="en")
    assert '<html lang="en-GB">' in text
    assert 'lang="cy-GB"' not in text


def test_welsh_page_marks_what_people_wrote_in_english(data):
    text = html_of(data, language="cy")
    assert '<html lang="cy-GB">' in text
    assert ">Cipolwg<" in text
    # the pledge has no Welsh version: its English is marked so a screen reader reads it as English, and the
    # note saying so is in Welsh (SPEC, Bilingual content)
    assert (
        '<p class="pledge"><span lang="en-GB">Train every customer-facing officer</span> (Saesneg yn unig)</p>' in text
    )


def test_both_languages_put_welsh_first_and_mark_the_english(data):
    text = html_of(data, language="both")
    assert '<html lang="cy-GB">' in text
    assert 'Cipolwg / <span lang="en-GB">At a glance</span>' in text
    assert text.index("Cipolwg") < text.index(">At a glance<")
    # dates inside a sentence read in each sentence's own language
    assert "ers 22 Awst 2026" in text and '<span lang="en-GB">What changed since 22 August 2026</span>' in text


def test_a_welsh_commission_marks_its_own_words_in_an_english_report(data):
    data.commission.language = "cy"
    text = html_of(data, language="en")
    assert '<p class="pledge" lang="cy-GB">Train every customer-facing officer</p>' in text


# -- escaping: hostile names and notes stay text ---------------------------------------------------------


def test_hostile_text_is_escaped(data):
    data.commission.name = '<script>alert("x")</script> & "Co"'
    data.organisations[0].name = '"><img src=x onerror=alert(1)>'
    data.commitments[0].pledge = "</table><h1>Not a heading</h1>"
    data.updates[0].note = "<style>body{display:none}</style>"
    data.themes[0].name = "']]></title><svg onload=alert(1)>"
    text = html_of(data)
    for markup in ("<script", "<img", "<svg onload", "</title><svg", "<h1>Not", "<style>body"):
        assert markup not in text, markup
    assert '&lt;script&gt;alert("x")&lt;/script&gt; &amp; "Co"' in text
    page = Page(text)
    assert [t for t, _ in page.elements].count("h1") == 1
    assert [t for t, _ in page.elements].count("style") == 1
    assert "</table><h1>Not a heading</h1>" in page.text


# -- privacy and figures, in the HTML and the PDF/UA -----------------------------------------------------


def _text(path: Path) -> str:
    if path.suffix == ".html":
        return Page(path.read_text(encoding="utf-8")).text
    return pdf_flat(path)


@pytest.fixture(scope="module")
def pdfua_reports(tmp_path_factory):
    from .report_fixtures import build_commission

    folder = tmp_path_factory.mktemp("pdfua")
    return {
        language: write_report(
            build_commission(), folder / f"{language}.pdf", format="pdfua", as_of=AS_OF, language=language
        )
        for language in ("en", "cy", "both")
    }


@pytest.mark.parametrize("fmt", ["html", "pdfua"])
@pytest.mark.parametrize("language", ["en", "cy", "both"])
def test_privacy_holds(data, tmp_path, fmt, language, pdfua_reports):
    path = (
        pdfua_reports[language]
        if fmt == "pdfua"
        else write_report(data, tmp_path / f"r-{language}.html", format="html", as_of=AS_OF, language=language)
    )
    text = _text(path)
    raw = path.read_bytes().decode("utf-8", "replace") if fmt == "html" else text
    for secret in SECRET_NAMES + CONTACTS + ACCESSIBILITY + WITHHELD_QUOTES:
        assert secret.lower() not in text.lower(), secret
        assert secret.lower() not in raw.lower(), secret
    for quote in SHOWN_QUOTES:
        assert quote in text
    assert "Alice Namedwell" in text and "Rhiannon" in text


@pytest.mark.parametrize("as_of", [AS_OF, AS_OF.replace(month=6, day=30)])
def test_html_figures_equal_the_trackers(data, tmp_path, as_of):
    tracker = xlsx_sheets(write_report(data, tmp_path / "t.xlsx", format="xlsx", as_of=as_of))
    summary = dict(tracker["Summary"][1:])
    page = Page(write_report(data, tmp_path / "r.html", format="html", as_of=as_of).read_text(encoding="utf-8"))
    tiles = {
        page.text_of(t).split(" ", 1)[1]: int(page.text_of(t).split(" ", 1)[0]) for t in page.find("li", class_="tile")
    }
    assert tiles == {s: summary[s] for s in STATES}
    assert f"Overall progress {pct(summary['overall_progress'])}" in page.text
    if summary["panel_agreement"] is None:
        assert "Nothing is done yet" in page.text
    else:
        assert f"Panel agreement {pct(summary['panel_agreement'])}" in page.text
    # every commitment's state and progress, as the organisation tables show them
    rows = {r["pledge"]: r for r in xlsx_records(tracker["Commitments"])}
    shown = 0
    for tr in re.findall(
        r"<tr><th scope=\"row\">(.*?)</tr>",
        page_text := write_report(data, tmp_path / "r2.html", format="html", as_of=as_of).read_text(encoding="utf-8"),
        re.DOTALL,
    ):
        pledge = re.search(r"<strong[^>]*>(.*?)</strong>", tr)
        state = re.search(r'class="state state-[^"]+">(.*?)</span>', tr)
        if not pledge or not state or pledge.group(1) not in rows:
            continue
        row = rows[pledge.group(1)]
        assert state.group(1) == row["state"]
        assert f"<td>{pct(row['progress'])}</td>" in tr
        shown += 1
    assert shown == len(rows) and page_text


def test_pdfua_figures_equal_the_trackers(data, tmp_path, pdfua_reports):
    summary = dict(xlsx_sheets(write_report(data, tmp_path / "t.xlsx", format="xlsx", as_of=AS_OF))["Summary"][1:])
    text = pdf_flat(pdfua_reports["en"])
    for state in STATES:  # pypdf joins a tile's big number to the word on the line below it: "2done"
        assert re.search(rf"\b{summary[state]} ?{state}\b", text), state
    assert f"Overall progress {pct(summary['overall_progress'])}" in text
    assert f"Panel agreement {pct(summary['panel_agreement'])}" in text
    assert pct(one_decimal(summary["overall_progress"])) in text
    assert f"{summary['quotes_withheld']} of the 6 quotes behind the panel's insights were left out" in text


def test_pdfua_metadata_language_and_bookmarks(pdfua_reports):
    from pypdf import PdfReader

    reader = PdfReader(str(pdfua_reports["en"]))
    assert reader.metadata.title == (
        "Example Valleys Poverty Truth Commission \u2014 Accountability report \u2014 22 November 2026"
    )
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB" and root["/MarkInfo"]["/Marked"]
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert "/StructTreeRoot" in root

    def titles(items):
        for item in items:
            yield from titles(item) if isinstance(item, list) else [item.title]

    outline = list(titles(reader.outline))
    for section in (
        "At a glance",
        "You said, we did",
        "By organisation",
        "Appendix",
        "Stigma in services",
        "Cwm Example Council",
    ):
        assert section in outline, section
    assert PdfReader(str(pdfua_reports["cy"])).trailer["/Root"]["/Lang"] == "cy-GB"
    assert PdfReader(str(pdfua_reports["both"])).trailer["/Root"]["/Lang"] == "cy-GB"


def test_pdfua_marks_each_passage_in_the_other_language(pdfua_reports):
    """In both languages the page is Welsh: the English of every label carries /Lang en-GB in the tags."""
    import pikepdf

    with pikepdf.open(pdfua_reports["both"]) as pdf:
        langs, scopes = set(), set()
        todo = [pdf.Root.StructTreeRoot]
        seen = 0
        while todo and seen < 200_000:
            node = todo.pop()
            seen += 1
            if isinstance(node, pikepdf.Dictionary):
                if "/Lang" in node:
                    langs.add(str(node.Lang))
                if node.get("/S") == "/TH" and "/A" in node:
                    scopes.add(str(node.A.get("/Scope")))
                kids = node.get("/K")
                if isinstance(kids, pikepdf.Array):
                    todo.extend(k for k in kids if isinstance(k, pikepdf.Dictionary))
                elif isinstance(kids, pikepdf.Dictionary):
                    todo.append(kids)
    assert "en-GB" in langs
    assert scopes == {"/Column", "/Row"}


def test_large_print_html_and_pdfua(data, tmp_path):
    from .readback import pdf_font_sizes

    text = render_html(build_model(data, AS_OF), large_print=True)
    assert "font-size:16pt" in text.replace(" ", "")
    sizes = pdf_font_sizes(write_report(data, tmp_path / "l.pdf", format="pdfua", as_of=AS_OF, large_print=True))
    assert sizes.most_common(1)[0][0] >= 16


def test_a_long_pledge_is_laid_out_in_set_column_widths_not_measured_ones(data, tmp_path, monkeypatch):
    """Tester finding: a 5,000-character pledge made the tagged PDF take minutes, and a 32,000-character one
    (a legal length) did not finish: WeasyPrint's automatic table layout measures each cell's narrowest width
    by breaking its text at every chance. The tables that hold pledges are laid out in set widths."""
    from dataclasses import replace

    from weasyprint.layout import table as weasy_table

    measured: list[str] = []
    automatic = weasy_table.auto_table_layout

    def spy(context, box, containing_block):
        measured.append(box.get_wrapped_table().element.get("class") or "")
        return automatic(context, box, containing_block)

    monkeypatch.setattr(weasy_table, "auto_table_layout", spy)
    long = replace(data.commitments[0], pledge=("Every household gets the support it is owed, " * 70).strip())
    data = replace(data, commitments=[long, *data.commitments[1:]])
    path = write_report(data, tmp_path / "long.pdf", format="pdfua", as_of=AS_OF, language="en")
    assert measured, "the spy saw no table laid out automatically: it tests nothing"
    assert not [c for c in measured if "org-table" in c or "overdue-table" in c]
    assert long.pledge[:60] in pdf_flat(path)


@pytest.mark.parametrize("language", ["cy", "both"])
def test_the_commissions_description_is_marked_english_only_in_welsh(data, language):
    """Tester finding: the cover's description is English (it has no Welsh version) and was not marked so."""
    from dataclasses import replace

    data = replace(data, commission=replace(data.commission, description="People with lived experience of poverty."))
    described = build_model(data, AS_OF, language=language).description
    assert described.lang == "en" and described.note.startswith("Saesneg yn unig")
    page = render_html(build_model(data, AS_OF, language=language))
    marked = page.split('<span lang="en-GB">People with lived experience of poverty.</span> (', 1)
    assert len(marked) == 2 and marked[1].startswith(("Saesneg yn unig", '<span lang="cy-GB">Saesneg yn unig'))
    assert build_model(data, AS_OF, language="en").description == "People with lived experience of poverty."
