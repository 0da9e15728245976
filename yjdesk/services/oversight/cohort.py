"""The cohort profile (after appendix 7 of the 2023-24 plan): who the service worked with.

The cohort is every child with a disposal (other than no further action) that was open at
any time in the period. One row per child carries the dimensions; each table is one
``GROUP BY`` over it: gender, age band on the last day of the period, ethnic group, the
most intensive disposal category in the period (court, remand, out of court, prevention),
and the looked-after, child-in-need and child-protection status.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, Select, Subquery, and_, case, func, or_, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child, StatusHistory
from yjdesk.models.justice import Disposal
from yjdesk.services.codes import codelist
from yjdesk.services.oversight.kpi.base import (
    Figure,
    Period,
    Section,
    ended_on,
    no_index,
)

KEY = "profile"
CATEGORY_RANK = {"court": 4, "remand": 3, "out_of_court": 2, "prevention": 1}
CATEGORY_LABEL = {4: "Court", 3: "Remand", 2: "Out of court", 1: "Prevention"}
AGE_BANDS = ("Under 10", "10-14", "15-17", "18 and over")
#: A child whose ethnicity has no group, and a disposal category not ranked.
NOT_KNOWN, OTHER = "Not known", "Other"
DIMENSIONS: dict[str, str] = {
    "gender": "Gender",
    "age_band": "Age band (on the last day of the period)",
    "ethnic_group": "Ethnic group",
    "category": "Most intensive disposal in the period",
    "looked_after": "Looked after",
    "child_in_need": "Child in need",
    "cp_plan": "Child protection plan",
}


def _age_band(end: dt.date) -> ColumnElement[str]:
    dob = Child.date_of_birth
    return case((dob > end - relativedelta(years=10), AGE_BANDS[0]),
                (dob > end - relativedelta(years=15), AGE_BANDS[1]),
                (dob > end - relativedelta(years=18), AGE_BANDS[2]), else_=AGE_BANDS[3])


def _ethnic_group() -> ColumnElement[str]:
    groups: dict[str, list[str]] = {}
    for c in codelist("ethnicity").codes:
        groups.setdefault(str(c.extra.get("group", NOT_KNOWN)), []).append(c.code)
    return case(*((Child.ethnicity.in_(codes), group) for group, codes in groups.items()),
                else_=NOT_KNOWN)


def base(period: Period) -> Subquery:
    rank = case(*((Disposal.category == cat, n) for cat, n in CATEGORY_RANK.items()), else_=0)
    per_child = (select(Disposal.child_id, func.max(rank).label("rank"))
                 .where(not_deleted(Disposal), Disposal.disposal_type != "nfa",
                        Disposal.start_date <= period.end,
                        or_(ended_on().is_(None), ended_on() >= period.start))
                 .group_by(no_index(Disposal.child_id)).subquery("cohort_children"))
    category = case(*((per_child.c.rank == n, label) for n, label in CATEGORY_LABEL.items()),
                    else_=OTHER)
    return (select(per_child.c.child_id, Child.gender, _age_band(period.end).label("age_band"),
                   _ethnic_group().label("ethnic_group"), category.label("category"),
                   Child.looked_after, Child.child_in_need, Child.cp_plan)
            .join(Child, and_(Child.id == per_child.c.child_id, not_deleted(Child)))
            .subquery("cohort"))


def _order(dimension: str) -> list[str]:
    if dimension == "gender":
        return [c.code for c in codelist("gender").codes]
    if dimension == "age_band":
        return list(AGE_BANDS)
    if dimension == "ethnic_group":
        seen: list[str] = []
        for c in codelist("ethnicity").codes:
            g = str(c.extra.get("group", NOT_KNOWN))
            if g not in seen:
                seen.append(g)
        return seen
    if dimension == "category":
        return [CATEGORY_LABEL[n] for n in sorted(CATEGORY_LABEL, reverse=True)]
    return [s.value for s in StatusHistory]


def _label(dimension: str, value: str) -> str:
    if dimension == "gender":
        return codelist("gender").label(value)
    if dimension in ("looked_after", "child_in_need", "cp_plan"):
        try:
            return StatusHistory(value).label
        except ValueError:
            return value
    return value


def value_labels() -> set[str]:
    """Every name a figure of a profile table can have (the values of each dimension, in
    words), whatever the records: for the UI's translation file."""
    labels = {NOT_KNOWN, OTHER}
    for dimension in DIMENSIONS:
        labels.update(_label(dimension, value) for value in _order(dimension))
    return labels


def profile(session: Session, period: Period) -> list[Section]:
    """One table per dimension: count and share of the cohort for each value.

    One ``GROUP BY`` over every dimension at once (a single pass over the cohort); the
    tables are the margins of that cross-tabulation.
    """
    sub = base(period)
    dims = list(DIMENSIONS)
    found: dict[str, dict[str, int]] = {d: {} for d in dims}
    total = 0
    cols = [sub.c[d] for d in dims]
    for row in session.execute(select(*cols, func.count()).group_by(*cols)):
        n = int(row[-1])
        total += n
        for d, value in zip(dims, row[:-1], strict=True):
            key = value.value if isinstance(value, StatusHistory) else str(value)
            found[d][key] = found[d].get(key, 0) + n
    tables = [Section(KEY, "Children worked with", "Children with a disposal (other than "
                      "no further action) open at any time in the period.",
                      (Figure(f"{KEY}.total", "Children in the cohort", count=total,
                              drill="all"),))]
    for dim, title in DIMENSIONS.items():
        counts = found[dim]
        order = _order(dim)
        values = [v for v in order if v in counts] + sorted(
            v for v in counts if v not in order)
        figures = tuple(Figure(f"{KEY}.{dim}.{v}", _label(dim, v), count=counts[v],
                               denominator=total, drill=f"{dim}={v}") for v in values)
        tables.append(Section(f"{KEY}.{dim}", title, "", figures,
                              chart=tuple(f.key for f in figures), partition=True))
    return tables


def members(period: Period, drill: str) -> Select[tuple[str]]:
    """The children behind one profile cell (``drill`` is "all" or "dimension=value")."""
    sub = base(period)
    if drill == "all":
        return select(sub.c.child_id)
    dim, _, value = drill.partition("=")
    if dim not in DIMENSIONS:
        raise KeyError(drill)
    cond: Any = sub.c[dim] == value
    return select(sub.c.child_id).where(cond)
