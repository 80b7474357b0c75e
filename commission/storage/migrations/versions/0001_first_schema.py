"""First schema: every term of SPEC's vocabulary, and an append-only audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 19:21:42.906836
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from commission.storage.migrations.shapes import (
    CASCADE,
    SET_NULL,
    Check,
    Link,
    child_table,
    create_table,
    id_column,
    link_column,
    pairing_table,
    ref_column,
    version_column,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

LANGUAGE = ("language", "language IN ('en', 'cy')")
# the order the tables are made in (downgrade drops them in reverse)
TABLES = [
    "app_info",
    "audit_entries",
    "commissions",
    "organisations",
    "review_rounds",
    "sessions",
    "themes",
    "actions",
    "insights",
    "members",
    "review_items",
    "action_insights",
    "attendance",
    "commitments",
    "consents",
    "insight_sessions",
    "quotes",
    "review_responses",
    "review_reviewers",
    "quote_insights",
    "updates",
]


# every table but app_info, audit_entries and commissions, as the models' tables were (the order they are made in)
def _tables() -> None:
    _record(
        "organisations",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        checks=[("kind", "kind IN ('council', 'health', 'dwp', 'housing', 'voluntary', 'business', 'other')")],
    )
    child_table(
        "review_rounds",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        parent=("commission_id", "commissions"),
        versioned=True,
        checks=[("status", "status IN ('open', 'closed')")],
    )
    _record(
        "sessions",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        checks=[("kind", "kind IN ('listening', 'theme', 'working group', 'joint', 'launch', 'closing', 'follow-up')")],
    )
    _record(
        "themes",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        link_column("parent_id", nullable=True),
        sa.Column("asset", sa.String(length=10), nullable=True),
        sa.Column("colour", sa.String(length=20), nullable=False),
        checks=[("asset", "asset IS NULL OR asset IN ('human', 'social', 'physical', 'public', 'financial')")],
        links=[("parent_id", "themes", SET_NULL)],
    )
    _record(
        "actions",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        link_column("agreed_session_id", nullable=True),
        links=[("agreed_session_id", "sessions", SET_NULL)],
    )
    _record(
        "insights",
        link_column("theme_id"),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        checks=[("status", "status IN ('draft', 'in review', 'agreed')")],
        links=[("theme_id", "themes", CASCADE)],
    )
    _record(
        "members",
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        link_column("organisation_id", nullable=True),
        sa.Column("pseudonym", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("accessibility_notes", sa.Text(), nullable=False),
        sa.Column("erased_on", sa.Date(), nullable=True),
        checks=[LANGUAGE, ("role", "role IN ('community', 'civic', 'facilitator', 'guest')")],
        links=[("organisation_id", "organisations", SET_NULL)],
    )
    child_table(
        "review_items",
        sa.Column("item_kind", sa.String(length=20), nullable=False),
        link_column("item_id", nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_version", sa.Integer(), nullable=False),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.Column("resolution_note", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        parent=("round_id", "review_rounds"),
        checks=[
            ("item_kind", "item_kind IN ('insight', 'action', 'session_notes', 'report_text', 'update')"),
            ("resolution", "resolution IN ('open', 'agreed', 'edited', 'kept')"),
        ],
    )
    pairing_table("action_insights", ("action_id", "actions"), ("insight_id", "insights"), links_by_name=True)
    create_table(
        "attendance",
        link_column("session_id"),
        link_column("member_id"),
        sa.Column("status", sa.String(length=10), nullable=False),
        checks=[("status", "status IN ('present', 'apologies', 'absent')")],
        links=[("member_id", "members", CASCADE), ("session_id", "sessions", CASCADE)],
        key=("session_id", "member_id"),
    )
    _record(
        "commitments",
        link_column("action_id"),
        link_column("organisation_id"),
        sa.Column("pledge", sa.Text(), nullable=False),
        link_column("made_by_id", nullable=True),
        sa.Column("made_on", sa.Date(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("weight", sa.Float(), nullable=False),
        checks=[("weight", "weight > 0")],
        links=[
            ("action_id", "actions", CASCADE),
            ("made_by_id", "members", SET_NULL),
            ("organisation_id", "organisations", CASCADE),
        ],
    )
    child_table(
        "consents",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        parent=("member_id", "members"),
        checks=[("kind", "kind IN ('named', 'quote')")],
    )
    pairing_table("insight_sessions", ("insight_id", "insights"), ("session_id", "sessions"), links_by_name=True)
    _record(
        "quotes",
        link_column("session_id"),
        link_column("member_id", nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        links=[("member_id", "members", SET_NULL), ("session_id", "sessions", CASCADE)],
    )
    child_table(
        "review_responses",
        link_column("member_id"),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("text_version", sa.Integer(), nullable=False),
        parent=("item_id", "review_items"),
        checks=[("answer", "answer IN ('agree', 'change', 'disagree')")],
        links=[("member_id", "members", CASCADE)],
        unique=("item_id", "member_id", "text_version"),
    )
    create_table(
        "review_reviewers",
        link_column("round_id"),
        link_column("member_id"),
        sa.Column("asked_on", sa.Date(), nullable=False),
        links=[("member_id", "members", CASCADE), ("round_id", "review_rounds", CASCADE)],
        key=("round_id", "member_id"),
    )
    pairing_table("quote_insights", ("quote_id", "quotes"), ("insight_id", "insights"), links_by_name=True)
    child_table(
        "updates",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("progress", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reported_by", sa.String(length=300), nullable=False),
        sa.Column("verdict", sa.String(length=12), nullable=False),
        sa.Column("verdict_comment", sa.Text(), nullable=False),
        parent=("commitment_id", "commitments"),
        versioned=True,
        checks=[
            ("status", "status IN ('not started', 'in progress', 'at risk', 'stalled', 'done', 'dropped')"),
            ("verdict", "verdict IN ('agree', 'partly', 'disagree', 'not assessed')"),
            ("progress", "progress IS NULL OR (progress >= 0 AND progress <= 100)"),
        ],
    )


def _record(table: str, *columns: sa.Column[Any], checks: Sequence[Check] = (), links: Sequence[Link] = ()) -> None:
    """A table of records a commission owns: an id, the commission and a ref unique in it first, the
    version last; its foreign keys in column-name order, as autogenerate wrote them."""
    create_table(
        table,
        id_column(),
        link_column("commission_id"),
        ref_column(),
        *columns,
        version_column(),
        checks=checks,
        links=sorted([("commission_id", "commissions", CASCADE), *links]),
        unique=("commission_id", "ref"),
    )


def upgrade() -> None:
    create_table(
        "app_info",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        key=("key",),
    )
    create_table(
        "audit_entries",
        id_column(),
        sa.Column("at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        link_column("commission_id", nullable=True),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        link_column("record_id", nullable=True),
        sa.Column("record_ref", sa.String(length=100), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
    )
    # no foreign key: the trail outlives what it records
    op.create_index(op.f("ix_audit_entries_commission_id"), "audit_entries", ["commission_id"], unique=False)
    create_table(
        "commissions",
        id_column(),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        version_column(),
        checks=[LANGUAGE],
        unique=("name",),
    )
    _tables()
    _audit_append_only()


def downgrade() -> None:
    # dropping a table drops its indexes and triggers
    for table in reversed(TABLES):
        op.drop_table(table)


# The audit trail is append-only. The one change allowed is an erasure redacting a value to
# '[erased]' (SPEC, Privacy: the trail records that an erasure happened, not what was erased).
_REDACTION_ONLY = """
    NEW.id {same} OLD.id AND NEW.at {same} OLD.at AND NEW.actor {same} OLD.actor
    AND NEW.operation {same} OLD.operation AND NEW.record_kind {same} OLD.record_kind
    AND NEW.record_id {same} OLD.record_id AND NEW.field {same} OLD.field
    AND (NEW.old_value {same} OLD.old_value OR NEW.old_value = '[erased]')
    AND (NEW.new_value {same} OLD.new_value OR NEW.new_value = '[erased]')
"""


def _audit_append_only() -> None:
    if op.get_context().dialect.name == "sqlite":
        allowed = _REDACTION_ONLY.format(same="IS")
        op.execute(
            "CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
        )
        op.execute(
            f"CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries WHEN NOT ({allowed}) "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
        )
    else:
        allowed = _REDACTION_ONLY.format(same="IS NOT DISTINCT FROM")
        op.execute(
            f"""
            CREATE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND ({allowed}) THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'the audit trail is append-only';
            END $$ LANGUAGE plpgsql
            """
        )
        op.execute(
            "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries "
            "FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()"
        )
