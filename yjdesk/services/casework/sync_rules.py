"""Case-work invariants the sync service enforces on pushed changes too.

Each rule takes the server's proposed change (``table``, ``actor``, ``current``,
``proposed``, ``changed``; see ``yjdesk.server.rules.Change``) and returns a refusal message
or None. Registered in ``yjdesk.server.rules.RULES``.
"""

from __future__ import annotations

from typing import Any

from yjdesk.models.casework.contacts import ACORNS_FIELDS
from yjdesk.models.org import Role
from yjdesk.models.statuses import ContactStatus, ExitStatus, SafeguardingStatus
from yjdesk.services.change_rules import ChangeLike, judges

MANAGERS = (Role.TEAM_MANAGER, Role.SERVICE_MANAGER)
FINAL_TEXT = (*ACORNS_FIELDS, "child_views", "present", "venue_detail", "contact_at",
              "contact_type", "attendance", "child_id", "author_id")




@judges("exit_plan")
def exit_plan_signed_off_locked(change: ChangeLike) -> str | None:
    cur = change.current
    if cur is not None and cur.get("status") == ExitStatus.SIGNED_OFF and change.changed:
        return "a signed-off exit plan cannot be changed"
    if change.proposed.get("status") == ExitStatus.SIGNED_OFF and (
            cur is None or cur.get("status") != ExitStatus.SIGNED_OFF):
        if change.actor.role not in MANAGERS:
            return "only a team or service manager can sign off an exit plan"
        if change.proposed.get("signed_off_by") != change.actor.user_id:
            return "a sign-off must name the manager who signs"
    return None


@judges("contact_amendment")
def contact_amendments_append_only(change: ChangeLike) -> str | None:
    if change.current is not None and change.changed:
        return "contact amendments cannot be changed or deleted"
    return None


@judges("contact")
def final_contact_author_or_manager(change: ChangeLike) -> str | None:
    """A final record's content is changed only by its author or (amending) a manager."""
    if change.current is None:
        return None
    if change.current.get("status") != ContactStatus.FINAL:
        return None
    if change.proposed.get("status", ContactStatus.FINAL) != ContactStatus.FINAL:
        return "a final contact record cannot go back to draft"
    touched = change.changed & set(FINAL_TEXT)
    if touched and change.actor.user_id != change.current.get("author_id") \
            and change.actor.role not in MANAGERS:
        return "only the author or a manager can change a final contact record"
    return None


DRAFT_AUTHOR = "Only the author can work on a draft."


@judges("contact")
def draft_contact_author_only(change: ChangeLike) -> str | None:
    """A draft contact is its author's work in progress: no one else writes or finalises
    it (``contacts._own_draft`` on the laptop)."""
    current = change.current
    if current is None or current.get("status") != ContactStatus.DRAFT or not change.changed:
        return None
    return None if current.get("author_id") == change.actor.user_id else DRAFT_AUTHOR


AMEND_AUTHOR = "Only the author or a manager can amend a contact record."


@judges("contact_amendment")
def amendment_by_author_or_manager(change: ChangeLike) -> str | None:
    """A final contact is amended by its author or a manager (``contacts.amend``): an
    amendment row names who changed what, so no one else adds one."""
    if change.current is not None or change.actor.role in MANAGERS:
        return None
    from sqlalchemy import select

    from yjdesk.models.casework.contacts import Contact

    contact_id = change.proposed.get("contact_id")
    if change.session is None or not isinstance(contact_id, str):
        return None
    with change.session.no_autoflush:
        author = change.session.scalar(select(Contact.author_id).where(Contact.id == contact_id))
    return None if author in (None, change.actor.user_id) else AMEND_AUTHOR


MANAGER_ACTS = "only a team or service manager can act on a safeguarding item"
#: A safeguarding item's fields that only a manager writes (its list, what was done, and
#: whether it is there at all: a concern deleted is off the manager's list).
MANAGED = frozenset({"status", "acknowledged_by", "acknowledged_at", "manager_actions",
                     "closed_by", "closed_at", "team_id", "deleted"})


def _child_team(change: ChangeLike) -> object:
    from sqlalchemy import select

    from yjdesk.models.child import Child

    child_id = change.proposed.get("child_id")
    if change.session is None or not isinstance(child_id, str):
        return None
    with change.session.no_autoflush:
        return change.session.scalar(select(Child.team_id).where(Child.id == child_id))


def raised_on(child_team: object, raiser_team: str | None) -> object:
    """The list a new concern goes on: the child's team manager's, or for a child with no
    team the raiser's team's. ``safeguarding.raise_item`` and the push path call it."""
    return child_team or raiser_team


def settle_new_item(session: Any, raiser_team: str | None, wire: dict[str, Any]) -> bool:
    """A concern pushed with no list (older laptops sent none, and it then stood on no
    manager's list) goes on the list :func:`raise_item` would have chosen; True when the
    service chose it (the laptop then pulls it)."""
    from sqlalchemy import select

    from yjdesk.models.child import Child

    child_id = wire.get("child_id")
    if wire.get("team_id") is not None or not isinstance(child_id, str):
        return False
    with session.no_autoflush:
        team = session.scalar(select(Child.team_id).where(Child.id == child_id))
    chosen = raised_on(team, raiser_team)
    if chosen is None:
        return False
    wire["team_id"] = chosen
    return True


@judges("safeguarding_item")
def safeguarding_managed(change: ChangeLike) -> str | None:
    """A concern goes on the child's team manager's list (``safeguarding.raise_item``) and
    only a manager acknowledges, closes or reopens it, writes what was done or moves it to
    another list; anyone holding the child raises one (open; on the list :func:`raised_on`
    chooses, which the service fills in for older laptops that sent none:
    :func:`settle_new_item`)."""
    if change.actor.role in MANAGERS:
        return None
    proposed = change.proposed
    if change.current is None:
        team = raised_on(_child_team(change), change.actor.team_id)
        raised = MANAGED - {"status", "team_id", "deleted"}  # (a manager's, once raised)
        if proposed.get("status") != SafeguardingStatus.OPEN or any(
                proposed.get(f) is not None for f in raised) or (
                proposed.get("team_id") not in (None, team)):
            return MANAGER_ACTS
        return None
    if change.current.get("status") == SafeguardingStatus.CLOSED and change.changed:
        return MANAGER_ACTS
    return MANAGER_ACTS if change.changed & MANAGED else None


CASEWORK_RULES = [exit_plan_signed_off_locked, contact_amendments_append_only,
                  final_contact_author_or_manager, draft_contact_author_only,
                  amendment_by_author_or_manager, safeguarding_managed]
