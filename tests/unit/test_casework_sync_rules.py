"""The service refuses pushed changes that break case-work invariants."""

from __future__ import annotations

from typing import Any

from yjdesk.models import Contact, ContactAmendment, ExitPlan
from yjdesk.models.org import Role
from yjdesk.server.rules import Change, check
from yjdesk.services.uow import Actor

PAT = Actor("u-pat", Role.PRACTITIONER, "t1")
SAM = Actor("u-sam", Role.PRACTITIONER, "t1")
MORGAN = Actor("u-morgan", Role.TEAM_MANAGER, "t1")


def change(model: Any, actor: Actor, current: dict[str, Any] | None,
           proposed: dict[str, Any]) -> Change:
    return Change(session=None, actor=actor, table=model.__table__,  # type: ignore[arg-type]
                  row_id="r1", current=current, proposed=proposed)


def test_signed_off_exit_plan_is_locked_and_only_managers_sign() -> None:
    draft = {"status": "draft", "child_id": "c1", "strategies": "a"}
    assert check(change(ExitPlan, PAT, draft, {**draft, "status": "signed_off",
                                                "signed_off_by": "u-pat"})) \
        == "only a team or service manager can sign off an exit plan"
    assert check(change(ExitPlan, MORGAN, draft, {**draft, "status": "signed_off",
                                                  "signed_off_by": "u-morgan"})) is None
    signed = {**draft, "status": "signed_off", "signed_off_by": "u-morgan"}
    assert check(change(ExitPlan, MORGAN, signed, {**signed, "strategies": "b"})) \
        == "a signed-off exit plan cannot be changed"


def test_final_contact_changed_only_by_author_or_manager() -> None:
    final = {"status": "final", "author_id": "u-pat", "outcome": "x", "child_id": "c1"}
    assert check(change(Contact, PAT, final, {**final, "outcome": "y"})) is None
    assert check(change(Contact, SAM, final, {**final, "outcome": "y"})) \
        == "only the author or a manager can change a final contact record"
    assert check(change(Contact, MORGAN, final, {**final, "outcome": "y"})) is None
    assert check(change(Contact, PAT, final, {**final, "status": "draft"})) \
        == "a final contact record cannot go back to draft"
    row = {"field": "outcome", "original_text": "x", "reason": "r"}
    assert check(change(ContactAmendment, PAT, None, row)) is None
    assert check(change(ContactAmendment, PAT, row, {**row, "original_text": "z"})) \
        == "contact amendments cannot be changed or deleted"
