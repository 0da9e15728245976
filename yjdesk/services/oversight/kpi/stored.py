"""What the performance pack counts, kept in tables on the laptop so the pack reads narrow
stored rows instead of looking up, probing and ranking the records at pack time:

* ``kpi_intervention``: the start and end snapshot of every ended intervention (the
  closed-intervention families), exactly :func:`~yjdesk.services.oversight.kpi.snapshot.
  columns` (the one definition);
* ``kpi_first_formal``: each child's first formal disposal (first-time entrants,
  :func:`first_formal`);
* ``kpi_reoffence``: the reoffending cohort members of every quarter with their reoffence
  counts (:func:`cohort`), built for one set of parameters (index disposal types, tracking
  and waiting months: ``local_meta``) and built again when a pack asks for others;
* ``kpi_stage``: the done assessment stages with the start of the child's next one (the
  needs profile's latest stage per period, :func:`latest_stages`).

Each table's rows are those of a definition written once (the family's own, or one here
that the tests hold to the family's: tests/unit/test_kpi_stored.py). Keeping them current:

* SQLite triggers on ``disposal``, ``offence``, ``assessment_stage``, ``exit_plan``,
  ``child_address`` and ``child`` put the child of every inserted, changed or deleted row
  into ``kpi_dirty`` -- whichever path wrote it (the unit of work, a sync pull, a wipe);
* :func:`refresh` (called by the pack first) recomputes the rows of those children in
  every table and empties ``kpi_dirty``;
* when the triggers are missing (a new store, or a migration that rebuilt one of those
  tables, which drops its triggers) or a table was never filled, :func:`refresh` creates
  the triggers and rebuilds the rows.

The central database has no such tables: the pack counts the definitions there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Subquery,
    and_,
    case,
    cast,
    delete,
    distinct,
    func,
    insert,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.models.kpi import (
    KpiDirty,
    KpiFirstFormal,
    KpiIntervention,
    KpiReoffence,
    KpiStage,
)
from yjdesk.models.local import LocalMeta
from yjdesk.services.oversight.kpi.base import (
    Counts,
    KpiSettings,
    Period,
    Window,
    ended_on,
    flag,
    intervention_types,
    no_index,
)
from yjdesk.services.oversight.kpi.snapshot import columns

#: Tables whose rows feed the stored tables, with the column naming the child.
WATCHED = (("disposal", "child_id"), ("offence", "child_id"),
           ("assessment_stage", "child_id"), ("exit_plan", "child_id"),
           ("child_address", "child_id"), ("child", "id"))
#: Stored tables holding a child's rows (all deleted with the child at once).
STORED = ("kpi_intervention", "kpi_first_formal", "kpi_reoffence", "kpi_stage")
#: Trigger names (the version changes when a trigger's body does: old ones are dropped).
PREFIX = "kpi_v4_"
OLD_PREFIXES = ("kpi_dirty_", "kpi_v2_", "kpi_v3_")
#: ``local_meta`` key set once ``kpi_intervention`` has been filled.
BUILT = "kpi_intervention_built"
#: ``local_meta`` key prefixes of the counts per day (see :class:`DayFamily`).
DAY = "kpi_day:"
DAY_STALE = "kpi_day_stale:"
DAYS_BUILT = "kpi_days_built_for"


def trigger_ddl() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) for every watched table and event."""
    out: list[tuple[str, str]] = []
    for table, col in WATCHED:
        for event, refs in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):
            name = f"{PREFIX}{table}_{event.lower()}"
            body = " ".join(f"INSERT OR IGNORE INTO kpi_dirty (child_id) VALUES ({r}.{col});"
                            for r in refs)
            if event == "DELETE" and table == "child":
                # a purged child (moved out of this laptop's scope) leaves nothing behind
                # here, pack or no pack (the days of its closed interventions are counted
                # again)
                body += _closed_days_stale("child_id = OLD.id")
                body += " ".join(f" DELETE FROM {t} WHERE child_id = OLD.id;" for t in STORED)
            elif event == "DELETE" and table == "disposal":
                body += _closed_days_stale("disposal_id = OLD.id")
                body += (" DELETE FROM kpi_intervention WHERE disposal_id = OLD.id;"
                         " DELETE FROM kpi_reoffence WHERE disposal_id = OLD.id;")
            elif event == "DELETE" and table == "assessment_stage":
                body += " DELETE FROM kpi_stage WHERE id = OLD.id;"
            out.append((name, f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} "
                              f"FOR EACH ROW BEGIN {body} END"))
    out += _day_triggers()
    return out


