"""Free text holds a spreadsheet cell's 32,767 characters; review rounds get a stable ref.

The full workbook is the coordinator's backup and must restore exactly: names, titles, places and
contact details were cut at 100–500 characters on PostgreSQL (SQLite never enforced the lengths,
so there is nothing to change there). Review rounds had no ref for the workbook's Review sheets to
use; existing rounds are numbered R-001, R-002 … per commission in the order they were made.

Revision ID: 0007
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TEXT_LIMIT = 32_767
# The columns widened, by table, each with its length before: frozen here as this revision found them.
WIDENED = {
    "commissions": {"area": 200},
    "organisations": {"name": 300},
    "members": {"display_name": 200, "pseudonym": 200, "email": 300, "phone": 100},
    "sessions": {"title": 300, "location": 300},
    "themes": {"name": 300, "colour": 20},
    "actions": {"title": 500},
    "updates": {"reported_by": 300},
    "review_rounds": {"title": 300},
}


def _lengths(*, widened: bool) -> None:
    if op.get_context().dialect.name == "sqlite":
        return
    for table, columns in WIDENED.items():
        for column, before in columns.items():
            old, new = (before, TEXT_LIMIT) if widened else (TEXT_LIMIT, before)
            op.alter_column(table, column, type_=sa.String(new), existing_type=sa.String(old), existing_nullable=False)


def upgrade() -> None:
    _lengths(widened=True)
    op.add_column("review_rounds", sa.Column("ref", sa.String(length=100), nullable=True))
    connection = op.get_bind()
    rounds = connection.execute(sa.text("SELECT id, commission_id FROM review_rounds ORDER BY commission_id, id")).all()
    counts: dict[int, int] = {}
    for round_id, commission_id in rounds:
        counts[commission_id] = counts.get(commission_id, 0) + 1
        connection.execute(
            sa.text("UPDATE review_rounds SET ref = :ref WHERE id = :id"),
            {"ref": f"R-{counts[commission_id]:03d}", "id": round_id},
        )
    op.create_index("uq_review_rounds_commission_id_ref", "review_rounds", ["commission_id", "ref"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_review_rounds_commission_id_ref", table_name="review_rounds")
    with op.batch_alter_table("review_rounds") as batch_op:
        batch_op.drop_column("ref")
    _lengths(widened=False)
