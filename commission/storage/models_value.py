"""Frameworks that actions are tagged with, and the outcomes a social return is worked out from.

The shipped frameworks (commission.frameworks.PRESETS) are rows with no commission; a coordinator's own
belong to one commission. A tag links an action to one area of a framework, so deleting an area or a
framework takes its tags with it, and deleting an action takes its tags and outcome links.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commission.storage.models import Base, Identified, Versioned, cascade


class Framework(Identified, Versioned, Base):
    __tablename__ = "frameworks"
    __table_args__ = (UniqueConstraint("commission_id", "key"),)

    commission_id: Mapped[int | None] = mapped_column(cascade("commissions.id"), index=True)  # None: shipped
    key: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(300))
    name_cy: Mapped[str] = mapped_column(String(300), default="")


class FrameworkArea(Identified, Versioned, Base):
    __tablename__ = "framework_areas"
    __table_args__ = (UniqueConstraint("framework_id", "key"),)

    framework_id: Mapped[int] = mapped_column(cascade("frameworks.id"), index=True)
    key: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(300))
    label_cy: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActionFrameworkArea(Base):
    __tablename__ = "action_framework_areas"
    action_id: Mapped[int] = mapped_column(cascade("actions.id"), primary_key=True)
    area_id: Mapped[int] = mapped_column(cascade("framework_areas.id"), primary_key=True, index=True)


FRACTIONS = ("deadweight", "attribution", "displacement", "drop_off")


class Outcome(Identified, Versioned, Base):
    """One row of the Value sheet: an outcome, its financial proxy and the adjustments (SPEC, Social value)."""

    __tablename__ = "outcomes"
    __table_args__ = (
        UniqueConstraint("commission_id", "outcome"),
        CheckConstraint("quantity >= 0", name="quantity"),
        CheckConstraint("duration >= 1", name="duration"),
        *(CheckConstraint(f"{f} >= 0 AND {f} <= 1", name=f) for f in FRACTIONS),
    )

    commission_id: Mapped[int] = mapped_column(cascade("commissions.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(300))
    stakeholder: Mapped[str] = mapped_column(String(300), default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[float] = mapped_column(Float, default=0.0)
    proxy: Mapped[float] = mapped_column(Float, default=0.0)
    proxy_source: Mapped[str] = mapped_column(Text, default="")
    duration: Mapped[int] = mapped_column(Integer, default=1)
    deadweight: Mapped[float] = mapped_column(Float, default=0.0)
    attribution: Mapped[float] = mapped_column(Float, default=0.0)
    displacement: Mapped[float] = mapped_column(Float, default=0.0)
    drop_off: Mapped[float] = mapped_column(Float, default=0.0)
    position: Mapped[int] = mapped_column(Integer, default=0)


class OutcomeAction(Base):
    __tablename__ = "outcome_actions"
    outcome_id: Mapped[int] = mapped_column(cascade("outcomes.id"), primary_key=True)
    action_id: Mapped[int] = mapped_column(cascade("actions.id"), primary_key=True, index=True)


class OutcomeInsight(Base):
    __tablename__ = "outcome_insights"
    outcome_id: Mapped[int] = mapped_column(cascade("outcomes.id"), primary_key=True)
    insight_id: Mapped[int] = mapped_column(cascade("insights.id"), primary_key=True, index=True)
