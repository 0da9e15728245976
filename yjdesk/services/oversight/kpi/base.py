"""What every indicator family shares: the period, the settings, figures and sections, and
the set-based helpers that count 0/1 flag columns of a subquery in one GROUP-free query.

A family builds one *base* subquery per period: a ``child_id`` column plus 0/1 flag columns
(one per figure). Counting is one ``SELECT SUM(flag) ...`` over it; opening a figure to the
children behind it selects the ``child_id`` of the rows whose flag is 1. The count and the
list therefore come from the same definition and cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    Subquery,
    and_,
    case,
    distinct,
    func,
    literal,
    select,
    text,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from yjdesk.errors import ValidationError
from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import english_date
from yjdesk.services.oversight.suppression import HIDDEN, Suppression
from yjdesk.services.policy import Policy


@dataclass(frozen=True)
class Period:
    """A reporting period, both ends included."""

    start: dt.date
    end: dt.date

    @classmethod
    def of(cls, start: dt.date | None, end: dt.date | None) -> Period:
        errors: dict[str, str] = {}
        if start is None:
            errors["start"] = "Choose the first day of the period."
        if end is None:
            errors["end"] = "Choose the last day of the period."
        if start and end and end < start:
            errors["end"] = "The period cannot end before it starts."
        if start and end and (end - start).days > 366 * 10:
            errors["end"] = "A period can be at most ten years long."
        if errors:
            raise ValidationError(errors)
        assert start is not None and end is not None
        return cls(start, end)

    @classmethod
    def financial_year(cls, first_year: int) -> Period:
        return cls(dt.date(first_year, 4, 1), dt.date(first_year + 1, 3, 31))

    @property
    def label(self) -> str:
        return (f"{english_date(self.start, '%d %b %Y')} to "
                f"{english_date(self.end, '%d %b %Y')}")

    def shifted(self, months: int) -> Period:
        """The same dates ``months`` later (earlier when negative); a month end stays one."""
        return Period(_shift(self.start, months), _shift(self.end + dt.timedelta(days=1),
                                                         months) - dt.timedelta(days=1))

    @property
    def prior_year(self) -> Period:
        return self.shifted(-12)

    @property
    def quarter_label(self) -> str:
        """"Apr-Jun 25" for a quarter (the short form used on trend charts)."""
        return f"{english_date(self.start, '%b')}-{english_date(self.end, '%b %y')}"


def _shift(day: dt.date, months: int) -> dt.date:
    from dateutil.relativedelta import relativedelta

    shifted: dt.date = day + relativedelta(months=months)
    return shifted


def quarter_of(day: dt.date) -> Period:
    """The calendar quarter (Jan-Mar, Apr-Jun, ...) holding ``day``."""
    first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return Period(first, _shift(first, 3) - dt.timedelta(days=1))


def quarters_ending(last_day: dt.date, n: int) -> tuple[Period, ...]:
    """The ``n`` whole quarters ending on or before ``last_day``, oldest first."""
    q = quarter_of(last_day)
    if q.end != last_day:
        q = quarter_of(q.start - dt.timedelta(days=1))
    out = [q]
    while len(out) < n:
        out.append(quarter_of(out[-1].start - dt.timedelta(days=1)))
    return tuple(reversed(out))


#: Quarters on every trend chart (two years: the period's and the year before).
TREND_QUARTERS = 8


@dataclass(frozen=True)
class Window:
    """What a pack counts at once: the period, the same period a year earlier, and the
    quarters of the trend chart. Rows are counted over :attr:`span` with two bucket
    columns (``yr``: 1 period, 2 prior year; ``q``: trend quarter index)."""

    period: Period
    prior: Period
    quarters: tuple[Period, ...]

    @classmethod
    def around(cls, period: Period, n: int = TREND_QUARTERS) -> Window:
        return cls(period, period.prior_year, quarters_ending(period.end, n))

    def shifted(self, months: int) -> Window:
        return Window(self.period.shifted(months), self.prior.shifted(months),
                      tuple(q.shifted(months) for q in self.quarters))

    @property
    def span(self) -> Period:
        starts = [self.period.start, self.prior.start] + [q.start for q in self.quarters]
        ends = [self.period.end, self.prior.end] + [q.end for q in self.quarters]
        return Period(min(starts), max(ends))

    def year_bucket(self, on: Any) -> ColumnElement[int]:
        return case((on.between(self.period.start, self.period.end), 1),
                    (on.between(self.prior.start, self.prior.end), 2), else_=None)

    def quarter_bucket(self, on: Any) -> ColumnElement[int]:
        return case(*((on.between(q.start, q.end), i) for i, q in enumerate(self.quarters)),
                    else_=None)


@dataclass(frozen=True)
class Counts:
    """Flag counts of one family for the period, the prior year and each trend quarter."""

    period: dict[str, int]
    prior: dict[str, int]
    quarters: tuple[dict[str, int], ...]


@dataclass(frozen=True)
class KpiSettings:
    """Service settings the indicators need (policy ``reporting``)."""

    population_10_17: int
    tracking_months: int = 12
    suppress: Suppression = field(default_factory=Suppression)

    def __post_init__(self) -> None:
        if self.population_10_17 <= 0:
            raise ValidationError({"population_10_17": "The 10-17 population must be a "
                                   "positive number (policy reporting.population_10_17)."})
        if not 1 <= self.tracking_months <= 36:
            raise ValidationError({"tracking_months": "The reoffending tracking window is "
                                   "1 to 36 months."})

    @classmethod
    def from_policy(cls, policy: Policy) -> KpiSettings:
        return cls(population_10_17=policy.reporting.population_10_17,
                   tracking_months=policy.reporting.reoffending_tracking_months,
                   suppress=Suppression.from_policy(policy))


@dataclass(frozen=True)
class Figure:
    """One published figure.

    ``count`` is suppressible; with ``denominator`` it is also shown as a percentage.
    ``rate`` is a derived ratio (per 100,000, per offender) shown with ``rate_label`` and
    hidden when any of ``rate_bases`` is suppressed. ``drill`` names the flag whose children
    are behind the figure (None: an aggregate of something other than children).
    """

    key: str
    label: str
    count: int | None = None
    denominator: int | None = None
    rate: float | None = None
    rate_label: str = ""
    rate_bases: tuple[int | None, ...] = ()
    drill: str | None = None
    #: False for counts of things other than people (board meetings): never suppressed.
    suppress: bool = True

    def shown(self, s: Suppression) -> tuple[str, str]:
        """(count text, percentage-or-rate text) after suppression."""
        if not self.suppress:
            s = Suppression(1, 1)
        count = s.count(self.count) if self.count is not None else ""
        if self.rate is not None:
            other = f"{s.rate(self.rate, *self.rate_bases)} {self.rate_label}".strip()
        elif self.denominator is not None:
            other = s.percent(self.count, self.denominator)
        else:
            other = ""
        return count, other


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    definition: str
    figures: tuple[Figure, ...]
    #: Figure keys drawn as bars in the pack (percentages when they have a denominator).
    chart: tuple[str, ...] = ()
    #: What the section cannot yet count, said plainly in the pack.
    caveat: str = ""
    #: The figures split one published total (a profile table): a single suppressed cell
    #: could be worked out by subtraction, so one more cell is withheld (see :func:`shown`).
    partition: bool = False
    #: A definition with values in it: the template (``%1``... where the values go) and
    #: the values (a date is a month and year), for the UI to word in the person's
    #: language; ``definition`` is the English (the pack's PDF).
    definition_template: str = ""
    definition_args: tuple[object, ...] = ()
    #: The same section for the same period a year earlier (None: not computed).
    prior: Section | None = None
    #: The section for each trend quarter, oldest first, with its label ("Apr-Jun 25").
    trend: tuple[tuple[str, Section], ...] = ()
    #: The figure drawn on the trend chart (default: the first charted figure).
    trend_key: str = ""

    @property
    def trend_figure(self) -> str:
        return self.trend_key or (self.chart[0] if self.chart else self.figures[0].key)

    def figure(self, key: str) -> Figure:
        for f in self.figures:
            if f.key == key or f.key == f"{self.key}.{key}":
                return f
        raise KeyError(key)


#: A count withheld only so that a suppressed one cannot be worked out by subtraction.
WITHHELD = "*"


def shown(section: Section, s: Suppression) -> dict[str, tuple[str, str]]:
    """Every figure of a section as published: primary suppression per figure, and for a
    partition table with exactly one suppressed cell, the smallest other non-zero cell
    withheld too (secondary suppression)."""
    out = {f.key: f.shown(s) for f in section.figures}
    if section.partition:
        hidden = [f for f in section.figures if f.suppress and s.hides(f.count)]
        visible = [f for f in section.figures
                   if f.suppress and f.count and not s.hides(f.count)]
        if len(hidden) == 1 and visible:
            pick = min(visible, key=lambda f: (f.count or 0, f.key))
            out[pick.key] = (WITHHELD, HIDDEN)
    return out


def rate_cell(f: Figure, other: str) -> str:
    """A figure's "% / rate" cell, in the pack's tables and on the Performance page alike:
    a rate without the unit its label already names ("545.8", not "545.8 per 100,000"
    beside "Rate per 100,000 aged 10-17")."""
    unit = f.rate_label
    if unit and unit in f.label and other.endswith(" " + unit):
        return other[:-len(unit) - 1]
    return other


# --- SQL helpers --------------------------------------------------------------------------

class no_index(FunctionElement[Any]):
    """``expr`` as a term SQLite will not serve from an index (``+expr``); unchanged on
    PostgreSQL. ``GROUP BY no_index(Disposal.child_id)`` over most of a table reads it
    straight through and sorts, rather than walking the child_id index with a random
    table look-up per row (a quarter less CPU warm, more cold). A table hint
    (``with_hint(..., "NOT INDEXED", "sqlite")``) is silently dropped by SQLAlchemy's
    SQLite compiler, which is why this is an expression."""

    inherit_cache = True

    def __init__(self, expr: Any) -> None:
        super().__init__(expr)
        self.type = expr.type


@compiles(no_index, "sqlite")
def _no_index_sqlite(element: no_index, compiler: SQLCompiler, **kw: Any) -> str:
    return f"+{compiler.process(next(iter(element.clauses)), **kw)}"


@compiles(no_index)
def _no_index_other(element: no_index, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(next(iter(element.clauses)), **kw))


#: SQLite page cache (KiB) while a pack is computed, so the scans decrypt each page once.
#: An upper bound: SQLite only allocates pages it reads; restored afterwards.
PACK_CACHE_KIB = 524288


@contextmanager
def scan_cache(session: Session) -> Iterator[None]:
    """On SQLite, a larger page cache for the duration of the pack, then the old one."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size = -{PACK_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {int(before or -2000)}"))


