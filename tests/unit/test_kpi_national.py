"""The national indicators on hand-built data with known answers: first-time entrants,
reoffending (a cohort with reoffences inside and outside the tracking window), custody,
out-of-court completion, serious violence, and suppression at 4/5 and 9/10."""

from __future__ import annotations

import datetime as dt
from itertools import count

import pytest
from sqlalchemy.orm import Session

from yjdesk.models import Child, Disposal, Offence
from yjdesk.services.oversight.kpi import (
    compute_pack,
    custody,
    fte,
    members,
    ooc,
    reoffending,
    violence,
)
from yjdesk.services.oversight.kpi.base import KpiSettings, Period
from yjdesk.services.oversight.suppression import Suppression

D = dt.date
FY = Period(D(2025, 4, 1), D(2026, 3, 31))
SETTINGS = KpiSettings(population_10_17=12641, tracking_months=12)
_n = count(1)


DEFAULT_DOB = dt.date(2010, 1, 1)


def kid(s: Session, name: str, dob: dt.date = DEFAULT_DOB, **kw: object) -> str:
    values: dict[str, object] = dict(gender="male", ethnicity="white_british")
    values.update(kw)
    c = Child(case_number=f"T-{next(_n):05d}", given_name=name, family_name="Test",
              date_of_birth=dob, **values)
    s.add(c)
    s.flush()
    return c.id


def disp(s: Session, child: str, kind: str, decided: dt.date, *, category: str | None = None,
         start: dt.date | None = None, end: dt.date | None = None, outcome: str = "ongoing",
         outcome_date: dt.date | None = None) -> str:
    from yjdesk.services.codes import codelist

    cat = category or str(codelist("disposal_type").get(kind).extra["category"])
    d = Disposal(child_id=child, disposal_type=kind, category=cat, decision_date=decided,
                 start_date=start or decided, end_date=end, outcome=outcome,
                 outcome_date=outcome_date)
    s.add(d)
    s.flush()
    return d.id


def off(s: Session, child: str, when: dt.date, status: str = "proven", *,
        code: str = "theft_handling", serious: bool = False, gravity: int = 3,
        disposal: str | None = None) -> None:
    s.add(Offence(child_id=child, offence_date=when, offence_code=code, status=status,
                  gravity=gravity, serious_violence=serious, disposal_id=disposal))
    s.flush()


def ids(uow, section: str, drill: str) -> set[str]:
    with uow() as u:
        return set(u.session.scalars(members(FY, SETTINGS, section, drill)))


def test_first_time_entrants(uow) -> None:
    with uow() as u:
        s = u.session
        a = kid(s, "A", D(2010, 3, 1))
        disp(s, a, "youth_caution", D(2025, 6, 1))                 # FTE, aged 15
        b = kid(s, "B")
        disp(s, b, "youth_caution", D(2024, 1, 1))                 # entered before
        disp(s, b, "referral_order", D(2025, 5, 1), end=D(2025, 11, 1))
        c = kid(s, "C")
        disp(s, c, "community_resolution", D(2025, 6, 1))          # not a formal entry
        d = kid(s, "D", D(2007, 6, 30))
        disp(s, d, "youth_conditional_caution", D(2025, 7, 1))     # aged 18: not counted
        e = kid(s, "E")
        disp(s, e, "youth_caution", D(2026, 4, 15))                # after the period
        f = kid(s, "F", D(2015, 9, 1))
        disp(s, f, "referral_order", D(2025, 9, 1), end=D(2026, 3, 1))  # 10 that very day
    with uow() as u:
        section = fte.compute(u.session, FY, SETTINGS)
    assert section.figure("entrants").count == 2
    assert section.figure("rate").rate == pytest.approx(2 * 100_000 / 12641)
    assert section.figure("rate").rate == pytest.approx(15.8215, abs=1e-4)
    assert ids(uow, "fte", "entrant") == {a, f}


