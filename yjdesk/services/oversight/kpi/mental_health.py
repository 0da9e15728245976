"""KPI 4, mental health: need identified, then an intervention planned, offered and
attended (each step counts the children who reached it or went further)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_

from yjdesk.services.oversight.kpi.base import Figure, KpiSettings, Section, flag

KEY = "mental_health"
TITLE = "KPI 4: Mental health"
STEPS = (("planned", ("planned", "offered", "attending")),
         ("offered", ("offered", "attending")),
         ("attending", ("attending",)))


def chain_flags(s: Subquery, need_col: str, step_col: str) -> dict[str, ColumnElement[Any]]:
    need = s.c[need_col].is_(True)
    out: dict[str, ColumnElement[Any]] = {
        "closed": flag(s.c.disposal_id.is_not(None)),
        "need": flag(need),
        "unknown": flag(s.c[need_col].is_(None)),
    }
    for name, values in STEPS:
        out[name] = flag(and_(need, s.c[step_col].in_(values)))
    return out


def chain_section(key: str, title: str, what: str, c: dict[str, int]) -> Section:
    need = c["need"]
    figures = [Figure(f"{key}.closed", "Interventions closed", count=c["closed"],
                      drill="closed"),
               Figure(f"{key}.need", f"{what} need identified", count=need,
                      denominator=c["closed"], drill="need")]
    for name, _ in STEPS:
        figures.append(Figure(f"{key}.{name}", f"Intervention {name}", count=c[name],
                              denominator=need, drill=name))
    figures.append(Figure(f"{key}.unknown", "Need not recorded", count=c["unknown"],
                          denominator=c["closed"], drill="unknown"))
    return Section(
        key, title,
        f"Interventions closed in the period whose latest assessment identified a "
        f"{what.lower()} need; of those, with an intervention planned, offered and attended "
        f"(a later step counts towards the earlier ones).",
        tuple(figures), chart=tuple(f"{key}.{n}" for n in ("need", "planned", "offered",
                                                            "attending")))


def flags(s: Subquery) -> dict[str, ColumnElement[Any]]:
    return chain_flags(s, "mental_health_need", "mental_health_intervention")


def section(c: dict[str, int], settings: KpiSettings) -> Section:
    return chain_section(KEY, TITLE, "Mental health", c)
