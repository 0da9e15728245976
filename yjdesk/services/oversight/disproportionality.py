"""Disproportionality: ethnicity, looked-after status and sex against out-of-court
disposals, court orders, custody and remand, with the relative rate index.

For each group the table counts the children with at least one such outcome decided in
the period, their rate per 1,000 of the group's 10-17 population, and the relative rate
index (RRI): the group's rate divided by the reference group's (1.0 = the same; above 1 =
more likely). The population baseline is data the service keeps up to date
(``resources/population/baseline-10-17.json``, overridden by a ``population.json`` in the
machine-wide config folder or the profile folder). Counts are suppressed as everywhere
(decision 13); a rate or RRI built on a suppressed count is not shown.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from yjdesk.errors import KnownError
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child, StatusHistory
from yjdesk.models.justice import Disposal
from yjdesk.paths import resources_dir, system_config_dir
from yjdesk.services.codes import codelist
from yjdesk.services.oversight.kpi.base import Period, flag, no_index
from yjdesk.services.oversight.kpi.definitions import definition
from yjdesk.services.oversight.suppression import HIDDEN, Suppression
from yjdesk.services.policy import deep_merge

KEY = "disproportionality"
OUTCOMES = (("out_of_court", "Out-of-court disposals"),
            ("court", "Court orders (not custodial)"),
            ("custody", "Custody"), ("remand", "Remand"))
DIMENSIONS = (("ethnic_group", "Ethnic group"), ("looked_after", "Looked after"),
              ("sex", "Sex"))
REMAND = ("remand_la", "remand_yda")
#: A service's own population baseline (see :meth:`Baseline.for_profile`).
POPULATION_FILE = "population.json"
SEX_LABEL = {"male": "Male", "female": "Female", "non_binary": "Non-binary",
             "other": "Other", "not_known": "Not known", "not_stated": "Not stated"}


@dataclass(frozen=True)
class Baseline:
    source: str
    as_at: str
    groups: dict[str, dict[str, int]]
    reference: dict[str, str]

    @classmethod
    def load(cls, overrides: Iterable[Path] = ()) -> Baseline:
        path = resources_dir() / "population" / "baseline-10-17.json"
        data: dict[str, Any] = json.loads(path.read_text("utf-8"))
        for extra in overrides:
            if extra.exists():
                try:
                    data = deep_merge(data, json.loads(extra.read_text("utf-8")))
                except ValueError as exc:
                    raise KnownError(f"The population file {extra} is not valid JSON: "
                                     f"{exc}") from exc
        return cls(str(data["source"]), str(data["as_at"]),
                   {d: {str(k): int(v) for k, v in data[d].items()} for d, _ in DIMENSIONS},
                   {str(k): str(v) for k, v in data["reference"].items()})

    @classmethod
    def for_profile(cls, profile: Path | None) -> Baseline:
        """The baseline in force: the shipped file, then the service's ``population.json``
        in the machine-wide config folder, then the profile folder's (key by key)."""
        files = [system_config_dir() / POPULATION_FILE]
        if profile is not None:
            files.append(profile / POPULATION_FILE)
        return cls.load(files)


@dataclass(frozen=True)
class Cell:
    count: int
    rate: float | None  # per 1,000 of the group's population
    rri: float | None
    drill: str


@dataclass(frozen=True)
class CrossTab:
    dimension: str
    title: str
    reference: str
    groups: tuple[str, ...]
    population: dict[str, int | None]
    cells: dict[tuple[str, str], Cell]

    def shown(self, group: str, outcome: str, s: Suppression) -> tuple[str, str]:
        """(children, RRI) as published."""
        cell = self.cells[(group, outcome)]
        ref = self.cells.get((self.reference, outcome))
        hidden = s.hides(cell.count) or ref is None or s.hides(ref.count)
        rri = HIDDEN if hidden else "-" if cell.rri is None else f"{cell.rri:.2f}"
        return s.count(cell.count), rri


