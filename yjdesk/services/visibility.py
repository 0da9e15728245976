"""Narrower scopes inside a child (ARCHITECTURE.md section 4): who may see and write what.

Holding a child (the server's ``scope``) is not enough to see every record about the child.
Each synced row belongs to one **audience**, decided from its table (and, where a table
needs it, from the row itself); each role sees a set of audiences:

* ``identity`` -- the child row itself: everyone who holds the child;
* ``case`` -- ordinary case records (the default for every table);
* ``panel`` -- referral order panel papers: whoever sees case records, and panel volunteers;
* ``victim`` -- a victim's contact details, views and RJ work: victim workers and managers.

The server stores each row's audience in its feed entry and sends a device only the
audiences its user's role may see; a push of a row (as stored or as proposed) in an audience
the pusher may not see is refused as if the row did not exist. A row's audience cannot change
once written (a row leaving an audience would stay on laptops that may no longer see it).

Feature areas register their tables here at import time of their models package::

    visibility.register_table("panel_report", Audience.PANEL)
    visibility.register_table("disposal", lambda row: Audience.PANEL
                              if row.get("disposal_type") == "referral_order" else Audience.CASE)

and, for roles limited in what they may write, :func:`register_writes`. The same functions
decide on the laptop (services refuse, the UI hides) and on the server (pull and push).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

from yjdesk.models.org import Role


class Audience(enum.StrEnum):
    IDENTITY = "identity"
    CASE = "case"
    PANEL = "panel"
    VICTIM = "victim"


#: Roles that work with victims (see and write victim records).
VICTIM_ROLES = frozenset({Role.VICTIM_WORKER, Role.TEAM_MANAGER, Role.SERVICE_MANAGER})

_CASE = frozenset({Audience.IDENTITY, Audience.CASE, Audience.PANEL})

#: What each role may see inside a child it holds.
ROLE_AUDIENCES: dict[Role, frozenset[Audience]] = {
    Role.PRACTITIONER: _CASE,
    Role.COURT_OFFICER: _CASE,
    Role.TEAM_MANAGER: _CASE | {Audience.VICTIM},
    Role.SERVICE_MANAGER: _CASE | {Audience.VICTIM},
    Role.ADMINISTRATOR: _CASE,
    Role.POLICE_OFFICER: _CASE,
    Role.VICTIM_WORKER: _CASE | {Audience.VICTIM},
    Role.HEALTH_WORKER: _CASE,
    Role.ETE_OFFICER: _CASE,
    Role.PANEL_VOLUNTEER: frozenset({Audience.IDENTITY, Audience.PANEL}),
    Role.INFORMATION_OFFICER: _CASE,
}

AudienceOf = Audience | Callable[[Mapping[str, Any]], Audience]

#: Table name -> its audience, or a function of the row (wire values) giving it.
TABLE_AUDIENCE: dict[str, AudienceOf] = {"child": Audience.IDENTITY}


def register_table(table: str, audience: AudienceOf) -> None:
    """Put a table's rows in an audience (or decide per row with a function of the row)."""
    TABLE_AUDIENCE[table] = audience


def audience_of(table: str, row: Mapping[str, Any]) -> Audience:
    """The audience of one row of ``table`` (``case`` unless the table registered another)."""
    found = TABLE_AUDIENCE.get(table, Audience.CASE)
    return found if isinstance(found, Audience) else found(row)


def audiences(role: Role) -> frozenset[Audience]:
    return ROLE_AUDIENCES.get(role, frozenset())


def may_see(role: Role, audience: Audience | str) -> bool:
    return Audience(audience) in audiences(role)


def tables_in(audience: Audience) -> frozenset[str]:
    """Tables registered wholly in ``audience`` (per-row tables are not included)."""
    return frozenset(t for t, a in TABLE_AUDIENCE.items() if a == audience)


#: Roles that write only some tables (table names); other roles write any table in scope,
#: subject to the rules. ``audit_event`` is always allowed (views and changes are audited).
ROLE_WRITES: dict[Role, set[str]] = {
    Role.INFORMATION_OFFICER: {"data_return"},  # the YJB return ledger (issue 15)
    Role.PANEL_VOLUNTEER: set(),
    Role.POLICE_OFFICER: {"offence", "disposal", "contact"},
    Role.VICTIM_WORKER: {"contact"},
    Role.HEALTH_WORKER: {"contact"},
    Role.ETE_OFFICER: {"contact"},
}
ALWAYS_WRITABLE = frozenset({"audit_event"})


def register_writes(role: Role, *tables: str) -> None:
    """Let a role that writes only some tables also write ``tables``."""
    ROLE_WRITES.setdefault(role, set()).update(tables)


#: Tables only some roles may write at all (table -> roles), e.g. victim records.
TABLE_WRITERS: dict[str, frozenset[Role]] = {}


def register_writers(table: str, roles: frozenset[Role]) -> None:
    TABLE_WRITERS[table] = roles


def may_write(role: Role, table: str) -> bool:
    """May ``role`` create or change rows of ``table`` (in a child it holds)?"""
    if table in ALWAYS_WRITABLE:
        return True
    writers = TABLE_WRITERS.get(table)
    if writers is not None and role not in writers:
        return False
    limited = ROLE_WRITES.get(role)
    return limited is None or table in limited


def write_refusal(role: Role, table: str) -> str | None:
    """Plain words for a refused write, or None when the role may write the table."""
    if may_write(role, table):
        return None
    return f"{role.label}s cannot change {table.replace('_', ' ')} records"


# Referral order panel papers (issue 13): what a panel volunteer sees of a child, and may
# write (the panel's record and the contract the child and a panel member sign).
for _panel_table in ("referral_order", "referral_panel", "referral_contract"):
    register_table(_panel_table, Audience.PANEL)
register_writes(Role.PANEL_VOLUNTEER, "referral_panel", "referral_contract")
