"""First-time entrants: children aged 10-17 receiving their first youth caution, youth
conditional caution or court conviction in the period, and the rate per 100,000 of the
local 10-17 population (policy ``reporting.population_10_17``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.services.codes import codelist
from yjdesk.services.oversight.kpi.base import (
    Figure,
    KpiSettings,
    Period,
    Section,
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


def first_of_kind(types: list[str], since: dt.date | ColumnElement[dt.date] | None = None,
                  ) -> ColumnElement[bool]:
    """True for a disposal of ``types`` with no earlier one of those types for the same
    child (since ``since``, a date or an expression over the disposal, if given); ties on
    the same day go to the lower id.

    A ``NOT EXISTS`` probe on the child_id index per candidate row: much cheaper than
    grouping every disposal the service ever made by child.
    """
    e = aliased(Disposal, name="earlier")
    cond = [e.child_id == Disposal.child_id, not_deleted(e), e.disposal_type.in_(types),
            or_(e.decision_date < Disposal.decision_date,
                and_(e.decision_date == Disposal.decision_date, e.id < Disposal.id))]
    if since is not None:
        cond.append(e.decision_date >= since)
    return ~exists().where(*cond)


def aged(date_of_birth: Any, on: Any) -> ColumnElement[bool]:
    """Aged 10-17 on the day ``on``."""
    return and_(date_of_birth > months_after(on, -18 * 12),
                date_of_birth <= months_after(on, -10 * 12))


def base(period: Period, settings: KpiSettings) -> Subquery:
    """The definition (a laptop counts the same rows stored: ``stored.first_formal``)."""
    types = formal_types()
    return (select(Disposal.child_id, Disposal.decision_date.label("on"),
                   flag(aged(Child.date_of_birth, Disposal.decision_date)).label("entrant"))
            .join(Child, Child.id == Disposal.child_id)
            .where(not_deleted(Child), not_deleted(Disposal),
                   Disposal.disposal_type.in_(types),
                   Disposal.decision_date.between(period.start, period.end),
                   first_of_kind(types))
            .subquery("fte"))


ROWS = ("entrant",)
CHILDREN: tuple[str, ...] = ()


def compute(session: Session, period: Period, settings: KpiSettings) -> Section:
    return section(count_flags(session, base(period, settings), rows=ROWS), settings, period)


def section(c: dict[str, int], settings: KpiSettings, period: Period) -> Section:
    n = c["entrant"]
    rate = n * 100_000 / settings.population_10_17
    return Section(
        KEY, TITLE,
        "Children aged 10-17 whose first youth caution, youth conditional caution or court "
        "conviction was in the period (first by decision date).",
        (Figure(f"{KEY}.entrants", "First-time entrants", count=n, drill="entrant"),
         Figure(f"{KEY}.rate", "Rate per 100,000 aged 10-17", rate=rate,
                rate_label="per 100,000", rate_bases=(n,))),
        chart=(f"{KEY}.entrants",), trend_key=f"{KEY}.rate")
