"""KPI 5, substance misuse: need identified, then an intervention planned, offered and
attended (the same chain as mental health)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Subquery

from yjdesk.services.oversight.kpi.base import KpiSettings, Section
from yjdesk.services.oversight.kpi.mental_health import chain_flags, chain_section

KEY = "substance"
TITLE = "KPI 5: Substance misuse"


def flags(s: Subquery) -> dict[str, ColumnElement[Any]]:
    return chain_flags(s, "substance_misuse_need", "substance_misuse_intervention")


def section(c: dict[str, int], settings: KpiSettings) -> Section:
    return chain_section(KEY, TITLE, "Substance misuse", c)
