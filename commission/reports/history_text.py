"""The report words for change over time: progress over time, milestones and the network report.

The words are words.toml's [history] section; they join text.py's table when this module is imported.
"""

from __future__ import annotations

from commission.reports.text import STRINGS
from commission.reports.word_tables import pairs

HISTORY_STRINGS: dict[str, tuple[str, str]] = pairs("history")

STRINGS.update(HISTORY_STRINGS)
