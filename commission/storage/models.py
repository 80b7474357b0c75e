"""The database schema: SQLAlchemy 2.x typed models for SPEC.md's vocabulary.

Real foreign keys that cascade, CHECK constraints for every enumeration and range, and `ref` unique
per commission per kind. Editable records carry a `version` for optimistic concurrency.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from commission import vocab

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def one_of(column: str, choices: tuple[str, ...], name: str | None = None, nullable: bool = False) -> CheckConstraint:
    listed = ", ".join(f"'{c}'" for c in choices)
    test = f"{column} IN ({listed})"
    if nullable:
        test = f"{column} IS NULL OR {test}"
    return CheckConstraint(test, name=name or column)


# Free text holds what a spreadsheet cell holds (SPEC), on every backend: refs and the commission's name
# stay short, as they are unique keys (PostgreSQL cannot index a key of tens of thousands of characters).
TEXT_LIMIT = 32_767


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    __table__: ClassVar[Table]  # every model here is a plain table (SQLAlchemy types it as any FromClause)


def cascade(table_column: str) -> ForeignKey:
    return ForeignKey(table_column, ondelete="CASCADE")


def set_null(table_column: str) -> ForeignKey:
    return ForeignKey(table_column, ondelete="SET NULL")


def link(first: str, second: str) -> tuple[Mapped[int], Mapped[int]]:
    """The two columns of a table that links two records: each a foreign key that goes with its record,
    together the primary key; the second indexed too (the first leads the primary key's index)."""
    return (
        mapped_column(cascade(first), primary_key=True),
        mapped_column(cascade(second), primary_key=True, index=True),
    )


class Identified:
    """A row named by an id of its own, its first column (before CommissionRecord's commission and ref)."""

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-2)


class Versioned:
    """An editable record: `version` (the last column) counts its edits, for optimistic concurrency."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1", sort_order=1)

    # typed here as mypy cannot follow the directive through models_value's import of this module
    __mapper_args__: Any = declared_attr.directive(lambda cls: {"version_id_col": cls.version})


class CommissionRecord(Identified, Versioned):
    """A record a commission owns: its id, commission and ref come first (the ref is unique per commission
    by each table's UniqueConstraint("commission_id", "ref"))."""

    commission_id: Mapped[int] = mapped_column(cascade("commissions.id"), index=True, sort_order=-1)
    ref: Mapped[str] = mapped_column(String(100), sort_order=-1)


class AppInfo(Base):
    """Marks a database as Commission's own, so foreign files are refused rather than altered."""

    __tablename__ = "app_info"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Commission(Identified, Versioned, Base):
    __tablename__ = "commissions"
    __table_args__ = (one_of("language", vocab.LANGUAGES),)

    name: Mapped[str] = mapped_column(String(200), unique=True)
    area: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(2), default="en")
    description: Mapped[str] = mapped_column(Text, default="")
    name_cy: Mapped[str] = mapped_column(String(200), default="", server_default="")  # SPEC: Welsh versions
    investment: Mapped[float | None] = mapped_column(Float)  # £, for the social return (SPEC, Social value)
    discount_rate: Mapped[float | None] = mapped_column(Float)  # None: the Green Book's 3.5%


class Organisation(CommissionRecord, Base):
    __tablename__ = "organisations"
    __table_args__ = (
        UniqueConstraint("commission_id", "ref"),
        one_of("kind", vocab.ORGANISATION_KINDS),
        one_of("language", vocab.LANGUAGES),
    )

    name: Mapped[str] = mapped_column(String(TEXT_LIMIT))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    name_cy: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="", server_default="")
    # Since revision 0008: the language it works in, and who update returns go to (never in outputs for others)
    language: Mapped[str] = mapped_column(String(2), default="en", server_default="en")
    contact_name: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="", server_default="")
    contact_email: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="", server_default="")


class Member(CommissionRecord, Base):
    __tablename__ = "members"
    __table_args__ = (
        UniqueConstraint("commission_id", "ref"),
        one_of("role", vocab.ROLES),
        one_of("language", vocab.LANGUAGES),
    )

    display_name: Mapped[str] = mapped_column(String(TEXT_LIMIT))
    role: Mapped[str] = mapped_column(String(20))
    organisation_id: Mapped[int | None] = mapped_column(set_null("organisations.id"), index=True)
    pseudonym: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="")
    language: Mapped[str] = mapped_column(String(2), default="en")
    email: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="")
    phone: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="")
    accessibility_notes: Mapped[str] = mapped_column(Text, default="")
    erased_on: Mapped[date | None] = mapped_column(Date)

    consents: Mapped[list[Consent]] = relationship(
        back_populates="member", order_by="Consent.id", cascade="all, delete-orphan", passive_deletes=True
    )


