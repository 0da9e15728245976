"""The KPI and performance pack: the national indicators, the ten April-2023 KPIs and the
cohort profile for a chosen period, and the children behind any figure.

One module per indicator family. Families that read the start and end snapshots of closed
interventions (accommodation, ETE, SEND, mental health, substance misuse, wider services)
share one query: each contributes flag columns over
:func:`~yjdesk.services.oversight.kpi.snapshot.snapshot` and one ``SUM`` query counts them
all. The others count their own base subquery.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import Any

from sqlalchemy import Select, Subquery, select
from sqlalchemy.orm import Session

from yjdesk.errors import Message, PermissionDenied, ValidationError
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.org import UserAccount
from yjdesk.models.types import utcnow
from yjdesk.services import audit
from yjdesk.services.oversight import cohort, disproportionality, needs
from yjdesk.services.oversight.kpi import (
    accommodation,
    board,
    custody,
    ete,
    fte,
    mental_health,
    ooc,
    reoffending,
    send,
    stored,
    substance,
    victims,
    violence,
    wider,
)
from yjdesk.services.oversight.kpi.base import (
    Counts,
    Figure,
    KpiSettings,
    Period,
    Section,
    Window,
    bucketed,
    count_window,
    flagged_children,
    scan_cache,
)
from yjdesk.services.oversight.kpi.snapshot import snapshot
from yjdesk.services.policy import Policy
from yjdesk.services.uow import Actor, actor_of

#: Families with their own base query (``compute`` and ``base``).
OWN: dict[str, ModuleType] = {m.KEY: m for m in (fte, reoffending, custody, ooc, violence,
                                                  victims)}
#: Families over the closed-intervention snapshot (``flags`` and ``section``).
SNAPSHOT: dict[str, ModuleType] = {m.KEY: m for m in (
    accommodation, ete, send, mental_health, substance, wider)}
#: The order of the pack: national indicators, then KPIs 1-10.
ORDER = ("fte", "reoffending", "custody", "accommodation", "ete", "send", "mental_health",
         "substance", "ooc", "board", "wider", "violence", "victims")


@dataclass(frozen=True)
class Pack:
    period: Period
    settings: KpiSettings
    generated_at: dt.datetime
    sections: tuple[Section, ...]
    profile: tuple[Section, ...]
    #: The needs profile (each table with the year before as its ``prior``).
    needs: tuple[Section, ...] = ()
    #: Disproportionality cross-tabulations with the relative rate index.
    disproportionality: tuple[Any, ...] = ()
    baseline: Any = field(default=None)

    def section(self, key: str) -> Section:
        for s in (*self.sections, *self.profile, *self.needs):
            if s.key == key:
                return s
        raise KeyError(key)

    def figure(self, key: str) -> Figure:
        nested = key.startswith((cohort.KEY, needs.KEY)) and key.count(".") > 1
        family = key.rsplit(".", 1)[0] if nested else key.split(".")[0]
        return self.section(family).figure(key)


def _snapshot_flags(period: Period, s: Subquery | None = None) -> Subquery:
    """The flag columns of every snapshot family over ``s`` (default: the definition)."""
    s = snapshot(period) if s is None else s
    cols: list[Any] = [s.c.child_id, s.c.ended_on.label("on")]
    for fam, module in SNAPSHOT.items():
        cols += [expr.label(f"{fam}__{name}") for name, expr in module.flags(s).items()]
    return select(*cols).subquery("kpi_flags")


def snapshot_counts(session: Session, window: Window, *, definition: bool = False) -> Counts:
    """The flag counts of every closed-intervention family over ``window``: from the
    stored snapshot's per-day counts on a laptop (brought up to date first), from the definition on
    PostgreSQL or when ``definition`` is asked for (the two agree: tests/unit/
    test_kpi_stored.py)."""
    if stored.usable(session) and not definition:
        return stored.day_counts(session, "closed", window)
    rows = snapshot(window.span)
    flags = bucketed(_snapshot_flags(window.span, rows), "on", window)
    names = tuple(c.name for c in flags.c if c.name not in ("child_id", "on", "yr", "q"))
    return count_window(session, flags, window, names)


def _with_history(build: Any, counts: Counts, window: Window,
                  period_of: Any = lambda p: p) -> Section:
    """The period's section with its prior-year section and trend quarters attached.

    ``build(counts, period)`` makes a section; ``period_of`` maps a window period to the
    pack period it reports (reoffending reports cohorts that lag the pack period)."""
    trend = tuple((q.quarter_label, build(c, period_of(q)))
                  for q, c in zip(window.quarters, counts.quarters, strict=True))
    main: Section = build(counts.period, period_of(window.period))
    return replace(main, prior=build(counts.prior, period_of(window.prior)), trend=trend)


def compute_pack(session: Session, period: Period, settings: KpiSettings,
                 baseline: disproportionality.Baseline | None = None, *,
                 definition: bool = False) -> Pack:
    """Every indicator for ``period``, the same period a year earlier and the quarters of
    the trend chart, and the cohort profile (a handful of queries: each family's rows are
    read once over the whole window and counted per bucket).

    On a laptop the families with stored rows (:mod:`~yjdesk.services.oversight.kpi.
    stored`) read those, brought up to date first; ``definition`` counts every family from
    the records instead (the two agree: tests/unit/test_kpi_stored.py)."""
    window = Window.around(period)
    use_stored = stored.usable(session) and not definition
    if use_stored:
        stored.refresh(session)
    with scan_cache(session):
        sections: dict[str, Section] = {}
        for key, m in OWN.items():
            if m is reoffending:
                lag = reoffending.lag_months(period, settings)
                w = Window.around(reoffending.cohort_period(period, settings))
                rows = stored.cohort(session, w.span, settings) if use_stored else \
                    reoffending.cohort_base(w.span, settings)
                sub = bucketed(rows, "on", w)
                counts = count_window(session, sub, w, m.ROWS, m.CHILDREN)
                sections[key] = _with_history(
                    lambda c, p, m=m: m.section(c, settings, p), counts, w,
                    lambda p, lag=lag: p.shifted(lag))
                continue
            if use_stored and key in ("ooc", "victims", "custody", "violence"):
                counts = stored.day_counts(session, key, window)
            else:
                base = stored.first_formal(window.span, settings) if use_stored and m is fte \
                    else m.base(window.span, settings)
                sub = bucketed(base, "on", window)
                counts = count_window(session, sub, window, m.ROWS, m.CHILDREN)
            sections[key] = _with_history(lambda c, p, m=m: m.section(c, settings, p),
                                          counts, window)
        now, before, *quarters = board.compute_many(
            session, [period, window.prior, *window.quarters], settings)
        sections[board.KEY] = replace(now, prior=before, trend=tuple(
            (q.quarter_label, s) for q, s in zip(window.quarters, quarters, strict=True)))
        counts = snapshot_counts(session, window, definition=not use_stored)
        for fam, module in SNAPSHOT.items():
            def build(c: dict[str, int], p: Period, fam: str = fam,
                      module: ModuleType = module) -> Section:
                mine = {n.split("__", 1)[1]: v for n, v in c.items()
                        if n.startswith(f"{fam}__")}
                return module.section(mine, settings)  # type: ignore[no-any-return]
            sections[fam] = _with_history(build, counts, window)
        profile = tuple(cohort.profile(session, period))
        need_tables = tuple(needs.profile(
            session, period,
            stored.latest_stages(period, period.prior_year) if use_stored else None))
        # (the service's own population file applies wherever the pack is made)
        base_pop = baseline or disproportionality.Baseline.for_profile(None)
        crosstabs = tuple(disproportionality.tables(session, period, base_pop))
    return Pack(period, settings, utcnow(), tuple(sections[k] for k in ORDER), profile,
                need_tables, crosstabs, base_pop)


def settings_for(policy: Policy) -> KpiSettings:
    return KpiSettings.from_policy(policy)


# --- the children behind a figure --------------------------------------------------------


@dataclass(frozen=True)
class DrillRow:
    child_id: str
    name: str
    case_number: str
    date_of_birth: dt.date
    #: None: unallocated (the view says so).
    case_manager: str | None


def may_drill(actor: Actor, policy: Policy) -> bool:
    roles = policy.reporting.drill_down_roles
    return actor.role.value in roles


def members(period: Period, settings: KpiSettings, section_key: str,
            drill: str) -> Select[tuple[str]]:
    """The ids of the children behind one figure (its section and ``Figure.drill``)."""
    if section_key == cohort.KEY or section_key.startswith(f"{cohort.KEY}."):
        return cohort.members(period, drill)
    if section_key == needs.KEY or section_key.startswith(f"{needs.KEY}."):
        return needs.members(period, drill)
    if section_key == disproportionality.KEY:
        return disproportionality.members(period, drill)
    if section_key in OWN:
        return flagged_children(OWN[section_key].base(period, settings), drill)
    if section_key in SNAPSHOT:
        return flagged_children(_snapshot_flags(period), f"{section_key}__{drill}")
    raise KeyError(section_key)


def drill_down(session: Session, policy: Policy, period: Period, settings: KpiSettings,
               section_key: str, drill: str | None) -> list[DrillRow]:
    """The children behind a figure, for managers and performance staff only.

    Opening the list is audited (action "kpi_drill") because it names children.
    """
    actor = actor_of(session)
    if not may_drill(actor, policy):
        raise PermissionDenied("Only managers and performance staff can see the children "
                               "behind a figure; others see the totals.")
    if drill is None:
        raise ValidationError("This figure is not a count of children.")
    try:
        ids = members(period, settings, section_key, drill)
    except KeyError as exc:
        raise ValidationError(Message("Unknown figure: %1 %2", section_key, drill)) from exc
    rows = session.execute(
        select(Child.id, Child.given_name, Child.family_name, Child.preferred_name,
               Child.case_number, Child.date_of_birth, UserAccount.display_name)
        .outerjoin(UserAccount, UserAccount.id == Child.case_manager_id)
        .where(Child.id.in_(ids.scalar_subquery()), not_deleted(Child))
        .order_by(Child.family_name, Child.given_name)).all()
    audit.append(session, action="kpi_drill", user_id=actor.user_id,
                 device_id=actor.device_id, entity="performance",
                 detail={"figure": f"{section_key}:{drill}", "period": period.label,
                         "children": len(rows)})
    return [DrillRow(r.id, f"{r.preferred_name or r.given_name} {r.family_name}",
                     r.case_number, r.date_of_birth, r.display_name or None)
            for r in rows]


__all__ = [
    "ORDER",
    "DrillRow",
    "Figure",
    "KpiSettings",
    "Pack",
    "Period",
    "Section",
    "compute_pack",
    "drill_down",
    "may_drill",
    "members",
    "settings_for",
]
