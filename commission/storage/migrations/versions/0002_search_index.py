"""Search everywhere: a full-text index over notes, quotes, insights, actions, pledges and updates.

On SQLite an FTS5 table kept current by triggers; its rowid is record id * 8 + a kind code, so a
change touches one index row without a scan. PostgreSQL searches the tables directly (services.search).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from commission.storage.migrations import shapes

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    shapes.make_search_index(shapes.SEARCH_0002, 8)


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    shapes.drop_search_triggers(shapes.SEARCH_0002)
    op.execute("DROP TABLE IF EXISTS search_index")
