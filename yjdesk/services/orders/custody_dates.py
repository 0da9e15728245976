"""The dates of a detention and training order (Sentencing Act 2020 ss.241-243): detention
for half the term, then supervision to the end; early release (Secretary of State) and late
release (on application to the youth court) windows by term, from ``resources/rules``
(family ``dto_release``). Pure functions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from yjdesk.services.orders.rulesets import rule_set


@dataclass(frozen=True)
class DtoDates:
    term_months: int
    halfway: dt.date
    #: The early-release window opens (None: no early release for this term).
    early_from: dt.date | None
    #: The late-release window closes (None: no late release for this term).
    late_to: dt.date | None
    end: dt.date


def dto_dates(start: dt.date, end: dt.date) -> DtoDates:
    delta = relativedelta(end, start)
    months = delta.years * 12 + delta.months
    halfway = start + (end - start) / 2
    early = late = None
    for window in rule_set("dto_release", start).get("windows") or []:
        if window["min_term_months"] <= months <= window["max_term_months"]:
            early = halfway - relativedelta(months=int(window["early_months"]))
            late = halfway + relativedelta(months=int(window["late_months"]))
    return DtoDates(months, halfway, early, late, end)
