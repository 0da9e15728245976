"""KPI 10, victims: closed interventions with an identified victim, where restorative
justice was offered, and where the child took part (direct, indirect or reparation)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_

from yjdesk.services.oversight.kpi.base import Figure, Section, Settings, flag

KEY = "victims"
TITLE = "KPI 10: Victims and restorative justice"
OFFERED = ("offered_declined", "indirect", "direct", "reparation")
ENGAGED = ("indirect", "direct", "reparation")


def flags(s: Subquery) -> dict[str, ColumnElement[Any]]:
    rj = s.c.rj_engagement
    return {
        "closed": flag(s.c.disposal_id.is_not(None)),
        "victim": flag(and_(rj.is_not(None), rj != "not_applicable")),
        "offered": flag(rj.in_(OFFERED)),
        "engaged": flag(rj.in_(ENGAGED)),
        "unknown": flag(rj.is_(None)),
    }


def section(c: dict[str, int], settings: Settings) -> Section:
    victim = c["victim"]
    return Section(
        KEY, TITLE,
        "Interventions closed in the period with an identified victim (exit record); of "
        "those, restorative justice offered, and the child engaged in it.",
        (Figure(f"{KEY}.closed", "Interventions closed", count=c["closed"], drill="closed"),
         Figure(f"{KEY}.victim", "With an identified victim", count=victim,
                denominator=c["closed"], drill="victim"),
         Figure(f"{KEY}.offered", "Restorative justice offered", count=c["offered"],
                denominator=victim, drill="offered"),
         Figure(f"{KEY}.engaged", "Engaged in restorative justice", count=c["engaged"],
                denominator=victim, drill="engaged"),
         Figure(f"{KEY}.unknown", "Not recorded at end", count=c["unknown"],
                denominator=c["closed"], drill="unknown")),
        chart=(f"{KEY}.offered", f"{KEY}.engaged"))
