"""The needs profile (after appendix 7 of the 2023-24 plan): what the children assessed in
the period need, with the year before alongside.

The group is every child with a submitted or countersigned assessment stage started in the
period; each child counts once, with their latest such stage. The items are the
structured answers of assessment form version 3 (and the KPI columns earlier versions
already had); a child whose stage does not answer an item is in the "not recorded" count,
so the percentages are of all children assessed, as the plan's tables are.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, Subquery, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.statuses import StageStatus
from yjdesk.services.oversight.kpi.base import Figure, Period, Section, flag

KEY = "needs"
DONE = (StageStatus.SUBMITTED, StageStatus.COUNTERSIGNED)

#: (column, label) of the yes/no needs, grouped as the plan's tables are.
GROUPS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("family", "Family and relationships", (
        ("parent_mental_health", "Parent or carer mental health concerns"),
        ("parent_substance_misuse", "Parent or carer alcohol or drug misuse"),
        ("parent_offending", "Offending by family members"),
        ("domestic_abuse_witnessed", "Witnessed domestic violence or abuse"),
        ("bereavement", "Loss or bereavement"))),
    ("health", "Mental and physical health", (
        ("mental_health_need", "Identified mental health need"),
        ("mental_health_diagnosis", "Formally diagnosed mental health condition"),
        ("self_harm_or_suicide_attempt", "Self-harm or attempted suicide"),
        ("substance_misuse_need", "Substance misuse concern"),
        ("health_at_risk", "Health at risk by their own behaviour"))),
    ("learning", "Special educational needs and communication", (
        ("send", "Special educational needs or disability"),
        ("ehcp", "Education, health and care plan"),
        ("speech_language_need", "Speech, language or communication need"))),
    ("safety", "Exploitation and safety", (
        ("criminal_exploitation", "Vulnerable to criminal exploitation"),
        ("sexual_exploitation", "At risk of sexual exploitation"),
        ("missing_episodes", "Missing episodes"))),
    ("care", "Children's social care at the assessment (currently)", (
        ("looked_after_status", "Looked after"),
        ("child_in_need_status", "Child in need"),
        ("cp_plan_status", "Child protection plan"),
        ("early_help_status", "Early help plan"))),
)
ITEMS = tuple(c for _, _, rows in GROUPS for c, _ in rows)
STATUS_ITEMS = frozenset({"looked_after_status", "child_in_need_status", "cp_plan_status",
                          "early_help_status"})


def _ranked(period: Period, prior: Period | None = None) -> Subquery:
    """Every done stage started in the period (and ``prior``) with its items, ``yr`` (1
    for the period, 2 for the prior one) and ``rn`` (1: the child's latest in that year)."""
    start = AssessmentStage.started_on
    yr = case((start.between(period.start, period.end), 1), else_=2) if prior else literal(1)
    rank = func.row_number().over(partition_by=(AssessmentStage.child_id, yr),
                                  order_by=(AssessmentStage.started_on.desc(),
                                            AssessmentStage.id.desc())).label("rn")
    window = or_(start.between(period.start, period.end),
                 start.between(prior.start, prior.end)) if prior else \
        start.between(period.start, period.end)
    ranked = (select(AssessmentStage.child_id, yr.label("yr"), rank,
                     AssessmentStage.previous_convictions,
                     AssessmentStage.age_at_first_conviction,
                     *(AssessmentStage.__table__.c[c] for c in ITEMS))
              .join(Child, and_(Child.id == AssessmentStage.child_id,
                                not_deleted(Child)))
              .where(not_deleted(AssessmentStage), AssessmentStage.status.in_(DONE),
                     window)
              .subquery("ranked"))
    return ranked


def base(period: Period, prior: Period | None = None) -> Subquery:
    """One row per child assessed in the period (and, with ``prior``, one per child
    assessed in that period too): their latest done stage's items as 0/1 flags (and
    ``__unknown`` flags), and ``yr`` (1 for the period, 2 for the prior one)."""
    ranked = _ranked(period, prior)
    cols: list[Any] = [ranked.c.child_id, ranked.c.yr,
                       flag(ranked.c.child_id.is_not(None)).label("all")]
    for c in ITEMS:
        yes = ranked.c[c] == "currently" if c in STATUS_ITEMS else ranked.c[c].is_(True)
        cols += [flag(yes).label(c), flag(ranked.c[c].is_(None)).label(f"{c}__unknown")]
    cols += [ranked.c.previous_convictions, ranked.c.age_at_first_conviction,
             flag(ranked.c.previous_convictions > 0).label("convicted_before")]
    return select(*cols).where(ranked.c.rn == 1).subquery("needs")


def latest(period: Period, prior: Period) -> Subquery:
    """Each child's latest done stage in the period (``yr`` 1) and in the prior period
    outside it (``yr`` 2) with its items (the definition; a laptop reads the same rows
    stored: ``stored.latest_stages``)."""
    r = _ranked(period, prior)
    return (select(r.c.child_id, r.c.yr, r.c.previous_convictions,
                   r.c.age_at_first_conviction, *(r.c[c] for c in ITEMS))
            .where(r.c.rn == 1).subquery("latest"))


def _counts(session: Session, period: Period, rows: Subquery | None = None,
            ) -> dict[int, dict[str, float]]:
    """Counts for the period (1) and the year before (2), in one pass over the latest
    stages (``rows``, default :func:`latest`): per item, the children answering yes
    (``COUNT`` of a ``CASE``) and those not answering (all less ``COUNT(item)``) -- the
    figures of :func:`base`'s flags, without a flag column pair per item per row."""
    r = latest(period, period.prior_year) if rows is None else rows
    cols: list[Any] = [func.count()]
    for c in ITEMS:
        yes = r.c[c] == "currently" if c in STATUS_ITEMS else r.c[c].is_(True)
        cols += [func.count(case((yes, 1))), func.count(r.c[c])]
    cols += [func.count(case((r.c.previous_convictions > 0, 1))),
             func.avg(r.c.previous_convictions), func.count(r.c.previous_convictions),
             func.avg(r.c.age_at_first_conviction), func.count(r.c.age_at_first_conviction)]
    names = ["all", *(n for c in ITEMS for n in (c, f"{c}__unknown")), "convicted_before",
             "avg_previous", "n_previous", "avg_first", "n_first"]
    found: dict[int, dict[str, float]] = {}
    for row in session.execute(select(r.c.yr, *cols).group_by(r.c.yr)):
        out = {n: float(v or 0) for n, v in zip(names, row[1:], strict=True)}
        for c in ITEMS:                      # COUNT(item) counted the answers
            out[f"{c}__unknown"] = out["all"] - out[f"{c}__unknown"]
        found[int(row[0])] = out
    empty = dict.fromkeys(names, 0.0)
    return {yr: found.get(yr, empty) for yr in (1, 2)}


def _sections(c: dict[str, float]) -> list[Section]:
    total = int(c["all"])
    out = [Section(KEY, "Children assessed", "Children with a submitted or countersigned "
                   "assessment started in the period (each once, their latest assessment). "
                   "Percentages are of all children assessed.",
                   (Figure(f"{KEY}.all", "Children assessed", count=total, drill="all"),
                    Figure(f"{KEY}.convicted_before", "With previous convictions",
                           count=int(c["convicted_before"]), denominator=total,
                           drill="convicted_before"),
                    Figure(f"{KEY}.avg_previous", "Average number of previous convictions",
                           rate=c["avg_previous"] if c["n_previous"] else None,
                           rate_bases=(int(c["n_previous"]),)),
                    Figure(f"{KEY}.avg_first", "Average age at first conviction",
                           rate=c["avg_first"] if c["n_first"] else None,
                           rate_bases=(int(c["n_first"]),))))]
    for key, title, rows in GROUPS:
        figures = tuple(Figure(f"{KEY}.{key}.{col}", label, count=int(c[col]),
                               denominator=total, drill=col) for col, label in rows)
        unknown = max(int(c[f"{col}__unknown"]) for col, _ in rows)
        out.append(Section(f"{KEY}.{key}", title, "", figures,
                           caveat=f"Not recorded for up to {unknown:,} children (assessed on an "
                                  "earlier form version that did not ask, or left to clarify). "
                                  "Percentages are of all children assessed, so they understate "
                                  "the share of those asked." if unknown else ""))
    return out


def profile(session: Session, period: Period, rows: Subquery | None = None,
            ) -> list[Section]:
    """The needs tables for the period, each with the year before as its ``prior``
    (``rows``: the latest stages as :func:`latest` gives them, default that)."""
    counts = _counts(session, period, rows)
    now, before = _sections(counts[1]), _sections(counts[2])
    from dataclasses import replace

    return [replace(a, prior=b) for a, b in zip(now, before, strict=True)]


def members(period: Period, drill: str) -> Select[tuple[str]]:
    sub = base(period)
    if drill not in sub.c:
        raise KeyError(drill)
    return select(sub.c.child_id).where(sub.c[drill] == 1)
