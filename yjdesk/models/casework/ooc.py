"""The out-of-court decision: the joint police-YJS decision panel, or a police-led decision
(YJB-REFERENCE 3.1)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced


class OocDecision(ChildOwned, Synced, Base):
    __tablename__ = "ooc_decision"

    referral_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    offence_id: Mapped[str | None] = mapped_column(ForeignKey("offence.id"))
    #: The YJS's screening / assessment for the decision (None until assessed).
    screening_summary: Mapped[str | None] = mapped_column(Text)
    #: The date of the decision: the panel's meeting, or the police's decision when police-led
    #: (None while the referral awaits its decision).
    panel_date: Mapped[dt.date | None] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(32))  # "ooc_decision"
    #: Who decided: "panel" (joint decision panel) or "police" (police-led), from
    #: ``yjdesk.services.casework.ooc_rules.decision_route``.
    route: Mapped[str] = mapped_column(String(16), nullable=False, default="panel",
                                       server_default="panel")
    #: The YJS's own recommendation to the panel (HMIP 3.4.1), separate from the decision.
    yjs_recommendation: Mapped[str | None] = mapped_column(String(32))  # "ooc_decision"
    recommendation_rationale: Mapped[str | None] = mapped_column(Text)
    #: The YJS's assessment for the decision (policy: within N working days of referral).
    assessed_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Date of bail, from which the police must be informed (policy: N working days).
    bail_date: Mapped[dt.date | None] = mapped_column(Date)
    police_informed_date: Mapped[dt.date | None] = mapped_column(Date)
    panel_attendees: Mapped[str | None] = mapped_column(Text)
    #: "ooc_admission": admitted, not_admitted, no_comment.
    admission: Mapped[str | None] = mapped_column(String(16))
    evidential_standard_met: Mapped[bool | None] = mapped_column(Boolean)
    #: NPCC Child Gravity Matrix score (1-5) at the decision.
    gravity_score: Mapped[int | None] = mapped_column(Integer)
    #: A police-led outcome the YJS was told of afterwards: the date it was told.
    told_date: Mapped[dt.date | None] = mapped_column(Date)
    rationale: Mapped[str | None] = mapped_column(Text)
    delivered_date: Mapped[dt.date | None] = mapped_column(Date)
    delivered_by: Mapped[str | None] = mapped_column(String(160))
    child_understood: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    parent_understood: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    #: Completion outcome (KPI "out-of-court disposal completion"): code list "ooc_outcome".
    outcome: Mapped[str | None] = mapped_column(String(32))
    outcome_date: Mapped[dt.date | None] = mapped_column(Date)
    disposal_id: Mapped[str | None] = mapped_column(ForeignKey("disposal.id"), index=True)
    #: A youth conditional caution not complied with: the prosecution decision for the
    #: original offence ("ycc_prosecution").
    non_compliance_date: Mapped[dt.date | None] = mapped_column(Date)
    prosecution_decision: Mapped[str | None] = mapped_column(String(32))
    prosecution_decision_date: Mapped[dt.date | None] = mapped_column(Date)


class OocCondition(ChildOwned, Synced, Base):
    """A condition or intervention agreed by the panel, voluntary or mandatory."""

    __tablename__ = "ooc_condition"

    decision_id: Mapped[str] = mapped_column(ForeignKey("ooc_decision.id"), nullable=False,
                                             index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
