"""Where each workflow record stands: one ``StrEnum`` per status column.

A member *is* its string (``StageStatus.COUNTERSIGNED == "countersigned"``), so the columns
stay ``String`` and the wire format is unchanged; code names the member, never the literal.
Where a status is also a code list (``psr_status``, ``hearing_status``, ``target_status``)
the enum's values are exactly the list's codes (``tests/unit/test_statuses.py``).
"""

from __future__ import annotations

from enum import StrEnum


class StageStatus(StrEnum):
    """An assessment stage: draft -> submitted -> countersigned (locked) or returned."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    COUNTERSIGNED = "countersigned"
    RETURNED = "returned"


class StageEvent(StrEnum):
    """What happened to an assessment stage (``assessment_event.action``)."""

    CREATED = "created"
    FORM_UPGRADED = "form_upgraded"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    COUNTERSIGNED = "countersigned"


class PsrStatus(StrEnum):
    """A court report (code list ``psr_status``)."""

    REQUESTED = "requested"
    DRAFTING = "drafting"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    COURT_READY = "court_ready"
    FINALISED = "finalised"


class PsrReviewAction(StrEnum):
    """A step of a court report's gatekeeping (``psr_review.action``): the status it
    moved the report to."""

    SUBMITTED = "submitted"
    RETURNED = "returned"
    COURT_READY = "court_ready"
    FINALISED = "finalised"


class OffenceStatus(StrEnum):
    """An offence (code list ``offence_status``): proven once a court disposal covers it."""

    SUSPECTED = "suspected"
    PROVEN = "proven"
    NOT_GUILTY = "not_guilty"
    WITHDRAWN = "withdrawn"


class HearingStatus(StrEnum):
    """A court hearing (code list ``hearing_status``)."""

    LISTED = "listed"
    HEARD = "heard"
    VACATED = "vacated"


class ContactStatus(StrEnum):
    """A contact record: a draft (autosaved) until it is made final."""

    DRAFT = "draft"
    FINAL = "final"


class SafeguardingStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"


class PlanStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class TargetStatus(StrEnum):
    """A plan target (code list ``target_status``)."""

    OPEN = "open"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"
    WITHDRAWN = "withdrawn"


class ReviewStatus(StrEnum):
    DUE = "due"
    COMPLETED = "completed"


class ExitStatus(StrEnum):
    """An end-of-intervention record: signed off, it is locked."""

    DRAFT = "draft"
    SIGNED_OFF = "signed_off"


class AuditStatus(StrEnum):
    """A case quality audit: only complete audits roll up."""

    DRAFT = "draft"
    COMPLETE = "complete"


class ReferralOrderStatus(StrEnum):
    """A referral order: waiting for its first panel, under contract, then ended."""

    AWAITING_PANEL = "awaiting_panel"
    IN_CONTRACT = "in_contract"
    COMPLETED = "completed"
    REFERRED_BACK = "referred_back"
    REVOKED = "revoked"


class PanelKind(StrEnum):
    INITIAL = "initial"
    PROGRESS = "progress"
    FINAL = "final"
    BREACH = "breach"


class PanelStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class EnforcementKind(StrEnum):
    """A step in an order's enforcement ledger."""

    WARNING = "warning"
    BREACH_ACTION = "breach_action"
    EXCEPTIONAL_REASON = "exceptional_reason"
    REFERRED_TO_PANEL = "referred_to_panel"
    LICENCE_BREACH = "licence_breach"


class CustodyKind(StrEnum):
    REMAND_LA = "remand_la"
    REMAND_YDA = "remand_yda"
    DTO = "dto"
    S250 = "s250"
    LONGER = "longer"


class CustodyStatus(StrEnum):
    IN_CUSTODY = "in_custody"
    ON_LICENCE = "on_licence"
    ENDED = "ended"


class CustodyMeetingKind(StrEnum):
    INITIAL = "initial"
    REVIEW = "review"
    RELEASE_PLANNING = "release_planning"


class OocStage(StrEnum):
    """Where an out-of-court case stands (derived from its dates, not stored):
    referred -> assessed -> recommended -> decided -> delivered -> ended."""

    REFERRED = "referred"
    ASSESSED = "assessed"
    RECOMMENDED = "recommended"
    DECIDED = "decided"
    DELIVERED = "delivered"
    ENDED = "ended"


__all__ = ["AuditStatus", "ContactStatus", "ContractStatus", "CustodyKind",
           "CustodyMeetingKind", "CustodyStatus", "EnforcementKind", "ExitStatus",
           "HearingStatus", "OffenceStatus", "OocStage", "PanelKind", "PanelStatus", "PlanStatus",
           "PsrReviewAction", "PsrStatus", "ReferralOrderStatus", "ReviewStatus",
           "SafeguardingStatus", "StageEvent", "StageStatus", "TargetStatus"]
