"""Return rounds: each time update returns are sent, which organisations got one, when it is due back and
when it came back (SPEC, the returns cycle). The latest round of a commission is its current one."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import Date

from commission.storage.models import TEXT_LIMIT, Base, Identified, cascade


class ReturnRound(Identified, Base):
    __tablename__ = "return_rounds"

    commission_id: Mapped[int] = mapped_column(cascade("commissions.id"), index=True)
    sent_on: Mapped[date] = mapped_column(Date)
    as_of: Mapped[date] = mapped_column(Date)  # the date the returns' figures are as of
    due: Mapped[date | None] = mapped_column(Date)
    folder: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="")


class ReturnSent(Identified, Base):
    """One organisation's return in a round: made on, due by, received on (None: not yet)."""

    __tablename__ = "return_sent"
    __table_args__ = (UniqueConstraint("round_id", "organisation_id"),)

    round_id: Mapped[int] = mapped_column(cascade("return_rounds.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(cascade("organisations.id"), index=True)
    made_on: Mapped[date] = mapped_column(Date)
    due: Mapped[date | None] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(TEXT_LIMIT), default="")
    draft: Mapped[bool] = mapped_column(Boolean, default=False)  # an email draft was written beside it
    received_on: Mapped[date | None] = mapped_column(Date)
    reminded_on: Mapped[date | None] = mapped_column(Date)  # the last Chase… draft
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
