"""KPI 6, out-of-court disposal completion: out-of-court disposals (all but no further
action) whose outcome was recorded in the period, and how many were completed."""

from __future__ import annotations

from sqlalchemy import Subquery, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.services.oversight.kpi.base import (
    Figure,
    KpiSettings,
    Period,
    Section,
    count_flags,
    flag,
)

KEY = "ooc"
TITLE = "KPI 6: Out-of-court disposal completion"


def base(period: Period, settings: KpiSettings) -> Subquery:
    return (select(Disposal.child_id, Disposal.outcome_date.label("on"),
                   flag(Disposal.id.is_not(None)).label("ended"),
                   flag(Disposal.outcome == "completed").label("completed"),
                   flag(Disposal.outcome != "completed").label("not_completed"))
            .where(not_deleted(Disposal), Disposal.category == "out_of_court",
                   Disposal.disposal_type != "nfa", Disposal.outcome != "ongoing",
                   Disposal.outcome_date.between(period.start, period.end))
            .subquery("ooc"))


ROWS = ("ended", "completed", "not_completed")
CHILDREN: tuple[str, ...] = ()


def compute(session: Session, period: Period, settings: KpiSettings) -> Section:
    return section(count_flags(session, base(period, settings), rows=ROWS), settings, period)


def section(c: dict[str, int], settings: KpiSettings, period: Period) -> Section:
    ended = c["ended"]
    return Section(
        KEY, TITLE,
        "Out-of-court disposals (other than no further action) that ended in the period, "
        "by whether they were completed.",
        (Figure(f"{KEY}.ended", "Out-of-court disposals ended", count=ended, drill="ended"),
         Figure(f"{KEY}.completed", "Completed", count=c["completed"], denominator=ended,
                drill="completed"),
         Figure(f"{KEY}.not_completed", "Not completed", count=c["not_completed"],
                denominator=ended, drill="not_completed")),
        chart=(f"{KEY}.completed", f"{KEY}.not_completed"))
