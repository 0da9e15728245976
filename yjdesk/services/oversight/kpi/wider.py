"""KPI 8, links to wider services: closed interventions of children who are looked after,
a child in need or on a child protection plan (as recorded now on the child's record), and
those stepped down to early help at the end (exit record)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Subquery, or_

from yjdesk.models.child import StatusHistory
from yjdesk.services.oversight.kpi.base import Figure, Section, Settings, flag

KEY = "wider"
TITLE = "KPI 8: Links to wider services"
NOW = StatusHistory.CURRENTLY.value


def flags(s: Subquery) -> dict[str, ColumnElement[Any]]:
    return {
        "closed": flag(s.c.disposal_id.is_not(None)),
        "looked_after": flag(s.c.looked_after == NOW),
        "child_in_need": flag(s.c.child_in_need == NOW),
        "cp_plan": flag(s.c.cp_plan == NOW),
        "any": flag(or_(s.c.looked_after == NOW, s.c.child_in_need == NOW,
                        s.c.cp_plan == NOW, s.c.continuing_support == "early_help")),
        "early_help": flag(s.c.continuing_support == "early_help"),
    }


def section(c: dict[str, int], settings: Settings) -> Section:
    closed = c["closed"]
    rows = (("looked_after", "Looked after"), ("child_in_need", "Child in need"),
            ("cp_plan", "Child protection plan"), ("early_help", "Stepped down to early help"),
            ("any", "Any of these"))
    return Section(
        KEY, TITLE,
        "Interventions closed in the period where the child is currently looked after, a "
        "child in need or on a child protection plan, or was stepped down to early help.",
        (Figure(f"{KEY}.closed", "Interventions closed", count=closed, drill="closed"),
         *(Figure(f"{KEY}.{k}", label, count=c[k], denominator=closed, drill=k)
           for k, label in rows)),
        chart=tuple(f"{KEY}.{k}" for k, _ in rows),
        caveat="Legal status is the child's status as recorded now, not on the end date.")