class Consent(Identified, Base):
    """One entry in a member's consent history; the latest per kind is in force. Never deleted."""

    __tablename__ = "consents"
    __table_args__ = (one_of("kind", vocab.CONSENT_KINDS),)

    member_id: Mapped[int] = mapped_column(cascade("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    given: Mapped[bool] = mapped_column(Boolean)
    expires: Mapped[date | None] = mapped_column(Date)
    recorded_on: Mapped[date] = mapped_column(Date)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship(back_populates="consents")


class Session(CommissionRecord, Base):
    """A meeting of the commission (not a database session)."""

    __tablename__ = "sessions"
    __table_args__ = (UniqueConstraint("commission_id", "ref"), one_of("kind", vocab.SESSION_KINDS))

    date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(TEXT_LIMIT))
    kind: Mapped[str] = mapped_column(String(20), default="listening")
    location: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (one_of("status", vocab.ATTENDANCE),)

    session_id, member_id = link("sessions.id", "members.id")
    status: Mapped[str] = mapped_column(String(10))


class Theme(CommissionRecord, Base):
    __tablename__ = "themes"
    __table_args__ = (UniqueConstraint("commission_id", "ref"), one_of("asset", vocab.ASSETS, nullable=True))

    name: Mapped[str] = mapped_column(String(TEXT_LIMIT))
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(set_null("themes.id"), index=True)
    asset: Mapped[str | None] = mapped_column(String(10))
    colour: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="")
    name_cy: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="", server_default="")
    description_cy: Mapped[str] = mapped_column(Text, default="", server_default="")


class Insight(CommissionRecord, Base):
    __tablename__ = "insights"
    __table_args__ = (UniqueConstraint("commission_id", "ref"), one_of("status", vocab.INSIGHT_STATUSES))

    theme_id: Mapped[int] = mapped_column(cascade("themes.id"), index=True)
    statement: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    statement_cy: Mapped[str] = mapped_column(Text, default="", server_default="")


class InsightSession(Base):
    __tablename__ = "insight_sessions"
    insight_id, session_id = link("insights.id", "sessions.id")


class Quote(CommissionRecord, Base):
    __tablename__ = "quotes"
    __table_args__ = (UniqueConstraint("commission_id", "ref"),)

    session_id: Mapped[int] = mapped_column(cascade("sessions.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(set_null("members.id"), index=True)
    text: Mapped[str] = mapped_column(Text)


class QuoteInsight(Base):
    __tablename__ = "quote_insights"
    quote_id, insight_id = link("quotes.id", "insights.id")


class Action(CommissionRecord, Base):
    __tablename__ = "actions"
    __table_args__ = (UniqueConstraint("commission_id", "ref"),)

    title: Mapped[str] = mapped_column(String(TEXT_LIMIT))
    description: Mapped[str] = mapped_column(Text, default="")
    agreed_session_id: Mapped[int | None] = mapped_column(set_null("sessions.id"), index=True)
    title_cy: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="", server_default="")
    description_cy: Mapped[str] = mapped_column(Text, default="", server_default="")


class ActionInsight(Base):
    __tablename__ = "action_insights"
    action_id, insight_id = link("actions.id", "insights.id")


class Commitment(CommissionRecord, Base):
    __tablename__ = "commitments"
    __table_args__ = (UniqueConstraint("commission_id", "ref"), CheckConstraint("weight > 0", name="weight"))

    action_id: Mapped[int] = mapped_column(cascade("actions.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(cascade("organisations.id"), index=True)
    pledge: Mapped[str] = mapped_column(Text)
    made_by_id: Mapped[int | None] = mapped_column(set_null("members.id"), index=True)
    made_on: Mapped[date | None] = mapped_column(Date)
    due: Mapped[date | None] = mapped_column(Date)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    pledge_cy: Mapped[str] = mapped_column(Text, default="", server_default="")


class Update(Identified, Versioned, Base):
    """A dated progress report on a commitment, with the panel's verdict beside it.

    Recorded order is `id` order: same-day updates are ordered as they were recorded.
    """

    __tablename__ = "updates"
    __table_args__ = (
        one_of("status", vocab.UPDATE_STATUSES),
        one_of("verdict", vocab.VERDICTS),
        CheckConstraint("progress IS NULL OR (progress >= 0 AND progress <= 100)", name="progress"),
    )

    commitment_id: Mapped[int] = mapped_column(cascade("commitments.id"), index=True)
    date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))
    progress: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    reported_by: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="")
    verdict: Mapped[str] = mapped_column(String(12), default="not assessed")
    verdict_comment: Mapped[str] = mapped_column(Text, default="")
    note_cy: Mapped[str] = mapped_column(Text, default="", server_default="")


