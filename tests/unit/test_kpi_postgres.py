"""The KPI pack on the central PostgreSQL database gives the same answers as on SQLite.

The server holds every service's rows; its reports use the same queries. The data set is a
small mix of the known-answer cases; the test checks a few known values and that every
figure of the pack is identical on both engines.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from tests.unit.test_kpi_national import FY, SETTINGS, disp, kid, off
from yjdesk.models import BoardAttendance, BoardMeeting, ChildAddress, Role, UserAccount
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.casework import ExitPlan
from yjdesk.services.oversight.kpi import Pack, compute_pack, members

D = dt.date
pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url(postgres_cluster) -> str:
    admin = create_engine(postgres_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CREATE DATABASE kpi"))
    admin.dispose()
    return str(postgres_cluster.url("kpi"))


def build(s: Session) -> dict[str, str]:
    author = UserAccount(username="a", display_name="A", role=Role.PRACTITIONER)
    s.add(author)
    s.flush()
    r1 = kid(s, "R1", D(2010, 3, 1))
    disp(s, r1, "youth_caution", D(2025, 5, 10))        # first entry
    r5 = kid(s, "R5", D(2009, 3, 1))
    disp(s, r5, "youth_caution", D(2024, 5, 10))        # index (cohort Oct 23 - Sep 24)
    off(s, r5, D(2024, 6, 1))
    off(s, r5, D(2025, 5, 10))                           # last day of the window
    off(s, r5, D(2025, 5, 11))                           # outside
    r2 = kid(s, "R2", D(2007, 6, 30))                    # 18 at the caution
    disp(s, r2, "youth_conditional_caution", D(2025, 7, 1))
    off(s, r2, D(2025, 8, 1), code="robbery", gravity=6)
    r6 = kid(s, "R6", D(2010, 2, 1))
    disp(s, r6, "fine", D(2024, 8, 1))                   # index
    off(s, r6, D(2024, 9, 1), code="robbery", gravity=6)
    c3 = kid(s, "C3", D(2011, 1, 1), gender="female")
    d3 = disp(s, c3, "referral_order", D(2025, 1, 10), end=D(2025, 7, 10),
              outcome="completed", outcome_date=D(2025, 7, 10))
    s.add(AssessmentStage(child_id=c3, disposal_id=d3, stage_type="start",
                          status="countersigned", form_version=1, author_id=author.id,
                          started_on=D(2025, 1, 12), due_on=D(2025, 2, 9),
                          accommodation_suitable=False, ete_status="neet", send=True,
                          ehcp=True, mental_health_need=True,
                          mental_health_intervention="attending"))
    s.add(ExitPlan(child_id=c3, disposal_id=d3, accommodation_suitable=True,
                   ete_status="school_full_time", ete_hours_attended=25,
                   rj_engagement="direct"))
    c4 = kid(s, "C4")
    disp(s, c4, "yro", D(2025, 2, 1), end=D(2025, 12, 1))
    s.add(ChildAddress(child_id=c4, line1="1 Road", from_date=D(2024, 1, 1), suitable=True))
    meeting = BoardMeeting(held_on=D(2025, 6, 1), board="Board")
    s.add(meeting)
    s.flush()
    s.add(BoardAttendance(meeting_id=meeting.id, partner="police", status="attended"))
    s.flush()
    return {"r1": r1, "r2": r2, "c3": c3, "c4": c4, "r5": r5, "r6": r6}


def flat(pack: Pack) -> dict[str, tuple[int | None, int | None, float | None]]:
    """Every figure of the period, the prior year and each trend quarter."""
    out = {}
    for s in (*pack.sections, *pack.profile):
        versions = [("", s)] + ([("prior:", s.prior)] if s.prior else []) + [
            (f"{label}:", q) for label, q in s.trend]
        for tag, v in versions:
            out.update({tag + f.key: (f.count, f.denominator,
                                      None if f.rate is None else round(f.rate, 6))
                        for f in v.figures})
    return out


def test_same_answers_on_postgresql_and_sqlite(pg_url: str, store) -> None:
    from yjdesk.store.schema import upgrade

    pg = create_engine(pg_url)
    try:
        upgrade(pg, side="server")
        with Session(pg) as s, s.begin():
            ids = build(s)
        with Session(pg) as s:
            on_pg = compute_pack(s, FY, SETTINGS)
            pg_reoffenders = set(s.scalars(members(FY, SETTINGS, "reoffending", "reoffender")))
            pg_suitable = set(s.scalars(members(FY, SETTINGS, "accommodation",
                                                "suitable_end")))
    finally:
        pg.dispose()
    with store.session() as s, s.begin():
        build(s)
    with store.session() as s:
        on_sqlite = compute_pack(s, FY, SETTINGS)
    assert on_pg.figure("fte.entrants").count == 1  # R1 (R2 was 18; C3 entered in January)
    assert on_pg.figure("reoffending.cohort").count == 2      # R5, R6
    assert on_pg.figure("reoffending.reoffences").count == 3  # R5: 2, R6: 1
    assert on_pg.figure("violence.serious").count == 1        # R2's robbery
    assert on_pg.figure("accommodation.closed").count == 2    # C3 and C4
    assert on_pg.figure("accommodation.suitable_end").count == 2
    assert on_pg.figure("ete.school_age_full_time_end").count == 1
    assert on_pg.figure("board.statutory").count == 1
    assert pg_reoffenders == {ids["r5"], ids["r6"]}
    assert pg_suitable == {ids["c3"], ids["c4"]}
    assert flat(on_pg) == flat(on_sqlite)
