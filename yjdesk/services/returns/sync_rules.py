"""The return ledger's rules, for the service layer and the push path alike: a return is
recorded once by someone allowed to produce returns, naming themselves, and never changed.
"""

from __future__ import annotations

from yjdesk.models.org import Role
from yjdesk.services.change_rules import ChangeLike, judges

#: Roles that produce the YJB return.
RETURN_ROLES = frozenset({Role.INFORMATION_OFFICER, Role.SERVICE_MANAGER, Role.ADMINISTRATOR})


@judges("data_return")
def data_return_recorded_once(change: ChangeLike) -> str | None:
    if change.current is not None:
        return "a recorded data return cannot be changed or deleted" if change.changed \
            else None
    if change.actor.role not in RETURN_ROLES:
        return "only the information officer or a service manager can produce the YJB return"
    if change.proposed.get("produced_by") != change.actor.user_id:
        return "a data return must name the person who produced it"
    return None


RETURNS_RULES = [data_return_recorded_once]
