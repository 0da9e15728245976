"""The synthetic demo service: deterministic, realistic in shape, invented people only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

import yjdesk.models  # noqa: F401
from tests.conftest import TODAY
from yjdesk.demo.generator import DEMO_USERNAME, ensure_demo_profile, generate
from yjdesk.laptop import LaptopStore
from yjdesk.models import Base, Child, Disposal, Role, UserAccount
from yjdesk.paths import Paths
from yjdesk.services import profile


def _snapshot(scale: str) -> list[tuple[str, str, dt.date]]:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        generate(conn, scale, seed=7, today=TODAY)
        rows = conn.execute(select(Child.given_name, Child.family_name, Child.date_of_birth)
                            .order_by(Child.case_number)).all()
    engine.dispose()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_same_seed_same_data() -> None:
    assert _snapshot("tiny") == _snapshot("tiny")


def test_demo_profile_is_realistic_and_opens(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "demo")
    demo = ensure_demo_profile(paths, "demo", today=TODAY)
    store = LaptopStore.open(paths, demo.password)
    try:
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(Child)) == 300
            staff = s.execute(select(UserAccount.role, func.count())
                              .group_by(UserAccount.role)).all()
            by_role = dict(staff)
            assert by_role[Role.TEAM_MANAGER] == 2
            assert sum(by_role.values()) in range(14, 18)
            cats = dict(s.execute(select(Disposal.category, func.count())
                                  .group_by(Disposal.category)).all())
            total = sum(cats.values())
            assert 0.4 < cats["out_of_court"] / total < 0.7
            assert 0.2 < cats["court"] / total < 0.5
            # years of history, and children currently on orders
            first = s.scalar(select(func.min(Disposal.start_date)))
            assert first is not None and (TODAY - first).days > 365 * 2
            assert s.execute(select(func.count()).select_from(Disposal)
                             .where(Disposal.outcome == "ongoing")).scalar_one() > 50
            # every child is 10-18 and has exactly one current address
            ages = [c.age_on(TODAY) for c in s.scalars(select(Child))]
            assert min(ages) >= 10 and max(ages) <= 19
            assert s.execute(text("SELECT count(*) FROM child_address WHERE to_date IS NULL"
                                  )).scalar() == 300
            # a case is closed (no case manager) only when no allocation is open today: a
            # child whose allocation ends next year is still on that worker's caseload
            # and must not read "Unallocated" there
            managerless_open = s.execute(text(
                "SELECT count(*) FROM child c WHERE c.case_manager_id IS NULL AND EXISTS "
                "(SELECT 1 FROM allocation a WHERE a.child_id = c.id AND "
                "a.allocation_role = 'case_manager' AND a.from_date <= :today AND "
                "(a.to_date IS NULL OR a.to_date >= :today))"),
                {"today": TODAY.isoformat()}).scalar_one()
            assert managerless_open == 0
            owner = profile.owner_actor(s)
            assert s.get(UserAccount, owner.user_id).username == DEMO_USERNAME
            assert owner.role is Role.PRACTITIONER
    finally:
        store.close()
    # a second call reuses the profile rather than generating again
    again = ensure_demo_profile(paths, "demo", today=TODAY)
    assert again.password == demo.password


def test_education_agrees_with_itself() -> None:
    """A child out of education has no provider and no hours; one in full-time school is
    at a school for 25 hours; a provider is of the kind the status names (before, "School -
    full time, 0 hours" at "Demo College", and 25 hours for a child not in education)."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        generate(conn, "demo", seed=2026, today=TODAY)
        rows = conn.execute(select(Child.ete_status, Child.ete_provider, Child.ete_hours)).all()
    engine.dispose()
    kinds = {"school_full_time": "Academy", "school_part_time": "Academy",
             "alternative_provision": "PRU", "college": "College", "training": "Skills"}
    assert {status for status, _, _ in rows} == set(kinds) | {"neet", "excluded"}
    for status, provider, hours in rows:
        if status in ("neet", "excluded"):
            assert (provider, hours) == (None, 0), status
            continue
        assert status is not None
        assert provider is None or kinds[status] in provider, (status, provider)
        assert hours is None or hours >= 10, (status, hours)
        if status == "school_full_time":
            assert hours in (25, None)
    assert sum(1 for _, _, hours in rows if hours is None) > 0  # "not recorded" still shown
