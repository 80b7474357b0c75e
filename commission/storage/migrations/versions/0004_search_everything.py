"""Search everything: members (display name and pseudonym, never contact details), organisations and
themes join the index, beside sessions, quotes, what we heard, actions, commitments and updates.

SQLite: the FTS5 index is rebuilt with room for more kinds (rowid = id * 16 + kind code; 0002 had 8).
PostgreSQL, which searches the tables directly (services.search), gets a GIN index per kind on the
same text expression the search uses.

Revision ID: 0004
Revises: 0002
"""

from alembic import op

from commission.storage.migrations import shapes

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        shapes.rebuild_search_index(shapes.SEARCH_0004, 16)
        return
    for table, title, body in shapes.pg_search_sources(shapes.SEARCH_0004):
        op.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_fts ON {table} "
            f"USING gin (to_tsvector('simple', {title} || ' ' || {body}))"
        )


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        shapes.rebuild_search_index(shapes.SEARCH_0002, 8, replacing=shapes.SEARCH_0004)
        return
    for table, _title, _body in shapes.pg_search_sources(shapes.SEARCH_0004):
        op.execute(f"DROP INDEX IF EXISTS {table}_search_fts")
