"""AssetPlus-style assessment stages, their answers and their lifecycle events (issue 3).

A stage belongs to a child and an intervention (a :class:`~yjdesk.models.justice.Disposal`,
prevention work included). Its answers live in ``assessment_answer`` (one row per question,
each with its own "as at" date and carry-forward provenance); the ratings and the structured
facts the KPIs need are real columns on ``assessment_stage``, kept in step with their answers
by the service layer. ``status == "countersigned"`` means the stage is locked for good.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.statuses import StageStatus
from yjdesk.models.types import TZDateTime

STAGE_TYPES = ("start", "review", "end", "transfer_in")


class NeedsColumns:
    """The needs items of an assessment stage the KPIs count: columns of
    ``assessment_stage`` (kept in step with their answers by the service layer) and of its
    derived copy ``kpi_stage`` (:class:`yjdesk.models.kpi.KpiStage`)."""

    send: Mapped[bool | None] = mapped_column(Boolean)
    ehcp: Mapped[bool | None] = mapped_column(Boolean)
    mental_health_need: Mapped[bool | None] = mapped_column(Boolean)
    substance_misuse_need: Mapped[bool | None] = mapped_column(Boolean)
    criminal_exploitation: Mapped[bool | None] = mapped_column(Boolean)
    sexual_exploitation: Mapped[bool | None] = mapped_column(Boolean)
    missing_episodes: Mapped[bool | None] = mapped_column(Boolean)

    # --- the needs profile (form version 3; appendix 7 of the 2023-24 plan) -----------------
    parent_mental_health: Mapped[bool | None] = mapped_column(Boolean)
    parent_substance_misuse: Mapped[bool | None] = mapped_column(Boolean)
    parent_offending: Mapped[bool | None] = mapped_column(Boolean)
    domestic_abuse_witnessed: Mapped[bool | None] = mapped_column(Boolean)
    bereavement: Mapped[bool | None] = mapped_column(Boolean)
    mental_health_diagnosis: Mapped[bool | None] = mapped_column(Boolean)
    self_harm_or_suicide_attempt: Mapped[bool | None] = mapped_column(Boolean)
    speech_language_need: Mapped[bool | None] = mapped_column(Boolean)
    health_at_risk: Mapped[bool | None] = mapped_column(Boolean)
    age_at_first_conviction: Mapped[int | None] = mapped_column(Integer)
    previous_convictions: Mapped[int | None] = mapped_column(Integer)
    #: Wider services at the assessment (KPI 8 at the start): StatusHistory values.
    looked_after_status: Mapped[str | None] = mapped_column(String(20))
    child_in_need_status: Mapped[str | None] = mapped_column(String(20))
    cp_plan_status: Mapped[str | None] = mapped_column(String(20))
    early_help_status: Mapped[str | None] = mapped_column(String(20))


class AssessmentStage(NeedsColumns, ChildOwned, Synced, Base):
    __tablename__ = "assessment_stage"

    disposal_id: Mapped[str] = mapped_column(ForeignKey("disposal.id"), nullable=False,
                                             index=True)
    #: "start", "review", "end" or "transfer_in".
    stage_type: Mapped[str] = mapped_column(String(16), nullable=False)
    #: "draft", "submitted", "countersigned" (locked) or "returned" (editable, with comments).
    status: Mapped[str] = mapped_column(String(16), default=StageStatus.DRAFT, nullable=False,
                                        index=True)
    form_version: Mapped[int] = mapped_column(Integer, nullable=False)
    #: The stage this one carries forward (a review carries the last countersigned stage).
    previous_stage_id: Mapped[str | None] = mapped_column(
        ForeignKey("assessment_stage.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False,
                                           index=True)
    #: The YJS that wrote it, when transferred in from another service.
    authoring_service: Mapped[str | None] = mapped_column(String(120))
    started_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    submitted_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    countersign_due_on: Mapped[dt.date | None] = mapped_column(Date)
    countersigned_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    countersigned_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    #: SHA-256 (hex) of the canonical content at countersigning.
    content_hash: Mapped[str | None] = mapped_column(String(64))

    # --- explanations and conclusions: each rating with its rationale ----------------------
    likelihood_reoffending: Mapped[str | None] = mapped_column(String(16))  # low/medium/high
    likelihood_rationale: Mapped[str | None] = mapped_column(Text)
    #: Risk of serious harm to others: low / medium / high / very_high.
    rosh: Mapped[str | None] = mapped_column(String(16))
    rosh_rationale: Mapped[str | None] = mapped_column(Text)
    #: Safety and wellbeing concerns: low / medium / high / very_high.
    safety_wellbeing: Mapped[str | None] = mapped_column(String(16))
    safety_wellbeing_rationale: Mapped[str | None] = mapped_column(Text)
    mappa_eligible: Mapped[bool | None] = mapped_column(Boolean)
    mappa_category: Mapped[int | None] = mapped_column(Integer)  # 1-3
    mappa_level: Mapped[int | None] = mapped_column(Integer)  # 1-3
    mappa_rationale: Mapped[str | None] = mapped_column(Text)
    #: standard / enhanced / intensive.
    intervention_level: Mapped[str | None] = mapped_column(String(16))
    intervention_level_rationale: Mapped[str | None] = mapped_column(Text)
    contingency_plan: Mapped[str | None] = mapped_column(Text)
    #: The case-work plan this stage feeds (no FK: plans live in a later revision).
    plan_id: Mapped[str | None] = mapped_column(String(36), index=True)

    # --- structured facts the KPIs count --------------------------------------------------
    accommodation_type: Mapped[str | None] = mapped_column(String(32))  # "accommodation_type"
    accommodation_suitable: Mapped[bool | None] = mapped_column(Boolean)
    ete_status: Mapped[str | None] = mapped_column(String(32))  # "ete_status"
    ete_hours: Mapped[int | None] = mapped_column(Integer)
    # (and the needs items: NeedsColumns)
    learning_plan: Mapped[bool | None] = mapped_column(Boolean)
    #: none / planned / offered / attending.
    mental_health_intervention: Mapped[str | None] = mapped_column(String(16))
    substance_misuse_intervention: Mapped[str | None] = mapped_column(String(16))
    #: none / at_risk / involved / previously_involved.
    county_lines: Mapped[str | None] = mapped_column(String(24))

    @property
    def locked(self) -> bool:
        return self.status == StageStatus.COUNTERSIGNED
    #: Why a manager deleted it once it was locked (final, closed, countersigned or
    #: finalised); kept in the record's history (``services.locks``).
    deleted_reason: Mapped[str | None] = mapped_column(Text)


class AssessmentAnswer(ChildOwned, Synced, Base):
    """One answer. ``value`` is JSON text; ``as_at`` the date the information was current."""

    __tablename__ = "assessment_answer"
    __table_args__ = (UniqueConstraint("stage_id", "question_key"),)

    stage_id: Mapped[str] = mapped_column(ForeignKey("assessment_stage.id"), nullable=False,
                                          index=True)
    question_key: Mapped[str] = mapped_column(String(64), nullable=False)
    value: Mapped[str | None] = mapped_column(Text)
    yet_to_clarify: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    as_at: Mapped[dt.date] = mapped_column(Date, nullable=False)
    #: The earlier stage this answer was carried forward from (None = new in this stage).
    carried_forward_from: Mapped[str | None] = mapped_column(String(36))
    #: True once a carried-forward answer has been changed in this stage.
    changed: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class AssessmentEvent(ChildOwned, Synced, Base):
    """What happened to a stage: created, submitted, returned (with comments), countersigned."""

    __tablename__ = "assessment_event"

    stage_id: Mapped[str] = mapped_column(ForeignKey("assessment_stage.id"), nullable=False,
                                          index=True)
    action: Mapped[str] = mapped_column(String(24), nullable=False)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
