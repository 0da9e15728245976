"""The needs profile with the year before, and disproportionality with the relative rate
index against a hand-built population baseline, suppression applied."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unit.test_kpi_national import FY, SETTINGS, disp, kid
from yjdesk.errors import KnownError
from yjdesk.models import AssessmentStage, StatusHistory, UserAccount
from yjdesk.models.org import Role
from yjdesk.services.oversight import disproportionality as dp
from yjdesk.services.oversight import needs
from yjdesk.services.oversight.kpi import compute_pack, members
from yjdesk.services.oversight.suppression import Suppression
from yjdesk.services.uow import UnitOfWork

D = dt.date
BASELINE = dp.Baseline(
    "test", "2025-06-30",
    {"ethnic_group": {"White": 1000, "Black": 100},
     "sex": {"male": 500, "female": 500},
     "looked_after": {"Looked after": 50, "Not looked after": 950}},
    {"ethnic_group": "White", "sex": "female", "looked_after": "Not looked after"})


def test_relative_rate_index_on_a_known_population(uow: Callable[..., UnitOfWork]) -> None:
    ids: dict[str, set[str]] = {"black_court": set()}
    with uow() as u:
        s = u.session
        for i in range(20):                 # White: 20 court orders, 10 of them looked after
            c = kid(s, f"W{i}", gender="male" if i < 10 else "female",
                    looked_after=StatusHistory.CURRENTLY if i < 10 else StatusHistory.NEVER)
            disp(s, c, "referral_order", D(2025, 6, 1), end=D(2025, 12, 1))
        for i in range(12):                 # White: 12 youth cautions
            disp(s, kid(s, f"WC{i}", looked_after=StatusHistory.NEVER), "youth_caution",
                 D(2025, 7, 1))
        for i in range(10):                 # Black: 10 court orders (boys)
            c = kid(s, f"B{i}", ethnicity="black_african", looked_after=StatusHistory.NEVER)
            disp(s, c, "referral_order", D(2025, 6, 1), end=D(2025, 12, 1))
            ids["black_court"].add(c)
        for i in range(12):                 # Black: 12 youth cautions
            disp(s, kid(s, f"BC{i}", ethnicity="black_caribbean",
                        looked_after=StatusHistory.NEVER), "youth_caution", D(2025, 7, 1))
        for i in range(3):                  # Black: 3 custodial sentences (suppressed)
            disp(s, kid(s, f"BD{i}", ethnicity="black_other",
                        looked_after=StatusHistory.NEVER), "dto", D(2025, 8, 1),
                 end=D(2026, 2, 1))
        disp(s, kid(s, "Old", ethnicity="black_african"), "referral_order", D(2024, 6, 1))
    with uow() as u:
        tabs = {t.dimension: t for t in dp.tables(u.session, FY, BASELINE)}
        black = set(u.session.scalars(dp.members(FY, "ethnic_group=Black|court")))
    eth, sex, lac = tabs["ethnic_group"], tabs["sex"], tabs["looked_after"]
    sup = Suppression()
    assert eth.cells[("White", "court")].rate == pytest.approx(20.0)
    assert eth.cells[("Black", "court")].rate == pytest.approx(100.0)
    assert eth.cells[("Black", "court")].rri == pytest.approx(5.0)
    assert eth.cells[("Black", "out_of_court")].rri == pytest.approx(10.0)
    assert eth.shown("Black", "court", sup) == ("10", "5.00")
    assert eth.shown("White", "court", sup) == ("20", "1.00")
    assert eth.shown("Black", "custody", sup) == ("<5", "--")          # suppressed: no RRI
    assert lac.cells[("Looked after", "court")].rri == pytest.approx(200 / (20_000 / 950))
    assert sex.cells[("Male", "court")].rri == pytest.approx(2.0)
    assert sex.reference == "Female" and sex.shown("Female", "court", sup) == ("10", "1.00")
    assert black == ids["black_court"]


def _stage(s: object, child: str, author: str, started: dt.date, **items: object) -> None:
    d = disp(s, child, "referral_order", started, end=started + dt.timedelta(days=180))  # type: ignore[arg-type]
    s.add(AssessmentStage(child_id=child, disposal_id=d, stage_type="start",  # type: ignore[attr-defined]
                          status="countersigned", form_version=3, author_id=author,
                          started_on=started, due_on=started + dt.timedelta(days=20),
                          **items))


def test_needs_profile_with_the_year_before(uow: Callable[..., UnitOfWork]) -> None:
    with uow() as u:
        s = u.session
        s.info["sync_apply"] = True  # other practitioners' records, as the service sends them
        author = UserAccount(username="a", display_name="A", role=Role.PRACTITIONER)
        s.add(author)
        s.flush()
        a, b, c, d = (kid(s, n) for n in "abcd")
        _stage(s, a, author.id, D(2025, 5, 1), parent_mental_health=True, bereavement=True,
               previous_convictions=2, age_at_first_conviction=14,
               looked_after_status="currently")
        _stage(s, a, author.id, D(2024, 5, 1), parent_mental_health=False)   # last year
        _stage(s, b, author.id, D(2025, 6, 1), parent_mental_health=False,
               previous_convictions=0, looked_after_status="previously")
        _stage(s, c, author.id, D(2025, 7, 1), previous_convictions=4,
               age_at_first_conviction=16)                                   # not recorded
        _stage(s, d, author.id, D(2024, 8, 1), parent_mental_health=True)    # last year
    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS, BASELINE)
        pmh = set(u.session.scalars(members(FY, SETTINGS, "needs.family",
                                            "parent_mental_health")))
    assert pack.figure("needs.all").count == 3
    assert pack.figure("needs.convicted_before").count == 2
    assert pack.figure("needs.avg_previous").rate == pytest.approx(2.0)     # (2 + 0 + 4) / 3
    assert pack.figure("needs.avg_first").rate == pytest.approx(15.0)
    fam = pack.section("needs.family")
    assert fam.figure("parent_mental_health").count == 1
    assert fam.figure("parent_mental_health").denominator == 3
    assert fam.prior is not None
    assert fam.prior.figure("parent_mental_health").count == 1             # d, not a
    assert fam.prior.figure("parent_mental_health").denominator == 2
    assert "Not recorded for up to 3 children" in fam.caveat      # nobody answered all
    assert pack.figure("needs.care.looked_after_status").count == 1
    assert pmh == {a}
    assert {t.dimension for t in pack.disproportionality} == {"ethnic_group", "sex",
                                                             "looked_after"}
    assert needs.KEY == "needs"


def test_wider_services_at_the_start_and_the_end(uow: Callable[..., UnitOfWork]) -> None:
    from yjdesk.models.casework import ExitPlan

    with uow() as u:
        s = u.session
        s.info["sync_apply"] = True  # other practitioners' records, as the service sends them
        author = UserAccount(username="w", display_name="W", role=Role.PRACTITIONER)
        s.add(author)
        s.flush()
        a, b = kid(s, "a"), kid(s, "b")
        da = disp(s, a, "referral_order", D(2025, 1, 1), end=D(2025, 7, 1),
                  outcome="completed", outcome_date=D(2025, 7, 1))
        db = disp(s, b, "yro", D(2025, 2, 1), end=D(2025, 8, 1), outcome="completed",
                  outcome_date=D(2025, 8, 1))
        s.add(AssessmentStage(child_id=a, disposal_id=da, stage_type="start",
                              status="countersigned", form_version=3, author_id=author.id,
                              started_on=D(2025, 1, 5), due_on=D(2025, 2, 1),
                              looked_after_status="currently", cp_plan_status="never"))
        s.add(ExitPlan(child_id=a, disposal_id=da, looked_after_end="never",
                       continuing_support="early_help"))
        s.add(ExitPlan(child_id=b, disposal_id=db, cp_plan_end="currently"))
    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS, BASELINE)
        stepped_down = set(u.session.scalars(members(FY, SETTINGS, "wider", "eh_end")))
    w = pack.section("wider")
    got = {k: w.figure(k).count for k in (
        "closed", "la_start", "any_start", "unknown_start", "la_end", "eh_end", "cp_end",
        "any_end", "unknown_end")}
    assert got == {"closed": 2, "la_start": 1, "any_start": 1, "unknown_start": 1,
                   "la_end": 0, "eh_end": 1, "cp_end": 1, "any_end": 2, "unknown_end": 0}
    assert stepped_down == {a}


def test_a_step_down_to_early_help_is_not_also_not_recorded(
        uow: Callable[..., UnitOfWork]) -> None:
    """An exit record that says only "stepped down to early help" counts as early help at
    the end, so the end is recorded (the pack said 31.8% in early help at the end and 100%
    not recorded at the end in the same table)."""
    from yjdesk.models.casework import ExitPlan

    with uow() as u:
        s = u.session
        s.info["sync_apply"] = True
        a, b = kid(s, "a"), kid(s, "b")
        da = disp(s, a, "referral_order", D(2025, 1, 1), end=D(2025, 7, 1),
                  outcome="completed", outcome_date=D(2025, 7, 1))
        db = disp(s, b, "yro", D(2025, 2, 1), end=D(2025, 8, 1), outcome="completed",
                  outcome_date=D(2025, 8, 1))
        s.add(ExitPlan(child_id=a, disposal_id=da, continuing_support="early_help"))
        s.add(ExitPlan(child_id=b, disposal_id=db, continuing_support="none_needed"))
    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS, BASELINE)
        unknown = set(u.session.scalars(members(FY, SETTINGS, "wider", "unknown_end")))
    w = pack.section("wider")
    assert {k: w.figure(k).count for k in ("closed", "eh_end", "any_end", "unknown_end")} \
        == {"closed": 2, "eh_end": 1, "any_end": 1, "unknown_end": 1}
    assert unknown == {b}


def test_a_service_updates_the_population_baseline_without_code_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped file says a service copies it to population.json in the machine-wide
    config folder or the profile folder: both are read (the profile's last), key by key
    over the shipped figures, and the performance page's pack uses them."""
    machine = tmp_path / "etc"
    profile = tmp_path / "profile"
    machine.mkdir()
    profile.mkdir()
    monkeypatch.setenv("YJDESK_SYSTEM_CONFIG", str(machine / "config.json"))
    shipped = dp.Baseline.load()
    (machine / "population.json").write_text(json.dumps({
        "source": "ONS mid-2024, Example Council", "as_at": "2024-06-30",
        "ethnic_group": {"White": 9000, "Black": 700}}), "utf-8")
    (profile / "population.json").write_text(json.dumps({
        "ethnic_group": {"Black": 750}}), "utf-8")
    used = dp.Baseline.for_profile(profile)
    assert used.source == "ONS mid-2024, Example Council" and used.as_at == "2024-06-30"
    assert used.groups["ethnic_group"]["White"] == 9000
    assert used.groups["ethnic_group"]["Black"] == 750                # the profile's, last
    assert used.groups["sex"] == shipped.groups["sex"]                # the rest as shipped
    assert dp.Baseline.for_profile(None).groups["ethnic_group"]["Black"] == 700
    (profile / "population.json").write_text("{not json", "utf-8")
    with pytest.raises(KnownError, match="population file"):
        dp.Baseline.for_profile(profile)


