"""A Welsh report of the demo is Welsh: what the coordinator wrote in Welsh, the app's own words in Welsh, and
English only where somebody wrote it with no Welsh version (shown as written, and marked)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest

from commission.reports import write_report
from commission.reports.content import localise
from commission.reports.model import build_model
from commission.reports.text import Bilingual, Said, Text

from .readback import docx_text, pdf_text, xlsx_sheets, xlsx_text
from .welsh_check import (
    app_english,
    english_left,
    english_phrases_left,
    html_text,
    shown_as_written,
    words,
    xlsx_words_for_people,
)

AS_OF = date(2026, 11, 22)
READERS = {
    "pdf": pdf_text,
    "docx": docx_text,
    "html": html_text,
    "xlsx": lambda path: xlsx_words_for_people(xlsx_sheets(path)),
}


@pytest.fixture(scope="module")
def welsh_reports(demo_data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("welsh")
    return {
        fmt: write_report(demo_data, folder / f"cy.{fmt}", format=fmt, as_of=AS_OF, language="cy") for fmt in READERS
    }


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_a_welsh_report_has_no_english_of_the_apps_own(welsh_reports, demo_data, fmt):
    text = READERS[fmt](welsh_reports[fmt])
    assert "Adroddiad atebolrwydd" in text or fmt == "xlsx"
    assert english_left(text, demo_data) == set()
    assert english_phrases_left(text, demo_data) == set()


def test_the_check_finds_english(demo_data, tmp_path):
    """The same check on the English report finds the app's English everywhere: it is not blind."""
    english = pdf_text(write_report(demo_data, tmp_path / "en.pdf", format="pdf", as_of=AS_OF, language="en"))
    assert {"overdue", "appendix", "apologies"} <= english_left(english, demo_data)
    assert {"on track", "what the panel thinks"} <= english_phrases_left(english, demo_data)
    assert "22 November 2026" in english_phrases_left(english, demo_data)


def test_the_welsh_report_shows_the_welsh_versions(welsh_reports, demo_data):
    text = " ".join(pdf_text(welsh_reports["pdf"]).split())
    assert "Comisiwn Gwirionedd Tlodi Cymoedd Cwm Taf" in text
    assert "Mae staff yn ein trin fel achosion, nid fel pobl" in text  # an insight
    assert "Dim sancsiwn heb sgwrs" in text  # an action
    assert "Pob un o'r 142 o swyddogion wedi'u hyfforddi" in text  # the council's note
    assert "Staff treat us as cases" not in text and "All 142 officers trained" not in text
    # an update note with no Welsh version is shown as written and marked as English only
    jcp = next(u for u in demo_data.updates if u.note and not u.note_cy and u.note.startswith("A call before"))
    assert f"{jcp.note[:40]}" in text and "(Saesneg yn unig)" in text
    # session kinds in Welsh, dates with Welsh months
    assert "gwrando" in text and "22 Tachwedd 2026" in text
    # a quote spoken in Welsh stays in Welsh (and so does the English one in the English report)
    assert "festri'r capel ar ddydd Mawrth" in text


def test_the_demo_carries_welsh_versions(demo_data):
    d = demo_data
    assert d.commission.name_cy
    assert all(o.name_cy for o in d.organisations)
    assert all(t.name_cy and t.description_cy for t in d.themes)
    assert all(i.statement_cy for i in d.insights)
    assert all(a.title_cy and a.description_cy for a in d.actions)
    assert all(c.pledge_cy for c in d.commitments)
    refs = {o.id: o.ref for o in d.organisations}
    by_commitment = {c.id: refs[c.organisation_id] for c in d.commitments}
    for u in d.updates:
        if by_commitment[u.commitment_id] in ("ORG-COUNCIL", "ORG-HEALTH") and u.note:
            assert u.note_cy, u
    welsh_quotes = [q for q in d.quotes if re.search(r"\b(dw i|mae'r|ddim|heddiw)\b", q.text.lower())]
    assert 3 <= len(welsh_quotes) < len(d.quotes) / 2


def test_missing_versions_are_shown_in_the_other_language_and_marked(demo_data):
    theme = demo_data.themes[0]
    data = replace(demo_data, themes=[replace(theme, name_cy=""), *demo_data.themes[1:]])
    cy = localise(data, Text("cy")).themes[0]
    assert isinstance(cy.name, Said) and cy.name.lang == "en" and cy.name == f"{theme.name} (Saesneg yn unig)"
    assert cy.description == theme.description_cy and cy.description.lang == "cy"
    en = localise(replace(data, themes=[replace(theme, name="", name_cy="Stigma")]), Text("en")).themes[0]
    assert en.name == "Stigma (in Welsh only)" and en.name.lang == "cy"
    both = localise(data, Text("both")).themes[0]
    assert isinstance(both.description, Bilingual)
    assert str(both.description) == f"{theme.description_cy} / {theme.description}"  # Welsh read first
    assert str(both.name).startswith(theme.name) and "Saesneg yn unig" in str(both.name)


