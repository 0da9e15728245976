"""Offences, disposals (out of court and court) and case allocation."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced


class Offence(ChildOwned, Synced, Base):
    __tablename__ = "offence"

    offence_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    offence_code: Mapped[str] = mapped_column(String(32), nullable=False)  # "offence_type"
    description: Mapped[str | None] = mapped_column(Text)
    #: "suspected" or "proven" (code list "offence_status").
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    #: YJB gravity score 1-8.
    gravity: Mapped[int] = mapped_column(Integer, nullable=False)
    victim_involved: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    serious_violence: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    disposal_id: Mapped[str | None] = mapped_column(ForeignKey("disposal.id"), index=True)


class Disposal(ChildOwned, Synced, Base):
    """What the child is "on": an out-of-court outcome, a court order, or prevention work."""

    __tablename__ = "disposal"
    #: The ongoing orders of every child at once, from the index alone (due items, and the
    #: caseload's current disposal with its start date; issue 16).
    __table_args__ = (Index("ix_disposal_ongoing", "outcome", "disposal_type", "category",
                            "deleted", "child_id", "end_date", "start_date"),)

    disposal_type: Mapped[str] = mapped_column(String(32), nullable=False)  # "disposal_type"
    #: "out_of_court", "court", "remand" or "prevention" (from the disposal_type code list).
    category: Mapped[str] = mapped_column(String(16), nullable=False)
    decision_body: Mapped[str | None] = mapped_column(String(160))  # court or panel name
    decision_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    #: The date of conviction, where it differs from the decision (sentence) date: limits
    #: such as curfew hours and unpaid work ages follow it (``resources/rules``).
    conviction_date: Mapped[dt.date | None] = mapped_column(Date)
    start_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    conditions: Mapped[str | None] = mapped_column(Text)
    #: "ongoing", "completed", "breached", "revoked", "varied" ("disposal_outcome").
    outcome: Mapped[str] = mapped_column(String(16), default="ongoing", nullable=False)
    outcome_date: Mapped[dt.date | None] = mapped_column(Date)
    responsible_officer_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))


class DisposalRequirement(ChildOwned, Synced, Base):
    """A requirement of an order or a condition of a caution (curfew, activity, ...)."""

    __tablename__ = "disposal_requirement"

    disposal_id: Mapped[str] = mapped_column(ForeignKey("disposal.id"), nullable=False,
                                             index=True)
    requirement_code: Mapped[str] = mapped_column(String(32), nullable=False)  # "requirement"
    detail: Mapped[str | None] = mapped_column(Text)
    #: Hours or days, where the requirement has a quantity (e.g. 90 days ISS, 40 hours).
    quantity: Mapped[int | None] = mapped_column(Integer)
    #: A curfew's hours in any 7 days (at most 112 for convictions from 28 June 2022).
    hours_per_week: Mapped[int | None] = mapped_column(Integer)
    #: The requirement's last day, where it ends before the order (exclusion, curfew ...).
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    #: For conditional cautions: is the condition mandatory (True) or voluntary (False)?
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class Allocation(ChildOwned, Synced, Base):
    """Who worked with the child in which capacity, from when to when."""

    __tablename__ = "allocation"

    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False,
                                         index=True)
    #: "case_manager", "cover" or "court_officer".
    allocation_role: Mapped[str] = mapped_column(String(16), nullable=False)
    from_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    to_date: Mapped[dt.date | None] = mapped_column(Date)
