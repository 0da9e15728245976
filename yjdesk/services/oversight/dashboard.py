"""The team manager's dashboard: per team and per practitioner, the work that is late or
about to be, and the children behind every figure.

Due items come from :mod:`yjdesk.services.due` (every feature area's provider), so the
dashboard counts exactly what the caseload shows. Kinds used:

* ``assessment`` overdue / due soon; ``assessment_sign`` the countersign queue;
* ``review`` overdue or due soon; ``not_seen`` children not seen within policy;
* ``oversight_action`` overdue management actions;
* open safeguarding items (not closed) and the caseload are counted directly, as are the
  children in custody and on remand (``services.orders.custody.counts``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from yjdesk.errors import PermissionDenied
from yjdesk.models.base import not_deleted
from yjdesk.models.casework import SafeguardingItem
from yjdesk.models.child import Child
from yjdesk.models.justice import Allocation, Disposal
from yjdesk.models.org import Role, Team, UserAccount
from yjdesk.models.statuses import SafeguardingStatus
from yjdesk.services.due import DueItem, DueState, all_due
from yjdesk.services.uow import actor_of

#: (key, column title) in the order the dashboard shows them.
MEASURES: tuple[tuple[str, str], ...] = (
    ("caseload", "Caseload"),
    ("assessments_overdue", "Assessments overdue"),
    ("assessments_due_soon", "Assessments due soon"),
    ("countersign", "Awaiting countersign"),
    ("reviews_due", "Reviews due"),
    ("not_seen", "Not seen within policy"),
    ("safeguarding", "Open safeguarding items"),
    ("actions_overdue", "Oversight actions overdue"),
    ("in_custody", "In custody"),
    ("on_remand", "On remand"),
)
#: The words of the board's title and reasons, in English (the view translates them:
#: they are in the translation file, :mod:`yjdesk.ui.i18n_domain`).
ALL_TEAMS = "All teams"
UNKNOWN_TEAM = "Unknown team"
IN_CUSTODY = "In custody"
REMANDED = "Remanded"
#: The reasons a child is on a list that are the dashboard's own words.
REASONS = (IN_CUSTODY, REMANDED)
TEAM = "__team__"
UNALLOCATED = "__unallocated__"
MANAGERS = (Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.ADMINISTRATOR)


def classify(item: DueItem) -> str | None:
    """Which dashboard measure a due item counts towards (None: not on the dashboard)."""
    if item.kind == "assessment":
        if item.state == DueState.OVERDUE:
            return "assessments_overdue"
        if item.state == DueState.DUE_SOON:
            return "assessments_due_soon"
        return None
    if item.kind == "assessment_sign":
        return "countersign"
    if item.kind == "review" and item.state in (DueState.OVERDUE, DueState.DUE_SOON):
        return "reviews_due"
    if item.kind == "not_seen":
        return "not_seen"
    if item.kind == "oversight_action" and item.state == DueState.OVERDUE:
        return "actions_overdue"
    return None


@dataclass
class ChildLine:
    child_id: str
    name: str
    case_number: str
    #: The case manager's name; None: unallocated (the view says so).
    practitioner: str | None
    #: What put the child on this list, in the record's own words (a safeguarding item's
    #: summary) or in English words the view translates (:data:`REASONS`).
    reason: str = ""
    #: The due item that put the child on this list: the view words it ("Assessment
    #: (start) - overdue by 3 days") in the person's language.
    due: DueItem | None = None


@dataclass
class Dashboard:
    today: dt.date
    #: The team's name, or the dashboard's own words (:attr:`own_title`).
    team_name: str
    #: practitioner id -> display name, in display order; UNALLOCATED (last) -> None, for
    #: the view to say "Unallocated" in the person's language.
    practitioners: dict[str, str | None]
    #: measure -> practitioner id (or TEAM) -> the children behind the figure.
    cells: dict[str, dict[str, list[ChildLine]]] = field(default_factory=dict)
    #: True: ``team_name`` is the dashboard's own words in English (ALL_TEAMS, or
    #: UNKNOWN_TEAM for a team this laptop does not know), for the view to translate.
    own_title: bool = False

    def count(self, measure: str, practitioner: str = TEAM) -> int:
        return len(self.cells.get(measure, {}).get(practitioner, []))

    def children(self, measure: str, practitioner: str = TEAM) -> list[ChildLine]:
        return list(self.cells.get(measure, {}).get(practitioner, []))


def _scope(session: Session, team_id: str | None) -> tuple[str | None, str, bool]:
    actor = actor_of(session)
    if actor.role not in MANAGERS:
        raise PermissionDenied("The team dashboard is for managers.")
    if actor.role == Role.TEAM_MANAGER:
        if team_id not in (None, actor.team_id):
            raise PermissionDenied("A team manager sees their own team's dashboard.")
        team_id = actor.team_id
    if not team_id:
        return None, ALL_TEAMS, True
    team = session.get(Team, team_id)
    return team_id, (team.name if team else UNKNOWN_TEAM), team is None


def _open_case(today: dt.date) -> ColumnElement[bool]:
    """A child the team is working with: someone's caseload, or an order or intervention
    still running, or an allocation not ended. "Unallocated" is then what a manager means:
    open work nobody holds (not every child whose case has closed)."""
    running = exists().where(Disposal.child_id == Child.id, not_deleted(Disposal),
                             Disposal.outcome == "ongoing",
                             or_(Disposal.end_date.is_(None), Disposal.end_date >= today))
    allocated = exists().where(Allocation.child_id == Child.id,
                               not_deleted(Allocation), Allocation.to_date.is_(None))
    return or_(Child.case_manager_id.is_not(None), running, allocated)


def build(session: Session, today: dt.date, team_id: str | None = None) -> Dashboard:
    """The dashboard for one team (a team manager's own), or every team (None)."""
    team_id, team_name, own_title = _scope(session, team_id)
    stmt = (select(Child.id, Child.given_name, Child.family_name, Child.preferred_name,
                   Child.case_number, Child.case_manager_id, UserAccount.display_name)
            .outerjoin(UserAccount, UserAccount.id == Child.case_manager_id)
            .where(not_deleted(Child), _open_case(today)))
    if team_id:
        stmt = stmt.where(Child.team_id == team_id)
    rows = session.execute(stmt).all()
    # (a case manager whose account is not on this laptop has no name: None, as unallocated)
    names = {r.case_manager_id: r.display_name or None for r in rows if r.case_manager_id}
    order = sorted(names, key=lambda k: (names[k] is None, (names[k] or "").lower()))
    practitioners: dict[str, str | None] = {k: names[k] for k in order}
    if any(not r.case_manager_id for r in rows):
        practitioners[UNALLOCATED] = None
    board = Dashboard(today, team_name, practitioners,
                      {m: {} for m, _ in MEASURES}, own_title)

    lines: dict[str, tuple[str, ChildLine]] = {}
    for r in rows:
        owner = r.case_manager_id or UNALLOCATED
        line = ChildLine(r.id, f"{r.preferred_name or r.given_name} {r.family_name}",
                         r.case_number, practitioners[owner])
        lines[r.id] = (owner, line)
        _add(board, "caseload", owner, line)

    for child_id, items in all_due(session, lines.keys(), today).items():
        if child_id not in lines:
            continue
        owner, line = lines[child_id]
        seen: set[str] = set()
        for item in items:
            measure = classify(item)
            if measure and measure not in seen:
                seen.add(measure)
                _add(board, measure, owner, _with_reason(line, due=item))

    open_items = session.execute(
        select(SafeguardingItem.child_id, SafeguardingItem.summary)
        .where(not_deleted(SafeguardingItem),
               SafeguardingItem.status != SafeguardingStatus.CLOSED))
    counted: set[str] = set()
    for child_id, summary in open_items:
        if child_id in lines and child_id not in counted:
            counted.add(child_id)
            owner, line = lines[child_id]
            _add(board, "safeguarding", owner, _with_reason(line, summary[:80]))
    from yjdesk.services.orders.custody import counts as custody_counts

    for measure, held in custody_counts(session, set(lines)).items():
        for child_id in sorted(held):
            owner, line = lines[child_id]
            _add(board, measure, owner, _with_reason(
                line, IN_CUSTODY if measure == "in_custody" else REMANDED))
    for cells in board.cells.values():
        for kids in cells.values():
            kids.sort(key=lambda c: c.name.lower())
    return board


def _with_reason(line: ChildLine, reason: str = "", due: DueItem | None = None) -> ChildLine:
    return ChildLine(line.child_id, line.name, line.case_number, line.practitioner, reason,
                     due)


def _add(board: Dashboard, measure: str, owner: str, line: ChildLine) -> None:
    cells = board.cells.setdefault(measure, {})
    cells.setdefault(owner, []).append(line)
    cells.setdefault(TEAM, []).append(line)


def teams(session: Session) -> list[tuple[str, str]]:
    return [(t.id, t.name) for t in session.scalars(
        select(Team).where(not_deleted(Team)).order_by(Team.name))]


def measure_title(measure: str) -> str:
    return dict(MEASURES)[measure]


def measures() -> Iterable[str]:
    return (m for m, _ in MEASURES)
