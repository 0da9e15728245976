"""What is due next for each child: the "next due item" column of the caseload.

Each feature area contributes a provider: a function ``(session, child_ids, today) ->
{child_id: [DueItem, ...]}``. :data:`PROVIDERS` lists them explicitly; the caseload shows
each child's most urgent item.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.models.org import Role
from yjdesk.services.court.due_items import court_due


class DueState(enum.IntEnum):
    """Ordered by urgency (lowest first)."""

    OVERDUE = 0
    DUE_SOON = 1
    UPCOMING = 2


@dataclass(frozen=True, order=True)
class DueItem:
    state: DueState
    due: dt.date
    label: str
    kind: str = ""

    def describe(self, today: dt.date) -> str:
        days = (self.due - today).days
        if days < 0:
            return f"{self.label} - overdue by {-days} day{'s' if days != -1 else ''}"
        if days == 0:
            return f"{self.label} - due today"
        return f"{self.label} - due {self.due:%d %b %Y}"


Provider = Callable[[Session, list[str], dt.date], dict[str, list[DueItem]]]


def state_for(due: dt.date, today: dt.date, soon_days: int = 5) -> DueState:
    if due < today:
        return DueState.OVERDUE
    if (due - today).days <= soon_days:
        return DueState.DUE_SOON
    return DueState.UPCOMING


def order_endings(session: Session, child_ids: list[str],
                  today: dt.date) -> dict[str, list[DueItem]]:
    """The end of each ongoing disposal (the exit plan and end review fall due then)."""
    out: dict[str, list[DueItem]] = {}
    rows = session.execute(
        select(Disposal.child_id, Disposal.end_date)
        .where(not_deleted(Disposal), Disposal.outcome == "ongoing",
               Disposal.end_date.is_not(None))
    )
    wanted = set(child_ids)
    for child_id, end in rows:
        if child_id in wanted and end is not None:
            out.setdefault(child_id, []).append(
                DueItem(state_for(end, today, 14), end, "Order ends", "order_end"))
    return out


PROVIDERS: list[Provider] = [order_endings, court_due]


def assessments_due(session: Session, child_ids: list[str],
                    today: dt.date) -> dict[str, list[DueItem]]:
    """Assessments to finish or countersign; interventions not yet assessed (issue 3)."""
    from yjdesk.services.assessments.timeliness import assessment_due_items

    return assessment_due_items(session, child_ids, today)


PROVIDERS.append(assessments_due)


def casework_due(session: Session, child_ids: list[str],
                 today: dt.date) -> dict[str, list[DueItem]]:
    """Case work: contacts by intervention level, reviews, children not seen (issue 4)."""
    from yjdesk.services.casework.work_due import casework_provider

    return casework_provider(session, child_ids, today)


PROVIDERS.append(casework_due)


def oversight_due(session: Session, child_ids: list[str],
                  today: dt.date) -> dict[str, list[DueItem]]:
    """Open management oversight and supervision actions (issue 7)."""
    from yjdesk.services.oversight.supervision import due_items

    return due_items(session, child_ids, today)


PROVIDERS.append(oversight_due)


def court_orders_due(session: Session, child_ids: list[str],
                     today: dt.date) -> dict[str, list[DueItem]]:
    """Referral order panels, custody meetings, requirement balances, transition (issue 13)."""
    from yjdesk.services.orders.due_items import orders_due

    return orders_due(session, child_ids, today)


PROVIDERS.append(court_orders_due)


def providers_for(role: Role | None) -> list[Provider]:
    """What falls due for this role: a court officer's work is the court's deadlines
    (reports, checks, sending), not the practitioner's contacts and assessments."""
    if role == Role.COURT_OFFICER:
        return [court_due]
    return PROVIDERS


def next_due(session: Session, child_ids: Iterable[str], today: dt.date,
             providers: list[Provider] | None = None) -> dict[str, DueItem]:
    ids = list(child_ids)
    best: dict[str, DueItem] = {}
    for provider in providers if providers is not None else PROVIDERS:
        for child_id, items in provider(session, ids, today).items():
            for item in items:
                current = best.get(child_id)
                if current is None or (item.state, item.due) < (current.state, current.due):
                    best[child_id] = item
    return best


def all_due(session: Session, child_ids: Iterable[str], today: dt.date) -> dict[str, list[DueItem]]:
    ids = list(child_ids)
    out: dict[str, list[DueItem]] = {}
    for provider in PROVIDERS:
        for child_id, items in provider(session, ids, today).items():
            out.setdefault(child_id, []).extend(items)
    for items in out.values():
        items.sort()
    return out


def out_of_court_due(session: Session, child_ids: list[str],
                     today: dt.date) -> dict[str, list[DueItem]]:
    """Out-of-court referrals to assess and police to inform, on time (issue 14)."""
    from yjdesk.services.casework.ooc_due import ooc_due

    return ooc_due(session, child_ids, today)


PROVIDERS.append(out_of_court_due)
