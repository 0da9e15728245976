"""The closed-intervention snapshot kept in a table on the laptop, so the pack reads it
set-based instead of looking up each intervention's stages, exit record and addresses.

The rows are exactly :func:`~yjdesk.services.oversight.kpi.snapshot.columns` (the one
definition) for every live, ended disposal of a live child. Keeping them current:

* SQLite triggers on ``disposal``, ``assessment_stage``, ``exit_plan``, ``child_address``
  and ``child`` put the child of every inserted, changed or deleted row into
  ``kpi_dirty`` -- whichever path wrote it (the unit of work, a sync pull, a wipe);
* :func:`refresh` (called by the pack first) recomputes the rows of those children from
  the definition and empties ``kpi_dirty``;
* when the triggers are missing (a new store, or a migration that rebuilt one of those
  tables, which drops its triggers) or the table was never filled, :func:`refresh`
  creates the triggers and rebuilds every row.

The central database has no such table: the pack counts the definition there.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, Subquery, delete, func, insert, select, text
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.models.kpi import KpiDirty, KpiIntervention
from yjdesk.models.local import LocalMeta
from yjdesk.services.oversight.kpi.base import Period, ended_on, intervention_types
from yjdesk.services.oversight.kpi.snapshot import columns

#: Tables whose rows feed the snapshot, with the column naming the child.
WATCHED = (("disposal", "child_id"), ("assessment_stage", "child_id"),
           ("exit_plan", "child_id"), ("child_address", "child_id"), ("child", "id"))
#: Trigger names (the version changes when a trigger's body does: old ones are dropped).
PREFIX = "kpi_v2_"
OLD_PREFIXES = ("kpi_dirty_",)
#: ``local_meta`` key set once the table has been filled.
BUILT = "kpi_intervention_built"


def trigger_ddl() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) for every watched table and event."""
    out: list[tuple[str, str]] = []
    for table, col in WATCHED:
        for event, refs in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):
            name = f"{PREFIX}{table}_{event.lower()}"
            body = " ".join(f"INSERT OR IGNORE INTO kpi_dirty (child_id) VALUES ({r}.{col});"
                            for r in refs)
            if event == "DELETE" and table in ("child", "disposal"):
                # a purged child (moved out of this laptop's scope) or a deleted disposal
                # leaves nothing behind here, pack or no pack
                key = "child_id" if table == "child" else "disposal_id"
                body += f" DELETE FROM kpi_intervention WHERE {key} = OLD.id;"
            out.append((name, f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} "
                              f"FOR EACH ROW BEGIN {body} END"))
    return out


def usable(session: Session) -> bool:
    """A laptop store (SQLite with the table; a server schema on SQLite has none)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    return session.execute(text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
        "('kpi_intervention', 'kpi_dirty', 'local_meta')")).scalar() == 3


def _triggers_present(session: Session) -> bool:
    names = set(session.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"),
        {"p": f"{PREFIX}%"}).scalars())
    return all(name in names for name, _ in trigger_ddl())


def _definition() -> tuple[list[str], Select[Any]]:
    q = columns().where(not_deleted(Disposal), ended_on().is_not(None))
    names = [c.name for c in q.selected_columns]
    return names, q


def refresh(session: Session) -> int:
    """Bring ``kpi_intervention`` up to date; returns the number of children recomputed
    (-1 for a full rebuild)."""
    built = session.get(LocalMeta, BUILT) is not None
    if not (built and _triggers_present(session)):
        for old in OLD_PREFIXES:
            for name in list(session.execute(text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"),
                    {"p": f"{old}%"}).scalars()):
                session.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
        for _, ddl in trigger_ddl():
            session.execute(text(ddl))
        session.execute(delete(KpiDirty))
        session.execute(delete(KpiIntervention))
        names, q = _definition()
        session.execute(insert(KpiIntervention).from_select(names, q))
        if not built:
            session.add(LocalMeta(key=BUILT, value=dt.date.today().isoformat()))
        session.flush()
        return -1
    dirty = select(KpiDirty.child_id)
    n = session.scalar(select(func.count()).select_from(KpiDirty)) or 0
    if not n:
        return 0
    session.execute(delete(KpiIntervention).where(KpiIntervention.child_id.in_(dirty)))
    names, q = _definition()
    session.execute(insert(KpiIntervention).from_select(
        names, q.where(Disposal.child_id.in_(dirty))))
    session.execute(delete(KpiDirty))
    return int(n)


def closed(period: Period) -> Subquery:
    """The stored rows of the interventions closed in ``period``: the same rows, with the
    same columns, as :func:`~yjdesk.services.oversight.kpi.snapshot.snapshot`."""
    k = KpiIntervention
    cols = [c for c in k.__table__.c if c.name != "disposal_type"]
    return (select(*cols)
            .where(k.disposal_type.in_(intervention_types()),
                   k.ended_on.between(period.start, period.end))
            .subquery("closed"))


__all__ = ["closed", "refresh", "trigger_ddl", "usable"]
