"""Many rows into one table at once: the import's fast path.

On SQLite this hands plain tuples straight to the driver's executemany (SQLAlchemy's per-row
parameter processing would cost more than the insert); elsewhere it is a Core multi-row insert.
Either way it runs on the caller's connection, inside the caller's transaction.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, insert


def _sqlite_column(values: list[Any]) -> list[Any]:
    """Dates as SQLAlchemy's SQLite dialect stores them (ISO text), so ORM reads see the same values."""
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, datetime):
        return [v.isoformat(sep=" ") if v is not None else None for v in values]
    if isinstance(sample, date):
        text = {v: v.isoformat() for v in set(values) if v is not None}  # a few hundred distinct days
        return [text[v] if v is not None else None for v in values]
    return values


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
        cursor = driver.cursor()
        try:
            cursor.executemany(sql, zip(*values, strict=True))
        finally:
            cursor.close()
        return
    connection.execute(
        insert(table), [dict(zip(names, row, strict=True)) for row in zip(*columns.values(), strict=True)]
    )