class add_months(FunctionElement[dt.date]):
    """``add_months(date_expr, n)`` on SQLite (``date(x, 'n months')``) and PostgreSQL.

    ``n`` stays a bound parameter, so cached statements are right for any ``n``.
    """

    type = Date()
    inherit_cache = True


@compiles(add_months, "sqlite")
def _add_months_sqlite(element: add_months, compiler: SQLCompiler, **kw: Any) -> str:
    date_expr, months = list(element.clauses)
    return (f"date({compiler.process(date_expr, **kw)}, "
            f"CAST({compiler.process(months, **kw)} AS TEXT) || ' months')")


@compiles(add_months, "postgresql")
def _add_months_pg(element: add_months, compiler: SQLCompiler, **kw: Any) -> str:
    date_expr, months = list(element.clauses)
    return (f"(({compiler.process(date_expr, **kw)}) + "
            f"make_interval(months => {compiler.process(months, **kw)}))::date")


def months_after(expr: Any, n: int) -> ColumnElement[dt.date]:
    return add_months(expr, literal(n, Integer))


def flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def count_flags(session: Session, sub: Subquery, rows: tuple[str, ...] = (),
                children: tuple[str, ...] = ()) -> dict[str, int]:
    """One query: SUM of each ``rows`` flag, COUNT(DISTINCT child_id) for each ``children``
    flag (keyed ``name`` and ``name:children`` respectively)."""
    cols: list[ColumnElement[Any]] = []
    names: list[str] = []
    for name in rows:
        cols.append(func.coalesce(func.sum(sub.c[name]), 0))
        names.append(name)
    for name in children:
        cols.append(func.count(distinct(case((sub.c[name] == 1, sub.c.child_id)))))
        names.append(f"{name}:children")
    if not cols:
        return {}
    values = session.execute(select(*cols)).one()
    return {n: int(v or 0) for n, v in zip(names, values, strict=True)}


