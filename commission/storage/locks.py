"""One import per commission at a time, so two imports of the same file add each update once.

Why a lock and not a unique index over an update's identity: an update's identity is all of its
fields (commitment, date, status, progress, note, who reported it, verdict, comment), and a note may
be 32,767 characters — too long for a B-tree key without a hash column that every writer would have
to keep. More to the point, two identical updates are legitimate (a file may repeat a row on purpose:
"counts once each"), which a unique index would refuse, and an old database holding such a pair could
not be upgraded. What went wrong was a race between reading which updates are already there and adding
the rest; the lock closes exactly that window, for new commissions too (it is keyed on the name).

- PostgreSQL: a transaction-scoped advisory lock on the commission's name. The second import waits for
  the first to commit; under READ COMMITTED its next statement sees the first one's rows, so it finds
  every update already there and adds none.
- SQLite: the import takes the write lock before it reads (like BEGIN IMMEDIATE), so it reads after any
  other writer has committed; busy_timeout (5 s) bounds the wait, then the loser is told to try again.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session as DbSession

NAMESPACE = "commission import"


def lock_key(name: str | None) -> int:
    """A signed 64-bit key for the commission (by name, any case and spacing, as find_commission matches)."""
    words = " ".join((name or "").split()).lower()
    digest = hashlib.sha256(f"{NAMESPACE}\x00{words}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def import_lock(s: DbSession, name: str | None) -> None:
    """Hold the commission's import lock until this transaction ends (commit or rollback)."""
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
    elif dialect == "sqlite":
        # A write that changes nothing: SQLite takes its write lock at the statement, before any read.
        s.execute(text("UPDATE app_info SET value = value WHERE 0"))


def is_busy(exc: SQLAlchemyError) -> bool:
    """True when SQLite gave up waiting for another writer (the database is locked)."""
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig or exc).lower()
