"""Proven reoffending by quarterly cohorts: the binary rate and the frequency.

After the MoJ's measure (YJB-REFERENCE.md 2.1; the dated definition is
``resources/kpi/definitions.json`` "reoffending"):

* a cohort is a calendar quarter; its members are the children aged 10-17 whose *index
  disposal* -- their first youth caution, youth conditional caution or non-custodial court
  sentence in that quarter -- falls in it (release from custody joins when custody
  episodes are recorded);
* a reoffence is a **proven** offence committed after the index date and no later than the
  tracking window (policy ``reporting.reoffending_tracking_months``, 12) after it, and
  proven -- the decision date of the disposal it is linked to -- within the window plus
  the waiting period (6 months). A proven offence not linked to a disposal counts (its
  proof date is unknown);
* a period's figures are those of the quarterly cohorts of the same length that end the
  tracking and waiting time before the period ends (for 2025-26: the cohorts of October
  2023 to September 2024), summed as the MoJ sums quarterly cohorts: a child can be in
  more than one quarter's cohort.

binary rate = reoffenders / cohort; frequency = reoffences per reoffender and per offender.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Subquery, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal, Offence
from yjdesk.models.statuses import OffenceStatus
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import english_date, filled
from yjdesk.services.oversight.kpi.base import (
    Figure,
    KpiSettings,
    Period,
    Section,
    count_flags,
    flag,
    months_after,
    quarters_ending,
    ratio,
)
from yjdesk.services.oversight.kpi.definitions import definition
from yjdesk.services.oversight.kpi.fte import first_of_kind

KEY = "reoffending"
TITLE = "Reoffending"
ROWS = ("cohort", "reoffender", "reoffences")
CHILDREN: tuple[str, ...] = ()


def index_types(on: dt.date) -> list[str]:
    d = definition("reoffending", on)
    custodial = set(definition("custody", on)["custodial_disposals"])
    out: list[str] = []
    for name in d["index_disposals"]:
        if name == "court_non_custodial":
            out += [c.code for c in codelist("disposal_type").codes
                    if c.extra.get("category") == "court" and c.code not in custodial]
        else:
            out.append(name)
    return out


def lag_months(period: Period, settings: KpiSettings) -> int:
    return settings.tracking_months + int(definition("reoffending", period.start)
                                          ["waiting_months"])


def cohort_period(period: Period, settings: KpiSettings) -> Period:
    """The cohort quarters whose tracking and waiting time ends by the period's end: as
    many whole quarters as the period has (at least one)."""
    months = (period.end.year - period.start.year) * 12 + period.end.month \
        - period.start.month + 1
    n = max(1, round(months / 3))
    last = period.shifted(-lag_months(period, settings)).end
    quarters = quarters_ending(last, n)
    return Period(quarters[0].start, quarters[-1].end)


def reoffence_count(child_id: Any, index_on: Any, tracking: int, waiting: int,
                    correlate: Any) -> Any:
    """The proven reoffences of the child after an index date (a correlated count)."""
    proof = aliased(Disposal, name="proof")
    window_end = months_after(index_on, tracking)
    proven_by = months_after(index_on, tracking + waiting)
    return (select(func.count(Offence.id))
            .outerjoin(proof, proof.id == Offence.disposal_id)
            .where(Offence.child_id == child_id, not_deleted(Offence),
                   Offence.status == OffenceStatus.PROVEN, Offence.offence_date > index_on,
                   Offence.offence_date <= window_end,
                   or_(proof.id.is_(None), proof.decision_date <= proven_by))
            .correlate(correlate).scalar_subquery())


def aged(date_of_birth: Any, index_on: Any) -> Any:
    return and_(date_of_birth > months_after(index_on, -18 * 12),
                date_of_birth <= months_after(index_on, -10 * 12))


def cohort_base(cohort: Period, settings: KpiSettings) -> Subquery:
    """One row per cohort member (child and cohort quarter) whose index date is in
    ``cohort``, with its reoffence count (the definition; a laptop counts the same rows
    stored: ``stored.cohort``)."""
    types = index_types(cohort.start)
    waiting = int(definition("reoffending", cohort.start)["waiting_months"])
    quarters = quarters_ending(cohort.end, _quarters_in(cohort))
    index_on = Disposal.decision_date
    quarter_start = case(*((index_on.between(q.start, q.end), q.start) for q in quarters),
                         else_=cohort.start)
    reoffences = reoffence_count(Disposal.child_id, index_on, settings.tracking_months,
                                 waiting, correlate=Disposal)
    counted = (select(Disposal.child_id, index_on.label("on"),
                      reoffences.label("reoffences"))
               .join(Child, and_(Child.id == Disposal.child_id, not_deleted(Child)))
               .where(not_deleted(Disposal), Disposal.disposal_type.in_(types),
                      Disposal.decision_date.between(cohort.start, cohort.end),
                      aged(Child.date_of_birth, index_on),
                      first_of_kind(types, since=quarter_start))
               # OFFSET 0 keeps the subquery whole: flattened, its correlated count would
               # run once for each column that reads it (SQLite and PostgreSQL alike)
               .offset(0)
               .subquery("reoffences"))
    return select(counted.c.child_id, counted.c.on,
                  flag(counted.c.child_id.is_not(None)).label("cohort"),
                  flag(counted.c.reoffences > 0).label("reoffender"),
                  counted.c.reoffences).subquery("reoffending")


def _quarters_in(p: Period) -> int:
    return max(1, ((p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1) // 3)


def base(period: Period, settings: KpiSettings) -> Subquery:
    """The cohort members reported for ``period`` (see :func:`cohort_period`)."""
    return cohort_base(cohort_period(period, settings), settings)


def compute(session: Session, period: Period, settings: KpiSettings) -> Section:
    return section(count_flags(session, base(period, settings), rows=ROWS), settings, period)


#: What the indicator counts; %1 and %2 the cohorts' first and last months (a date: its
#: month and year), %3 and %4 numbers of months.
DEFINITION = ("Quarterly cohorts of %1 to %2: children aged 10-17 whose first caution or "
              "non-custodial court sentence in a quarter is their index disposal. "
              "Reoffences: proven offences committed within %3 months of the index date and "
              "proven within a further %4 months. The binary rate is the share of the cohort "
              "who reoffended; the frequency is the number of reoffences per reoffender and "
              "per child in the cohort.")


def definition_text(start: dt.date, end: dt.date, tracking: int, waiting: int) -> str:
    """:data:`DEFINITION` in English (the pack's)."""
    values = (english_date(start, "%B %Y"), english_date(end, "%B %Y"), str(tracking),
              str(waiting))
    return filled(DEFINITION, *values)


def section(c: dict[str, int], settings: KpiSettings, period: Period) -> Section:
    cohort, reoffenders, reoffences = c["cohort"], c["reoffender"], c["reoffences"]
    per_reoffender, per_offender = ratio(reoffences, reoffenders), ratio(reoffences, cohort)
    cp = cohort_period(period, settings)
    waiting = lag_months(period, settings) - settings.tracking_months
    args = (cp.start, cp.end, settings.tracking_months, waiting)
    return Section(
        KEY, TITLE, definition_text(*args),
        (Figure(f"{KEY}.cohort", "Number in cohort", count=cohort, drill="cohort"),
         Figure(f"{KEY}.reoffenders", "Reoffenders (binary rate)", count=reoffenders,
                denominator=cohort, drill="reoffender"),
         Figure(f"{KEY}.reoffences", "Reoffences", count=reoffences, drill="reoffender"),
         Figure(f"{KEY}.per_reoffender", "Reoffences per reoffender", rate=per_reoffender,
                rate_bases=(reoffenders, reoffences), drill="reoffender"),
         Figure(f"{KEY}.per_offender", "Reoffences per child in the cohort", rate=per_offender,
                rate_bases=(cohort, reoffences), drill="cohort")),
        chart=(f"{KEY}.reoffenders",),
        definition_template=DEFINITION, definition_args=args,
        caveat="A local measure from yjdesk's own records: the published figures come from "
               "the Police National Computer and will differ. Trend points are cohort "
               "quarters.")
