"""KPI 7, management board attendance: for each partner, the board meetings in the period
they attended (in person or by a deputy) out of those they were expected at."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.oversight import BoardAttendance, BoardMeeting
from yjdesk.services.codes import codelist
from yjdesk.services.oversight.kpi.base import Figure, KpiSettings, Period, Section

KEY = "board"
TITLE = "KPI 7: Management board attendance"
PRESENT = ("attended", "deputy")


def compute(session: Session, period: Period, settings: KpiSettings) -> Section:
    meetings = int(session.scalar(
        select(func.count()).select_from(BoardMeeting)
        .where(not_deleted(BoardMeeting),
               BoardMeeting.held_on.between(period.start, period.end))) or 0)
    rows = session.execute(
        select(BoardAttendance.partner, func.count(),
               func.count().filter(BoardAttendance.status.in_(PRESENT)))
        .join(BoardMeeting, BoardMeeting.id == BoardAttendance.meeting_id)
        .where(not_deleted(BoardMeeting), not_deleted(BoardAttendance),
               BoardMeeting.held_on.between(period.start, period.end))
        .group_by(BoardAttendance.partner)).all()
    partners = codelist("board_partner")
    by_partner = {str(p): (int(n), int(a)) for p, n, a in rows}
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
