"""Reoffending for a cohort: the binary rate and the frequency.

The cohort is every child whose *index disposal* (their first youth caution, youth
conditional caution or court sentence in the cohort period) falls in the period. A
reoffence is a **proven** offence committed after the index disposal's date and no later
than ``tracking_months`` (policy ``reporting.reoffending_tracking_months``) after it;
offences outside that window do not count, suspected offences do not count.

* binary rate = reoffenders / cohort;
* frequency = reoffences per reoffender and reoffences per offender (per cohort member).
"""

from __future__ import annotations

from sqlalchemy import Subquery, and_, func, select
from sqlalchemy.orm import Session

from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal, Offence
from yjdesk.services.oversight.kpi.base import (
    Figure,
    Period,
    Section,
    Settings,
    count_flags,
    flag,
    months_after,
    ratio,
)
from yjdesk.services.oversight.kpi.fte import first_of_kind, formal_types

KEY = "reoffending"
TITLE = "Reoffending"


def base(period: Period, settings: Settings) -> Subquery:
    types = formal_types()
    index_on = Disposal.decision_date
    window_end = months_after(index_on, settings.tracking_months)
    reoffences = (select(func.count(Offence.id))
                  .where(Offence.child_id == Disposal.child_id, Offence.deleted.is_(False),
                         Offence.status == "proven", Offence.offence_date > index_on,
                         Offence.offence_date <= window_end)
                  .correlate(Disposal).scalar_subquery())
    counted = (select(Disposal.child_id, reoffences.label("reoffences"))
               .join(Child, and_(Child.id == Disposal.child_id, Child.deleted.is_(False)))
               .where(Disposal.deleted.is_(False), Disposal.disposal_type.in_(types),
                      Disposal.decision_date.between(period.start, period.end),
                      first_of_kind(types, since=period.start))
               .subquery("reoffences"))
    return select(counted.c.child_id, flag(counted.c.child_id.is_not(None)).label("cohort"),
                  flag(counted.c.reoffences > 0).label("reoffender"),
                  counted.c.reoffences).subquery("reoffending")


def compute(session: Session, period: Period, settings: Settings) -> Section:
    c = count_flags(session, base(period, settings),
                    rows=("cohort", "reoffender", "reoffences"))
    cohort, reoffenders, reoffences = c["cohort"], c["reoffender"], c["reoffences"]
    per_reoffender, per_offender = ratio(reoffences, reoffenders), ratio(reoffences, cohort)
    return Section(
        KEY, TITLE,
        f"Cohort: children whose first caution or court sentence in the period is their "
        f"index disposal. Reoffences: proven offences committed after the index date and "
        f"within {settings.tracking_months} months of it.",
        (Figure(f"{KEY}.cohort", "Number in cohort", count=cohort, drill="cohort"),
         Figure(f"{KEY}.reoffenders", "Reoffenders (binary rate)", count=reoffenders,
                denominator=cohort, drill="reoffender"),
         Figure(f"{KEY}.reoffences", "Reoffences", count=reoffences, drill="reoffender"),
         Figure(f"{KEY}.per_reoffender", "Reoffences per reoffender", rate=per_reoffender,
                rate_bases=(reoffenders, reoffences), drill="reoffender"),
         Figure(f"{KEY}.per_offender", "Reoffences per offender", rate=per_offender,
                rate_bases=(cohort, reoffences), drill="cohort")),
        chart=(f"{KEY}.reoffenders",))

