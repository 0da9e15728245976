"""Gatekeeping a court report: the manager's quality check, finalising, sending.

drafting/returned --submit--> submitted --court ready (team manager)--> court_ready
                                        \\--return with comments--> returned
court_ready --finalise--> finalised (locked; SHA-256 of the canonical content stored)

Only a team manager may mark a report court ready or return it, and never their own report.
A report can only be finalised once it is court ready; a finalised report cannot be changed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import PermissionDenied, RecordLocked, ValidationError, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.court import PreSentenceReport, PsrReview, PsrSent
from yjdesk.models.org import Role
from yjdesk.models.statuses import PsrReviewAction, PsrStatus
from yjdesk.models.types import utcnow
from yjdesk.services.codes import codelist
from yjdesk.services.court.hearings import require_court_role
from yjdesk.services.court.psr import (
    BASIS_MISSING,
    content_hash,
    get_psr,
    needs_basis,
    require_complete,
)
from yjdesk.services.court.sync_rules import court_ready_refusal
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors


def _review(session: Session, psr: PreSentenceReport, action: str,
            comments: str | None = None) -> PsrReview:
    row = PsrReview(child_id=psr.child_id, psr_id=psr.id, action=action,
                    by_id=actor_of(session).user_id, at=utcnow(), comments=comments)
    session.add(row)
    return row


def submit_for_check(session: Session, psr_id: str) -> PreSentenceReport:
    """The author sends the report to a manager for its quality check."""
    require_court_role(session)
    psr = get_psr(session, psr_id)
    if psr.status == PsrStatus.FINALISED:
        raise RecordLocked("This report has been finalised.")
    if psr.status not in (PsrStatus.DRAFTING, PsrStatus.RETURNED, PsrStatus.REQUESTED):
        raise WorkflowError("This report is already with a manager or checked.")
    require_complete(session, psr)
    psr.status = PsrStatus.SUBMITTED
    psr.submitted_at = utcnow()
    _review(session, psr, PsrReviewAction.SUBMITTED)
    session.flush()
    return psr


def _require_gatekeeper(session: Session, psr: PreSentenceReport) -> None:
    actor = actor_of(session)
    if actor.role != Role.TEAM_MANAGER:
        raise PermissionDenied("Only a team manager can quality-check a court report.")
    if actor.user_id == psr.author_id:
        raise PermissionDenied("You wrote this report: another manager must check it.")


def mark_court_ready(session: Session, psr_id: str,
                     comments: str | None = None) -> PreSentenceReport:
    """The manager's quality check passes: the report is court ready."""
    psr = get_psr(session, psr_id)
    _require_gatekeeper(session, psr)
    if psr.status == PsrStatus.FINALISED:
        raise RecordLocked("This report has been finalised.")
    refused = court_ready_refusal(psr.status)
    if refused:
        raise WorkflowError(refused)
    require_complete(session, psr)
    psr.status = PsrStatus.COURT_READY
    psr.checked_by_id = actor_of(session).user_id
    psr.checked_at = utcnow()
    _review(session, psr, PsrReviewAction.COURT_READY, (comments or "").strip() or None)
    session.flush()
    return psr


def return_with_comments(session: Session, psr_id: str, comments: str) -> PreSentenceReport:
    """The manager sends the report back to its author with what to put right."""
    psr = get_psr(session, psr_id)
    _require_gatekeeper(session, psr)
    if psr.status == PsrStatus.FINALISED:
        raise RecordLocked("This report has been finalised.")
    if psr.status not in (PsrStatus.SUBMITTED, PsrStatus.COURT_READY):
        raise WorkflowError("Only a submitted or court-ready report can be returned.")
    if not (comments or "").strip():
        raise ValidationError({"comments": "Say what needs to change before it is court "
                                           "ready."})
    psr.status = PsrStatus.RETURNED
    psr.checked_by_id = None
    psr.checked_at = None
    _review(session, psr, PsrReviewAction.RETURNED, comments.strip())
    session.flush()
    return psr


def finalise(session: Session, psr_id: str) -> PreSentenceReport:
    """Lock a court-ready report and store the SHA-256 of its canonical content."""
    require_court_role(session)
    psr = get_psr(session, psr_id)
    if psr.status == PsrStatus.FINALISED:
        raise RecordLocked("This report has already been finalised.")
    if psr.status != PsrStatus.COURT_READY or psr.checked_by_id is None:
        raise WorkflowError("A manager must check this report as court ready before it can "
                            "be finalised.")
    if needs_basis(psr) and not psr.assessment_basis:  # no warning may go to court
        raise ValidationError({"assessment_basis": BASIS_MISSING})
    psr.status = PsrStatus.FINALISED
    psr.finalised_at = utcnow()
    psr.finalised_by_id = actor_of(session).user_id
    psr.content_hash = content_hash(session, psr)
    _review(session, psr, PsrReviewAction.FINALISED)
    session.flush()
    return psr


def verify(session: Session, psr_id: str) -> bool:
    """Does a finalised report still match the hash stored when it was finalised?"""
    psr = get_psr(session, psr_id)
    return psr.content_hash is not None and psr.content_hash == content_hash(session, psr)


def reviews(session: Session, psr_id: str) -> list[PsrReview]:
    return list(session.scalars(select(PsrReview).where(
        PsrReview.psr_id == psr_id, not_deleted(PsrReview)).order_by(PsrReview.at)))


def latest_return_comments(session: Session, psr_id: str) -> str | None:
    for row in reversed(reviews(session, psr_id)):
        if row.action == PsrReviewAction.RETURNED:
            return row.comments
    return None


def record_sent(session: Session, psr_id: str, recipient_type: str, recipient_name: str,
                method: str, sent_at: dt.datetime | None = None) -> PsrSent:
    """Record that the finalised report went to the court, the defence or another party."""
    require_court_role(session)
    psr = get_psr(session, psr_id)
    if psr.status != PsrStatus.FINALISED or psr.content_hash is None:
        raise WorkflowError("Only a finalised report can be sent.")
    e = Errors()
    if recipient_type not in codelist("psr_recipient"):
        e.add("recipient_type", "Choose who the report went to.")
    e.require("recipient_name", recipient_name, "The recipient")
    if method not in codelist("psr_send_method"):
        e.add("method", "Choose how the report was sent.")
    when = sent_at or utcnow()
    if when.tzinfo is None:
        e.add("sent_at", "Give the time the report was sent.")
    elif when > utcnow() + dt.timedelta(minutes=5):
        e.add("sent_at", "The report cannot have been sent in the future.")
    e.raise_if_any()
    row = PsrSent(child_id=psr.child_id, psr_id=psr.id, recipient_type=recipient_type,
                  recipient_name=recipient_name.strip(), method=method, sent_at=when,
                  sent_by_id=actor_of(session).user_id, content_hash=psr.content_hash)
    session.add(row)
    session.flush()
    return row


def sendings(session: Session, psr_id: str) -> list[PsrSent]:
    return list(session.scalars(select(PsrSent).where(
        PsrSent.psr_id == psr_id, not_deleted(PsrSent)).order_by(PsrSent.sent_at)))
