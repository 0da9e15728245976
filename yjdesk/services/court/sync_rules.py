"""Court-report invariants the sync service enforces on pushed changes too (ARCHITECTURE 4).

Each rule takes the server's proposed change (``session``, ``table``, ``actor``, ``current``,
``proposed``, ``changed``; see ``yjdesk.server.rules.Change``) and returns a refusal message
or None. Registered in ``yjdesk.server.rules.RULES``.
"""

from __future__ import annotations

from sqlalchemy import select

from yjdesk.models.court import PreSentenceReport
from yjdesk.models.org import Role
from yjdesk.models.statuses import PsrStatus
from yjdesk.services.change_rules import ChangeLike, judges
from yjdesk.services.locks import is_tombstone

#: Roles that may list hearings and record what happened in court, and write court
#: reports (an administrator has no court work: ``hearings.require_court_role``).
COURT_ROLES = frozenset({Role.COURT_OFFICER, Role.PRACTITIONER, Role.TEAM_MANAGER,
                         Role.SERVICE_MANAGER})
COURT_WORK = "Only court officers, practitioners and managers do court work."
#: The records only court work writes (``services.court``: hearings, outcomes, reports).
COURT_TABLES = ("court_hearing", "court_hearing_offence", "psr", "psr_requirement",
                "psr_review", "psr_sent")


def court_role_refusal(role: str) -> str | None:
    """Court work is the court roles': the refusal for ``role``, or None. The laptop's court
    services (``hearings.require_court_role``) and the push path
    (:func:`court_work_by_court_roles`) call it."""
    return None if role in COURT_ROLES else COURT_WORK


@judges(*COURT_TABLES)
def court_work_by_court_roles(change: ChangeLike) -> str | None:
    """Hearings, pleas, outcomes and court reports are written by the court roles only."""
    if not change.changed:
        return None
    return court_role_refusal(change.actor.role)


def _stored_status(change: ChangeLike, psr_id: object) -> str | None:
    if not isinstance(psr_id, str):
        return None
    value = change.session.scalar(
        select(PreSentenceReport.status).where(PreSentenceReport.id == psr_id))
    return str(value) if value is not None else None


@judges("psr", "psr_requirement", "psr_review", "psr_sent")
def finalised_report_locked(change: ChangeLike) -> str | None:
    """A finalised report, and the requirements it proposes, never change again."""
    name = change.table.name
    if name == "psr":
        if is_tombstone("psr", change.current, change.proposed):
            return None  # a manager's tombstone: services.locks decides
        if change.current is not None and change.current.get("status") == PsrStatus.FINALISED \
                and change.changed:
            return "a finalised court report cannot be changed"
        return None
    if name == "psr_requirement":
        ids = {change.proposed.get("psr_id")}
        if change.current is not None:
            ids.add(change.current.get("psr_id"))
        if any(_stored_status(change, i) == PsrStatus.FINALISED for i in ids):
            return "a finalised court report cannot be changed"
    if name in ("psr_review", "psr_sent") and change.current is not None and change.changed:
        return "the history of a court report cannot be changed"
    return None


#: Statuses in which a report's content may be written (the author's hands).
EDITABLE = frozenset({PsrStatus.REQUESTED, PsrStatus.DRAFTING, PsrStatus.RETURNED})
#: A report's fields that its quality check and its hash cover (``psr.canonical_content``):
#: fixed from submission until a manager returns it.
CHECKED_CONTENT = frozenset({
    "kind", "hearing_id", "author_id", "source_stage_id", "source_stage_countersigned_at",
    "sources", "offence_analysis", "circumstances", "maturity", "needs", "strengths",
    "likelihood_of_reoffending", "reoffending_rationale", "risk_of_serious_harm",
    "serious_harm_rationale", "safety_wellbeing", "safety_wellbeing_rationale", "conclusion",
    "proposal_disposal_type", "proposal_months", "proposal_detail", "assessment_basis",
    "child_id"})
NOT_SUBMITTED = "Only a report submitted for its quality check can be marked court ready."


def not_editable_refusal(status: str | None) -> str | None:
    """A submitted or court-ready report's content is fixed until a manager returns it
    (a finalised one for good): the laptop's words, or None. ``psr._check_editable`` and
    the push path (:func:`checked_content_locked`) call it."""
    if status is None or status in EDITABLE or status == PsrStatus.FINALISED:
        return None
    if status == PsrStatus.SUBMITTED:
        return ("This report is awaiting its quality check; a manager must return it before "
                "it can be changed.")
    return ("This report has been checked as court ready; a manager must return it before "
            "it can be changed.")


def court_ready_refusal(status: str | None) -> str | None:
    """Only a submitted report is checked as court ready (``status`` as stored)."""
    return None if status == PsrStatus.SUBMITTED else NOT_SUBMITTED


@judges("psr", "psr_requirement")
def checked_content_locked(change: ChangeLike) -> str | None:
    """What a manager checked is what goes to court: a submitted or court-ready report's
    content, and a court-ready report's proposed requirements, change only with its
    return to the author."""
    if change.table.name == "psr":
        current = change.current
        if current is None or is_tombstone("psr", current, change.proposed):
            return None
        if not CHECKED_CONTENT & change.changed or change.proposed.get("status") in EDITABLE:
            return None  # unchanged content, or changed as the report goes back
        status = current.get("status")
        return not_editable_refusal(str(status) if status is not None else None)
    # A requirement is judged by its report as stored now. Only a court-ready report's are
    # fixed here: a laptop submits a report in the same push as the requirements written
    # before it, so "submitted" may be this very push's doing.
    ids = {change.proposed.get("psr_id")}
    if change.current is not None:
        ids.add(change.current.get("psr_id"))
    for psr_id in ids:
        status = _stored_status(change, psr_id)
        if status == PsrStatus.COURT_READY:
            return not_editable_refusal(status)
    return None


@judges("psr")
def court_ready_by_team_manager(change: ChangeLike) -> str | None:
    """Only a team manager who did not write the report may check it as court ready."""
    if change.proposed.get("status") != PsrStatus.COURT_READY:
        return None
    if change.current is not None and change.current.get("status") == PsrStatus.COURT_READY:
        return None
    actor = change.actor
    if actor.role != Role.TEAM_MANAGER:
        return "only a team manager can check a court report as court ready"
    if change.proposed.get("author_id") == actor.user_id:
        return "a manager cannot quality-check a report they wrote"
    if change.proposed.get("checked_by_id") != actor.user_id:
        return "a quality check must name the manager who made it"
    status = change.current.get("status") if change.current is not None else None
    return court_ready_refusal(str(status) if status is not None else None)


@judges("psr")
def finalised_only_after_check(change: ChangeLike) -> str | None:
    """A report is finalised only from court ready, with its checker and its hash."""
    if change.proposed.get("status") != PsrStatus.FINALISED:
        return None
    current = change.current
    if current is not None and current.get("status") == PsrStatus.FINALISED:
        return None
    if current is None or current.get("status") != PsrStatus.COURT_READY:
        return "a court report can only be finalised after a manager's quality check"
    if not change.proposed.get("checked_by_id") or not change.proposed.get("content_hash"):
        return "a finalised court report needs its checker and its content hash"
    return None


COURT_RULES = [court_work_by_court_roles, finalised_report_locked, court_ready_by_team_manager,
               finalised_only_after_check, checked_content_locked]
