"""Organisations get a language and a contact for update returns; return rounds record what was sent,
when it is due and when it came back.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from commission.storage.migrations.shapes import CASCADE, child_table, link_column

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TEXT_LIMIT = 32_767


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        # SQLite takes a CHECK in ADD COLUMN; rebuilding the table (batch mode) could lose the others
        op.execute(
            "ALTER TABLE organisations ADD COLUMN language VARCHAR(2) DEFAULT 'en' NOT NULL "
            "CONSTRAINT ck_organisations_language CHECK (language IN ('en', 'cy'))"
        )
    else:
        op.add_column("organisations", sa.Column("language", sa.String(length=2), server_default="en", nullable=False))
        op.create_check_constraint(op.f("ck_organisations_language"), "organisations", "language IN ('en', 'cy')")
    for column in ("contact_name", "contact_email"):
        op.add_column(
            "organisations", sa.Column(column, sa.String(length=TEXT_LIMIT), server_default="", nullable=False)
        )
    child_table(
        "return_rounds",
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("folder", sa.String(length=TEXT_LIMIT), nullable=False),
        parent=("commission_id", "commissions"),
    )
    child_table(
        "return_sent",
        link_column("organisation_id"),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("file_name", sa.String(length=TEXT_LIMIT), nullable=False),
        sa.Column("draft", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("reminded_on", sa.Date(), nullable=True),
        parent=("round_id", "return_rounds"),
        versioned=True,
        links=[("organisation_id", "organisations", CASCADE)],
        unique=("round_id", "organisation_id"),
        unique_name="uq_return_sent_round_id",
    )


def downgrade() -> None:
    op.drop_table("return_sent")
    op.drop_table("return_rounds")
    with op.batch_alter_table("organisations") as batch_op:
        batch_op.drop_constraint(op.f("ck_organisations_language"), type_="check")
        batch_op.drop_column("contact_email")
        batch_op.drop_column("contact_name")
        batch_op.drop_column("language")
