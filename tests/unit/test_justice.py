"""Offences, disposals and allocation history."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.test_court_hearings import make_user
from yjdesk.errors import ValidationError
from yjdesk.models import Disposal, DisposalRequirement, Offence, Role, UserAccount
from yjdesk.services import justice


def test_offence_defaults_gravity_and_serious_violence(uow, child_id) -> None:
    with uow() as u:
        off = justice.add_offence(u.session, child_id, justice.OffenceInput(
            offence_date=dt.date(2026, 9, 1), offence_code="robbery"), TODAY)
        assert off.gravity == 6 and off.serious_violence is True
        assert off.status == "suspected"


@pytest.mark.parametrize(("data", "field"), [
    (justice.OffenceInput(offence_date=dt.date(2027, 1, 1), offence_code="robbery"),
     "offence_date"),
    (justice.OffenceInput(offence_date=dt.date(2026, 1, 1), offence_code="made_up"),
     "offence_code"),
    (justice.OffenceInput(offence_date=dt.date(2026, 1, 1), offence_code="robbery",
                          gravity=9), "gravity"),
])
def test_offence_bad_input(uow, child_id, data, field) -> None:
    with pytest.raises(ValidationError) as info, uow() as u:
        justice.add_offence(u.session, child_id, data, TODAY)
    assert field in info.value.errors


def test_court_disposal_with_requirements_marks_offences_proven(uow, child_id, actor) -> None:
    with uow() as u:
        off = justice.add_offence(u.session, child_id, justice.OffenceInput(
            offence_date=dt.date(2026, 8, 1), offence_code="burglary_dwelling"), TODAY)
        disp = justice.add_disposal(u.session, child_id, justice.DisposalInput(
            disposal_type="yro", decision_date=dt.date(2026, 10, 1),
            start_date=dt.date(2026, 10, 1), end_date=dt.date(2027, 10, 1),
            decision_body="Blackpool Youth Court", offence_ids=[off.id],
            responsible_officer_id=actor.user_id,
            requirements=[justice.RequirementInput("curfew_electronic", quantity=8),
                          justice.RequirementInput("supervision")]))
        did = disp.id
    with uow() as u:
        disp = u.session.get(Disposal, did)
        assert disp.category == "court" and disp.outcome == "ongoing"
        assert {r.requirement_code for r in justice.requirements(u.session, did)} == {
            "curfew_electronic", "supervision"}
        assert u.session.scalars(select(Offence)).one().status == "proven"


@pytest.mark.parametrize(("kwargs", "field", "text"), [
    ({"end_date": dt.date(2026, 9, 1)}, "end_date", "before the start"),
    ({"disposal_type": "referral_order", "end_date": dt.date(2026, 11, 1)}, "end_date",
     "at least 3 months"),
    ({"disposal_type": "referral_order", "end_date": dt.date(2028, 1, 1)}, "end_date",
     "at most 12 months"),
    ({"disposal_type": "yro", "end_date": None}, "end_date", "needs an end date"),
    ({"disposal_type": "unknown_order"}, "disposal_type", "choose"),
    ({"start_date": dt.date(2026, 9, 1)}, "start_date", "before it was decided"),
])
def test_disposal_bad_input_saves_nothing(uow, child_id, kwargs, field, text) -> None:
    base: dict[str, Any] = dict(disposal_type="youth_caution", decision_date=dt.date(2026, 10, 1),
                start_date=dt.date(2026, 10, 1), end_date=dt.date(2026, 12, 1),
                requirements=[justice.RequirementInput("reparation")])
    base.update(kwargs)
    with pytest.raises(ValidationError) as info, uow() as u:
        justice.add_disposal(u.session, child_id, justice.DisposalInput(**base))
    assert text.lower() in info.value.errors[field].lower()
    with uow() as u:
        assert u.session.scalar(select(func.count()).select_from(Disposal)) == 0
        assert u.session.scalar(select(func.count()).select_from(DisposalRequirement)) == 0


def test_end_disposal(uow, child_id) -> None:
    with uow() as u:
        disp = justice.add_disposal(u.session, child_id, justice.DisposalInput(
            disposal_type="youth_caution", decision_date=dt.date(2026, 6, 1),
            start_date=dt.date(2026, 6, 1)))
        justice.end_disposal(u.session, disp.id, "completed", dt.date(2026, 9, 1))
        assert disp.outcome == "completed"
        with pytest.raises(ValidationError):
            justice.end_disposal(u.session, disp.id, "ongoing", dt.date(2026, 9, 1))


def test_reallocation_keeps_history(uow, child_id, actor) -> None:
    manager = make_user(uow, actor, "maria", Role.TEAM_MANAGER)
    with uow(manager) as u:
        other = UserAccount(username="kim", display_name="Kim Colleague",
                            role=Role.PRACTITIONER, team_id=actor.team_id)
        u.session.add(other)
        u.session.flush()
        justice.allocate(u.session, child_id, other.id, "case_manager", dt.date(2026, 11, 30))
        justice.allocate(u.session, child_id, actor.user_id, "cover", dt.date(2026, 11, 30))
    with uow() as u:
        history = justice.allocations(u.session, child_id)
        names = [(a.allocation_role, name, a.to_date) for a, name in history]
        assert ("case_manager", "Kim Colleague", None) in names
        assert ("case_manager", "Pat Practitioner", dt.date(2026, 11, 30)) in names
        assert ("cover", "Pat Practitioner", None) in names


def test_only_a_manager_allocates(uow, child_id, actor) -> None:
    """A practitioner gives herself no lasting cover of her child (child_creation)."""
    from yjdesk.errors import PermissionDenied
    from yjdesk.services.child_creation import ALLOCATORS

    with pytest.raises(PermissionDenied) as refused, uow() as u:
        justice.allocate(u.session, child_id, actor.user_id, "cover", dt.date(2026, 11, 30))
    assert str(refused.value) == ALLOCATORS[0].upper() + ALLOCATORS[1:] + "."
