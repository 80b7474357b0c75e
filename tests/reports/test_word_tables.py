"""The reports' words are data (commission/reports/words.toml): every entry is an English and a Welsh wording
that take the same {placeholders}, and every section reaches the report's table."""

from __future__ import annotations

import string

import pytest

from commission.reports import history_text, text, text_value, word_tables

SECTIONS = ("report", "value", "content", "history")


def _placeholders(words: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(words) if name is not None}


@pytest.mark.parametrize("section", SECTIONS)
def test_every_entry_says_it_in_both_languages_with_the_same_placeholders(section):
    table = word_tables.pairs(section)
    assert table
    for key, (en, cy) in table.items():
        assert isinstance(en, str) and en.strip(), key
        assert isinstance(cy, str) and cy.strip(), key
        assert _placeholders(en) == _placeholders(cy), key


def test_every_section_is_in_the_reports_table():
    assert word_tables.pairs("value") == text_value.VALUE_STRINGS
    assert word_tables.pairs("history") == history_text.HISTORY_STRINGS
    for section in SECTIONS:
        for key, pair in word_tables.pairs(section).items():
            assert text.STRINGS[key] == pair, key


def test_the_rules_are_paragraphs_in_both_languages():
    assert len(text.RULES_TEXT) >= 4
    for en, cy in text.RULES_TEXT:
        assert en and cy and en != cy
    assert text.Text("cy").rules() == [cy for _en, cy in text.RULES_TEXT]


def test_a_key_reads_in_each_language():
    assert text.Text("en")("report_title") == "Accountability report"
    assert text.Text("cy")("report_title") == "Adroddiad atebolrwydd"
    assert text.Text("en")("commitments_in_all", n=1) == "1 commitment in all"