def _ethnic_group() -> Any:
    groups: dict[str, list[str]] = {}
    for c in codelist("ethnicity").codes:
        groups.setdefault(str(c.extra.get("group", "Not known")), []).append(c.code)
    return case(*((Child.ethnicity.in_(codes), g) for g, codes in groups.items()),
                else_="Not known")


def base(period: Period) -> Any:
    """One row per child with any of the outcomes in the period: their groups and flags."""
    custodial = definition("custody", period.start)["custodial_disposals"]
    per_child = (select(
        Disposal.child_id,
        func.max(flag(and_(Disposal.category == "out_of_court",
                           Disposal.disposal_type != "nfa"))).label("out_of_court"),
        func.max(flag(and_(Disposal.category == "court",
                           Disposal.disposal_type.not_in(custodial)))).label("court"),
        func.max(flag(Disposal.disposal_type.in_(custodial))).label("custody"),
        func.max(flag(Disposal.disposal_type.in_(REMAND))).label("remand"))
        .where(not_deleted(Disposal),
               Disposal.decision_date.between(period.start, period.end))
        .group_by(no_index(Disposal.child_id)).subquery("outcomes"))
    looked_after = case((Child.looked_after == StatusHistory.CURRENTLY, "Looked after"),
                        else_="Not looked after")
    return (select(per_child, _ethnic_group().label("ethnic_group"),
                   looked_after.label("looked_after"), Child.gender.label("sex"))
            .join(Child, and_(Child.id == per_child.c.child_id, not_deleted(Child)))
            .subquery("disproportionality"))


def tables(session: Session, period: Period, baseline: Baseline) -> list[CrossTab]:
    """One GROUP BY over every dimension at once; each table is a margin of it."""
    sub = base(period)
    dims = [d for d, _ in DIMENSIONS]
    cols = [sub.c[d] for d in dims]
    margins: dict[str, dict[str, list[int]]] = {d: {} for d in dims}
    for row in session.execute(select(*cols, *(func.coalesce(func.sum(sub.c[o]), 0)
                                               for o, _ in OUTCOMES)).group_by(*cols)):
        values = [int(v) for v in row[len(dims):]]
        for d, g in zip(dims, row[:len(dims)], strict=True):
            acc = margins[d].setdefault(str(g), [0] * len(OUTCOMES))
            for i, v in enumerate(values):
                acc[i] += v
    out: list[CrossTab] = []
    for dim, title in DIMENSIONS:
        counts: dict[tuple[str, str], int] = {}
        found = margins[dim]
        pop = baseline.groups[dim]
        groups = list(pop) + sorted(g for g in found if g not in pop)
        ref = baseline.reference[dim]
        rates: dict[tuple[str, str], float | None] = {}
        for g in groups:
            for i, (o, _) in enumerate(OUTCOMES):
                n = found.get(g, [0] * len(OUTCOMES))[i]
                counts[(g, o)] = n
                rates[(g, o)] = 1000 * n / pop[g] if pop.get(g) else None

        def name(g: str, dim: str = dim) -> str:
            return SEX_LABEL.get(g, g) if dim == "sex" else g

        cells: dict[tuple[str, str], Cell] = {}
        for (g, o), n in counts.items():
            r, r_ref = rates[(g, o)], rates.get((ref, o))
            rri = r / r_ref if r is not None and r_ref else None
            cells[(name(g), o)] = Cell(n, r, rri, f"{dim}={name(g)}|{o}")
        out.append(CrossTab(dim, title, name(ref), tuple(name(g) for g in groups),
                            {name(g): pop.get(g) for g in groups}, cells))
    return out


def members(period: Period, drill: str) -> Select[tuple[str]]:
    """The children behind one cell ("dimension=group|outcome")."""
    sub = base(period)
    left, _, outcome = drill.partition("|")
    dim, _, group = left.partition("=")
    if dim not in dict(DIMENSIONS) or outcome not in dict(OUTCOMES):
        raise KeyError(drill)
    if dim == "sex":
        group = {v: k for k, v in SEX_LABEL.items()}.get(group, group)
    return select(sub.c.child_id).where(sub.c[dim] == group, sub.c[outcome] == 1)
