"""What a Welsh report may still hold in English, for the tests: the app's own English words (its fixed report
text and vocabulary), less what people wrote that has no Welsh version (shown as written, marked), less a
short allow-list of proper nouns."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from commission import domain, vocab
from commission.reports.text import MONTHS_CY, RULES_TEXT, STRINGS

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Proper nouns and names of things that stay as they are in Welsh, kept short.
ALLOWED = {"pdf", "ua", "sroi", "jrf", "dwp", "uk", "gb", "wi", "fi"}


def words(text: str) -> set[str]:
    return {w.lower().replace("’", "'") for w in WORD.findall(text or "")}


def app_english() -> set[str]:
    """Every word of the app's own English in reports: fixed text, states, verdicts, statuses, kinds, months."""
    english = [en for en, _cy in STRINGS.values()] + [en for en, _cy in RULES_TEXT]
    english += list(vocab.STATES) + list(vocab.VERDICTS) + list(vocab.UPDATE_STATUSES) + list(vocab.SESSION_KINDS)
    english += list(vocab.ATTENDANCE) + list(vocab.ASSETS) + list(vocab.INSIGHT_STATUSES) + ENGLISH_MONTHS
    found = set().union(*(words(re.sub(r"\{[^}]*\}", " ", e)) for e in english))
    welsh = set().union(
        *(words(cy) for _en, cy in STRINGS.values()), *(words(cy) for _en, cy in RULES_TEXT), words(" ".join(MONTHS_CY))
    )
    return found - welsh  # a word both languages use ("panel", "a") is not English of the app's


def shown_as_written(data: domain.CommissionData) -> set[str]:
    """Words people wrote that a Welsh report shows in English: fields with no Welsh version, and text SPEC gives
    no Welsh version at all (session titles, quotes, names, comments)."""
    texts: list[str] = [data.commission.area, data.commission.description]
    if not data.commission.name_cy:
        texts.append(data.commission.name)
    pairs = {
        "organisations": (("name", "name_cy"),),
        "themes": (("name", "name_cy"), ("description", "description_cy")),
        "insights": (("statement", "statement_cy"),),
        "actions": (("title", "title_cy"), ("description", "description_cy")),
        "commitments": (("pledge", "pledge_cy"),),
        "updates": (("note", "note_cy"),),
    }
    for name, fields in pairs.items():
        for obj in getattr(data, name):
            texts += [getattr(obj, en) for en, cy in fields if not getattr(obj, cy)]
    texts += [s.title for s in data.sessions] + [s.notes for s in data.sessions] + [q.text for q in data.quotes]
    texts += [u.reported_by for u in data.updates] + [u.verdict_comment for u in data.updates]
    texts += [m.display_name for m in data.members] + [m.pseudonym for m in data.members]
    texts += [ms.title for ms in data.milestones]
    texts += [o.outcome for o in data.outcomes] + [o.stakeholder for o in data.outcomes]
    texts += [o.indicator for o in data.outcomes] + [o.proxy_source for o in data.outcomes]
    for f in data.frameworks:
        texts += [f.name if not f.name_cy else ""] + [a.label for a in f.areas if not a.label_cy]
    return set().union(*(words(t) for t in texts))


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self._skip += 1
        for key, value in attrs:
            if key in ("alt", "aria-label", "title") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = _Text()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    return "\n".join(parser.parts)


def english_left(text: str, data: domain.CommissionData, extra_allowed: set[str] = frozenset()) -> set[str]:
    return (words(text) & app_english()) - shown_as_written(data) - ALLOWED - set(extra_allowed)


def _flat(text: str) -> str:
    return " ".join((text or "").replace("’", "'").split()).lower()


def app_phrases() -> set[str]:
    """The app's own English phrases of two words or more (each piece between placeholders), as written."""
    english = [en for en, _cy in STRINGS.values()] + [en for en, _cy in RULES_TEXT] + list(vocab.STATES)
    english += list(vocab.VERDICTS) + list(vocab.UPDATE_STATUSES) + list(vocab.SESSION_KINDS)
    welsh = _flat(" | ".join(cy for _en, cy in STRINGS.values()))
    found = set()
    for e in english:
        for piece in re.split(r"\{[^}]*\}|[.;:()\u201c\u201d]", e):
            piece = _flat(piece).strip(" ,'")
            if len(piece.split()) >= 2 and piece not in welsh:
                found.add(piece)
    return found


def _user_texts(data: domain.CommissionData) -> str:
    return " | ".join(_flat(w) for w in _written(data))


def _written(data: domain.CommissionData) -> list[str]:
    out: list[str] = []
    out += [s.title for s in data.sessions] + [s.notes for s in data.sessions]
    out += (
        [q.text for q in data.quotes]
        + [u.verdict_comment for u in data.updates]
        + [u.reported_by for u in data.updates]
    )
    out += [u.note for u in data.updates if not u.note_cy] + [ms.title for ms in data.milestones]
    out += (
        [o.outcome for o in data.outcomes]
        + [o.stakeholder for o in data.outcomes]
        + [o.indicator for o in data.outcomes]
    )
    out += [o.proxy_source for o in data.outcomes]
    return out


ENGLISH_DATE = re.compile(r"\b\d{1,2} (?:" + "|".join(ENGLISH_MONTHS) + r") \d{4}\b")


def english_phrases_left(text: str, data: domain.CommissionData) -> set[str]:
    """The app's English phrases (and dates with English month names) in `text` that are not inside what
    somebody wrote."""
    flat, written = _flat(text), _user_texts(data)
    left = {p for p in app_phrases() if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", flat) and p not in written}
    left |= set(ENGLISH_DATE.findall(" ".join(text.split())))
    return left


# The tracker is also a data file: SPEC names its sheets' columns, its Summary keys and the words of its
# state, latest_status and verdict columns, so a council's own spreadsheet can read it in either language.
SPEC_VALUE_COLUMNS = {"state", "latest_status", "verdict"}
IDENTIFIER = re.compile(r"[a-z0-9]+(?:[_+\-][a-z0-9]*)*")  # phw-assets, total_present_value, deadweight+


def _identifier(cell: str) -> bool:
    from commission.sheets import WORKBOOK_SHEETS

    names = {c for sheet in WORKBOOK_SHEETS for c in sheet.columns}
    return cell in names or (IDENTIFIER.fullmatch(cell) is not None and any(ch in cell for ch in "_-+"))


def xlsx_words_for_people(sheets: dict[str, list[tuple]]) -> str:
    """The text of a tracker a person reads: every cell but the header rows, the keys of key/value sheets and
    the columns whose words SPEC fixes."""
    parts: list[str] = []
    for rows in sheets.values():
        if not rows:
            continue
        header = [str(h) if h is not None else "" for h in rows[0]]
        keyed = header[:2] == ["key", "value"]
        for row in rows[1:]:
            for i, cell in enumerate(row):
                if cell is None or (keyed and i == 0) or (i < len(header) and header[i] in SPEC_VALUE_COLUMNS):
                    continue
                if isinstance(cell, str) and _identifier(cell):
                    continue
                parts.append(str(cell))
    return "\n".join(parts)
