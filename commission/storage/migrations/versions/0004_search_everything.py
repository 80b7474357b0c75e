"""Search everything: members (display name and pseudonym, never contact details), organisations and
themes join the index, beside sessions, quotes, what we heard, actions, commitments and updates.

SQLite: the FTS5 index is rebuilt with room for more kinds (rowid = id * 16 + kind code; 0002 had 8).
PostgreSQL, which searches the tables directly (services.search), gets a GIN index per kind on the
same text expression the search uses.

Revision ID: 0004
Revises: 0002
"""

from typing import Any

from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen copies: commission.storage.search_index.SOURCES as this revision makes it, and as 0002 made it.
SOURCES = [
    (1, "sessions", "NEW.title", "NEW.notes || ' ' || NEW.agenda || ' ' || NEW.location", "NEW.commission_id"),
    (2, "quotes", "''", "NEW.text", "NEW.commission_id"),
    (3, "insights", "''", "NEW.statement", "NEW.commission_id"),
    (4, "actions", "NEW.title", "NEW.description", "NEW.commission_id"),
    (5, "commitments", "NEW.ref", "NEW.pledge", "NEW.commission_id"),
    (
        6,
        "updates",
        "NEW.status",
        "NEW.note || ' ' || NEW.verdict_comment || ' ' || NEW.reported_by",
        "(SELECT commission_id FROM commitments WHERE commitments.id = NEW.commitment_id)",
    ),
    (7, "members", "NEW.display_name", "NEW.pseudonym", "NEW.commission_id"),
    (8, "organisations", "NEW.name", "''", "NEW.commission_id"),
    (9, "themes", "NEW.name", "NEW.description", "NEW.commission_id"),
]
SOURCES_0002 = SOURCES[:6]

# PostgreSQL: (table, title, body) exactly as services.search._PG_SOURCES writes them (without the alias).
PG_SOURCES = [
    ("sessions", "title", "notes || ' ' || agenda || ' ' || location"),
    ("quotes", "''", "text"),
    ("insights", "''", "statement"),
    ("actions", "title", "description"),
    ("commitments", "ref", "pledge"),
    ("updates", "status", "note || ' ' || verdict_comment || ' ' || reported_by"),
    ("members", "display_name", "pseudonym"),
    ("organisations", "name", "''"),
    ("themes", "name", "description"),
]


def _drop_sqlite(sources: list[tuple[Any, ...]]) -> None:
    for _code, table, *_ in sources:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")


def _make_sqlite(sources: list[tuple[Any, ...]], slots: int) -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "commission_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for code, table, title, body, commission in sources:
        values = f"NEW.id * {slots} + {code}, {commission}, {title}, {body}"
        add = f"INSERT INTO search_index(rowid, commission_id, title, body) VALUES ({values});"
        remove = f"DELETE FROM search_index WHERE rowid = OLD.id * {slots} + {code};"
        op.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN {remove} {add} END")
        op.execute(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {remove} END")
        op.execute(f"INSERT INTO search_index(rowid, commission_id, title, body) SELECT {values} FROM {table} AS NEW")


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        _drop_sqlite(SOURCES)
        _make_sqlite(SOURCES, 16)
        return
    for table, title, body in PG_SOURCES:
        op.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_fts ON {table} "
            f"USING gin (to_tsvector('simple', {title} || ' ' || {body}))"
        )


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        _drop_sqlite(SOURCES)
        _make_sqlite(SOURCES_0002, 8)
        return
    for table, _title, _body in PG_SOURCES:
        op.execute(f"DROP INDEX IF EXISTS {table}_search_fts")
