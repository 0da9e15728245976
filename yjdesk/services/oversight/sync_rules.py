"""Management oversight and case audits are a manager's (security review, issue 11).

The laptop's services let only team and service managers record management oversight
(``supervision.record``) and audit a case (``quality_audit.save``), never change a completed
audit, and let only the audited practitioner acknowledge its feedback; only an action's
owner or a manager completes an oversight action. These rules say the same for every row a
laptop writes (``services.shared_rules``) and every row a laptop pushes
(``server.rules.RULES``), in the services' words: without them a practitioner could record
"management oversight" of her own cases, or audit her own work and score it.
"""

from __future__ import annotations

from yjdesk.models.org import Role
from yjdesk.models.statuses import AuditStatus
from yjdesk.services.change_rules import ChangeLike, judges

#: Who records oversight and audits cases.
MANAGERS = (Role.TEAM_MANAGER, Role.SERVICE_MANAGER)

OVERSIGHT_BY_MANAGERS = "Management oversight is recorded by team or service managers."
ACTION_OWNER = "Only the action's owner or a manager can complete it."
AUDITS_BY_MANAGERS = "Case audits are carried out by team or service managers."
AUDIT_COMPLETED = "A completed audit cannot be changed."
ACKNOWLEDGED_BY_PRACTITIONER = ("Only the practitioner whose work was audited acknowledges "
                                "the feedback.")
#: What the audited practitioner writes on a completed audit.
ACKNOWLEDGEMENT = frozenset({"acknowledged", "acknowledged_on", "practitioner_response"})


@judges("oversight_record", "oversight_action")
def oversight_by_managers(change: ChangeLike) -> str | None:
    if change.actor.role in MANAGERS:
        return None
    if change.table.name == "oversight_record":
        return OVERSIGHT_BY_MANAGERS
    current = change.current
    if current is None:
        return OVERSIGHT_BY_MANAGERS
    if change.changed and (change.changed - {"done_on"}
                           or current.get("owner_id") != change.actor.user_id):
        return ACTION_OWNER
    return None


def _acknowledges(change: ChangeLike) -> bool:
    """Whether the change writes the practitioner's acknowledgement (or reply)."""
    current, proposed = change.current, change.proposed
    if current is None:  # a new audit: acknowledged already?
        return any(proposed.get(f) not in (None, False, "") for f in ACKNOWLEDGEMENT)
    return bool(change.changed & ACKNOWLEDGEMENT)


@judges("quality_audit", "quality_audit_answer")
def audits_by_managers(change: ChangeLike) -> str | None:
    current, changed = change.current, change.changed
    completed = current is not None and current.get("status") == AuditStatus.COMPLETE
    if change.table.name == "quality_audit" and _acknowledges(change):
        # whoever writes it, only the audited practitioner acknowledges (as the laptop's
        # quality_audit.acknowledge): a manager must not acknowledge or reply for them
        audited = (current or change.proposed).get("practitioner_id")
        if audited != change.actor.user_id:
            return ACKNOWLEDGED_BY_PRACTITIONER
    if change.table.name == "quality_audit_answer":
        # (not locked here with its audit: a laptop completes an audit and writes its
        # last answers in one push)
        return None if change.actor.role in MANAGERS else AUDITS_BY_MANAGERS
    if change.actor.role in MANAGERS:
        return AUDIT_COMPLETED if completed and changed - ACKNOWLEDGEMENT - {"deleted"} \
            else None
    if not changed:
        return None
    if not completed or changed - ACKNOWLEDGEMENT:
        return AUDITS_BY_MANAGERS
    assert current is not None
    if current.get("practitioner_id") != change.actor.user_id:
        return ACKNOWLEDGED_BY_PRACTITIONER
    return None


OVERSIGHT_RULES = [oversight_by_managers, audits_by_managers]
