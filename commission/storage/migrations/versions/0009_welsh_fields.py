"""Welsh versions of what a coordinator writes (SPEC, "Bilingual content"), found by search too.

Adds the optional `…_cy` fields: the commission's and organisations' name_cy, themes' name_cy and
description_cy, insights' statement_cy, actions' title_cy and description_cy, commitments' pledge_cy and
updates' note_cy. Each is NOT NULL with '' for "no Welsh version" (the search concatenates them).
SQLite's FTS index is rebuilt with the Welsh words in each kind's body; PostgreSQL gets new GIN indexes
on the same expressions services.search uses.

Revision ID: 0009
Revises: 0007
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TEXT_LIMIT = 32_767
COLUMNS = [
    ("commissions", "name_cy", sa.String(200)),
    ("organisations", "name_cy", sa.String(TEXT_LIMIT)),
    ("themes", "name_cy", sa.String(TEXT_LIMIT)),
    ("themes", "description_cy", sa.Text()),
    ("insights", "statement_cy", sa.Text()),
    ("actions", "title_cy", sa.String(TEXT_LIMIT)),
    ("actions", "description_cy", sa.Text()),
    ("commitments", "pledge_cy", sa.Text()),
    ("updates", "note_cy", sa.Text()),
]

# Frozen copies of commission.storage.search_index.SOURCES as 0004 made it and as this revision makes it.
BEFORE = [
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
AFTER = [
    (1, "sessions", "NEW.title", "NEW.notes || ' ' || NEW.agenda || ' ' || NEW.location", "NEW.commission_id"),
    (2, "quotes", "''", "NEW.text", "NEW.commission_id"),
    (3, "insights", "''", "NEW.statement || ' ' || NEW.statement_cy", "NEW.commission_id"),
    (
        4,
        "actions",
        "NEW.title",
        "NEW.description || ' ' || NEW.title_cy || ' ' || NEW.description_cy",
        "NEW.commission_id",
    ),
    (5, "commitments", "NEW.ref", "NEW.pledge || ' ' || NEW.pledge_cy", "NEW.commission_id"),
    (
        6,
        "updates",
        "NEW.status",
        "NEW.note || ' ' || NEW.verdict_comment || ' ' || NEW.reported_by || ' ' || NEW.note_cy",
        "(SELECT commission_id FROM commitments WHERE commitments.id = NEW.commitment_id)",
    ),
    (7, "members", "NEW.display_name", "NEW.pseudonym", "NEW.commission_id"),
    (8, "organisations", "NEW.name", "NEW.name_cy", "NEW.commission_id"),
    (
        9,
        "themes",
        "NEW.name",
        "NEW.description || ' ' || NEW.name_cy || ' ' || NEW.description_cy",
        "NEW.commission_id",
    ),
]


def _pg(sources: list[tuple[Any, ...]]) -> list[tuple[str, str, str]]:
    return [(table, title.replace("NEW.", ""), body.replace("NEW.", "")) for _c, table, title, body, _m in sources]


def _sqlite_index(sources: list[tuple[Any, ...]]) -> None:
    for _code, table, *_ in sources:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "commission_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for code, table, title, body, commission in sources:
        values = f"NEW.id * 16 + {code}, {commission}, {title}, {body}"
        add = f"INSERT INTO search_index(rowid, commission_id, title, body) VALUES ({values});"
        remove = f"DELETE FROM search_index WHERE rowid = OLD.id * 16 + {code};"
        op.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN {remove} {add} END")
        op.execute(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {remove} END")
        op.execute(f"INSERT INTO search_index(rowid, commission_id, title, body) SELECT {values} FROM {table} AS NEW")


def _pg_index(sources: list[tuple[Any, ...]]) -> None:
    for table, title, body in _pg(sources):
        op.execute(f"DROP INDEX IF EXISTS {table}_search_fts")
        op.execute(
            f"CREATE INDEX {table}_search_fts ON {table} USING gin (to_tsvector('simple', {title} || ' ' || {body}))"
        )


def upgrade() -> None:
    for table, column, type_ in COLUMNS:
        op.add_column(table, sa.Column(column, type_, nullable=False, server_default=""))
    if op.get_context().dialect.name == "sqlite":
        _sqlite_index(AFTER)
    else:
        _pg_index(AFTER)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for _code, table, *_ in AFTER:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")
    for table, column, _type in COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(column)
    if op.get_context().dialect.name == "sqlite":
        _sqlite_index(BEFORE)
    else:
        _pg_index(BEFORE)
