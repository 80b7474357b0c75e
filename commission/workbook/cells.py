"""What one workbook cell may hold, the same for every format and every field.

- Text holds up to 32,767 characters (a spreadsheet cell's limit), in the app and in every import.
- Control characters (C0, except tab, line feed and carriage return) are cleaned away at import: no
  spreadsheet or report format can hold them, and pasted text brings them in unseen.
- Text may begin with `=`, `+`, `-` or `@`: it is text. In a `.csv` file nothing says a cell is text,
  and a spreadsheet opening one reads `=1+1` as a formula (and `+2` as the number 2). So the `.csv`
  export puts one apostrophe before such text (`'=1+1`), which LibreOffice and Excel show as text, and the
  `.csv` import takes exactly one apostrophe off again. Text that already begins with apostrophes and then
  one of those characters gets one more, so the round trip is exact for every text.
"""

from __future__ import annotations

import re

MAX_TEXT = 32_767  # what a spreadsheet cell holds, in UTF-16 code units: cell_length


def cell_length(text: str) -> int:
    """A text's length as a spreadsheet cell counts it (UTF-16 code units): a character beyond the Basic
    Multilingual Plane (most emoji, some CJK) counts twice. Excel and XlsxWriter cut a cell at MAX_TEXT of these,
    so a text within MAX_TEXT Python characters can still be cut: 20,000 emoji are 40,000 units."""
    if len(text) <= MAX_TEXT // 2 or text.isascii():
        return len(text)  # cannot count more twice over, or nothing counts twice
    return len(text.encode("utf-16-le")) // 2


def too_long_for_a_cell(text: str) -> str:
    """Why `text` cannot go into a spreadsheet cell, or "" when it can."""
    units = cell_length(text)
    if units <= MAX_TEXT:
        return ""
    if units == len(text):
        return f"{len(text):,} characters, more than a spreadsheet cell holds ({MAX_TEXT:,})"
    return (
        f"{len(text):,} characters that a spreadsheet counts as {units:,} (an emoji counts as two), more than a "
        f"cell holds ({MAX_TEXT:,})"
    )


# Characters that show as nothing (or as a space) but make a ref another ref: zero-width spaces and joiners, the
# bidirectional controls, the byte-order mark, soft hyphens, and every space but the ordinary one.
_INVISIBLE = re.compile(
    "[\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]"
)


def invisible_in(text: str) -> str:
    """The first character of `text` that a person cannot see (or takes for a space), as U+XXXX, or ""."""
    found = _INVISIBLE.search(text)
    return f"U+{ord(found.group()):04X}" if found else ""


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NEEDS_MARK = re.compile(r"'*[=+\-@]")
_MARKED = re.compile(r"'+[=+\-@]")


def clean_text(text: str) -> str:
    """Text without the control characters no workbook or report can hold (tab and line breaks stay)."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def csv_text(text: str) -> str:
    """A text cell as the `.csv` export writes it: shown as text by a spreadsheet that opens the file."""
    return "'" + text if _NEEDS_MARK.match(text) else text


def from_csv_text(cell: str) -> str:
    """Undo csv_text exactly."""
    return cell[1:] if _MARKED.match(cell) else cell


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column as a spreadsheet labels it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1
