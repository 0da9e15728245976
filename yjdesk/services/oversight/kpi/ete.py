"""KPI 2, education, training and employment at the start and end of closed interventions.

Engaged: any ETE status but excluded, NEET or not known. Full-time at the end: attending
at least 25 hours a week (school age, under 16 on the end date) or 16 hours (above school
age), from the exit record.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_, or_

from yjdesk.services.oversight.kpi.base import Figure, KpiSettings, Section, flag, months_after

KEY = "ete"
TITLE = "KPI 2: Education, training and employment"
NOT_ENGAGED = ("excluded", "neet", "not_known")
SCHOOL_AGE_HOURS = 25
ABOVE_SCHOOL_AGE_HOURS = 16


def _engaged(col: Any) -> ColumnElement[bool]:
    return and_(col.is_not(None), col.not_in(NOT_ENGAGED))


def flags(s: Subquery) -> dict[str, ColumnElement[Any]]:
    school_age = s.c.date_of_birth > months_after(s.c.ended_on, -16 * 12)
    full_time = or_(and_(school_age, s.c.hours_attended_end >= SCHOOL_AGE_HOURS),
                    and_(~school_age, s.c.hours_attended_end >= ABOVE_SCHOOL_AGE_HOURS))
    return {
        "closed": flag(s.c.disposal_id.is_not(None)),
        "engaged_start": flag(_engaged(s.c.ete_start)),
        "engaged_end": flag(_engaged(s.c.ete_end)),
        "full_time_end": flag(and_(_engaged(s.c.ete_end), full_time)),
        "school_age_end": flag(school_age),
        "school_age_full_time_end": flag(and_(school_age, _engaged(s.c.ete_end), full_time)),
        "unknown_end": flag(or_(s.c.ete_end.is_(None), s.c.ete_end == "not_known")),
    }


def section(c: dict[str, int], settings: KpiSettings) -> Section:
    closed = c["closed"]
    return Section(
        KEY, TITLE,
        "Interventions closed in the period: engaged in ETE at the start (start "
        "assessment) and at the end (exit record); full-time means attending 25+ hours a "
        "week (school age) or 16+ hours (above school age).",
        (Figure(f"{KEY}.closed", "Interventions closed", count=closed, drill="closed"),
         Figure(f"{KEY}.engaged_start", "In ETE at start", count=c["engaged_start"],
                denominator=closed, drill="engaged_start"),
         Figure(f"{KEY}.engaged_end", "In ETE at end", count=c["engaged_end"],
                denominator=closed, drill="engaged_end"),
         Figure(f"{KEY}.full_time_end", "Full-time ETE at end", count=c["full_time_end"],
                denominator=closed, drill="full_time_end"),
         Figure(f"{KEY}.school_age_full_time_end", "School age: full-time at end",
                count=c["school_age_full_time_end"], denominator=c["school_age_end"],
                drill="school_age_full_time_end"),
         Figure(f"{KEY}.unknown_end", "ETE not recorded at end", count=c["unknown_end"],
                denominator=closed, drill="unknown_end")),
        chart=(f"{KEY}.engaged_start", f"{KEY}.engaged_end", f"{KEY}.full_time_end"),
        trend_key=f"{KEY}.engaged_end")  # the KPI (and the headline) is the end
