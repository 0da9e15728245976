"""Who may hold which rows (ARCHITECTURE.md section 3, "scope").

A user's scope is a set of children plus a set of teams:

* practitioner -- the children they case-manage or cover (``child.case_manager_id`` or a
  current ``allocation`` as case manager or cover);
* court officer -- their own caseload plus the children with their court work (a current
  ``allocation`` as court officer, or a court hearing naming them);
* team manager -- their own caseload plus every child of their team (``child.team_id``);
* service manager and administrator -- everything.

Rows that belong to a child follow the child; team and user rows follow the team (a user
always sees their own record). Extend the court officer's scope by appending to
:data:`COURT_WORK`, and classify a new kind of table in :func:`feed_kind`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, and_, false, or_, select
from sqlalchemy.orm import Session

from yjdesk.models.child import Child
from yjdesk.models.court import CourtHearing
from yjdesk.models.justice import Allocation
from yjdesk.models.org import Role
from yjdesk.services.uow import Actor

#: Roles that see every child and every team.
SEE_ALL = frozenset({Role.SERVICE_MANAGER, Role.ADMINISTRATOR})
#: Allocation roles that put a child in a person's own caseload.
CASELOAD_ROLES = ("case_manager", "cover")


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def _allocated(actor: Actor, roles: tuple[str, ...], today: dt.date) -> Select[Any]:
    return select(Allocation.child_id).where(
        Allocation.user_id == actor.user_id,
        Allocation.allocation_role.in_(roles),
        Allocation.deleted.is_(False),
        Allocation.from_date <= today,
        or_(Allocation.to_date.is_(None), Allocation.to_date >= today),
    )


def _court_allocations(actor: Actor, today: dt.date) -> Select[Any]:
    return _allocated(actor, ("court_officer",), today)


def _court_hearings(actor: Actor, today: dt.date) -> Select[Any]:
    return select(CourtHearing.child_id).where(
        CourtHearing.court_officer_id == actor.user_id, CourtHearing.deleted.is_(False))


#: Sources of "children with this court officer's court work" (each a select of child ids).
COURT_WORK: list[Callable[[Actor, dt.date], Select[Any]]] = [
    _court_allocations, _court_hearings]


def child_condition(actor: Actor, today: dt.date | None = None) -> ColumnElement[bool] | None:
    """A condition on :class:`Child` selecting the actor's children; None means all."""
    if actor.role in SEE_ALL:
        return None
    day = today or _today()
    parts: list[ColumnElement[bool]] = [
        Child.case_manager_id == actor.user_id,
        Child.id.in_(_allocated(actor, CASELOAD_ROLES, day)),
    ]
    if actor.role == Role.COURT_OFFICER:
        parts.extend(Child.id.in_(source(actor, day)) for source in COURT_WORK)
    if actor.role == Role.TEAM_MANAGER:
        parts.append(Child.team_id == actor.team_id if actor.team_id else false())
    return or_(*parts)


def children_in_scope(session: Session, actor: Actor) -> set[str] | None:
    """The ids of every child the actor may hold (None = all children)."""
    cond = child_condition(actor)
    if cond is None:
        return None
    return set(session.scalars(select(Child.id).where(cond)))


def child_in_scope(session: Session, actor: Actor, child_id: str | None) -> bool:
    if child_id is None:
        return False
    stmt = select(Child.id).where(Child.id == child_id)
    cond = child_condition(actor)
    if cond is not None:
        stmt = stmt.where(cond)
    return session.scalar(stmt) is not None


def teams_in_scope(actor: Actor) -> set[str] | None:
    """Teams whose team and user rows the actor may hold (None = all)."""
    if actor.role in SEE_ALL:
        return None
    return {actor.team_id} if actor.team_id else set()


@dataclass(frozen=True)
class FeedKind:
    #: "child" (follows child_id), "org" (follows team_id), "global" or "none".
    kind: str
    child_id: str | None = None
    team_id: str | None = None


#: Tables whose rows decide who holds a child (a write to one clears cached answers).
SCOPE_TABLES = frozenset({"child", "allocation", "court_hearing"})
#: Tables never sent to laptops (the audit log is written by laptops, read centrally).
PUSH_ONLY = frozenset({"audit_event"})
ORG_TABLES = frozenset({"team", "user_account"})


def feed_kind(table: Table, row: Mapping[str, Any]) -> FeedKind:
    """How a row is scoped in the change feed."""
    name = table.name
    if name in PUSH_ONLY:
        return FeedKind("none", row.get("child_id"))
    if name == "child":
        return FeedKind("child", row["id"], row.get("team_id"))
    if name == "team":
        return FeedKind("org", None, row["id"])
    if name == "user_account":
        return FeedKind("org", None, row.get("team_id"))
    if "child_id" in table.c:
        child_id = row.get("child_id")
        return FeedKind("child", child_id) if child_id else FeedKind("global")
    return FeedKind("global")


def row_child_id(table: Table, row: Mapping[str, Any]) -> str | None:
    """The child a row belongs to (the child row's own id for ``child``)."""
    if table.name == "child":
        return str(row["id"])
    value = row.get("child_id") if "child_id" in table.c else None
    return str(value) if value else None


def feed_condition(actor: Actor, children: set[str] | None,
                   revoked: set[str]) -> ColumnElement[bool]:
    """A condition on ``feed_entry`` for the rows this actor may pull.

    Called after the device's held children (``device_child``) were brought up to date, so
    the device's unrevoked children are exactly ``children``.
    """
    from yjdesk.models.server import DeviceChild, FeedEntry

    teams = teams_in_scope(actor)
    child_rows: ColumnElement[bool] = FeedEntry.kind == "child"
    if children is not None:
        held = select(DeviceChild.child_id).where(DeviceChild.device_id == actor.device_id,
                                                  DeviceChild.revoked.is_(False))
        child_rows = and_(child_rows, FeedEntry.child_id.in_(held))
    elif revoked:
        child_rows = and_(child_rows, FeedEntry.child_id.not_in(sorted(revoked)))
    org_rows: ColumnElement[bool] = FeedEntry.kind == "org"
    if teams is not None:
        org_rows = and_(org_rows, or_(
            FeedEntry.team_id.in_(sorted(teams)),
            and_(FeedEntry.table_name == "user_account", FeedEntry.row_id == actor.user_id)))
    return or_(child_rows, org_rows, FeedEntry.kind == "global")
