"""Management oversight, supervision, quality audits and the partnership board (issue 7).

Oversight records and quality audits belong to a child (they sync with the child's record);
board meetings and attendance belong to the service (KPI "management board attendance").
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.statuses import AuditStatus


class OversightRecord(ChildOwned, Synced, Base):
    """A manager's recorded oversight of a case, or a supervision discussion about it."""

    __tablename__ = "oversight_record"

    #: "management_oversight" or "supervision" (code list "oversight_kind").
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    recorded_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    #: The practitioner supervised (for supervision), usually the case manager.
    practitioner_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    decision: Mapped[str] = mapped_column(Text, nullable=False)
    rationale: Mapped[str] = mapped_column(Text, nullable=False)


class OversightAction(ChildOwned, Synced, Base):
    """An action agreed in oversight or supervision, with an owner and a due date."""

    __tablename__ = "oversight_action"

    oversight_id: Mapped[str] = mapped_column(ForeignKey("oversight_record.id"),
                                              nullable=False, index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    owner_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    due_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    done_on: Mapped[dt.date | None] = mapped_column(Date)


class QualityAudit(ChildOwned, Synced, Base):
    """A manager's audit of one case against the HMIP inspection questions."""

    __tablename__ = "quality_audit"

    auditor_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    #: The practitioner whose work was audited (the feedback goes to them).
    practitioner_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"),
                                                        index=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), index=True)
    audited_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    #: "court" or "out_of_court": out of court adds the joint-working questions.
    case_type: Mapped[str] = mapped_column(String(16), nullable=False)
    #: "draft" or "complete"; only complete audits roll up.
    status: Mapped[str] = mapped_column(String(16), default=AuditStatus.DRAFT, nullable=False)
    feedback: Mapped[str | None] = mapped_column(Text)
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date)
    practitioner_response: Mapped[str | None] = mapped_column(Text)


class QualityAuditAnswer(ChildOwned, Synced, Base):
    """The score for one inspection question in one audit, with the evidence for it."""

    __tablename__ = "quality_audit_answer"

    audit_id: Mapped[str] = mapped_column(ForeignKey("quality_audit.id"), nullable=False,
                                          index=True)
    #: Question code, e.g. "assessment.desistance" (see services/oversight/quality_audit.py).
    question: Mapped[str] = mapped_column(String(48), nullable=False)
    #: "sufficient", "insufficient" or "not_applicable".
    score: Mapped[str] = mapped_column(String(16), nullable=False)
    evidence: Mapped[str | None] = mapped_column(Text)


class BoardMeeting(Synced, Base):
    """A meeting of the youth justice partnership (management) board."""

    __tablename__ = "board_meeting"

    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    board: Mapped[str] = mapped_column(String(120), nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)


class BoardAttendance(Synced, Base):
    """Who represented one partner at one board meeting (seed 001:502-542)."""

    __tablename__ = "board_attendance"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("board_meeting.id"), nullable=False,
                                            index=True)
    #: Statutory or other partner (code list "board_partner").
    partner: Mapped[str] = mapped_column(String(32), nullable=False)
    member_name: Mapped[str | None] = mapped_column(String(160))
    #: "attended", "deputy", "apologies", "absent", "vacant" (code list "board_attendance").
    status: Mapped[str] = mapped_column(String(16), nullable=False)
