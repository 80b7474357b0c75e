"""Errors a user can cause: each carries one plain line a coordinator understands."""

from typing import Any


class UserError(Exception):
    """An expected failure: shown as one line, never as a traceback; the data is left as it was."""


class WorkbookError(UserError):
    """A workbook that cannot be imported; `problems` lists every row-level reason."""

    def __init__(self, message: str, problems: list[Any] | None = None):
        super().__init__(message)
        self.problems = problems or []


class PassphraseNeeded(UserError):
    """The database is encrypted (or not a database at all): ask for its passphrase and try again."""
