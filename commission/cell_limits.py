"""What a spreadsheet cell can hold, and the characters nobody can see that make one ref look like another.

A module of its own, with nothing heavy to import: the app's edits check text against it (services.edit_base)
without loading the workbook package, which brings pandas and the spreadsheet libraries with it.
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
