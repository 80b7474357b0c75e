"""The import's search index (built at once at its end) is the one the row-by-row triggers would have built."""

from __future__ import annotations

from sqlalchemy import text

from commission.services.exporter import export_workbook
from commission.services.importer import import_workbook
from commission.storage import open_database
from commission.storage.search_index import SOURCES, backfill

INDEX = "SELECT rowid, commission_id, title, body FROM search_index ORDER BY rowid"
SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"


def _rows(db, sql: str) -> list[tuple]:
    with db.session() as s:
        return [tuple(row) for row in s.execute(text(sql))]


def _as_the_triggers_index(db) -> list[tuple]:
    """Index every row afresh with the triggers' own expressions (a subquery per row for an owner's commission)."""
    with db.transaction() as s:
        connection = s.connection()
        connection.exec_driver_sql("DELETE FROM search_index")
        for source in SOURCES:
            connection.exec_driver_sql(backfill(*source))
        return [tuple(row) for row in connection.exec_driver_sql(INDEX)]


def test_an_import_indexes_every_row_as_the_triggers_would_and_puts_them_back(sqlite_demo, tmp_path):
    workbook = export_workbook(sqlite_demo, tmp_path / "demo.xlsx")
    db = open_database(tmp_path / "imported.db")
    try:
        empty_schema = _rows(db, SCHEMA)
        import_workbook(db, workbook)
        index = _rows(db, INDEX)
        assert len(index) > 100 and {row[1] for row in index} == {1}
        assert any(row[0] % 16 == 6 for row in index)  # the updates, indexed through their commitment
        assert _rows(db, SCHEMA) == empty_schema  # every trigger back, nothing else changed
        assert _as_the_triggers_index(db) == index
    finally:
        db.dispose()
