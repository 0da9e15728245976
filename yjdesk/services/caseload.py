"""The caseload list: one light row per child, fast enough for 20,000 children."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child, age_on
from yjdesk.models.justice import Allocation, Disposal
from yjdesk.models.org import Role, UserAccount
from yjdesk.services import due_store
from yjdesk.services.codes import codelist
from yjdesk.services.due import DueItem, next_due, providers_for
from yjdesk.services.uow import Actor


@dataclass(frozen=True)
class CaseloadRow:
    child_id: str
    name: str
    case_number: str
    date_of_birth: dt.date
    age: int
    disposal: str
    disposal_type: str | None
    case_manager: str
    case_manager_id: str | None
    next_due: DueItem | None
    #: Lower-cased text the search box matches: names, preferred name, case and PNC numbers.
    haystack: str


_age = age_on


def caseload(session: Session, actor: Actor, today: dt.date, *,
             mine_only: bool = False, with_due: bool = True) -> list[CaseloadRow]:
    """Every child on this laptop (the server sends only those the user may see).

    ``mine_only`` narrows to children the actor case-manages or covers. With
    ``with_due=False`` the rows come without their next due item (``next_due`` is None), so
    a screen can show the list at once and add due items from :func:`due_items` after.
    """
    stmt = (select(Child.id, Child.given_name, Child.family_name, Child.preferred_name,
                   Child.case_number, Child.pnc_number, Child.date_of_birth,
                   Child.case_manager_id, UserAccount.display_name)
            .outerjoin(UserAccount, UserAccount.id == Child.case_manager_id)
            .where(not_deleted(Child)))
    if mine_only:
        covered = select(Allocation.child_id).where(
            Allocation.user_id == actor.user_id, Allocation.to_date.is_(None),
            not_deleted(Allocation))
        stmt = stmt.where((Child.case_manager_id == actor.user_id) | Child.id.in_(covered))
    rows = session.execute(stmt).all()

    ids = [r.id for r in rows]
    current: dict[str, tuple[dt.date, str]] = {}
    for child_id, dtype, start in session.execute(
            select(Disposal.child_id, Disposal.disposal_type, Disposal.start_date)
            .where(not_deleted(Disposal), Disposal.outcome == "ongoing")):
        prev = current.get(child_id)
        if prev is None or start > prev[0]:
            current[child_id] = (start, dtype)
    due = due_items(session, ids, today) if with_due else {}
    labels = codelist("disposal_type")

    out: list[CaseloadRow] = []
    for r in rows:
        first = r.preferred_name or r.given_name
        found = current.get(r.id)
        kind = found[1] if found else None
        hay = " ".join(x for x in (r.given_name, r.family_name, r.preferred_name or "",
                                   r.case_number, r.pnc_number or "") if x).lower()
        out.append(CaseloadRow(
            child_id=r.id, name=f"{first} {r.family_name}", case_number=r.case_number,
            date_of_birth=r.date_of_birth, age=_age(r.date_of_birth, today),
            disposal=labels.label(kind) if kind else "No current disposal",
            disposal_type=kind, case_manager=r.display_name or "Unallocated",
            case_manager_id=r.case_manager_id, next_due=due.get(r.id), haystack=hay))
    out.sort(key=lambda row: row.name.lower())
    return out


def due_items(session: Session, child_ids: list[str], today: dt.date,
              role: Role | None = None) -> dict[str, DueItem]:
    """Each child's most urgent due item for ``role`` (the second step of a fast caseload
    load): on a laptop from the stored facts (:mod:`yjdesk.services.due_store`, brought up
    to date in the session's transaction), else by running the rules."""
    if due_store.usable(session):
        return due_store.next_due(session, child_ids, today, role)
    return next_due(session, child_ids, today, providers_for(role))


def matches(row: CaseloadRow, query: str) -> bool:
    """Every word of the query must appear in the row's names or numbers."""
    words = query.lower().split()
    return all(w in row.haystack for w in words)


def can_see_team(actor: Actor) -> bool:
    return actor.role in (Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.ADMINISTRATOR)
