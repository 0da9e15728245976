"""The child's intervention level, which sets contact frequency and plan capacity.

The level comes from the latest assessment stage's ``intervention_level`` when the
assessment tables exist; otherwise from the kind of disposal the child is on ("out_of_court",
"prevention"), else "standard".
"""

from __future__ import annotations

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from yjdesk.models.base import Base
from yjdesk.models.justice import Disposal

DEFAULT_LEVEL = "standard"


def _stage_table() -> Table | None:
    table = Base.metadata.tables.get("assessment_stage")
    if table is None or "intervention_level" not in table.c or "child_id" not in table.c:
        return None
    return table


def assessed_levels(session: Session, child_ids: list[str]) -> dict[str, str]:
    """The intervention level of each child's latest assessment stage that has one."""
    table = _stage_table()
    if table is None or not child_ids:
        return {}
    order = [c for c in ("countersigned_at", "updated_at") if c in table.c]
    stmt = select(table.c.child_id, table.c.intervention_level).where(
        table.c.child_id.in_(child_ids), table.c.intervention_level.is_not(None))
    if "deleted" in table.c:
        stmt = stmt.where(table.c.deleted.is_(False))
    for col in order:
        stmt = stmt.order_by(table.c[col].is_(None), table.c[col])
    out: dict[str, str] = {}
    for child_id, level in session.execute(stmt):
        out[child_id] = str(level)  # later rows (newer stages) win
    return out


def disposal_levels(session: Session, child_ids: list[str]) -> dict[str, str]:
    """A level from the category of the child's current disposal, where no assessment says."""
    out: dict[str, str] = {}
    rows = session.execute(
        select(Disposal.child_id, Disposal.category, Disposal.start_date)
        .where(Disposal.deleted.is_(False), Disposal.outcome == "ongoing",
               Disposal.child_id.in_(child_ids))
        .order_by(Disposal.start_date))
    for child_id, category, _start in rows:
        out[child_id] = category if category in ("out_of_court", "prevention") else DEFAULT_LEVEL
    return out


def intervention_levels(session: Session, child_ids: list[str]) -> dict[str, str]:
    levels = {cid: DEFAULT_LEVEL for cid in child_ids}
    levels.update(disposal_levels(session, child_ids))
    levels.update(assessed_levels(session, child_ids))
    return levels


def intervention_level(session: Session, child_id: str) -> str:
    return intervention_levels(session, [child_id])[child_id]
