"""Every revision makes exactly the schema it made when it was written, up the ladder and back down.

A fresh database is upgraded one revision at a time to head, then downgraded one at a time to the
base; after each step the schema is written down as text (SQLite: `sqlite_master`'s SQL, a table
rebuilt by batch mode with its constraints sorted, see _steady; PostgreSQL:
columns, constraints, indexes and triggers from the catalog) and compared with the stored record in
tests/data/schemas/frozen_<backend>.txt. Tidying a migration script must leave that record unchanged.

The records were made from the scripts before they were tidied; remake one only for a new revision:
    .venv/bin/python tests/storage/test_migration_schema_frozen.py [POSTGRESQL_URL]
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from commission.storage import db as storage

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "schemas"

_PG_QUERIES = {
    "column": """
        SELECT c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY c.relname, a.attnum""",
    "constraint": """
        SELECT c.relname, k.conname, pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' ORDER BY c.relname, k.conname""",
    "index": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
    "ORDER BY tablename, indexname",
    "trigger": """
        SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND NOT t.tgisinternal ORDER BY c.relname, t.tgname""",
    "function": """
        SELECT p.proname, pg_get_functiondef(p.oid)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' ORDER BY p.proname""",
}


def _steady(sql: str | None) -> str:
    """A table rebuilt by Alembic's batch mode (SQLite's way to drop a column) with its named constraints
    in name order: batch mode writes them in the order of a set of objects, which changes from run to run.
    Such a table is renamed into place, so SQLite quotes its name; a table made by create_table keeps its
    SQL exactly as written."""
    lines = (sql or "").split("\n")
    if not lines[0].startswith('CREATE TABLE "') or len(lines) < 3:
        return str(sql)
    items = [line.rstrip(", ") for line in lines[1:-1]]
    constraints = sorted(item for item in items if item.lstrip().startswith("CONSTRAINT "))
    columns = [item for item in items if item not in constraints]
    return "\n".join([lines[0], ", \n".join(columns + constraints), lines[-1]])


def _schema(connection: Connection) -> list[str]:
    if connection.dialect.name == "sqlite":
        rows = connection.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"))
        return [f"{kind} | {name} | {table} | {_steady(sql)}" for kind, name, table, sql in rows]
    return [
        f"{what}: " + " | ".join(str(value) for value in row)
        for what, query in _PG_QUERIES.items()
        for row in connection.execute(text(query))
    ]


def _migrate(engine: Engine, direction: str, revision: str) -> None:
    with engine.begin() as connection:
        getattr(command, direction)(storage._alembic_config(connection), revision)


def _fresh(target: str, engine: Engine | None = None) -> Engine:
    """An engine on an empty database at target (emptied first when an engine on it is given)."""
    if engine is not None:
        if storage.is_url(target):
            with engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            return engine
        engine.dispose()
        Path(target).unlink()
    return create_engine(target) if storage.is_url(target) else storage._sqlite_engine(Path(target))


def record(target: str) -> str:
    """The schema after each step up from nothing to head and back down to nothing, as one text.

    A downgrade that fails is recorded with its error (0008's did on SQLite until it dropped its CHECK in batch), and
    the walk down goes on from a database freshly upgraded to the revision that step was aiming at.
    """
    revisions = storage.known_revisions()
    engine = _fresh(target)
    out = []
    try:
        for revision in revisions:
            _migrate(engine, "upgrade", revision)
            with engine.connect() as connection:
                out += [f"== upgrade to {revision}", *_schema(connection)]
        for revision in [*reversed(revisions[:-1]), "base"]:
            try:
                _migrate(engine, "downgrade", revision)
            except DBAPIError as exc:  # a downgrade that fails today must fail the same way, not newly
                out.append(f"== downgrade to {revision} fails: {str(exc.orig).splitlines()[0]}")
                engine = _fresh(target, engine)
                _migrate(engine, "upgrade", revision)
            with engine.connect() as connection:
                out += [f"== downgrade to {revision}", *_schema(connection)]
    finally:
        engine.dispose()
    return "\n".join(out) + "\n"


def _fixture(target: str) -> Path:
    return FIXTURES / f"frozen_{'postgres' if storage.is_url(target) else 'sqlite'}.txt"


def test_every_revision_makes_the_schema_it_always_made(db_target):
    expected = _fixture(db_target).read_text("utf-8").splitlines()
    actual = record(db_target).splitlines()
    assert actual == expected


if __name__ == "__main__":  # remake the records (only for a new revision; see the docstring)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        targets = [str(Path(folder) / "frozen.db"), *sys.argv[1:]]
        for target in targets:
            _fixture(target).write_text(record(target), "utf-8")
            print("wrote", _fixture(target))