def test_reoffending_quarterly_cohorts_window_and_wait(uow) -> None:
    # FY 2025-26 reports the quarterly cohorts of Oct 2023 - Sep 2024 (12 months of
    # tracking and 6 of waiting end by 31 March 2026).
    with uow() as u:
        s = u.session
        r1 = kid(s, "R1")
        disp(s, r1, "youth_caution", D(2024, 1, 15))
        off(s, r1, D(2024, 1, 15))                  # same day as the index: not after it
        off(s, r1, D(2024, 3, 1))                   # inside the window
        off(s, r1, D(2024, 4, 1), "suspected")      # not proven: not counted
        off(s, r1, D(2025, 1, 15))                  # month 12 (the window's last day): counted
        off(s, r1, D(2025, 1, 16))                  # month 13: not counted
        r2 = kid(s, "R2")
        off(s, r2, D(2023, 1, 1))                   # before the index: not counted
        disp(s, r2, "referral_order", D(2024, 5, 1), end=D(2024, 11, 1))
        r3 = kid(s, "R3")
        disp(s, r3, "dto", D(2024, 9, 30), end=D(2025, 3, 30))  # custodial: not an index
        r3b = kid(s, "R3b")
        disp(s, r3b, "fine", D(2024, 9, 30))        # the cohort year's last day
        off(s, r3b, D(2025, 6, 1), disposal=disp(s, r3b, "yro", D(2026, 3, 1)))  # in time
        r4 = kid(s, "R4")
        disp(s, r4, "community_resolution", D(2024, 2, 1))        # not a cohort disposal
        off(s, r4, D(2024, 7, 1))
        r5 = kid(s, "R5")
        disp(s, r5, "youth_caution", D(2024, 6, 1))               # index of Apr-Jun 24
        disp(s, r5, "yro", D(2024, 6, 20), end=D(2025, 6, 1))     # same quarter: not again
        disp(s, r5, "youth_caution", D(2024, 8, 1))               # index of Jul-Sep 24
        off(s, r5, D(2024, 9, 1))                   # a reoffence for both cohorts
        r6 = kid(s, "R6")
        disp(s, r6, "youth_caution", D(2023, 9, 30))              # the year before
        off(s, r6, D(2024, 5, 1))
        r7 = kid(s, "R7")
        disp(s, r7, "youth_caution", D(2024, 2, 1))
        off(s, r7, D(2024, 12, 1), disposal=disp(s, r7, "referral_order", D(2025, 8, 2)))
        off(s, r7, D(2024, 12, 2), disposal=disp(s, r7, "referral_order", D(2025, 8, 1)))
    with uow() as u:
        section = reoffending.compute(u.session, FY, SETTINGS)
    assert "October 2023 to September 2024" in section.definition
    assert section.figure("cohort").count == 6                 # R1 R2 R3b R7, R5 twice
    assert section.figure("reoffenders").count == 5            # R1 R3b R7, R5 twice
    assert section.figure("reoffences").count == 6             # R1 2, R3b 1, R7 1, R5 2
    assert section.figure("per_reoffender").rate == pytest.approx(6 / 5)
    assert section.figure("per_offender").rate == pytest.approx(1.0)
    shown = Suppression()
    assert section.figure("cohort").shown(shown) == ("<10", "")
    assert section.figure("reoffenders").shown(shown) == ("<10", "--")
    assert section.figure("per_offender").shown(shown) == ("", "--")
    assert ids(uow, "reoffending", "reoffender") == {r1, r3b, r5, r7}
    assert ids(uow, "reoffending", "cohort") == {r1, r2, r3b, r5, r7}
    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS)
    section = pack.section("reoffending")
    assert section.figure("cohort").count == 6
    assert section.prior is not None and section.prior.figure("cohort").count == 1  # R6
    assert [label for label, _ in section.trend][-4:] == [
        "Oct-Dec 23", "Jan-Mar 24", "Apr-Jun 24", "Jul-Sep 24"]
    assert [q.figure("cohort").count for _, q in section.trend] == [0, 0, 0, 1, 0, 2, 2, 2]


def test_reoffending_window_follows_policy(uow) -> None:
    with uow() as u:
        r = kid(u.session, "W")
        disp(u.session, r, "youth_caution", D(2024, 5, 10))
        off(u.session, r, D(2024, 12, 1))           # 6.7 months after the index
    with uow() as u:
        six = reoffending.compute(u.session, FY, KpiSettings(12641, tracking_months=6))
        twelve = reoffending.compute(u.session, FY, SETTINGS)
    assert six.figure("cohort").count == 1          # cohorts Apr 2024 - Mar 2025
    assert six.figure("reoffences").count == 0
    assert twelve.figure("cohort").count == 1       # cohorts Oct 2023 - Sep 2024
    assert twelve.figure("reoffences").count == 1


def test_custody(uow) -> None:
    with uow() as u:
        s = u.session
        x = kid(s, "X")
        disp(s, x, "dto", D(2025, 5, 1), end=D(2025, 11, 1))
        disp(s, x, "s250_detention", D(2025, 9, 1))
        y = kid(s, "Y")
        disp(s, y, "yro", D(2025, 6, 1), end=D(2026, 6, 1))
        disp(s, y, "remand_yda", D(2025, 5, 20))                  # remand: not a sentence
        z = kid(s, "Z")
        disp(s, z, "referral_order", D(2025, 7, 1), end=D(2026, 1, 1))
        w = kid(s, "W")
        disp(s, w, "dto", D(2025, 1, 1), end=D(2025, 7, 1))       # before the period
    with uow() as u:
        section = custody.compute(u.session, FY, SETTINGS)
    assert section.figure("sentences").count == 4
    assert section.figure("custodial").count == 2
    assert section.figure("custodial").denominator == 4
    assert section.figure("children").count == 1
    assert section.figure("rate").rate == pytest.approx(2 * 1000 / 12641)
    assert ids(uow, "custody", "custodial") == {x}