def _closed_days_stale(where: str) -> str:
    return (f" INSERT OR IGNORE INTO local_meta (key, value) SELECT '{DAY_STALE}closed:' "
            f"|| ended_on, NULL FROM kpi_intervention WHERE {where};")


def usable(session: Session) -> bool:
    """A laptop store (SQLite with the tables; a server schema on SQLite has none)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    names = ("kpi_dirty", "local_meta", *STORED)
    return session.execute(text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
        f"({', '.join(repr(n) for n in names)})")).scalar() == len(names)


def _triggers_present(session: Session) -> bool:
    names = set(session.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"),
        {"p": f"{PREFIX}%"}).scalars())
    return all(name in names for name, _ in trigger_ddl())


# --- the stored tables' definitions ------------------------------------------------------

Children = Select[Any] | None


def _intervention_rows(params: Any, children: Children) -> Select[Any]:
    q = columns().where(not_deleted(Disposal), ended_on().is_not(None))
    return q if children is None else q.where(Disposal.child_id.in_(children))


def _first_formal_rows(params: Any, children: Children) -> Select[Any]:
    types = list(params["types"])
    rank = func.row_number().over(partition_by=Disposal.child_id,
                                  order_by=(Disposal.decision_date, Disposal.id)).label("rn")
    ranked = (select(Disposal.child_id, Disposal.id.label("disposal_id"),
                     Disposal.decision_date, Child.date_of_birth, rank)
              .join(Child, and_(Child.id == Disposal.child_id, not_deleted(Child)))
              .where(not_deleted(Disposal), Disposal.disposal_type.in_(types)))
    if children is not None:
        ranked = ranked.where(Disposal.child_id.in_(children))
    r = ranked.subquery("ranked")
    return select(r.c.child_id, r.c.disposal_id, r.c.decision_date,
                  r.c.date_of_birth).where(r.c.rn == 1)


def _quarter(day: Any) -> ColumnElement[int]:
    """The calendar quarter of a date as one number (SQLite: the stored tables' side)."""
    return (cast(func.strftime("%Y", day), Integer) * 4
            + (cast(func.strftime("%m", day), Integer) - 1) / 3)


def _reoffence_rows(params: Any, children: Children) -> Select[Any]:
    from yjdesk.services.oversight.kpi.reoffending import aged, reoffence_count

    rank = func.row_number().over(
        partition_by=(Disposal.child_id, _quarter(Disposal.decision_date)),
        order_by=(Disposal.decision_date, Disposal.id)).label("rn")
    ranked = (select(Disposal.child_id, Disposal.id.label("disposal_id"),
                     Disposal.decision_date.label("index_on"), Child.date_of_birth, rank)
              .join(Child, and_(Child.id == Disposal.child_id, not_deleted(Child)))
              .where(not_deleted(Disposal), Disposal.disposal_type.in_(list(params["types"]))))
    if children is not None:
        ranked = ranked.where(Disposal.child_id.in_(children))
    r = ranked.subquery("ranked")
    count = reoffence_count(r.c.child_id, r.c.index_on, int(params["tracking"]),
                            int(params["waiting"]), correlate=r)
    return (select(r.c.disposal_id, r.c.child_id, r.c.index_on, count.label("reoffences"))
            .where(r.c.rn == 1, aged(r.c.date_of_birth, r.c.index_on)))


def _stage_rows(params: Any, children: Children) -> Select[Any]:
    from yjdesk.services.oversight.needs import DONE, ITEMS

    a = AssessmentStage
    nxt = func.lead(a.started_on).over(partition_by=a.child_id,
                                       order_by=(a.started_on, a.id)).label("next_on")
    q = (select(a.id, a.child_id, a.started_on, nxt, a.previous_convictions,
                a.age_at_first_conviction, *(a.__table__.c[c] for c in ITEMS))
         .join(Child, and_(Child.id == a.child_id, not_deleted(Child)))
         .where(not_deleted(a), a.status.in_(DONE)))
    return q if children is None else q.where(a.child_id.in_(children))


@dataclass(frozen=True)
class Stored:
    model: Any
    rows: Callable[[Any, Children], Select[Any]]
    #: The parameters the rows are built for when no pack asked for others (None: the
    #: table is built only when a pack asks, for that pack's parameters).
    default: Callable[[], Any] | None

    @property
    def key(self) -> str:
        return f"{self.model.__tablename__}:built_for"


def _formal_params() -> dict[str, Any]:
    from yjdesk.services.oversight.kpi.fte import formal_types

    return {"types": formal_types()}


def _stage_params() -> dict[str, Any]:
    from yjdesk.services.oversight.needs import DONE, ITEMS

    return {"done": [str(d) for d in DONE], "items": list(ITEMS)}


TABLES = (Stored(KpiIntervention, _intervention_rows, lambda: {"types": "all"}),
          Stored(KpiFirstFormal, _first_formal_rows, _formal_params),
          Stored(KpiReoffence, _reoffence_rows, None),
          Stored(KpiStage, _stage_rows, _stage_params))


def _names(q: Select[Any]) -> list[str]:
    return [c.name for c in q.selected_columns]


def _built_for(session: Session, table: Stored) -> Any:
    row = session.get(LocalMeta, table.key)
    return None if row is None or row.value is None else json.loads(row.value)


def _build(session: Session, table: Stored, params: Any) -> None:
    """Every row of ``table`` again, for ``params``."""
    session.execute(delete(table.model))
    q = table.rows(params, None)
    session.execute(insert(table.model).from_select(_names(q), q))
    value = json.dumps(params, sort_keys=True)
    row = session.get(LocalMeta, table.key)
    if row is None:
        session.add(LocalMeta(key=table.key, value=value))
    else:
        row.value = value
    session.flush()


def refresh(session: Session) -> int:
    """Bring the stored tables up to date; returns the number of children recomputed
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
        for table in TABLES:
            params = _built_for(session, table) if table.default is None else table.default()
            if params is not None:
                _build(session, table, params)
        if not built:
            session.add(LocalMeta(key=BUILT, value=dt.date.today().isoformat()))
        session.flush()
        _refresh_days(session, rebuild=True)
        return -1
    rebuilt = False
    for table in TABLES:
        if table.default is not None and _built_for(session, table) != table.default():
            _build(session, table, table.default())   # new table, or its definition changed
            rebuilt = True
    dirty = select(KpiDirty.child_id)
    n = session.scalar(select(func.count()).select_from(KpiDirty)) or 0
    change: dict[str, list[int]] = {}
    if n:
        for table in TABLES:
            params = _built_for(session, table)
            if params is None:
                continue
            if table.model is KpiIntervention:
                was = _closed_sums(session, dirty)
            session.execute(delete(table.model).where(table.model.child_id.in_(dirty)))
            q = table.rows(params, dirty)
            session.execute(insert(table.model).from_select(_names(q), q))
            if table.model is KpiIntervention:
                # the closed families' day counts move by what these children's rows add
                # and take away (not every day they touch counted again)
                now = _closed_sums(session, dirty)
                for day in was.keys() | now.keys():
                    a, b = was.get(day), now.get(day)
                    width = len(a or b or [])
                    change[day] = [(b[i] if b else 0) - (a[i] if a else 0)
                                   for i in range(width)]
        session.execute(delete(KpiDirty))
    _refresh_days(session, change=change)
    return -1 if rebuilt else int(n)


def forget_purged(session: Session) -> None:
    """After a purge, in its transaction: the purged children's ids and counts out of the
    per-day counts now, not at the next pack (their rows' delete triggers marked their days
    stale and their stored rows are gone; the stale days are counted again). A store whose
    tables were never built holds nothing of them."""
    if usable(session) and session.get(LocalMeta, BUILT) is not None:
        refresh(session)


# --- counts per day ----------------------------------------------------------------------
#
# Families whose figures are sums over rows placed in a period by one date (no count of
# distinct children) keep their flag sums per day in ``local_meta``: ``kpi_day:<family>:
# <day>`` holds a JSON list in the order of the family's names. Triggers on the table the
# rows come from mark the day of every inserted, changed or deleted row stale
# (``kpi_day_stale:<family>:<day>``); :func:`refresh` counts those days again from the
# family's definition. ``kpi_days_built_for:<family>`` records what made the counts (the
# SQL of the definition): when it changes, every day is counted again.


@dataclass(frozen=True)
class DayFamily:
    key: str
    #: The table the rows come from and its column naming their day (no table: the days
    #: are kept current by :func:`refresh`, which writes the rows).
    table: str
    day: str
    #: The family's rows over a period: a subquery with ``on`` and one 0/1 column per name.
    rows: Callable[[Period], Subquery]
    names: Callable[[Subquery], list[str]]
    #: Names whose children are counted (each once per bucket): the day keeps the ids of
    #: the children whose row has the flag.
    children: tuple[str, ...] = ()


def _closed_rows(period: Period) -> Subquery:
    from yjdesk.services.oversight.kpi import _snapshot_flags

    return _snapshot_flags(period, closed(period))


def _own_rows(module: str) -> Callable[[Period], Subquery]:
    def rows(period: Period) -> Subquery:
        import importlib

        m = importlib.import_module(f"yjdesk.services.oversight.kpi.{module}")
        return m.base(period, KpiSettings(population_10_17=1))  # type: ignore[no-any-return]
    return rows


def _own_names(module: str) -> Callable[[Subquery], list[str]]:
    def names(sub: Subquery) -> list[str]:
        import importlib

        return list(importlib.import_module(f"yjdesk.services.oversight.kpi.{module}").ROWS)
    return names


DAYS = (DayFamily("closed", "", "ended_on", _closed_rows,
                  lambda sub: [c.name for c in sub.c if c.name not in ("child_id", "on")]),
        DayFamily("ooc", "disposal", "outcome_date", _own_rows("ooc"), _own_names("ooc")),
        DayFamily("victims", "victim", "consent_date", _own_rows("victims"),
                  _own_names("victims")),
        DayFamily("custody", "disposal", "decision_date", _own_rows("custody"),
                  _own_names("custody"), ("custodial",)),
        DayFamily("violence", "offence", "offence_date", _own_rows("violence"),
                  _own_names("violence"), ("serious",)))
ALL_DAYS = Period(dt.date(1, 1, 1), dt.date(9999, 12, 31))


def _day_triggers() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for fam in DAYS:
        if not fam.table:
            continue
        for event, refs in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):
            name = f"{PREFIX}day_{fam.key}_{event.lower()}"
            body = " ".join(
                f"INSERT OR IGNORE INTO local_meta (key, value) SELECT "
                f"'{DAY_STALE}{fam.key}:' || {r}.{fam.day}, NULL WHERE {r}.{fam.day} "
                f"IS NOT NULL;" for r in refs)
            out.append((name, f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON "
                              f"{fam.table} FOR EACH ROW BEGIN {body} END"))
    return out


def _day_query(fam: DayFamily, days: list[dt.date] | None) -> tuple[list[str], Select[Any]]:
    """(names, query): the family's flag sums per day (of ``days`` only, when given)."""
    sub = fam.rows(ALL_DAYS if days is None else Period(min(days), max(days)))
    names = fam.names(sub)
    q = select(sub.c.on, *(func.coalesce(func.sum(sub.c[n]), 0) for n in names),
               *(func.group_concat(distinct(case((sub.c[n] == 1, sub.c.child_id))))
                 for n in fam.children))
    if days is not None:
        q = q.where(sub.c.on.in_(days))
    return names, q.group_by(sub.c.on)


def _day_value(fam: DayFamily, row: Any) -> str:
    """A day's stored value: the sums, then each children flag's child ids."""
    n = len(row) - 1 - len(fam.children)
    sums: list[Any] = [int(v) for v in row[1:1 + n]]
    ids = [sorted(str(v).split(",")) if v else [] for v in row[1 + n:]]
    return json.dumps(sums + ids)


def _closed_sums(session: Session, children: Select[Any]) -> dict[str, list[int]]:
    """The closed families' flag sums per day over these children's stored rows."""
    from yjdesk.services.oversight.kpi import _snapshot_flags

    sub = _snapshot_flags(ALL_DAYS, closed(ALL_DAYS, children))
    names = DAYS[0].names(sub)
    q = select(sub.c.on, *(func.coalesce(func.sum(sub.c[n]), 0) for n in names))
    return {r[0].isoformat(): [int(v) for v in r[1:]]
            for r in session.execute(q.group_by(sub.c.on))}


def _days_made_by(session: Session, fam: DayFamily) -> str:
    """A digest of the SQL that counts the family's days (worked out once a process: it
    changes only with the code and its data files)."""
    dialect = session.get_bind().dialect
    key = (fam.key, dialect.name)
    if key not in _MADE_BY:
        names, q = _day_query(fam, None)
        sql = str(q.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        _MADE_BY[key] = hashlib.sha256(json.dumps([names, sql]).encode()).hexdigest()
    return _MADE_BY[key]


_MADE_BY: dict[tuple[str, str], str] = {}


def _refresh_days(session: Session, *, rebuild: bool = False,
                  change: dict[str, list[int]] | None = None) -> None:
    """Each family's per-day counts of the days marked stale (of every day when they were
    made by another definition, or ``rebuild``); ``change``: what to add to the closed
    families' days."""
    for fam in DAYS:
        counts, stale_key = f"{DAY}{fam.key}:", f"{DAY_STALE}{fam.key}:"
        made_by = _days_made_by(session, fam)
        row = session.get(LocalMeta, f"{DAYS_BUILT}{fam.key}")
        if rebuild or row is None or row.value != made_by:
            session.execute(delete(LocalMeta).where(LocalMeta.key.startswith(counts)))
            session.execute(delete(LocalMeta).where(LocalMeta.key.startswith(stale_key)))
            days: list[dt.date] | None = None
        else:
            if fam.key == "closed" and change:
                _add(session, counts, change)
            stale = [str(k)[len(stale_key):] for k in session.execute(
                select(LocalMeta.key).where(LocalMeta.key.startswith(stale_key))).scalars()]
            if not stale:
                continue
            session.execute(delete(LocalMeta).where(LocalMeta.key.startswith(stale_key)))
            session.execute(delete(LocalMeta).where(
                LocalMeta.key.in_([counts + d for d in stale])))
            days = [dt.date.fromisoformat(d) for d in stale]  # at most one per calendar day
        _, q = _day_query(fam, days)
        found = [{"key": f"{counts}{r[0].isoformat()}", "value": _day_value(fam, r)}
                 for r in session.execute(q)]
        if found:
            session.execute(insert(LocalMeta), found)
        if row is None:
            session.add(LocalMeta(key=f"{DAYS_BUILT}{fam.key}", value=made_by))
        else:
            row.value = made_by
        session.flush()


def _add(session: Session, prefix: str, change: dict[str, list[int]]) -> None:
    keys = [prefix + day for day in change]
    held = {str(k): json.loads(v or "[]") for k, v in session.execute(
        select(LocalMeta.key, LocalMeta.value).where(LocalMeta.key.in_(keys)))}
    session.execute(delete(LocalMeta).where(LocalMeta.key.in_(list(held))))
    rows = []
    for day, diff in change.items():
        now = held.get(prefix + day) or [0] * len(diff)
        rows.append({"key": prefix + day,
                     "value": json.dumps([a + b for a, b in zip(now, diff, strict=True)])})
    if rows:
        session.execute(insert(LocalMeta), rows)


def day_counts(session: Session, key: str, window: Window) -> Counts:
    """A family's flag counts over ``window`` from the stored per-day counts (brought up
    to date first): the counts :func:`~yjdesk.services.oversight.kpi.base.count_window`
    makes of the family's rows over ``window.span``."""
    refresh(session)
    fam = next(f for f in DAYS if f.key == key)
    names = fam.names(fam.rows(window.span))
    prefix, span = f"{DAY}{key}:", window.span
    zero = dict.fromkeys(names, 0)
    years = {1: dict(zero), 2: dict(zero)}
    quarters = [dict(zero) for _ in window.quarters]
    kids: dict[int, list[set[str]]] = {id(t): [set() for _ in fam.children]
                                       for t in (*years.values(), *quarters)}
    for k, value in session.execute(select(LocalMeta.key, LocalMeta.value).where(
            LocalMeta.key.between(f"{prefix}{span.start.isoformat()}",
                                  f"{prefix}{span.end.isoformat()}"))):
        day = dt.date.fromisoformat(str(k)[len(prefix):])
        targets = []
        if window.period.start <= day <= window.period.end:
            targets.append(years[1])
        elif window.prior.start <= day <= window.prior.end:
            targets.append(years[2])
        for i, q in enumerate(window.quarters):
            if q.start <= day <= q.end:
                targets.append(quarters[i])
                break
        stored = json.loads(value or "[]")
        for target in targets:
            for n, v in zip(names, stored, strict=False):
                target[n] += v
            for held, ids in zip(kids[id(target)], stored[len(names):], strict=True):
                held.update(ids)
    for target in (*years.values(), *quarters):
        for n, held in zip(fam.children, kids[id(target)], strict=True):
            target[f"{n}:children"] = len(held)
    return Counts(years[1], years[2], tuple(quarters))


def ensure(session: Session, model: Any, params: Any) -> None:
    """``model``'s table up to date and built for ``params`` (built again if not)."""
    refresh(session)
    table = next(t for t in TABLES if t.model is model)
    if _built_for(session, table) != json.loads(json.dumps(params, sort_keys=True)):
        _build(session, table, params)


# --- what the pack reads -----------------------------------------------------------------


def closed(period: Period, children: Children = None) -> Subquery:
    """The stored rows of the interventions closed in ``period``: the same rows, with the
    same columns, as :func:`~yjdesk.services.oversight.kpi.snapshot.snapshot`."""
    k = KpiIntervention
    cols = [c for c in k.__table__.c if c.name != "disposal_type"]
    q = select(*cols).where(k.disposal_type.in_(intervention_types()),
                            k.ended_on.between(period.start, period.end))
    if children is not None:
        q = q.where(k.child_id.in_(children))
    return q.subquery("closed")


def first_formal(period: Period, settings: KpiSettings) -> Subquery:
    """The stored first-time entrant rows of ``period``: the same rows, with the same
    columns, as :func:`~yjdesk.services.oversight.kpi.fte.base`."""
    from yjdesk.services.oversight.kpi.fte import aged

    k = KpiFirstFormal
    return (select(k.child_id, k.decision_date.label("on"),
                   flag(aged(k.date_of_birth, k.decision_date)).label("entrant"))
            .where(k.decision_date.between(period.start, period.end))
            .subquery("fte"))


def reoffence_params(cohort: Period, settings: KpiSettings) -> dict[str, Any]:
    from yjdesk.services.oversight.kpi.definitions import definition
    from yjdesk.services.oversight.kpi.reoffending import index_types

    return {"types": index_types(cohort.start), "tracking": settings.tracking_months,
            "waiting": int(definition("reoffending", cohort.start)["waiting_months"])}


def cohort(session: Session, cohort: Period, settings: KpiSettings) -> Subquery:
    """The stored cohort members of ``cohort`` (whole calendar quarters): the same rows,
    with the same columns, as :func:`~yjdesk.services.oversight.kpi.reoffending.
    cohort_base` (the table is built for these parameters first if it was not)."""
    ensure(session, KpiReoffence, reoffence_params(cohort, settings))
    k = KpiReoffence
    return (select(k.child_id, k.index_on.label("on"), literal(1).label("cohort"),
                   flag(k.reoffences > 0).label("reoffender"), k.reoffences)
            .where(k.index_on.between(cohort.start, cohort.end))
            .subquery("reoffending"))


def latest_stages(period: Period, prior: Period) -> Subquery:
    """Each child's latest done stage in ``period`` (``yr`` 1) and in ``prior`` outside
    ``period`` (``yr`` 2) with the needs items: the rows, with the same columns, of
    :func:`~yjdesk.services.oversight.needs.latest` (a stage is the latest in a stretch of
    days when it started in it and the child's next stage did not)."""
    from yjdesk.services.oversight.needs import ITEMS

    k = KpiStage
    prior_end = min(prior.end, period.start - dt.timedelta(days=1))
    # read straight through rather than by the started_on index: with two years of four
    # (the national set) the random row reads by index cost more (0.39 -> 0.25 s warm)
    on = no_index(k.started_on)
    in_period = on.between(period.start, period.end)
    in_prior = on.between(prior.start, prior_end)
    yr = case((in_period, 1), else_=2)
    last = case((in_period, period.end), else_=prior_end)
    return (select(k.child_id, yr.label("yr"), k.previous_convictions,
                   k.age_at_first_conviction, *(k.__table__.c[c] for c in ITEMS))
            .where(or_(in_period, in_prior), or_(k.next_on.is_(None), k.next_on > last))
            .subquery("latest"))


__all__ = ["closed", "cohort", "day_counts", "ensure", "first_formal", "forget_purged",
           "latest_stages", "refresh", "trigger_ddl", "usable"]
