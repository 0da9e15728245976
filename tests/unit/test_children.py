"""The child's core record: creation, validation, editing, addresses, relationships."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY, child_input
from yjdesk.errors import NotFound, ValidationError
from yjdesk.models import Allocation, AuditEvent, Child, ChildAddress, StatusHistory
from yjdesk.services import children


def test_create_child_allocates_to_practitioner(uow, actor) -> None:
    with uow() as u:
        child = children.create_child(u.session, child_input(), TODAY)
        cid = child.id
    with uow() as u:
        child = children.get_child(u.session, cid)
        # numbered by the service on first sync; until then a reference that says so
        assert child.case_number.startswith("PROVISIONAL-")
        assert child.case_number != children.create_child(
            u.session, child_input(given_name="Other"), TODAY).case_number
        assert child.case_manager_id == actor.user_id
        assert child.team_id == actor.team_id
        assert child.display_name == "Jay Okafor-Test"
        assert child.age_on(TODAY) == 16
        alloc = u.session.scalars(select(Allocation).where(Allocation.child_id == cid)).one()
        assert alloc.user_id == actor.user_id and alloc.to_date is None


@pytest.mark.parametrize(("overrides", "field", "text"), [
    ({"date_of_birth": dt.date(2027, 1, 1)}, "date_of_birth", "future"),
    ({"date_of_birth": dt.date(2024, 1, 1)}, "date_of_birth", "Check the year"),
    ({"date_of_birth": None}, "date_of_birth", "required"),
    ({"given_name": "  "}, "given_name", "required"),
    ({"gender": "robot"}, "gender", "choose"),
    ({"ethnicity": ""}, "ethnicity", "choose"),
    ({"pnc_number": "12345"}, "pnc_number", "PNC"),
    ({"ete_hours": 90}, "ete_hours", "between 0 and 60"),
])
def test_bad_input_names_the_field_and_saves_nothing(uow, overrides, field, text) -> None:
    with pytest.raises(ValidationError) as info, uow() as u:
        children.create_child(u.session, child_input(**overrides), TODAY)
    assert field in info.value.errors
    assert text.lower() in info.value.errors[field].lower()
    with uow() as u:
        assert u.session.scalar(select(func.count()).select_from(Child)) == 0
        assert u.session.scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_several_errors_are_reported_together(uow) -> None:
    with pytest.raises(ValidationError) as info, uow() as u:
        children.create_child(u.session, child_input(given_name="", gender="x"), TODAY)
    assert set(info.value.errors) == {"given_name", "gender"}


def test_duplicate_case_number_refused(uow) -> None:
    with uow() as u:
        children.create_child(u.session, child_input(case_number="YJ-777"), TODAY)
    with pytest.raises(ValidationError) as info, uow() as u:
        children.create_child(u.session, child_input(case_number="YJ-777"), TODAY)
    assert "already in use" in info.value.errors["case_number"]


def test_update_child_and_legal_status(uow, child_id) -> None:
    with uow() as u:
        data = children.ChildInput.from_child(children.get_child(u.session, child_id))
        data.looked_after = StatusHistory.CURRENTLY
        data.pnc_number = "2024/0012345x"
        children.update_child(u.session, child_id, data, TODAY)
    with uow() as u:
        child = children.get_child(u.session, child_id)
        assert child.looked_after is StatusHistory.CURRENTLY
        assert child.pnc_number == "2024/0012345X"


def test_missing_child(uow) -> None:
    with pytest.raises(NotFound), uow() as u:
        children.get_child(u.session, "00000000-0000-0000-0000-000000000000")


def test_new_current_address_closes_previous(uow, child_id) -> None:
    with uow() as u:
        children.add_address(u.session, child_id, children.AddressInput(
            line1="1 Old Road", from_date=dt.date(2020, 1, 1), postcode="FY1 1AA",
            accommodation_type="family_home"))
        children.add_address(u.session, child_id, children.AddressInput(
            line1="Flat 2, Sofa Street", from_date=dt.date(2026, 6, 1),
            accommodation_type="sofa_surfing"))
    with uow() as u:
        rows = children.addresses(u.session, child_id)
        assert [r.line1 for r in rows] == ["Flat 2, Sofa Street", "1 Old Road"]
        assert rows[1].to_date == dt.date(2026, 6, 1)
        assert rows[0].to_date is None
        assert rows[0].suitable is False  # default from the code list
        assert rows[1].suitable is True


def test_address_bad_input(uow, child_id) -> None:
    with pytest.raises(ValidationError) as info, uow() as u:
        children.add_address(u.session, child_id, children.AddressInput(
            line1="x", from_date=dt.date(2026, 1, 1), to_date=dt.date(2025, 1, 1),
            postcode="NOT A CODE"))
    assert set(info.value.errors) == {"to_date", "postcode"}
    with uow() as u:
        assert u.session.scalar(select(func.count()).select_from(ChildAddress)) == 0


def test_relationships(uow, child_id) -> None:
    with uow() as u:
        children.add_relationship(u.session, child_id, children.RelationshipInput(
            name="Ada Carer", relationship_type="foster_carer", lives_with_child=True))
        children.add_relationship(u.session, child_id, children.RelationshipInput(
            name="Mo Parent", relationship_type="mother", parental_responsibility=True))
    with uow() as u:
        rows = children.relationships(u.session, child_id)
        assert [r.name for r in rows] == ["Mo Parent", "Ada Carer"]
    with pytest.raises(ValidationError) as info, uow() as u:
        children.add_relationship(u.session, child_id, children.RelationshipInput(
            name="", relationship_type="alien"))
    assert set(info.value.errors) == {"name", "relationship_type"}
