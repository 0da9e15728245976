"""Who may hold which rows (ARCHITECTURE.md section 3, "scope").

A user's scope is a set of children plus a set of teams:

* practitioner -- the children they case-manage or cover (``child.case_manager_id`` or a
  current ``allocation`` as case manager or cover);
* court officer -- their own caseload plus the children with their court work (a current
  ``allocation`` as court officer, or a court hearing naming them dated from 28 days ago
  to 90 days ahead: :data:`COURT_WORK_BEFORE_DAYS`);
* team manager and ETE officer -- their own caseload plus every child of their team;
* the specialists (seconded police officer, victim and RJ worker, health worker, referral
  order panel volunteer) -- the children allocated to them in that capacity plus the
  children of their team their work concerns (:data:`ROLE_CHILDREN`);
* service manager, administrator and information officer -- everything.

Rows that belong to a child follow the child, and inside the child each row's audience
(``yjdesk.services.visibility``) decides whether the role may see it; team and user rows
follow the team (a user always sees their own record). Extend a role's children by
appending to :data:`ROLE_CHILDREN` (``COURT_WORK`` is the court officer's list), and
classify a new kind of table in :func:`feed_kind`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Date,
    Integer,
    Select,
    String,
    Table,
    and_,
    bindparam,
    false,
    literal,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BooleanClauseList

from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.court import CourtHearing
from yjdesk.models.justice import Allocation
from yjdesk.models.org import Role
from yjdesk.server.idlist import any_ids, ids_json, ids_select, in_ids
from yjdesk.services import visibility
from yjdesk.services.uow import Actor
from yjdesk.services.victims import audience as _victim_audience  # noqa: F401

#: Roles that see every child and every team.
SEE_ALL = frozenset({Role.SERVICE_MANAGER, Role.ADMINISTRATOR, Role.INFORMATION_OFFICER})
#: Roles that hold every child of their team.
TEAM_WIDE = frozenset({Role.TEAM_MANAGER, Role.ETE_OFFICER})
#: Allocation roles that put a child in a person's own caseload.
CASELOAD_ROLES = ("case_manager", "cover")


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


#: The bound parameters of a role's scope condition (:func:`child_condition`): the person,
#: their team and the day, given at each execution by :func:`scope_params`. Built once a
#: role, not once a person and day: a person's statement cost about 4 ms to build and
#: about 1,500 objects kept for the collector to walk (docs/sync-performance.md).
USER_PARAM = "scope_user"
TEAM_PARAM = "scope_team"
DAY_PARAM = "scope_day"


@dataclass(frozen=True)
class Who:
    """The person a scope condition is for, as SQL: the role (which decides the
    condition's shape), and their id, team and the day as bound parameters (``team``
    None: a person with no team)."""

    role: Role
    user: ColumnElement[str]
    team: ColumnElement[str] | None
    day: ColumnElement[dt.date]


def _allocated(who: Who, roles: tuple[str, ...]) -> Select[Any]:
    return select(Allocation.child_id).where(
        Allocation.user_id == who.user,
        Allocation.allocation_role.in_(fixed_values(roles)),
        not_deleted(Allocation),
        Allocation.from_date <= who.day,
        or_(Allocation.to_date.is_(None), Allocation.to_date >= who.day),
    )


def _court_allocations(who: Who) -> Select[Any]:
    return _allocated(who, ("court_officer",))


#: A hearing naming a court officer brings them the child from this many days before its
#: date until this many days after it (preparing for it, the hearing, its outcome, an
#: appeal against it), never for good: a hearing the court officer named himself on, long
#: past or listed years ahead, kept the child with him after his allocation ended
#: (security review).
COURT_WORK_BEFORE_DAYS = 90
COURT_WORK_AFTER_DAYS = 28
#: The first and last hearing dates that bring a court officer the child today
#: (:func:`scope_params`).
COURT_FROM_PARAM = "scope_court_from"
COURT_TO_PARAM = "scope_court_to"


def _court_hearings(who: Who) -> Select[Any]:
    return select(CourtHearing.child_id).where(
        CourtHearing.court_officer_id == who.user, not_deleted(CourtHearing),
        CourtHearing.hearing_date >= bindparam(COURT_FROM_PARAM, type_=Date(),
                                               required=True),
        CourtHearing.hearing_date <= bindparam(COURT_TO_PARAM, type_=Date(), required=True))


def fixed_values(values: tuple[str, ...]) -> list[BindParameter[str]]:
    """A fixed list of values for ``IN`` in a statement built once: one bound parameter
    each. (A list of plain values is an "expanding" parameter, which SQLAlchemy renders
    into the statement's SQL again on every execution: for the scope condition and the
    feed page, a tenth of a small pull's CPU. An empty list is still false.)"""
    return [literal(v, String()) for v in values]


ChildSource = Callable[[Who], Select[Any]]

#: Sources of "children with this court officer's court work" (each a select of child ids).
COURT_WORK: list[ChildSource] = [_court_allocations, _court_hearings]

#: The allocation role that puts a child with each specialist ("allocation_role" codes).
SPECIALIST_ALLOCATION = {
    Role.POLICE_OFFICER: "police_officer",
    Role.VICTIM_WORKER: "victim_worker",
    Role.HEALTH_WORKER: "health_worker",
    Role.ETE_OFFICER: "ete_officer",
    Role.PANEL_VOLUNTEER: "panel_member",
}


def _specialist_allocations(who: Who) -> Select[Any]:
    role = SPECIALIST_ALLOCATION.get(who.role)
    return _allocated(who, (role,) if role else ())


def team_children_with(who: Who, child_ids: Select[Any]) -> Select[Any]:
    """The children of the person's team among ``child_ids`` (a select of child ids)."""
    team = Child.team_id == who.team if who.team is not None else Child.team_id.is_(None)
    return select(Child.id).where(team, Child.id.in_(child_ids))


def _victim_work(who: Who) -> Select[Any]:
    """Children of the victim worker's team with an offence that has a victim."""
    from yjdesk.models.justice import Offence

    return team_children_with(who, select(Offence.child_id).where(
        Offence.victim_involved.is_(True), not_deleted(Offence)))


def _ooc_work(who: Who) -> Select[Any]:
    """Children of the police officer's team with out-of-court work."""
    from yjdesk.models.casework import OocDecision

    return team_children_with(who, select(OocDecision.child_id).where(
        not_deleted(OocDecision)))


#: Extra sources of a role's children, beyond their own caseload (each a select of ids).
ROLE_CHILDREN: dict[Role, list[ChildSource]] = {
    Role.COURT_OFFICER: COURT_WORK,
    Role.POLICE_OFFICER: [_specialist_allocations, _ooc_work],
    Role.VICTIM_WORKER: [_specialist_allocations, _victim_work],
    Role.HEALTH_WORKER: [_specialist_allocations],
    Role.ETE_OFFICER: [_specialist_allocations],
    Role.PANEL_VOLUNTEER: [_specialist_allocations],
}


def child_condition(actor: Actor) -> ColumnElement[bool] | None:
    """A condition on :class:`Child` selecting the actor's children; None means all.
    Its parameters (:data:`USER_PARAM`, :data:`TEAM_PARAM`, :data:`DAY_PARAM`) have no
    values: every statement built on it runs with :func:`scope_params` of the same
    actor, and one run without them fails (a required parameter has no value) rather
    than read anyone's scope."""
    if actor.role in SEE_ALL:
        return None
    return _role_condition(actor.role, actor.team_id is not None)


def scope_params(actor: Actor, today: dt.date | None = None) -> dict[str, Any]:
    """The values of :func:`child_condition`'s parameters for ``actor`` on ``today``
    (default: today, UTC)."""
    day = today or _today()
    return {USER_PARAM: actor.user_id, TEAM_PARAM: actor.team_id, DAY_PARAM: day,
            COURT_FROM_PARAM: day - dt.timedelta(days=COURT_WORK_AFTER_DAYS),
            COURT_TO_PARAM: day + dt.timedelta(days=COURT_WORK_BEFORE_DAYS)}


@lru_cache(maxsize=64)
def _role_condition(role: Role, has_team: bool) -> ColumnElement[bool]:
    """:func:`child_condition`, built once a role (and whether the person has a team:
    the condition's shape; statements are immutable, and building one cost more than the
    query it makes)."""
    who = Who(role=role, user=bindparam(USER_PARAM, type_=String(), required=True),
              team=bindparam(TEAM_PARAM, type_=String(), required=True) if has_team
              else None,
              day=bindparam(DAY_PARAM, type_=Date(), required=True))
    parts: list[ColumnElement[bool]] = [
        Child.case_manager_id == who.user,
        Child.id.in_(_allocated(who, CASELOAD_ROLES)),
    ]
    parts.extend(Child.id.in_(source(who)) for source in ROLE_CHILDREN.get(role, ()))
    if role in TEAM_WIDE:
        parts.append(Child.team_id == who.team if who.team is not None else false())
    return or_(*parts)


def children_in_scope(session: Session, actor: Actor) -> set[str] | None:
    """The ids of every child the actor may hold (None = all children)."""
    cond = child_condition(actor)
    if cond is None:
        return None
    return set(session.connection().execute(children_where(cond),
                                            scope_params(actor)).scalars())


# The statements of the function above and of a push's state read, kept per condition
# (each condition is built once a role): building one cost more than running it.
@lru_cache(maxsize=1024)
def children_where(cond: ColumnElement[bool]) -> Select[Any] | CompoundSelect[Any]:
    """The children meeting ``cond``: one SELECT for each alternative of the condition
    (:func:`child_condition` is an OR), joined by UNION -- the same set. Each alternative
    can use its own index (``child.case_manager_id``, ``child.team_id``, the primary key
    for the ids an allocation names), where PostgreSQL reads the OR of them, with its
    ``IN (subquery)`` alternatives, by a scan of every child: on a county (20,000
    children) 18-55 ms for every page of a team manager's pull."""
    parts = cond.clauses if isinstance(cond, BooleanClauseList) \
        and cond.operator is operators.or_ else (cond,)
    selects = [select(Child.id).where(part) for part in parts]
    return selects[0] if len(selects) == 1 else union(*selects)


@lru_cache(maxsize=1024)
def children_among(cond: ColumnElement[bool] | None, dialect: str) -> Select[Any]:
    """The children meeting ``cond`` among the ids bound as one JSON text parameter ``:ids``
    (:mod:`yjdesk.server.idlist`): which of a push's children the pusher holds."""
    stmt = select(Child.id).where(text(f"child.id {any_ids(dialect, ':ids')}"))
    return stmt if cond is None else stmt.where(cond)


#: Fields of ``child`` that decide who holds it (:func:`child_condition`).
CHILD_SCOPE_FIELDS = frozenset({"case_manager_id", "team_id"})


def child_in_scope(session: Session, actor: Actor, child_id: str | None) -> bool:
    if child_id is None:
        return False
    stmt = select(Child.id).where(Child.id == child_id)
    cond = child_condition(actor)
    if cond is None:
        return session.scalar(stmt) is not None
    return session.scalar(stmt.where(cond), scope_params(actor)) is not None


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
    #: Who inside the child's scope may see the row (``visibility.Audience``).
    audience: str = visibility.Audience.CASE.value


#: Tables whose rows decide who holds a child (a write to one clears cached answers).
#: A feature whose rows widen a role's children (:data:`ROLE_CHILDREN`) adds its table here.
SCOPE_TABLES = {"child", "allocation", "court_hearing", "offence", "ooc_decision"}
#: Tables never sent to laptops (the audit log is written by laptops, read centrally).
PUSH_ONLY = frozenset({"audit_event"})
ORG_TABLES = frozenset({"team", "user_account"})
#: Rows of no child ("global") that only the roles seeing every child (:data:`SEE_ALL`)
#: hold: the YJB return's ledger names every child in the return by case number.
SEE_ALL_TABLES = ("data_return",)


def feed_kind(table: Table, row: Mapping[str, Any]) -> FeedKind:
    """How a row is scoped in the change feed."""
    name = table.name
    if name in PUSH_ONLY:
        return FeedKind("none", row.get("child_id"))
    if name == "child":
        return FeedKind("child", row["id"], row.get("team_id"), visibility.Audience.IDENTITY)
    if name == "team":
        return FeedKind("org", None, row["id"])
    if name == "user_account":
        return FeedKind("org", None, row.get("team_id"))
    if "child_id" in table.c:
        child_id = row.get("child_id")
        if not child_id:
            return FeedKind("global")
        return FeedKind("child", child_id, audience=visibility.audience_of(name, row).value)
    return FeedKind("global")


def row_child_id(table: Table, row: Mapping[str, Any]) -> str | None:
    """The child a row belongs to (the child row's own id for ``child``)."""
    if table.name == "child":
        return str(row["id"])
    value = row.get("child_id") if "child_id" in table.c else None
    return str(value) if value else None


def feed_page(actor: Actor, children: set[str] | None, revoked: set[str], *,
              dialect: str, listed: bool = False) -> tuple[Select[Any], dict[str, Any]]:
    """The query of ``feed_entry`` for the rows this actor may pull (table, id and position
    above ``:cursor`` up to ``:horizon``, in feed order, ``:limit`` rows), and its values
    but those three.

    Called after the device's held children (``device_child``) were brought up to date, so
    the device's unrevoked children are exactly ``children``. ``listed``: name them in the
    query instead of reading ``device_child`` (a read replica may not have those rows yet).
    The statement is built once per shape and database kind (``dialect``; building it
    cost more than running it); the actor's values are bound, lists of ids as one JSON
    text each (:mod:`yjdesk.server.idlist`).
    """
    teams = teams_in_scope(actor)
    params: dict[str, Any] = {"device": actor.device_id, "user": actor.user_id}
    if children is not None and listed:
        mode = "listed" if children else "none"
        params["children"] = ids_json(children)
    elif children is not None:
        mode = "held"
    elif revoked:
        mode = "not_revoked"
        params["revoked"] = ids_json(revoked)
    else:
        mode = "all"
    if teams:
        params["teams"] = ids_json(teams)
    audiences = tuple(sorted(a.value for a in visibility.audiences(actor.role)))
    org = "all" if teams is None else ("teams" if teams else "own")
    return _feed_page(audiences, mode, org, dialect), params


@lru_cache(maxsize=256)
def _feed_page(audiences: tuple[str, ...], mode: str, org: str, dialect: str) -> Select[Any]:
    from yjdesk.models.server import DeviceChild, FeedEntry

    child_rows: ColumnElement[bool] = and_(FeedEntry.kind == "child",
                                           FeedEntry.audience.in_(fixed_values(audiences)))
    if mode == "listed":
        child_rows = and_(child_rows,
                          in_ids(FeedEntry.child_id, dialect, "children"))
    elif mode == "none":
        child_rows = and_(child_rows, false())
    elif mode == "held":
        held = select(DeviceChild.child_id).where(DeviceChild.device_id == bindparam("device"),
                                                  DeviceChild.revoked.is_(False))
        child_rows = and_(child_rows, FeedEntry.child_id.in_(held))
    elif mode == "not_revoked":
        child_rows = and_(child_rows,
                          FeedEntry.child_id.not_in(ids_select(dialect, "revoked")))
    org_rows: ColumnElement[bool] = FeedEntry.kind == "org"
    own = and_(FeedEntry.table_name == "user_account", FeedEntry.row_id == bindparam("user"))
    if org == "teams":
        org_rows = and_(org_rows, or_(
            in_ids(FeedEntry.team_id, dialect, "teams"), own))
    elif org == "own":
        org_rows = and_(org_rows, own)
    global_rows: ColumnElement[bool] = FeedEntry.kind == "global"
    if org != "all":  # (org "all": the roles that see every child)
        global_rows = and_(global_rows,
                           FeedEntry.table_name.not_in(fixed_values(SEE_ALL_TABLES)))
    stmt = (select(FeedEntry.table_name, FeedEntry.row_id, FeedEntry.server_seq)
            .where(FeedEntry.server_seq > bindparam("cursor", type_=BigInteger),
                   FeedEntry.server_seq <= bindparam("horizon", type_=BigInteger),
                   or_(child_rows, org_rows, global_rows))
            .order_by(FeedEntry.server_seq)
            .limit(bindparam("limit", type_=Integer)))
    return stmt  # type: ignore[return-value]
