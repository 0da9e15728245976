"""KPI 7, management board attendance: for each partner, the board meetings in the period
they attended (in person or by a deputy) out of those they were expected at."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.oversight import BoardAttendance, BoardMeeting
from yjdesk.services.codes import codelist
from yjdesk.services.oversight.kpi.base import Figure, KpiSettings, Period, Section

KEY = "board"
TITLE = "KPI 7: Management board attendance"
PRESENT = ("attended", "deputy")


def compute(session: Session, period: Period, settings: KpiSettings) -> Section:
    return compute_many(session, [period], settings)[0]


def compute_many(session: Session, periods: list[Period],
                 settings: KpiSettings) -> list[Section]:
    """The section for each of ``periods`` from one read of the meetings and attendance
    in their span (a few hundred rows a year), counted per period here."""
    first, last = min(p.start for p in periods), max(p.end for p in periods)
    held = list(session.scalars(
        select(BoardMeeting.held_on)
        .where(not_deleted(BoardMeeting), BoardMeeting.held_on.between(first, last))))
    rows = session.execute(
        select(BoardMeeting.held_on, BoardAttendance.partner,
               BoardAttendance.status.in_(PRESENT))
        .join(BoardMeeting, BoardMeeting.id == BoardAttendance.meeting_id)
        .where(not_deleted(BoardMeeting), not_deleted(BoardAttendance),
               BoardMeeting.held_on.between(first, last))).all()
    out = []
    for period in periods:
        meetings = sum(1 for d in held if period.start <= d <= period.end)
        by_partner: dict[str, tuple[int, int]] = {}
        for on, partner, present in rows:
            if period.start <= on <= period.end:
                n, a = by_partner.get(str(partner), (0, 0))
                by_partner[str(partner)] = (n + 1, a + (1 if present else 0))
        out.append(_section(meetings, by_partner))
    return out


def _section(meetings: int, by_partner: dict[str, tuple[int, int]]) -> Section:
    partners = codelist("board_partner")
    statutory = [c.code for c in partners.codes if c.extra.get("statutory")]
    expected = sum(by_partner.get(p, (0, 0))[0] for p in statutory)
    attended = sum(by_partner.get(p, (0, 0))[1] for p in statutory)
    figures = [Figure(f"{KEY}.meetings", "Board meetings held", count=meetings, suppress=False),
               Figure(f"{KEY}.statutory", "Statutory partner attendance", count=attended,
                      denominator=expected, suppress=False)]
    for code in [c.code for c in partners.codes]:
        if code in by_partner:
            n, a = by_partner[code]
            figures.append(Figure(f"{KEY}.{code}", partners.label(code), count=a,
                                  denominator=n, suppress=False))
    return Section(
        KEY, TITLE,
        "Board meetings held in the period, and for each partner the meetings attended "
        "(in person or by a deputy) out of those they were listed for.",
        tuple(figures), chart=tuple(f.key for f in figures[1:]),
        caveat="Counts of meetings, not of children: not suppressed.")
