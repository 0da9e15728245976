"""Shared pieces for the feature areas' demo generators (``yjdesk.demo.generator`` extensions).

The generators write seed data with bulk Core inserts (no ORM, no audit); they read what
the core generator and earlier extensions wrote through the same connection, so each
feature builds on the records before it (a plan on the countersigned assessment, a PSR
pre-filled from it). Everything is deterministic from ``ctx.rng`` and ``ctx.today``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol

from sqlalchemy import Connection, Date, DateTime, Table, insert, select

from yjdesk.models.child import Child, ChildAddress, age_on
from yjdesk.models.org import Role, UserAccount
from yjdesk.models.types import TZDateTime, utcnow

Row = dict[str, Any]
#: (disposal id, type, start, end, outcome), as in ``GenContext.disposals``.
Episode = tuple[str, str, dt.date, dt.date | None, str]


class Context(Protocol):
    """The part of :class:`yjdesk.demo.generator.GenContext` the feature generators use."""

    rng: random.Random
    today: dt.date
    team_ids: list[str]
    staff: dict[str, list[tuple[str, Role]]]
    child_ids: list[str]
    disposals: dict[str, list[Episode]]


def new_id(rng: random.Random) -> str:
    """A random (version 4) UUID drawn from ``rng``; formatted by hand, as it is hot."""
    h = f"{rng.getrandbits(128):032x}"
    return (f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-"
            f"{h[20:]}")


def sync_cols() -> Row:
    return {"rev": 0, "server_seq": 0, "updated_at": utcnow(), "updated_by": None,
            "deleted": False}


def table(model: Any) -> Table:
    t: Table = model.__table__
    return t


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """An aware UTC datetime on ``day`` (demo times are read as UK office hours)."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


#: Page cache (KiB) while bulk-inserting seed rows into SQLite.
CACHE_KIB = 256 * 1024


def _sqlite_value(v: Any) -> Any:
    """A value as SQLAlchemy stores it in SQLite (dates and UTC datetimes as ISO text)."""
    kind = type(v)
    if v is None or kind is str or kind is int or kind is float:
        return v
    if kind is bool:
        return int(v)
    if isinstance(v, dt.datetime):
        if v.tzinfo is not None:
            v = v.astimezone(dt.UTC).replace(tzinfo=None)
        return f"{v:%Y-%m-%d %H:%M:%S}.{v.microsecond:06d}"
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def insert_all(conn: Connection, batches: Iterable[tuple[Any, Sequence[Row]]]) -> None:
    """Bulk-insert each model's rows, in the order given (parents first).

    On SQLite (the laptop store) rows go straight to the driver's ``executemany`` with
    values converted as SQLAlchemy would store them: hundreds of thousands of assessment
    answers would otherwise spend most of their time in per-row parameter processing.
    Elsewhere a Core ``insert`` is used.
    """
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        # Random UUID keys scatter index writes: with SQLite's default 2 MB page cache an
        # encrypted store re-reads and re-encrypts index pages for almost every row.
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = {-CACHE_KIB}")
    try:
        _insert(conn, batches, sqlite)
    finally:
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _insert(conn: Connection, batches: Iterable[tuple[Any, Sequence[Row]]],
            sqlite: bool) -> None:
    for model, rows in batches:
        if not rows:
            continue
        if not sqlite:
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table(model)), list(rows[start:start + 5000]))
            continue
        t = table(model)
        keys = list(rows[0])
        sql = (f"INSERT INTO {t.name} ({', '.join(keys)}) "
               f"VALUES ({', '.join('?' * len(keys))})")
        # Only dates and datetimes need converting (sqlite3 takes str, int and bool as
        # they are); they repeat a lot, so each distinct value is converted once.
        convert = [i for i, k in enumerate(keys)
                   if isinstance(t.c[k].type, Date | DateTime | TZDateTime)]
        memo: dict[Any, Any] = {}
        for start in range(0, len(rows), 20000):
            values = []
            for r in rows[start:start + 20000]:
                vals = [r[k] for k in keys]
                for i in convert:
                    v = vals[i]
                    if v is not None:
                        out = memo.get(v)
                        if out is None:
                            out = memo[v] = _sqlite_value(v)
                        vals[i] = out
                values.append(tuple(vals))
            conn.exec_driver_sql(sql, values)


@dataclass(frozen=True)
class ChildFacts:
    id: str
    name: str  # the name the child goes by
    family_name: str
    date_of_birth: dt.date
    gender: str
    team_id: str
    case_manager_id: str
    ete_status: str | None
    ete_hours: int | None
    diversity_needs: str | None
    accommodation: str | None
    suitable: bool | None

    @cached_property
    def fmt(self) -> dict[str, str]:
        """Format arguments for demo text: name and pronouns (``{n}``, ``{he}``, ...)."""
        he = self.they
        him = {"he": "him", "she": "her"}.get(he, "them")
        return {"n": self.name, "he": he, "his": self.their, "him": him,
                "He": he.capitalize(), "His": self.their.capitalize()}

    def words(self, rng: random.Random, options: Sequence[str]) -> str:
        """One of ``options``, about this child."""
        return rng.choice(options).format(**self.fmt)

    @property
    def they(self) -> str:
        return {"male": "he", "female": "she"}.get(self.gender, "they")

    @property
    def their(self) -> str:
        return {"male": "his", "female": "her"}.get(self.gender, "their")

    def age_on(self, day: dt.date) -> int:
        return age_on(self.date_of_birth, day)


def child_facts(conn: Connection) -> dict[str, ChildFacts]:
    """Every child with the facts the generators write about, keyed by id."""
    homes = {cid: (acc, ok) for cid, acc, ok in conn.execute(
        select(ChildAddress.child_id, ChildAddress.accommodation_type, ChildAddress.suitable)
        .where(ChildAddress.to_date.is_(None)))}
    out: dict[str, ChildFacts] = {}
    for r in conn.execute(select(
            Child.id, Child.given_name, Child.preferred_name, Child.family_name,
            Child.date_of_birth, Child.gender, Child.team_id, Child.case_manager_id,
            Child.ete_status, Child.ete_hours, Child.diversity_needs)):
        acc, ok = homes.get(r.id, (None, None))
        out[r.id] = ChildFacts(r.id, r.preferred_name or r.given_name, r.family_name,
                               r.date_of_birth, r.gender, r.team_id, r.case_manager_id,
                               r.ete_status, r.ete_hours, r.diversity_needs, acc, ok)
    return out


def team_roles(ctx: Context) -> dict[str, dict[Role, list[str]]]:
    """Team id -> role -> user ids."""
    out: dict[str, dict[Role, list[str]]] = {}
    for team, members in ctx.staff.items():
        for uid, role in members:
            out.setdefault(team, {}).setdefault(role, []).append(uid)
    return out



def display_names(conn: Connection) -> dict[str, str]:
    return {uid: name for uid, name in conn.execute(
        select(UserAccount.id, UserAccount.display_name))}
