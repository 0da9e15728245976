"""Court work: hearings, the offences before the court, pre-sentence and stand-down reports.

A hearing belongs to a child (:class:`ChildOwned`) and names the court officer covering it
(``court_officer_id``) so the sync service can scope court officers to "children with their
court work". A report (:class:`PreSentenceReport`) is either a full pre-sentence report or a
same-day stand-down report (``kind``); both follow the same gatekeeping workflow:
requested -> drafting -> submitted -> court_ready (manager) or returned -> drafting ...
-> finalised (locked and hashed). Sending to the court and the defence is recorded in
:class:`PsrSent`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.statuses import HearingStatus, PsrStatus
from yjdesk.models.types import TZDateTime


class CourtHearing(ChildOwned, Synced, Base):
    """One listing of a child's case before a court."""

    __tablename__ = "court_hearing"

    #: Code list "court"; ``court_name`` holds the name as printed (free text for "other").
    court_code: Mapped[str] = mapped_column(String(32), nullable=False)
    court_name: Mapped[str] = mapped_column(String(160), nullable=False)
    hearing_date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    #: Local wall-clock time "HH:MM" as on the court list.
    hearing_time: Mapped[str | None] = mapped_column(String(5))
    hearing_type: Mapped[str] = mapped_column(String(32), nullable=False)  # "hearing_type"
    #: "listed", "heard" or "vacated" (code list "hearing_status").
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=HearingStatus.LISTED)
    legal_representative: Mapped[str | None] = mapped_column(String(160))
    #: The defence solicitor's firm and secure e-mail, for sending reports.
    legal_rep_firm: Mapped[str | None] = mapped_column(String(160))
    legal_rep_email: Mapped[str | None] = mapped_column(String(200))
    court_officer_id: Mapped[str | None] = mapped_column(
        ForeignKey("user_account.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    #: Recorded live in court: "adjourned", "remand" or "sentence" ("hearing_outcome").
    outcome: Mapped[str | None] = mapped_column(String(16))
    remand_type: Mapped[str | None] = mapped_column(String(32))  # "remand_type"
    outcome_notes: Mapped[str | None] = mapped_column(Text)
    outcome_recorded_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    outcome_recorded_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    #: The disposal a sentence (or a remand into accommodation) created.
    disposal_id: Mapped[str | None] = mapped_column(ForeignKey("disposal.id"), index=True)
    #: The hearing the case was adjourned to.
    next_hearing_id: Mapped[str | None] = mapped_column(String(36))


class HearingOffence(ChildOwned, Synced, Base):
    """An offence before the court at a hearing."""

    __tablename__ = "court_hearing_offence"

    hearing_id: Mapped[str] = mapped_column(ForeignKey("court_hearing.id"), nullable=False,
                                            index=True)
    offence_id: Mapped[str] = mapped_column(ForeignKey("offence.id"), nullable=False,
                                            index=True)
    #: "guilty", "not_guilty" or None (no plea entered yet).
    plea: Mapped[str | None] = mapped_column(String(16))


class PreSentenceReport(ChildOwned, Synced, Base):
    """A pre-sentence report or a stand-down report for a hearing."""

    __tablename__ = "psr"

    hearing_id: Mapped[str] = mapped_column(ForeignKey("court_hearing.id"), nullable=False,
                                            index=True)
    #: "psr" or "stand_down".
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default="psr")
    requested_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    due_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    #: requested, drafting, submitted, returned, court_ready, finalised ("psr_status").
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=PsrStatus.REQUESTED)

    #: Sources of information, one per line.
    sources: Mapped[str | None] = mapped_column(Text)
    offence_analysis: Mapped[str | None] = mapped_column(Text)
    circumstances: Mapped[str | None] = mapped_column(Text)
    maturity: Mapped[str | None] = mapped_column(Text)
    needs: Mapped[str | None] = mapped_column(Text)
    strengths: Mapped[str | None] = mapped_column(Text)
    likelihood_of_reoffending: Mapped[str | None] = mapped_column(String(16))
    reoffending_rationale: Mapped[str | None] = mapped_column(Text)
    risk_of_serious_harm: Mapped[str | None] = mapped_column(String(16))
    serious_harm_rationale: Mapped[str | None] = mapped_column(Text)
    safety_wellbeing: Mapped[str | None] = mapped_column(String(16))
    safety_wellbeing_rationale: Mapped[str | None] = mapped_column(Text)
    conclusion: Mapped[str | None] = mapped_column(Text)
    proposal_disposal_type: Mapped[str | None] = mapped_column(String(32))
    proposal_months: Mapped[int | None] = mapped_column(Integer)
    proposal_detail: Mapped[str | None] = mapped_column(Text)
    #: When no countersigned, recent assessment stands behind the ratings: how they were
    #: assessed for this report (printed in it; required before the quality check).
    assessment_basis: Mapped[str | None] = mapped_column(Text)

    #: The countersigned assessment stage the report was pre-filled from.
    source_stage_id: Mapped[str | None] = mapped_column(String(36), index=True)
    source_stage_countersigned_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())

    submitted_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    checked_by_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    checked_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    finalised_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    finalised_by_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    #: SHA-256 of the canonical content, set when the report is finalised.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    #: Why a manager deleted it once it was locked (final, closed, countersigned or
    #: finalised); kept in the record's history (``services.locks``).
    deleted_reason: Mapped[str | None] = mapped_column(Text)


class PsrRequirement(ChildOwned, Synced, Base):
    """A requirement of the sentence a report proposes (code list "requirement")."""

    __tablename__ = "psr_requirement"

    psr_id: Mapped[str] = mapped_column(ForeignKey("psr.id"), nullable=False, index=True)
    requirement_code: Mapped[str] = mapped_column(String(32), nullable=False)
    detail: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class PsrReview(ChildOwned, Synced, Base):
    """One step of the gatekeeping loop: submitted, returned (with comments), court ready."""

    __tablename__ = "psr_review"

    psr_id: Mapped[str] = mapped_column(ForeignKey("psr.id"), nullable=False, index=True)
    #: "submitted", "returned", "court_ready" or "finalised".
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    by_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)
    comments: Mapped[str | None] = mapped_column(Text)


class PsrSent(ChildOwned, Synced, Base):
    """When, how and to whom a finalised report was sent (court, defence ...)."""

    __tablename__ = "psr_sent"

    psr_id: Mapped[str] = mapped_column(ForeignKey("psr.id"), nullable=False, index=True)
    #: "court", "defence", "cps" or "other" (code list "psr_recipient").
    recipient_type: Mapped[str] = mapped_column(String(16), nullable=False)
    recipient_name: Mapped[str] = mapped_column(String(200), nullable=False)
    #: "secure_email", "court_store", "by_hand" ("psr_send_method").
    method: Mapped[str] = mapped_column(String(16), nullable=False)
    sent_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)
    sent_by_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    #: The hash of the version that was sent.
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