class Milestone(Identified, Versioned, Base):
    """A step an organisation plans towards a pledge: a title, when it is due, and when it was done."""

    __tablename__ = "milestones"
    __table_args__ = (UniqueConstraint("commitment_id", "title"),)

    commitment_id: Mapped[int] = mapped_column(cascade("commitments.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    due: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


class ReviewRound(Identified, Versioned, Base):
    __tablename__ = "review_rounds"
    __table_args__ = (
        one_of("status", ("open", "closed")),
        Index("uq_review_rounds_commission_id_ref", "commission_id", "ref", unique=True),
    )

    commission_id: Mapped[int] = mapped_column(cascade("commissions.id"), index=True)
    # The round's stable id in the workbook (unique per commission; 'R-001' …), since revision 0007.
    ref: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(TEXT_LIMIT))
    created_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")


class ReviewItem(Identified, Base):
    """One thing put to the panel: an insight, an action, a session's notes, report text or an update."""

    __tablename__ = "review_items"
    __table_args__ = (
        one_of("item_kind", ("insight", "action", "session_notes", "report_text", "update")),
        one_of("resolution", ("open", "agreed", "edited", "kept"), name="resolution"),
    )

    round_id: Mapped[int] = mapped_column(cascade("review_rounds.id"), index=True)
    item_kind: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    text_version: Mapped[int] = mapped_column(Integer, default=1)
    resolution: Mapped[str] = mapped_column(String(10), default="open")
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ReviewReviewer(Base):
    __tablename__ = "review_reviewers"
    round_id, member_id = link("review_rounds.id", "members.id")
    asked_on: Mapped[date] = mapped_column(Date)


class ReviewResponse(Identified, Base):
    __tablename__ = "review_responses"
    __table_args__ = (UniqueConstraint("item_id", "member_id", "text_version"), one_of("answer", vocab.REVIEW_ANSWERS))

    item_id: Mapped[int] = mapped_column(cascade("review_items.id"), index=True)
    member_id: Mapped[int] = mapped_column(cascade("members.id"), index=True)
    answer: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date] = mapped_column(Date)
    text_version: Mapped[int] = mapped_column(Integer, default=1)


# Re-exported (`X as X`) so services say m.Framework; imported here, not at the top: they build on Base above.
from commission.storage.models_returns import ReturnRound as ReturnRound  # noqa: E402
from commission.storage.models_returns import ReturnSent as ReturnSent  # noqa: E402
from commission.storage.models_value import ActionFrameworkArea as ActionFrameworkArea  # noqa: E402
from commission.storage.models_value import Framework as Framework  # noqa: E402
from commission.storage.models_value import FrameworkArea as FrameworkArea  # noqa: E402
from commission.storage.models_value import Outcome as Outcome  # noqa: E402
from commission.storage.models_value import OutcomeAction as OutcomeAction  # noqa: E402
from commission.storage.models_value import OutcomeInsight as OutcomeInsight  # noqa: E402


class AuditEntry(Identified, Base):
    """Append-only: one row per change. Never updated or deleted (triggers enforce it)."""

    __tablename__ = "audit_entries"

    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    actor: Mapped[str] = mapped_column(String(200), default="")
    commission_id: Mapped[int | None] = mapped_column(Integer, index=True)
    operation: Mapped[str] = mapped_column(String(20))  # create, edit, delete, import, erase, consent
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_ref: Mapped[str] = mapped_column(String(100), default="")
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