def bucketed(sub: Subquery, on: str, window: Window) -> Subquery:
    """``sub`` (built over ``window.span``) with the ``yr`` and ``q`` bucket columns."""
    return select(sub, window.year_bucket(sub.c[on]).label("yr"),
                  window.quarter_bucket(sub.c[on]).label("q")).subquery()


def count_window(session: Session, sub: Subquery, window: Window, rows: tuple[str, ...],
                 children: tuple[str, ...] = ()) -> Counts:
    """Counts of ``rows`` (sums) and ``children`` (distinct children) flags per bucket of a
    :func:`bucketed` subquery: one statement, grouped by year and quarter together when
    there are no distinct-children counts (the period totals are then sums of the groups),
    else reading the rows once into a CTE grouped by year and, apart, by quarter."""

    def grouped(by: list[Any]) -> list[Any]:
        cols: list[Any] = [func.coalesce(func.sum(sub.c[n]), 0) for n in rows]
        return list(session.execute(select(*by, *cols).group_by(*by)))

    names = [*rows, *(f"{n}:children" for n in children)]
    zero = dict.fromkeys(names, 0)
    years = {1: dict(zero), 2: dict(zero)}
    quarters = [dict(zero) for _ in window.quarters]
    if children:
        # the rows are read once (a CTE read twice is kept, on SQLite and PostgreSQL alike)
        # and grouped by year and by quarter
        kept = select(sub).cte("kept")

        def by(col: Any, tag: int) -> Select[Any]:
            cols: list[Any] = [func.coalesce(func.sum(kept.c[n]), 0) for n in rows]
            cols += [func.count(distinct(case((kept.c[n] == 1, kept.c.child_id))))
                     for n in children]
            return select(literal(tag).label("tag"), col.label("bucket"), *cols).group_by(col)

        for r in session.execute(union_all(by(kept.c.yr, 0), by(kept.c.q, 1))):
            found = {n: int(v or 0) for n, v in zip(names, r[2:], strict=True)}
            if r[0] == 0 and r[1] in years:
                years[r[1]] = found
            elif r[0] == 1 and r[1] is not None:
                quarters[r[1]] = found
    else:
        for r in grouped([sub.c.yr, sub.c.q]):
            values = [int(v or 0) for v in r[2:]]
            for target in ([years[r[0]]] if r[0] in years else []) + (
                    [quarters[r[1]]] if r[1] is not None else []):
                for n, v in zip(names, values, strict=True):
                    target[n] += v
    return Counts(years[1], years[2], tuple(quarters))


def flagged_children(sub: Subquery, name: str) -> Select[tuple[str]]:
    if name not in sub.c:
        raise KeyError(name)
    return select(sub.c.child_id).where(sub.c[name] == 1).distinct()


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


# --- interventions ------------------------------------------------------------------------


def intervention_types() -> list[str]:
    """Disposal types that are YJS interventions for the KPIs: every out-of-court disposal
    but no further action, and every YJS-supervised court order."""
    out: list[str] = []
    for c in codelist("disposal_type").codes:
        cat = c.extra.get("category")
        if (cat == "out_of_court" and c.code != "nfa") or (
                cat == "court" and c.extra.get("yjs_supervised")):
            out.append(c.code)
    return out


def ended_on() -> ColumnElement[dt.date]:
    """When an intervention ended: its outcome date, else its planned end date."""
    return func.coalesce(Disposal.outcome_date, Disposal.end_date)


def closed_in(period: Period) -> ColumnElement[bool]:
    """Interventions closed in the period: an outcome recorded with a date in the period,
    or still marked ongoing but past a planned end date inside the period."""
    return and_(not_deleted(Disposal),
                Disposal.disposal_type.in_(intervention_types()),
                ended_on().between(period.start, period.end),
                ended_on() <= period.end)
