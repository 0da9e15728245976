"""Significant events and the reviews they (or the calendar) make due."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.statuses import ReviewStatus


class CaseEvent(ChildOwned, Synced, Base):
    """A significant change recorded by the practitioner (arrest, homelessness, missing...)."""

    __tablename__ = "case_event"

    event_type: Mapped[str] = mapped_column(String(32), nullable=False)  # "review_trigger"
    event_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    detail: Mapped[str | None] = mapped_column(Text)
    offence_id: Mapped[str | None] = mapped_column(ForeignKey("offence.id"))


class Review(ChildOwned, Synced, Base):
    """A review of the plan: "due" (made by a trigger) until "completed".

    A completed review says what changed; either it changed the plan (``plan_changed``) or
    it says why not (``no_change_reason``).
    """

    __tablename__ = "review"

    trigger: Mapped[str] = mapped_column(String(32), nullable=False)  # "review_trigger"
    event_id: Mapped[str | None] = mapped_column(ForeignKey("case_event.id"), index=True)
    plan_id: Mapped[str | None] = mapped_column(ForeignKey("plan.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=ReviewStatus.DUE, nullable=False,
                                        index=True)
    due_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    what_changed: Mapped[str | None] = mapped_column(Text)
    other_agency_info: Mapped[str | None] = mapped_column(Text)
    plan_changed: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    no_change_reason: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
