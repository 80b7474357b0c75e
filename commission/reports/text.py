"""The fixed words of a report, in English and Welsh (the words themselves are data, in words.toml).

Only the report's own text is there; what people wrote (pledges, notes, quotes) is shown as written.
`language="both"` gives "Cymraeg / English" for every label, as a `Bilingual` string that still holds each
language apart, so a writer that can mark languages (the HTML report) shows each with its own `lang`. The
Welsh wants a fluent reader's check before it goes to a council: it is careful, not certified.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Self

from commission.reports.word_tables import pairs, paragraphs
from commission.vocab import MONTHS_CY as MONTHS_CY  # re-exported: the returns and the review pack use it

LANGUAGES = ("en", "cy", "both")

STRINGS: dict[str, tuple[str, str]] = pairs("report")

RULES_TEXT: tuple[tuple[str, str], ...] = paragraphs()


class Bilingual(str):
    """Words of a bilingual report: reads as `shown` ('Cymraeg / English') wherever plain text goes (PDF, Word,
    the tracker), and keeps `.en` and `.cy` apart for a writer that marks each language (HTML)."""

    en: str
    cy: str

    def __new__(cls, en: str, cy: str, shown: str | None = None) -> Self:
        obj = super().__new__(cls, f"{cy} / {en}" if shown is None else shown)  # Welsh is read first
        obj.en, obj.cy = en, cy
        return obj

    def __reduce__(self):
        return (Bilingual, (self.en, self.cy, str(self)))


def _in(value: object, index: int) -> object:
    """A value for one language's sentence: (english, welsh) pairs and Bilingual words split."""
    if isinstance(value, Bilingual):
        return (value.en, value.cy)[index]
    if isinstance(value, tuple):
        return value[index]
    return value


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        from commission.errors import UserError

        raise UserError(f"Unknown report language '{language}': use en, cy or both.")
    return language


class Text:
    """The words of one report in its language; `t("key", n=3)` fills {placeholders}."""

    def __init__(self, language: str = "en"):
        self.language = check_language(language)

    def __call__(self, key: str, **values: object) -> str:
        if values.get("n") == 1 and f"{key}_one" in STRINGS:
            key = f"{key}_one"
        en, cy = STRINGS[key]
        # a value given as (english, welsh) goes into each language's sentence in its own words
        en_values = {k: _in(v, 0) for k, v in values.items()}
        cy_values = {k: _in(v, 1) for k, v in values.items()}
        return self._pick(en.format(**en_values), cy.format(**cy_values))

    def _pick(self, en: str, cy: str) -> str:
        if self.language == "cy":
            return cy
        if self.language == "both" and cy != en:
            return Bilingual(en, cy)
        return en

    def state(self, state: str) -> str:
        return self(f"state:{state}")

    def verdict(self, verdict: str) -> str:
        return self(f"verdict:{verdict}")

    def verdict_word(self, verdict: str) -> tuple[str, str]:
        """A panel verdict as the sign-off trail words it: as recorded in English ('partly'), Welsh in Welsh."""
        key = f"verdict:{verdict}"
        return (verdict, STRINGS[key][1]) if key in STRINGS else (verdict, verdict)

    def kind(self, kind: str) -> str:
        """What sort of thing a review item is: 'What we heard', 'Session notes' …"""
        return self(f"kind:{kind}") if f"kind:{kind}" in STRINGS else kind

    def status(self, status: str) -> str:
        return self(f"status:{status}") if f"status:{status}" in STRINGS else status

    def asset(self, asset: str) -> str:
        return self(f"asset:{asset}")

    def rules(self) -> list[str]:
        return [self._pick(en, cy) for en, cy in RULES_TEXT]

    def date(self, value: date | None) -> str:
        """'22 November 2026'; Welsh month names in Welsh ('both' keeps the English date, it reads either way)."""
        if value is None:
            return ""
        welsh = f"{value.day} {MONTHS_CY[value.month - 1]} {value.year}"
        if self.language == "cy":
            return welsh
        english = f"{value.day} {value:%B %Y}"
        # in both languages the date reads in English where it stands alone, in Welsh within a Welsh sentence
        return Bilingual(english, welsh, english) if self.language == "both" else english

    def speaker(self, name: str) -> str:
        """The neutral labels privacy gives ('Community commissioner 3') in the report's language."""
        if self.language == "en":
            return name
        match = re.fullmatch(
            r"(a panel member|Community commissioner|Civic commissioner|Facilitator|Guest|"
            r"Panel member)( \d+)?",
            name,
        )
        if not match:
            return name
        word, number = self(f"speaker:{match.group(1)}"), match.group(2) or ""
        if isinstance(word, Bilingual):
            return Bilingual(word.en + number, word.cy + number)
        return word + number


from commission.reports.text_value import VALUE_STRINGS  # noqa: E402  (the Frameworks and Social value sections)

STRINGS.update(VALUE_STRINGS)


# -- what people wrote, in the reader's language (SPEC, Bilingual content) ------------------------------------

STRINGS.update(pairs("content"))


class Said(str):
    """Words someone wrote, in one language (`lang`, "en" or "cy"). `note` is set when they are shown in a report
    in the other language because the reader's version is missing: the words read "… (Saesneg yn unig)", and a
    writer that marks languages (HTML) marks the words with their own `lang` and the note with the page's."""

    body: str
    lang: str
    note: str

    def __new__(cls, body: str, lang: str, note: str = "") -> Self:
        obj = super().__new__(cls, f"{body} ({note})" if note else body)
        obj.body, obj.lang, obj.note = body, lang, note
        return obj

    def __reduce__(self):
        return (Said, (self.body, self.lang, self.note))


def pick_content(text: Text, en: str, cy: str) -> str:
    """The version of a field in the report's language; where it is missing, the other, marked as such.
    In both languages: Welsh first, then English (a `Bilingual`), or the one there is, marked."""
    en, cy = en or "", cy or ""
    if not en and not cy:
        return ""
    if text.language == "both":
        if en and cy:
            return Bilingual(en, cy) if en != cy else Said(cy, "cy")
        return Said(en, "en", text("only_en")) if en else Said(cy, "cy", text("only_cy"))
    if text.language == "cy":
        return Said(cy, "cy") if cy else Said(en, "en", text("only_en"))
    return Said(en, "en") if en else Said(cy, "cy", text("only_cy"))


def session_kind(text: Text, kind: str) -> str:
    """A session's kind in the report's words ('listening' is 'gwrando' in Welsh)."""
    return text(f"session:{kind}") if f"session:{kind}" in STRINGS else kind
