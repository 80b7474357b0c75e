"""The SQLite full-text search index (search_index, FTS5) and how bulk imports keep it current cheaply.

Row-by-row triggers keep the index current for ordinary edits. For a bulk import they would cost
more than the import itself (one trigger call per row), so the import pauses the insert triggers
inside its own transaction (and lets the update triggers pass over its new rows) and indexes the new
rows with one INSERT … SELECT per table at its end.
DDL is transactional in SQLite, so another connection never sees the triggers missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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
    last_ids: dict[str, int] = {}
    update_triggers: dict[str, str] = {}
    for source in SOURCES:
        table = source[1]
        last_ids[table] = int(connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar() or 0)
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_search_insert")
        # A new row changed again in the same import (a theme's parent, set once all themes exist) is indexed
        # once at the end, from the row as it is then: meanwhile its update trigger passes over new rows.
        # (Deleting their index rows afterwards instead cost a look-up per new row: 40 ms for 100,000 updates.)
        saved = _trigger_sql(connection, f"{table}_search_update")
        narrowed = _old_rows_only(saved, table, last_ids[table]) if saved else None
        if saved and narrowed:
            update_triggers[table] = saved
            connection.exec_driver_sql(f"DROP TRIGGER {table}_search_update")
            connection.exec_driver_sql(narrowed)
    yield
    for source in SOURCES:
        code, table, after = source[0], source[1], last_ids[source[1]]
        if table not in update_triggers:  # a trigger not as expected was left as it is: its index rows go first
            new_ids = f"SELECT id * {SLOTS} + {code} FROM {table} WHERE id > {after}"
            connection.exec_driver_sql(f"DELETE FROM search_index WHERE rowid IN ({new_ids})")
        connection.exec_driver_sql(_bulk_backfill(code, table, after))
        connection.exec_driver_sql(insert_trigger(*source))
        if table in update_triggers:
            connection.exec_driver_sql(f"DROP TRIGGER {table}_search_update")
            connection.exec_driver_sql(update_triggers[table])  # exactly as the schema had it


def _trigger_sql(connection: Connection, name: str) -> str | None:
    row = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).first()
    return row[0] if row else None


def _old_rows_only(trigger_sql: str, table: str, after_id: int) -> str | None:
    """The update trigger `trigger_sql` firing only for rows that were there before the import (id <= after_id),
    or None for a trigger not as the migrations make it."""
    head = f"AFTER UPDATE ON {table} BEGIN "
    if head not in trigger_sql or " WHEN " in trigger_sql.upper():
        return None
    return trigger_sql.replace(head, f"AFTER UPDATE ON {table} WHEN OLD.id <= {int(after_id)} BEGIN ", 1)


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
