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