def test_the_pack_uses_the_services_population_file_wherever_it_is_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        uow: Callable[..., UnitOfWork]) -> None:
    """Not only the performance page: a pack made without a baseline (a command, a
    benchmark) takes the service's population.json too."""
    monkeypatch.setenv("YJDESK_SYSTEM_CONFIG", str(tmp_path / "config.json"))
    (tmp_path / "population.json").write_text(json.dumps({
        "source": "ONS mid-2024, Example Council", "ethnic_group": {"White": 9000}}), "utf-8")
    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS)
    assert pack.baseline.source == "ONS mid-2024, Example Council"
    assert pack.baseline.groups["ethnic_group"]["White"] == 9000


def test_remand_has_its_own_column(uow: Callable[..., UnitOfWork]) -> None:
    """Remand (to local authority accommodation or youth detention) is counted in its own
    column against the same baseline; a remand before the period is not."""
    with uow() as u:
        s = u.session
        for i in range(6):
            disp(s, kid(s, f"WR{i}", looked_after=StatusHistory.NEVER), "remand_yda",
                 D(2025, 9, 1), end=D(2025, 10, 1))
        for i in range(5):
            disp(s, kid(s, f"BR{i}", ethnicity="black_african", gender="female",
                        looked_after=StatusHistory.NEVER), "remand_la", D(2025, 10, 1),
                 end=D(2025, 11, 1))
        disp(s, kid(s, "Before", ethnicity="black_african"), "remand_la", D(2025, 3, 1))
    with uow() as u:
        tabs = {t.dimension: t for t in dp.tables(u.session, FY, BASELINE)}
    eth, sex = tabs["ethnic_group"], tabs["sex"]
    assert eth.cells[("White", "remand")].count == 6
    assert eth.cells[("Black", "remand")].count == 5
    assert eth.cells[("Black", "remand")].rri == pytest.approx((5 / 100) / (6 / 1000))
    assert eth.shown("Black", "remand", Suppression()) == ("<10", "--")   # 5: suppressed
    assert eth.cells[("Black", "court")].count == 0
    assert sex.cells[("Female", "remand")].count == 5
    assert sex.cells[("Male", "remand")].rri == pytest.approx(6 / 5)
