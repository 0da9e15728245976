"""First-time entrants: children aged 10-17 receiving their first youth caution, youth
conditional caution or court conviction in the period, and the rate per 100,000 of the
local 10-17 population (policy ``reporting.population_10_17``)."""

from __future__ import annotations

from sqlalchemy import Subquery, and_, func, select
from sqlalchemy.orm import Session

from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.services.codes import codelist
from yjdesk.services.oversight.kpi.base import (
    SCAN_HINT,
    Figure,
    Period,
    Section,
    Settings,
    count_flags,
    flag,
    months_after,
)

KEY = "fte"
TITLE = "First-time entrants"


def formal_types() -> list[str]:
    """A youth caution, a youth conditional caution or any court sentence (not remand)."""
    return ["youth_caution", "youth_conditional_caution"] + [
        c.code for c in codelist("disposal_type").codes if c.extra.get("category") == "court"]


def base(period: Period, settings: Settings) -> Subquery:
    first = (select(Disposal.child_id, func.min(Disposal.decision_date).label("first_on"))
             .where(Disposal.deleted.is_(False), Disposal.disposal_type.in_(formal_types()))
             .group_by(Disposal.child_id)
             .with_hint(Disposal, SCAN_HINT, "sqlite").subquery("first_formal"))
    aged = and_(Child.date_of_birth > months_after(first.c.first_on, -18 * 12),
                Child.date_of_birth <= months_after(first.c.first_on, -10 * 12))
    return (select(first.c.child_id, flag(aged).label("entrant"))
            .join(Child, Child.id == first.c.child_id)
            .where(Child.deleted.is_(False),
                   first.c.first_on.between(period.start, period.end))
            .subquery("fte"))


def compute(session: Session, period: Period, settings: Settings) -> Section:
    n = count_flags(session, base(period, settings), rows=("entrant",))["entrant"]
    rate = n * 100_000 / settings.population_10_17
    return Section(
        KEY, TITLE,
        "Children aged 10-17 whose first youth caution, youth conditional caution or court "
        "conviction was in the period (first by decision date).",
        (Figure(f"{KEY}.entrants", "First-time entrants", count=n, drill="entrant"),
         Figure(f"{KEY}.rate", "Rate per 100,000 aged 10-17", rate=rate,
                rate_label="per 100,000", rate_bases=(n,))),
        chart=(f"{KEY}.entrants",))
