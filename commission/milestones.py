"""A milestone's state as of a date: the rule every screen, report and return shows (pure).

done: its done date is on or before the as-of date; missed: not done then, and due before it (like an
overdue pledge); planned: otherwise. The word is always shown with it, never a colour alone.
"""

from __future__ import annotations

from datetime import date

MILESTONE_STATES = ("done", "missed", "planned")


def milestone_state(due: date | None, done_on: date | None, as_of: date) -> str:
    if done_on is not None and done_on <= as_of:
        return "done"
    if due is not None and due < as_of:
        return "missed"
    return "planned"