def test_html_marks_the_language_of_every_passage(demo_data, tmp_path):
    page = write_report(demo_data, tmp_path / "both.html", format="html", as_of=AS_OF, language="both")
    markup = page.read_text(encoding="utf-8")
    assert '<html lang="cy-GB"' in markup
    pledge = demo_data.commitments[0]
    welsh, english = pledge.pledge_cy[:30], pledge.pledge[:30]
    assert markup.index(welsh) < markup.index(english)  # Welsh first
    assert re.search(r'<span lang="en-GB">' + re.escape(english), markup)
    cy = write_report(demo_data, tmp_path / "cy.html", format="html", as_of=AS_OF, language="cy").read_text("utf-8")
    jcp = next(u for u in demo_data.updates if u.note.startswith("A call before"))
    assert re.search(r'<span lang="en-GB">' + re.escape(jcp.note[:30]), cy)  # the English-only note is marked


def test_bilingual_pdf_puts_welsh_first(demo_data, tmp_path):
    text = " ".join(
        pdf_text(write_report(demo_data, tmp_path / "both.pdf", format="pdf", as_of=AS_OF, language="both")).split()
    )
    assert "Cipolwg / At a glance" in text
    insight = demo_data.insights[0]
    assert text.index(insight.statement_cy) < text.index(insight.statement)


def test_welsh_fields_pass_the_privacy_gate(demo_data, tmp_path):
    """A member who may not be named, named in a Welsh pledge and a Welsh note, is replaced as in English."""
    member = next(m for m in demo_data.members if m.role == "community" and not m.consent_named)
    c = demo_data.commitments[0]
    u = next(x for x in demo_data.updates if x.commitment_id == c.id)
    data = replace(
        demo_data,
        commitments=[replace(c, pledge_cy=f"Bydd {member.display_name} yn ein helpu"), *demo_data.commitments[1:]],
        updates=[
            replace(x, note_cy=f"Siaradodd {member.display_name.upper()} â ni") if x is u else x
            for x in demo_data.updates
        ],
    )
    model = build_model(data, AS_OF, language="cy")
    entry = next(e for e in model.commitments if e.ref == c.ref)
    assert member.display_name not in entry.pledge and "Bydd " in entry.pledge
    for fmt in ("pdf", "docx", "xlsx", "html"):
        out = write_report(data, tmp_path / f"r.{fmt}", format=fmt, as_of=AS_OF, language="cy")
        text = {"pdf": pdf_text, "docx": docx_text, "xlsx": xlsx_text, "html": html_text}[fmt](out)
        assert member.display_name.lower() not in " ".join(text.split()).lower(), fmt
        assert "Bydd " in text


@pytest.mark.skipif(shutil.which("aspell") is None, reason="aspell is installed by scripts/setup")
def test_aspell_knows_most_words_of_the_welsh_pdf(welsh_reports, demo_data):
    """Of the distinct words of the Welsh PDF, at least 70% are known to `aspell --lang=cy`. What people wrote
    in English with no Welsh version (session notes, quotes said in English, comments) is not Welsh to check;
    the rest counts, proper nouns included. Clitics ('r, 'i, 'n) are words of their own."""
    dicts = subprocess.run(["aspell", "dicts"], capture_output=True, text=True, check=False).stdout.split()
    if "cy" not in dicts:
        pytest.skip("aspell-cy is installed by scripts/setup")
    text = pdf_text(welsh_reports["pdf"])
    english_written = shown_as_written(demo_data) - app_english()
    distinct = set()
    for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text):
        for part in re.split(r"['’]", word):
            if len(part) >= 2 and part.lower() not in english_written:
                distinct.add(part)
    unknown = set(
        subprocess.run(
            ["aspell", "--lang=cy", "--encoding=utf-8", "list"],
            input="\n".join(sorted(distinct)),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    )
    known = 1 - len(unknown) / len(distinct)
    print(f"aspell cy knows {known:.1%} of {len(distinct)} distinct words; not known: {sorted(unknown)}")
    assert len(distinct) > 500
    assert known >= 0.70


def test_words_helper():
    assert words("Mae'r panel yn cytuno’n llwyr") == {"mae'r", "panel", "yn", "cytuno'n", "llwyr"}
