"""Milestones: the steps an organisation plans towards a pledge (title, due, done_on).

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from commission.storage.migrations.shapes import CASCADE, create_table, id_column, link_column, version_column

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_table(
        "milestones",
        id_column(),
        link_column("commitment_id"),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        version_column(),
        links=[("commitment_id", "commitments", CASCADE)],
        unique=("commitment_id", "title"),
    )


def downgrade() -> None:
    op.drop_table("milestones")
