"""Plans ("My targets") and their targets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.statuses import PlanStatus, TargetStatus


class Plan(ChildOwned, Synced, Base):
    """The child's intervention plan, with contingency plans and external controls.

    A review that changes the plan bumps ``version``. ``assessment_stage_id`` names the
    assessment stage the plan answers.
    """

    __tablename__ = "plan"

    disposal_id: Mapped[str | None] = mapped_column(ForeignKey("disposal.id"), index=True)
    assessment_stage_id: Mapped[str | None] = mapped_column(ForeignKey("assessment_stage.id"),
                                                            index=True)
    start_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    #: "active" or "closed".
    status: Mapped[str] = mapped_column(String(16), default=PlanStatus.ACTIVE, nullable=False)
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    child_words: Mapped[str | None] = mapped_column(Text)  # the plan in the child's words
    contingency_wellbeing: Mapped[str | None] = mapped_column(Text)
    contingency_others: Mapped[str | None] = mapped_column(Text)
    victim_safety: Mapped[str | None] = mapped_column(Text)
    #: External controls: structured flags plus detail.
    control_curfew: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    control_exclusion: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    control_police_links: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    external_controls: Mapped[str | None] = mapped_column(Text)


class PlanTarget(ChildOwned, Synced, Base):
    """One target: desistance, safety and wellbeing, or keeping other people safe."""

    __tablename__ = "plan_target"

    plan_id: Mapped[str] = mapped_column(ForeignKey("plan.id"), nullable=False, index=True)
    area: Mapped[str] = mapped_column(String(32), nullable=False)  # code list "plan_area"
    description: Mapped[str] = mapped_column(Text, nullable=False)
    owner: Mapped[str] = mapped_column(String(160), nullable=False)
    child_words: Mapped[str | None] = mapped_column(Text)
    planned_sessions: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    #: "open", "achieved", "not_achieved" (code list "target_status").
    status: Mapped[str] = mapped_column(String(16), default=TargetStatus.OPEN, nullable=False)
