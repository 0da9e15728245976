"""End of intervention: status at the end, continuing support, exit plan, sign-off."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.statuses import ExitStatus
from yjdesk.models.types import TZDateTime


class ExitPlan(ChildOwned, Synced, Base):
    """The end-of-intervention record. Its status columns feed the end-of-intervention KPIs."""

    __tablename__ = "exit_plan"

    disposal_id: Mapped[str | None] = mapped_column(ForeignKey("disposal.id"), index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    #: ETE at the end (code list "ete_status") and hours a week offered / attended.
    ete_status: Mapped[str | None] = mapped_column(String(32))
    ete_hours_offered: Mapped[int | None] = mapped_column(Integer)
    ete_hours_attended: Mapped[int | None] = mapped_column(Integer)
    accommodation_type: Mapped[str | None] = mapped_column(String(32))  # "accommodation_type"
    accommodation_suitable: Mapped[bool | None] = mapped_column(Boolean)
    #: Victim / restorative justice engagement at the end (code list "rj_engagement").
    rj_engagement: Mapped[str | None] = mapped_column(String(32))
    continuing_support: Mapped[str | None] = mapped_column(String(32))  # "exit_support"
    #: Wider services at the end (KPI 8): "currently", "previously", "never" or None.
    looked_after_end: Mapped[str | None] = mapped_column(String(20))
    child_in_need_end: Mapped[str | None] = mapped_column(String(20))
    cp_plan_end: Mapped[str | None] = mapped_column(String(20))
    early_help_end: Mapped[str | None] = mapped_column(String(20))
    receiving_service: Mapped[str | None] = mapped_column(String(200))
    support_detail: Mapped[str | None] = mapped_column(Text)
    strategies: Mapped[str | None] = mapped_column(Text)  # strategies the child chose
    child_feedback: Mapped[str | None] = mapped_column(Text)
    family_feedback: Mapped[str | None] = mapped_column(Text)
    #: "draft" or "signed_off".
    status: Mapped[str] = mapped_column(String(16), default=ExitStatus.DRAFT, nullable=False)
    signed_off_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    signed_off_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
