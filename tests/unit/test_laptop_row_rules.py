"""Issue 11: the laptop's unit of work runs the sync service's own row rules before it
commits, so a laptop bug cannot queue a row the service will refuse. A write that bypasses
the services (as a bug would) is refused at commit with the service's words, and nothing is
saved or queued. Real encrypted laptop store with the laptop's session hooks."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.casework_support import NOW, contact_input, make_user
from yjdesk.errors import WorkflowError
from yjdesk.models.casework import Contact
from yjdesk.models.court import CourtHearing, PreSentenceReport
from yjdesk.models.org import Role
from yjdesk.models.statuses import ContactStatus, PsrStatus
from yjdesk.models.sync_local import SyncPending
from yjdesk.server import rules as server_rules
from yjdesk.services import row_rules
from yjdesk.services.attestation import names_someone_else
from yjdesk.services.casework import contacts
from yjdesk.services.uow import Actor


def _pending(uow) -> int:  # type: ignore[no-untyped-def]
    with uow() as u:
        return int(u.session.scalar(select(func.count()).select_from(SyncPending)) or 0)


def test_the_laptop_runs_the_services_rules_and_the_service_runs_the_same_functions() -> None:
    assert set(row_rules.LAPTOP_RULES) <= set(server_rules.RULES)
    assert row_rules.attested_by_caller in server_rules.RULES
    assert row_rules.SHARED_RULES, "nothing shared"


def test_a_contact_naming_someone_else_as_author_is_refused_at_commit(
        uow, actor: Actor, child_id: str) -> None:
    with uow() as u:
        other = make_user(u.session, actor, Role.PRACTITIONER, "robin")
    queued = _pending(uow)
    with pytest.raises(WorkflowError) as refused, uow() as u:
        u.session.add(Contact(child_id=child_id, status=ContactStatus.DRAFT,
                              author_id=other.user_id, contact_at=NOW, aim="Forged"))
    assert str(refused.value) == names_someone_else("author_id")  # the service's words
    with uow() as u:
        assert u.session.scalar(select(Contact).where(Contact.aim == "Forged")) is None
    assert _pending(uow) == queued
    with uow() as u:  # the same contact by its real author is queued
        mine = Contact(child_id=child_id, status=ContactStatus.DRAFT,
                       author_id=actor.user_id, contact_at=NOW, aim="Mine")
        u.session.add(mine)
        u.session.flush()
        mine_id = mine.id
    with uow() as u:
        assert u.session.scalar(select(SyncPending.row_id).where(
            SyncPending.table_name == "contact", SyncPending.row_id == mine_id)) == mine_id


def test_a_final_record_changed_by_someone_else_is_refused_in_the_services_words(
        uow, actor: Actor, child_id: str) -> None:
    with uow() as u:
        cover = make_user(u.session, actor, Role.PRACTITIONER, "cover")
        final = contacts.finalise(u.session, child_id, contact_input(), now=NOW).id
    queued = _pending(uow)
    with pytest.raises(WorkflowError) as refused, uow(cover) as u:
        u.session.get_one(Contact, final).content = "Rewritten by someone who was not there."
    assert str(refused.value) == \
        "only the author or a manager can change a final contact record"
    with uow() as u:
        row = u.session.get(Contact, final)
        assert row is not None and row.content == "We talked about the incident."
    assert _pending(uow) == queued


def test_a_report_passed_as_court_ready_by_a_practitioner_is_refused(
        uow, actor: Actor, child_id: str) -> None:
    with uow() as u:
        hearing = CourtHearing(child_id=child_id, court_code="preston_youth",
                               court_name="Preston Youth Court", hearing_date=TODAY,
                               hearing_type="first_appearance")
        u.session.add(hearing)
        u.session.flush()
        report = PreSentenceReport(child_id=child_id, hearing_id=hearing.id, kind="psr",
                                   requested_on=TODAY,
                                   due_date=TODAY, author_id=actor.user_id,
                                   status=PsrStatus.SUBMITTED)
        u.session.add(report)
        u.session.flush()
        report_id = report.id
    with pytest.raises(WorkflowError) as refused, uow() as u:
        _court_ready(u.session.get_one(PreSentenceReport, report_id), actor.user_id)
    assert str(refused.value) == "only a team manager can check a court report as court ready"
    with uow() as u:
        row = u.session.get(PreSentenceReport, report_id)
        assert row is not None and row.status == PsrStatus.SUBMITTED


def _court_ready(report: PreSentenceReport, checker: str) -> None:
    report.status, report.checked_by_id = PsrStatus.COURT_READY, checker
