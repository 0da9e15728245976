"""Who may add a child, and to which team (issue 11, finding 7): one rule for the laptop's
``services.children.create_child`` and the sync service's push path.

A service manager or an administrator adds a child anywhere; everyone else who may add
children adds them only to their own team, and a practitioner only to their own
caseload. The refusal never says whether the child (or its case number) exists elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from yjdesk.models.org import Role

#: Roles that may add children.
CREATORS = frozenset({Role.PRACTITIONER, Role.COURT_OFFICER, Role.TEAM_MANAGER,
                      Role.SERVICE_MANAGER, Role.ADMINISTRATOR})
#: Roles that may add a child to any team.
ANY_TEAM = frozenset({Role.SERVICE_MANAGER, Role.ADMINISTRATOR})

NOT_A_CREATOR = "your role cannot add children"
OTHER_TEAM = "you can add a child only to your own team"
OWN_CASELOAD = "a child you add goes in your own caseload: you must be its case manager"


def creation_refusal(role: Role | str, user_id: str, team_id: str | None,
                     row: Mapping[str, Any]) -> str | None:
    """A refusal for adding the child ``row`` (wire or model values), or None."""
    if role not in CREATORS:
        return NOT_A_CREATOR
    if role in ANY_TEAM:
        return None
    if team_id is None or row.get("team_id") != team_id:
        return OTHER_TEAM
    if role == Role.PRACTITIONER and row.get("case_manager_id") != user_id:
        return OWN_CASELOAD
    return None
