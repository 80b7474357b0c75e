"""Many rows into one table at once: the import's fast path.

On SQLite this hands plain tuples straight to the driver's executemany (SQLAlchemy's per-row
parameter processing would cost more than the insert); elsewhere it is a Core multi-row insert.
Either way it runs on the caller's connection, inside the caller's transaction.

SQLite evaluates a CHECK constraint such as `status IN ('done', …)` row by row, building the list
afresh each time: for the 100,000 updates of a large import that cost more than the inserts
themselves. So on SQLite the new rows go in with CHECK constraints paused on that connection, and one
query then tests every new row against the table's CHECK constraints at once; a row that fails raises
IntegrityError, as the insert would have, and the caller's transaction rolls back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Connection, Table, insert
from sqlalchemy.exc import IntegrityError


def _sqlite_column(values: list[Any]) -> list[Any]:
    """Dates as SQLAlchemy's SQLite dialect stores them (ISO text), so ORM reads see the same values."""
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, datetime):
        return [v.isoformat(sep=" ") if v is not None else None for v in values]
    if isinstance(sample, date):
        text = {v: v.isoformat() for v in set(values) if v is not None}  # a few hundred distinct days
        return [text[v] if v is not None else None for v in values]
    return values


# The page cache an import's transaction may use, in KiB (SQLite's default is 2 MiB). A large import writes
# some 35 MB of pages; with the default cache SQLite spills dirty pages to the WAL before the commit and
# writes many of them again later. Pages are only taken as they are needed, so a small import uses little.
IMPORT_CACHE_KIB = 128 * 1024


@contextmanager
def roomy_cache(connection: Connection) -> Iterator[None]:
    """Inside one transaction on SQLite: a page cache large enough to hold a large import's writes until the
    commit, then the connection's own size again. Durability is unchanged: the commit writes and syncs as ever,
    and dirty pages stay in memory until it does (a smaller cache frees only clean pages)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def insert_columns(connection: Connection, table: Table, columns: dict[str, list[Any]]) -> None:
    """Insert rows given column-wise: {column name: values}, all lists the same length."""
    names = list(columns)
    if not names or not columns[names[0]]:
        return
    if connection.dialect.name == "sqlite":
        values = [_sqlite_column(column) for column in columns.values()]
        sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        driver = connection.connection.driver_connection
        assert driver is not None  # a live connection
        checks = _checks(table)
        cursor = driver.cursor()
        try:
            after = cursor.execute(f"SELECT coalesce(max(rowid), 0) FROM {table.name}").fetchone()[0]
            if checks:
                cursor.execute("PRAGMA ignore_check_constraints = ON")
            try:
                cursor.executemany(sql, zip(*values, strict=True))
            finally:
                if checks:
                    cursor.execute("PRAGMA ignore_check_constraints = OFF")
            failed = _failed_check(cursor, table.name, checks, after)
            if failed:
                raise IntegrityError(sql, None, sqlite3.IntegrityError(f"CHECK constraint failed: {failed}"))
        finally:
            cursor.close()
        return
    connection.execute(
        insert(table), [dict(zip(names, row, strict=True)) for row in zip(*columns.values(), strict=True)]
    )


def _failed_check(cursor: Any, table: str, checks: list[tuple[str, str]], after: int) -> str | None:
    """The name of a CHECK constraint that a row after rowid `after` breaks, or None: one scan of the new rows
    for all of them (a CHECK fails only when false, not when NULL, and so does `NOT (…)` in a WHERE)."""
    if not checks:
        return None
    broken = f"SELECT 1 FROM {table} WHERE rowid > ? AND (%s) LIMIT 1"
    if cursor.execute(broken % " OR ".join(f"NOT ({test})" for _, test in checks), (after,)).fetchone() is None:
        return None
    return next(name for name, test in checks if cursor.execute(broken % f"NOT ({test})", (after,)).fetchone())


def _checks(table: Table) -> list[tuple[str, str]]:
    """(name, SQL) of each of the table's CHECK constraints, named as the database names them."""
    return [
        (str(constraint.name), str(constraint.sqltext))
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint)
    ]
