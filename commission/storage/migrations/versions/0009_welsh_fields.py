"""Welsh versions of what a coordinator writes (SPEC, "Bilingual content"), found by search too.

Adds the optional `…_cy` fields: the commission's and organisations' name_cy, themes' name_cy and
description_cy, insights' statement_cy, actions' title_cy and description_cy, commitments' pledge_cy and
updates' note_cy. Each is NOT NULL with '' for "no Welsh version" (the search concatenates them).
SQLite's FTS index is rebuilt with the Welsh words in each kind's body; PostgreSQL gets new GIN indexes
on the same expressions services.search uses.

Revision ID: 0009
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from commission.storage.migrations import shapes

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


def _pg_index(sources: list[shapes.Source]) -> None:
    for table, title, body in shapes.pg_search_sources(sources):
        op.execute(f"DROP INDEX IF EXISTS {table}_search_fts")
        op.execute(
            f"CREATE INDEX {table}_search_fts ON {table} USING gin (to_tsvector('simple', {title} || ' ' || {body}))"
        )


def upgrade() -> None:
    for table, column, type_ in COLUMNS:
        op.add_column(table, sa.Column(column, type_, nullable=False, server_default=""))
    if op.get_context().dialect.name == "sqlite":
        shapes.rebuild_search_index(shapes.SEARCH_0009, 16)
    else:
        _pg_index(shapes.SEARCH_0009)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        shapes.drop_search_triggers(shapes.SEARCH_0009)
    for table, column, _type in COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(column)
    if op.get_context().dialect.name == "sqlite":
        shapes.rebuild_search_index(shapes.SEARCH_0004, 16)
    else:
        _pg_index(shapes.SEARCH_0004)
