"""Search everywhere: a full-text index over notes, quotes, insights, actions, pledges and updates.

On SQLite an FTS5 table kept current by triggers; its rowid is record id * 8 + a kind code, so a
change touches one index row without a scan. PostgreSQL searches the tables directly (services.search).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of commission.storage.search_index.SOURCES as this revision made it.
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
]


def upgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "commission_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for code, table, title, body, commission in SOURCES:
        values = f"NEW.id * 8 + {code}, {commission}, {title}, {body}"
        add = f"INSERT INTO search_index(rowid, commission_id, title, body) VALUES ({values});"
        remove = f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code};"
        op.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN {remove} {add} END")
        op.execute(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {remove} END")
        op.execute(f"INSERT INTO search_index(rowid, commission_id, title, body) SELECT {values} FROM {table} AS NEW")


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    for _code, table, *_ in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
