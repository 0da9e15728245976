"""KPI 3, special educational needs and disabilities / additional learning needs: closed
interventions whose latest assessment identified SEND/ALN, and of those how many had a
formal plan (an EHCP or another formal learning plan)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_, or_

from yjdesk.services.oversight.kpi.base import Figure, KpiSettings, Section, flag

KEY = "send"
TITLE = "KPI 3: SEND / additional learning needs"


def flags(s: Subquery) -> dict[str, ColumnElement[Any]]:
    need = s.c.send.is_(True)
    return {
        "closed": flag(s.c.disposal_id.is_not(None)),
        "identified": flag(need),
        "formal_plan": flag(and_(need, or_(s.c.ehcp.is_(True), s.c.learning_plan.is_(True)))),
        "ehcp": flag(and_(need, s.c.ehcp.is_(True))),
        "unknown": flag(s.c.send.is_(None)),
    }


def section(c: dict[str, int], settings: KpiSettings) -> Section:
    need = c["identified"]
    return Section(
        KEY, TITLE,
        "Interventions closed in the period whose latest assessment identified SEND/ALN; "
        "of those, with a formal learning plan (an EHCP or equivalent).",
        (Figure(f"{KEY}.closed", "Interventions closed", count=c["closed"], drill="closed"),
         Figure(f"{KEY}.identified", "SEND/ALN identified", count=need,
                denominator=c["closed"], drill="identified"),
         Figure(f"{KEY}.formal_plan", "With a formal learning plan", count=c["formal_plan"],
                denominator=need, drill="formal_plan"),
         Figure(f"{KEY}.ehcp", "With an EHCP", count=c["ehcp"], denominator=need,
                drill="ehcp"),
         Figure(f"{KEY}.unknown", "SEND not recorded", count=c["unknown"],
                denominator=c["closed"], drill="unknown")),
        chart=(f"{KEY}.identified", f"{KEY}.formal_plan"))
