"""KPI 8, links to wider services, at the start and at the end of closed interventions.

At the start: the first submitted or countersigned start assessment's legal and care
status (form version 3). At the end: the exit record's, with a step-down to early help
counted as early help at the end. A child is "in" a service when the answer is
"currently"; an intervention whose record does not say (and, at the end, records no
step-down to early help) is counted as not recorded.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_, func, or_

from yjdesk.services.oversight.kpi.base import Figure, KpiSettings, Section, flag

KEY = "wider"
TITLE = "KPI 8: Links to wider services"
NOW = "currently"
SERVICES = (("la", "Looked after"), ("cin", "Child in need"), ("cp", "Child protection plan"),
            ("eh", "Early help"))


def flags(s: Subquery) -> dict[str, ColumnElement[Any]]:
    out: dict[str, ColumnElement[Any]] = {"closed": flag(s.c.disposal_id.is_not(None))}
    end_eh = or_(s.c.eh_end == NOW, s.c.continuing_support == "early_help")
    for when in ("start", "end"):
        for key, _ in SERVICES:
            cond = end_eh if (key, when) == ("eh", "end") else s.c[f"{key}_{when}"] == NOW
            out[f"{key}_{when}"] = flag(cond)
        out[f"any_{when}"] = flag(or_(*(
            end_eh if (key, when) == ("eh", "end") else s.c[f"{key}_{when}"] == NOW
            for key, _ in SERVICES)))
        # not recorded: no status answered and not counted in a service either (a
        # step-down to early help is early help at the end, not "not recorded")
        silent = and_(*(s.c[f"{key}_{when}"].is_(None) for key, _ in SERVICES))
        stepped_down = func.coalesce(s.c.continuing_support, "") == "early_help"
        out[f"unknown_{when}"] = flag(and_(silent, ~stepped_down) if when == "end"
                                      else silent)
    return out


def section(c: dict[str, int], settings: KpiSettings) -> Section:
    closed = c["closed"]
    figures = [Figure(f"{KEY}.closed", "Interventions closed", count=closed, drill="closed")]
    for when, words in (("start", "at the start"), ("end", "at the end")):
        figures += [Figure(f"{KEY}.{key}_{when}", f"{label} {words}", count=c[f"{key}_{when}"],
                           denominator=closed, drill=f"{key}_{when}") for key, label in SERVICES]
        figures += [Figure(f"{KEY}.any_{when}", f"Any of these {words}",
                           count=c[f"any_{when}"], denominator=closed, drill=f"any_{when}"),
                    Figure(f"{KEY}.unknown_{when}", f"Not recorded {words}",
                           count=c[f"unknown_{when}"], denominator=closed,
                           drill=f"unknown_{when}")]
    return Section(
        KEY, TITLE,
        "Interventions closed in the period where the child was looked after, a child in "
        "need, on a child protection plan or an early help plan, at the start (start "
        "assessment) and at the end (exit record; a step-down to early help counts).",
        tuple(figures), chart=(f"{KEY}.any_start", f"{KEY}.any_end"),
        trend_key=f"{KEY}.any_end",
        caveat="Recorded at the start from assessment form version 3 and at the end on the "
               "exit record; earlier records show as not recorded.")
