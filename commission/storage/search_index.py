"""The SQLite full-text search index (search_index, FTS5) and how bulk imports keep it current cheaply.

Row-by-row triggers keep the index current for ordinary edits. For a bulk import they would cost
more than the import itself (one trigger call per row), so the import pauses the insert triggers
inside its own transaction and indexes the new rows with one INSERT … SELECT per table.
DDL is transactional in SQLite, so another connection never sees the triggers missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from commission.kinds import KINDS, SEARCHED, Kind


def _source(kind: Kind, row: str, owner: str) -> tuple[str, str, str]:
    """(title, body, commission) SQL for one searched kind, its row called `row` (a kind with an owner:
    `owner` is the owner's row, or "" for a subquery)."""
    title = f"{row}.{kind.search_title}" if kind.search_title else "''"
    body = " || ' ' || ".join(f"{row}.{name}" for name in kind.search_body)
    if not kind.owner:
        return title, body, f"{row}.commission_id"
    parent = KINDS[kind.owner].collection
    if owner:
        return title, body, f"{owner}.commission_id"
    return title, body, f"(SELECT commission_id FROM {parent} WHERE {parent}.id = {row}.{kind.owner}_id)"


# kind code, table, title expression, body expression, commission expression (NEW is the row), from
# commission.kinds; the Welsh versions (revision 0009) are in each kind's body.
SOURCES = [(kind.search_code, kind.collection, *_source(kind, "NEW", "")) for kind in SEARCHED]
KIND_CODES = {kind.search_code: kind.name for kind in SEARCHED}
SLOTS = 16  # an index row's rowid is record id * SLOTS + kind code (revision 0004; 0002 had 8 slots)

CREATE_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "commission_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
)


def _values(code: int, title: str, body: str, commission: str) -> str:
    return f"NEW.id * {SLOTS} + {code}, {commission}, {title}, {body}"


def insert_trigger(code: int, table: str, title: str, body: str, commission: str) -> str:
    return (
        f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO search_index(rowid, commission_id, title, body) "
        f"VALUES ({_values(code, title, body, commission)}); END"
    )


def other_triggers(code: int, table: str, title: str, body: str, commission: str) -> list[str]:
    add = (
        f"INSERT INTO search_index(rowid, commission_id, title, body) "
        f"VALUES ({_values(code, title, body, commission)});"
    )
    remove = f"DELETE FROM search_index WHERE rowid = OLD.id * {SLOTS} + {code};"
    return [
        f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN {remove} {add} END",
        f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {remove} END",
    ]


def backfill(code: int, table: str, title: str, body: str, commission: str, after_id: int = 0) -> str:
    return (
        f"INSERT INTO search_index(rowid, commission_id, title, body) "
        f"SELECT {_values(code, title, body, commission)} FROM {table} AS NEW WHERE NEW.id > {int(after_id)}"
    )


@contextmanager
def bulk_inserts(connection: Connection) -> Iterator[None]:
    """Inside one transaction: insert many rows without per-row indexing, then index them at once."""
    if connection.dialect.name != "sqlite" or not _has_index(connection):
        yield
        return
    last_ids: dict[str, Any] = {}
    for source in SOURCES:
        table = source[1]
        last_ids[table] = connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_search_insert")
    yield
    for source in SOURCES:
        code, table, after = source[0], source[1], int(last_ids[source[1]] or 0)
        # a new row changed again in the same import (a theme's parent, set once all themes exist) was
        # indexed by its update trigger: index it once, from the row as it is now
        connection.exec_driver_sql(
            f"DELETE FROM search_index WHERE rowid IN (SELECT id * {SLOTS} + {code} FROM {table} WHERE id > {after})"
        )
        connection.exec_driver_sql(_bulk_backfill(code, table, after))
        connection.exec_driver_sql(insert_trigger(*source))


def _bulk_backfill(code: int, table: str, after_id: int) -> str:
    """backfill's INSERT … SELECT for the rows after `after_id`, the owner's commission found by a join rather
    than a subquery per row: the same index rows, added in the same (id) order, as LEFT JOIN keeps `table` outside."""
    kind = next(kind for kind in SEARCHED if kind.search_code == code)
    if not kind.owner:
        return backfill(*next(source for source in SOURCES if source[0] == code), after_id=after_id)
    title, body, commission = _source(kind, "NEW", "owner")
    parent = KINDS[kind.owner].collection
    return (
        f"INSERT INTO search_index(rowid, commission_id, title, body) "
        f"SELECT {_values(code, title, body, commission)} FROM {table} AS NEW "
        f"LEFT JOIN {parent} AS owner ON owner.id = NEW.{kind.owner}_id WHERE NEW.id > {int(after_id)} ORDER BY NEW.id"
    )


def _has_index(connection: Connection) -> bool:
    return (
        connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_index'").first()
        is not None
    )
