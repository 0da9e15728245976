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
    return None


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


COURT_RULES = [finalised_report_locked, court_ready_by_team_manager,
               finalised_only_after_check]
