"""KPI 1, suitable accommodation at the start and the end of closed interventions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Subquery

from yjdesk.services.oversight.kpi.base import Figure, KpiSettings, Section, flag

KEY = "accommodation"
TITLE = "KPI 1: Suitable accommodation"


def flags(s: Subquery) -> dict[str, ColumnElement[Any]]:
    return {
        "closed": flag(s.c.disposal_id.is_not(None)),
        "suitable_start": flag(s.c.acc_start.is_(True)),
        "suitable_end": flag(s.c.acc_end.is_(True)),
        "unsuitable_end": flag(s.c.acc_end.is_(False)),
        "unknown_end": flag(s.c.acc_end.is_(None)),
    }


def section(c: dict[str, int], settings: KpiSettings) -> Section:
    closed = c["closed"]
    return Section(
        KEY, TITLE,
        "Interventions closed in the period, in suitable accommodation at the start and at "
        "the end (start assessment / exit record, else the address held on that date).",
        (Figure(f"{KEY}.closed", "Interventions closed", count=closed, drill="closed"),
         Figure(f"{KEY}.suitable_start", "Suitable accommodation at start",
                count=c["suitable_start"], denominator=closed, drill="suitable_start"),
         Figure(f"{KEY}.suitable_end", "Suitable accommodation at end",
                count=c["suitable_end"], denominator=closed, drill="suitable_end"),
         Figure(f"{KEY}.unsuitable_end", "Unsuitable accommodation at end",
                count=c["unsuitable_end"], denominator=closed, drill="unsuitable_end"),
         Figure(f"{KEY}.unknown_end", "Not recorded at end", count=c["unknown_end"],
                denominator=closed, drill="unknown_end")),
        chart=(f"{KEY}.suitable_start", f"{KEY}.suitable_end"),
        trend_key=f"{KEY}.suitable_end")  # the KPI (and the headline) is the end