def test_out_of_court_completion(uow) -> None:
    with uow() as u:
        s = u.session
        a, b, c, d = (kid(s, n) for n in "abcd")
        disp(s, a, "youth_caution", D(2025, 5, 1), outcome="completed",
             outcome_date=D(2025, 6, 1))
        disp(s, b, "community_resolution", D(2025, 5, 1), outcome="completed",
             outcome_date=D(2025, 7, 1))
        disp(s, c, "youth_conditional_caution", D(2025, 5, 1), outcome="not_completed",
             outcome_date=D(2025, 8, 1))
        disp(s, d, "triage", D(2025, 5, 1))                                   # ongoing
        disp(s, d, "nfa", D(2025, 5, 1), outcome="completed", outcome_date=D(2025, 5, 2))
        disp(s, d, "youth_caution", D(2026, 2, 1), outcome="completed",
             outcome_date=D(2026, 5, 1))                                      # after
    with uow() as u:
        section = ooc.compute(u.session, FY, SETTINGS)
    assert section.figure("ended").count == 3
    assert section.figure("completed").count == 2
    assert section.figure("not_completed").count == 1
    assert ids(uow, "ooc", "not_completed") == {c}


def test_serious_violence_gravity_boundary(uow) -> None:
    # Policy: drug, robbery and violence-against-the-person offences of gravity 5 or more.
    with uow() as u:
        s = u.session
        a, b, c, d = kid(s, "a"), kid(s, "b"), kid(s, "c"), kid(s, "d")
        off(s, a, D(2025, 5, 1), code="violence_against_person", gravity=5)   # serious
        off(s, a, D(2025, 6, 1), code="robbery", gravity=6)                   # serious
        off(s, b, D(2025, 5, 2), code="violence_against_person", gravity=4)   # below
        off(s, b, D(2025, 7, 1), "suspected", code="robbery", gravity=6)      # not proven
        off(s, b, D(2024, 12, 1), code="robbery", gravity=6)                  # before
        off(s, c, D(2025, 8, 1), code="weapon_possession", gravity=6)         # not a group
        off(s, d, D(2025, 9, 1), code="drugs_supply", gravity=5)              # serious
    with uow() as u:
        section = violence.compute(u.session, FY, SETTINGS)
    assert section.figure("proven").count == 5
    assert section.figure("serious").count == 3
    assert section.figure("children").count == 2
    assert section.figure("rate").rate == pytest.approx(3 * 10_000 / 12641)
    assert ids(uow, "violence", "serious") == {a, d}
    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS)
    v = pack.section("violence")
    assert v.figure("serious").count == 3
    assert v.prior is not None and v.prior.figure("serious").count == 1   # b, Dec 2024
    assert [q.figure("children").count for _, q in v.trend] == [0, 0, 1, 0, 1, 1, 0, 0]


@pytest.mark.parametrize(("entrants", "count_shown", "rate_shown"), [
    (0, "0", "0.0 per 100,000"),
    (4, "<5", "-- per 100,000"),
    (5, "<10", "-- per 100,000"),
    (9, "<10", "-- per 100,000"),
    (10, "10", "79.1 per 100,000"),
])
def test_suppression_boundaries_on_a_kpi(uow, entrants: int, count_shown: str,
                                         rate_shown: str) -> None:
    with uow() as u:
        for i in range(entrants):
            disp(u.session, kid(u.session, f"N{i}"), "youth_caution", D(2025, 6, 1))
    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS)
    assert pack.figure("fte.entrants").count == entrants
    assert pack.figure("fte.entrants").shown(Suppression()) == (count_shown, "")
    assert pack.figure("fte.rate").shown(Suppression()) == ("", rate_shown)


def test_suppression_rules() -> None:
    s = Suppression()
    assert [s.count(n) for n in (0, 1, 4, 5, 9, 10, 11)] == [
        "0", "<5", "<5", "<10", "<10", "10", "11"]
    assert s.percent(4, 20) == "--"
    assert s.percent(5, 20) == "--"
    assert s.percent(10, 20) == "50.0%"
    assert s.percent(0, 20) == "0.0%"
    assert s.percent(0, 9) == "--"
    assert s.percent(3, 0) == "-"
    with pytest.raises(ValueError, match="negative"):
        s.count(-1)
    with pytest.raises(ValueError, match="suppress_below"):
        Suppression(10, 5)


def test_bad_period_and_settings_are_refused() -> None:
    from yjdesk.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        Period.of(D(2026, 1, 1), D(2025, 1, 1))
    assert "end" in err.value.errors
    with pytest.raises(ValidationError) as err:
        KpiSettings(population_10_17=0)
    assert "population_10_17" in err.value.errors
