"""Organisations get a language and a contact for update returns; return rounds record what was sent,
when it is due and when it came back.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

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
    op.add_column(
        "organisations", sa.Column("contact_name", sa.String(length=TEXT_LIMIT), server_default="", nullable=False)
    )
    op.add_column(
        "organisations", sa.Column("contact_email", sa.String(length=TEXT_LIMIT), server_default="", nullable=False)
    )
    op.create_table(
        "return_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commission_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("folder", sa.String(length=TEXT_LIMIT), nullable=False),
        sa.ForeignKeyConstraint(
            ["commission_id"],
            ["commissions.id"],
            name=op.f("fk_return_rounds_commission_id_commissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_rounds")),
    )
    op.create_index(op.f("ix_return_rounds_commission_id"), "return_rounds", ["commission_id"], unique=False)
    op.create_table(
        "return_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("file_name", sa.String(length=TEXT_LIMIT), nullable=False),
        sa.Column("draft", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("reminded_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["return_rounds.id"], name=op.f("fk_return_sent_round_id_return_rounds"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_return_sent_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_sent")),
        sa.UniqueConstraint("round_id", "organisation_id", name=op.f("uq_return_sent_round_id")),
    )
    op.create_index(op.f("ix_return_sent_round_id"), "return_sent", ["round_id"], unique=False)
    op.create_index(op.f("ix_return_sent_organisation_id"), "return_sent", ["organisation_id"], unique=False)


def downgrade() -> None:
    op.drop_table("return_sent")
    op.drop_table("return_rounds")
    if op.get_context().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_organisations_language"), "organisations", type_="check")
    with op.batch_alter_table("organisations") as batch_op:
        batch_op.drop_column("contact_email")
        batch_op.drop_column("contact_name")
        batch_op.drop_column("language")
