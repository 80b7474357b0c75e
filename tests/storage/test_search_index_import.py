"""The import's search index (built at once at its end) is the one the row-by-row triggers would have built."""

from __future__ import annotations

import pandas as pd
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


def test_a_second_import_changing_old_rows_and_adding_children_indexes_each_row_once(sqlite_demo, tmp_path):
    """Old rows changed by the import are indexed by their update trigger; new rows changed again in it (a new
    theme's parent) only once, at the end, from the row as it is then: the index is the triggers' own."""
    from commission.services.importer import import_frames
    from commission.workbook import read_workbook

    workbook = export_workbook(sqlite_demo, tmp_path / "demo.xlsx")
    db = open_database(tmp_path / "imported.db")
    try:
        import_workbook(db, workbook)
        schema = _rows(db, SCHEMA)
        frames = read_workbook(workbook)
        themes = frames["Themes"]
        first = themes.index[0]
        themes.loc[first, "name"] = "A renamed theme"  # an old row changed
        new = themes.iloc[[0, 0]].copy()
        new.index = [len(themes) + 2, len(themes) + 3]
        new["ref"] = ["T-NEW-1", "T-NEW-2"]
        new["name"] = ["New parent", "New child"]
        new["parent_ref"] = ["", "T-NEW-1"]  # the child's parent is set once both exist
        frames["Themes"] = pd.concat([themes, new])
        sessions = frames["Sessions"]
        sessions.loc[sessions.index[0], "title"] = "A retitled session"
        summary = import_frames(db, frames, source="again.xlsx")
        assert summary.created["Themes"] == 2 and summary.changed["Themes"] >= 1
        index = _rows(db, INDEX)
        titles = [row[2] for row in index]
        assert titles.count("New child") == 1 and "A renamed theme" in titles and "A retitled session" in titles
        assert _rows(db, SCHEMA) == schema
        assert _as_the_triggers_index(db) == index
    finally:
        db.dispose()
