"""Issue 11 on the laptop: the same rules as the push path for deleting a locked record
and for adding a child (``services.locks``, ``services.child_creation``)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.conftest import TODAY, child_input
from yjdesk.errors import PermissionDenied, ValidationError
from yjdesk.models import Contact
from yjdesk.models.org import Role
from yjdesk.services import locks
from yjdesk.services.casework.contacts import ContactInput, finalise
from yjdesk.services.child_creation import OTHER_TEAM, creation_refusal
from yjdesk.services.children import create_child


def test_a_final_contact_is_deleted_only_by_a_manager_with_a_reason(uow, actor) -> None:
    with uow() as u:
        child = create_child(u.session, child_input(), TODAY).id
        contact = finalise(u.session, child, ContactInput(
            contact_at=dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC), contact_type="home_visit",
            attendance="dna_acceptable", aim="Check in", next_steps="Call"),
            now=dt.datetime(2026, 1, 6, tzinfo=dt.UTC)).id
    refused = "Only a team or service manager can delete a final contact record"
    with uow() as u, pytest.raises(PermissionDenied, match=refused):
        locks.delete_locked(u.session, u.session.get(Contact, contact), "wrong child")
    manager = dataclasses.replace(actor, role=Role.TEAM_MANAGER)
    with uow(manager) as u, pytest.raises(ValidationError):
        locks.delete_locked(u.session, u.session.get(Contact, contact), "  ")
    with uow(manager) as u:
        locks.delete_locked(u.session, u.session.get(Contact, contact), "wrong child")
    with uow() as u:
        row = u.session.get(Contact, contact)
        assert row is not None and row.deleted and row.deleted_reason == "wrong child"


def test_the_child_creation_rule_is_the_push_paths() -> None:
    assert creation_refusal(Role.PRACTITIONER, "u1", "t1", {"team_id": "t2",
                                                            "case_manager_id": "u1"}) \
        == OTHER_TEAM
    assert creation_refusal(Role.TEAM_MANAGER, "u1", None, {"team_id": None}) == OTHER_TEAM
    assert creation_refusal(Role.PRACTITIONER, "u1", "t1", {"team_id": "t1",
                                                            "case_manager_id": "u1"}) is None
    assert creation_refusal(Role.SERVICE_MANAGER, "u1", None, {"team_id": "t9"}) is None
