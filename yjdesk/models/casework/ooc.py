"""The out-of-court decision (Youth Disposal / joint decision panel)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced


class OocDecision(ChildOwned, Synced, Base):
    __tablename__ = "ooc_decision"

    referral_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    offence_id: Mapped[str | None] = mapped_column(ForeignKey("offence.id"))
    screening_summary: Mapped[str] = mapped_column(Text, nullable=False)
    panel_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    decision: Mapped[str] = mapped_column(String(32), nullable=False)  # "ooc_decision"
    rationale: Mapped[str] = mapped_column(Text, nullable=False)
    delivered_date: Mapped[dt.date | None] = mapped_column(Date)
    delivered_by: Mapped[str | None] = mapped_column(String(160))
    child_understood: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    parent_understood: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    #: Completion outcome (KPI "out-of-court disposal completion"): code list "ooc_outcome".
    outcome: Mapped[str | None] = mapped_column(String(32))
    outcome_date: Mapped[dt.date | None] = mapped_column(Date)
    disposal_id: Mapped[str | None] = mapped_column(ForeignKey("disposal.id"), index=True)


class OocCondition(ChildOwned, Synced, Base):
    """A condition or intervention agreed by the panel, voluntary or mandatory."""

    __tablename__ = "ooc_condition"

    decision_id: Mapped[str] = mapped_column(ForeignKey("ooc_decision.id"), nullable=False,
                                             index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
