"""Milestones: the steps an organisation plans towards a pledge (title, due, done_on).

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from commission.storage.migrations.shapes import child_table

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    child_table(
        "milestones",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        parent=("commitment_id", "commitments"),
        versioned=True,
        unique=("commitment_id", "title"),
    )


def downgrade() -> None:
    op.drop_table("milestones")
