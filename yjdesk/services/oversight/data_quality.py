"""The data quality report: missing structured fields that would make a KPI wrong, listed
per practitioner with the child, so they can be put right (seed 3.9).

Each check is one query. Interventions are those closed in the chosen period (the KPIs'
denominator); child-level checks cover every child on the laptop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.models.org import UserAccount
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text, filled
from yjdesk.services.oversight.kpi.base import Period, intervention_types
from yjdesk.services.oversight.kpi.snapshot import snapshot


@dataclass(frozen=True)
class Issue:
    child_id: str
    child_name: str
    case_number: str
    practitioner_id: str | None
    #: The case manager's name; None: unallocated (the view says so).
    practitioner: str | None
    #: What is missing: one of :data:`PROBLEMS`, a template whose ``%1``, ``%2`` are
    #: :attr:`args` (the view translates it, then fills the values in).
    problem: str
    #: The indicator the gap makes wrong (one of :data:`AFFECTS`).
    affects: str
    #: The values of :attr:`problem`: a date (``dt.date``), or a code list's label (its
    #: English, translated on its own by the view).
    args: tuple[str | dt.date, ...] = ()

    @property
    def text(self) -> str:
        """The problem in English (tests, sorting); the screen words it from its parts."""
        return english(self.problem, self.args)


def english(template: str, args: tuple[str | dt.date, ...]) -> str:
    """``template`` with its values in English (a date as ``17/05/2026``)."""
    return filled(template, *(v if isinstance(v, str) else date_text(v) for v in args))


#: Appended to a problem found on an intervention closed in the period: when it ended.
_ENDED = " (ended %1)"
#: A child's record's gaps (no values).
_CHILD_CHECKS = (("ethnicity", "No ethnicity recorded", "Cohort profile"),
                 ("gender", "No gender recorded", "Cohort profile"))
#: An intervention still open after its end date: %1 the disposal type's label, %2 the date.
OVERDUE = "%1 passed its end date (%2) with no outcome recorded"
OVERDUE_AFFECTS = "KPI 6 and closed interventions"


# (column on the snapshot, condition, problem, affects)
def _closed_checks(s: Any) -> list[tuple[Any, str, str]]:
    return [
        (s.c.acc_end.is_(None), "No accommodation status at the end of the intervention",
         "KPI 1 accommodation"),
        (or_(s.c.ete_end.is_(None), s.c.ete_end == "not_known"),
         "No ETE status at the end of the intervention", "KPI 2 ETE"),
        (and_(s.c.ete_end.is_not(None), s.c.ete_end.not_in(("neet", "not_known")),
              s.c.hours_attended_end.is_(None)),
         "No ETE hours attended at the end", "KPI 2 ETE"),
        (s.c.last_stage_id.is_(None),
         "No submitted assessment for the intervention (SEND, mental health and "
         "substance misuse cannot be counted)", "KPIs 3-5"),
        (and_(s.c.last_stage_id.is_not(None), s.c.send.is_(None)),
         "SEND / learning needs not recorded in the assessment", "KPI 3 SEND"),
        (s.c.exit_id.is_(None), "No end-of-intervention (exit) record",
         "KPIs 1, 2 and 10"),
        (and_(s.c.exit_id.is_not(None), s.c.rj_engagement.is_(None)),
         "Victim / restorative justice outcome not recorded at the end", "KPI 10 victims"),
    ]


def problems() -> dict[str, str]:
    """Every problem the report can give, with what its values are, and every indicator
    it names (the translation file lists them: i18n_domain)."""
    found: dict[str, str] = {}
    for _field, problem, affects in _CHILD_CHECKS:
        found[problem] = found[affects] = ""
    for _cond, problem, affects in _closed_checks(snapshot(Period.of(
            dt.date(2000, 4, 1), dt.date(2001, 3, 31)))):
        found[problem + _ENDED] = "%1: the date the intervention ended"
        found[affects] = ""
    found[OVERDUE] = "%1: the kind of order (translated on its own); %2: its end date"
    found[OVERDUE_AFFECTS] = ""
    return found


def report(session: Session, period: Period, today: dt.date) -> list[Issue]:
    """Every gap found, ordered by practitioner then child."""
    kinds = codelist("disposal_type")
    base = (select(Child.id, Child.given_name, Child.family_name, Child.preferred_name,
                   Child.case_number, Child.case_manager_id, UserAccount.display_name)
            .outerjoin(UserAccount, UserAccount.id == Child.case_manager_id))
    out: list[Issue] = []

    def add(rows: Iterable[Any], problem: str, affects: str) -> None:
        for r in rows:
            out.append(Issue(r.id, f"{r.preferred_name or r.given_name} {r.family_name}",
                             r.case_number, r.case_manager_id,
                             r.display_name or None, problem, affects))

    live = not_deleted(Child)
    for field, problem, affects in _CHILD_CHECKS:
        unknown = getattr(Child, field).in_(("not_known", "not_stated"))
        add(session.execute(base.where(live, unknown)), problem, affects)
    s = snapshot(period)
    for cond, problem, affects in _closed_checks(s):
        rows = session.execute(
            base.add_columns(s.c.category, s.c.ended_on)
            .join(s, s.c.child_id == Child.id).where(cond))
        for r in rows:
            out.append(Issue(r.id, f"{r.preferred_name or r.given_name} {r.family_name}",
                             r.case_number, r.case_manager_id, r.display_name or None,
                             problem + _ENDED, affects, (r.ended_on,)))
    overdue = session.execute(
        base.add_columns(Disposal.disposal_type, Disposal.end_date)
        .join(Disposal, Disposal.child_id == Child.id)
        .where(live, not_deleted(Disposal), Disposal.outcome == "ongoing",
               Disposal.disposal_type.in_(intervention_types()),
               Disposal.end_date < today))
    for r in overdue:
        out.append(Issue(r.id, f"{r.preferred_name or r.given_name} {r.family_name}",
                         r.case_number, r.case_manager_id, r.display_name or None,
                         OVERDUE, OVERDUE_AFFECTS,
                         (kinds.label(r.disposal_type), r.end_date)))
    out.sort(key=lambda i: (i.practitioner is None, (i.practitioner or "").lower(),
                            i.child_name.lower(), i.text))
    return out


def by_practitioner(issues: list[Issue]) -> dict[str | None, list[Issue]]:
    """The issues by practitioner's name (None: unallocated)."""
    grouped: dict[str | None, list[Issue]] = {}
    for i in issues:
        grouped.setdefault(i.practitioner, []).append(i)
    return grouped
