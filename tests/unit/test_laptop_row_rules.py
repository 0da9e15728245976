"""Issue 11: the laptop's unit of work runs the sync service's own row rules before it
commits, so a laptop bug cannot queue a row the service will refuse. A write that bypasses
the services (as a bug would) is refused at commit with the service's words, and nothing is
saved or queued. Real encrypted laptop store with the laptop's session hooks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import TODAY
from tests.unit.casework_support import NOW, contact_input, make_user
from yjdesk.errors import WorkflowError
from yjdesk.models import OocDecision, PathwayReferral, Plan, Victim
from yjdesk.models.casework import Contact
from yjdesk.models.court import CourtHearing, PreSentenceReport
from yjdesk.models.orders import EnforcementStep
from yjdesk.models.org import Role
from yjdesk.models.statuses import ContactStatus, EnforcementKind, PsrStatus
from yjdesk.models.sync_local import SyncPending
from yjdesk.server import rules as server_rules
from yjdesk.services import shared_rules
from yjdesk.services.attestation import names_someone_else
from yjdesk.services.casework import contacts, ooc_rules
from yjdesk.services.casework.ooc_rules import OOC_RULES
from yjdesk.services.justice import DisposalInput, OffenceInput, add_disposal, add_offence
from yjdesk.services.orders import enforcement
from yjdesk.services.orders.sync_rules import ORDERS_RULES
from yjdesk.services.pathways.rules import PATHWAY_RULES
from yjdesk.services.uow import Actor
from yjdesk.services.victims.planning import PLAN_MESSAGE, plan_victim_rule
from yjdesk.services.victims.rules import VICTIM_RULES
from yjdesk.wire.codec import row_fields


def _pending(uow) -> int:
    with uow() as u:
        return int(u.session.scalar(select(func.count()).select_from(SyncPending)) or 0)


def test_the_laptop_runs_the_services_rules_and_the_service_runs_the_same_functions() -> None:
    assert set(shared_rules.LAPTOP_RULES) <= set(server_rules.RULES)
    assert shared_rules.attested_by_caller in server_rules.RULES
    assert shared_rules.SHARED_RULES, "nothing shared"


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


# --- orders, out of court, victims and pathways (the rules server.rules.RULES runs) -------


def _write_as_a_bug_would(uow, actor: Actor, make: Callable[[Session], Any],
                          wire: dict[str, Any]) -> None:
    """Add ``make(session)``'s row with no service; note it as the push would carry it."""
    with uow(actor) as u:
        row = make(u.session)
        u.session.add(row)
        u.session.flush()
        wire.update(row_fields(row), id=row.id, __table__=row.__table__, __model__=type(row))


def _refused_in_the_services_words(uow, actor: Actor,
                                   make: Callable[[Session], Any]) -> str:
    """Write ``make(session)``'s row as a bug would, expect the commit refused; the service's
    own rules refuse the same row, as pushed, in the same words. Nothing is saved or
    queued."""
    queued = _pending(uow)
    wire: dict[str, Any] = {}
    with pytest.raises(WorkflowError) as refused:
        _write_as_a_bug_would(uow, actor, make, wire)
    table, model = wire.pop("__table__"), wire.pop("__model__")
    with uow(actor) as u:
        assert u.session.get(model, wire["id"]) is None  # nothing saved
        pushed = server_rules.check(server_rules.Change(
            u.session, actor, table, str(wire["id"]), None, wire))
    assert _pending(uow) == queued  # nothing queued
    assert pushed == str(refused.value)
    return str(refused.value)


def test_orders_rules_run_on_the_laptop(uow, actor: Actor, child_id: str) -> None:
    start = TODAY - dt.timedelta(days=30)
    with uow() as u:
        yro = add_disposal(u.session, child_id, DisposalInput(
            "yro", start, start, start + dt.timedelta(days=365))).id
    message = _refused_in_the_services_words(uow, actor, lambda s: EnforcementStep(
        child_id=child_id, disposal_id=yro, kind=EnforcementKind.REFERRED_TO_PANEL,
        step_date=TODAY, failure_date=TODAY, failure="Missed supervision",
        given_by=actor.user_id))
    assert message == "Only referral order non-compliance is referred to the panel."
    with uow() as u:  # the step the law allows is saved
        u.session.add(EnforcementStep(
            child_id=child_id, disposal_id=yro, kind=EnforcementKind.WARNING,
            step_date=TODAY, failure_date=TODAY, failure="Missed supervision",
            warned_period_end=enforcement.warned_period_end(TODAY), given_by=actor.user_id))
    with uow() as u:
        assert u.session.scalar(select(func.count()).select_from(EnforcementStep)) == 1


def test_out_of_court_rules_run_on_the_laptop(uow, actor: Actor, child_id: str) -> None:
    def caution(session: Session, **over: object) -> OocDecision:
        values: dict[str, object] = dict(
            child_id=child_id, referral_date=TODAY - dt.timedelta(days=20),
            panel_date=TODAY - dt.timedelta(days=10), decision="youth_caution",
            route="panel", yjs_recommendation="youth_caution",
            panel_attendees="PC Shah; YJS officer; chair", admission="admitted",
            evidential_standard_met=True)
        values.update(over)
        return OocDecision(**values)

    message = _refused_in_the_services_words(
        uow, actor, lambda s: caution(s, admission="denied"))
    words = ooc_rules.decision_problems({"decision": "youth_caution", "admission": "denied",
                                         "evidential_standard_met": True})["admission"]
    assert message == words[:1].lower() + words[1:]
    assert message.startswith("a caution needs the child's admission")
    with uow() as u:  # with the admission the caution is saved
        u.session.add(caution(u.session))
    with uow() as u:
        assert u.session.scalar(select(func.count()).select_from(OocDecision)) == 1


def test_victim_rules_run_on_the_laptop(uow, actor: Actor, child_id: str) -> None:
    with uow() as u:
        worker = make_user(u.session, actor, Role.VICTIM_WORKER, "vicky")

    def victim(session: Session, **over: object) -> Victim:
        values: dict[str, object] = dict(child_id=child_id, name="Ada Kowalski",
                                         rj_offered=True, rj_took_part=True,
                                         rj_type="direct_conference")
        values.update(over)
        return Victim(**values)

    message = _refused_in_the_services_words(uow, worker, victim)
    assert message == ("a restorative justice outcome needs the victim's consent to contact: "
                       "record the consent first")
    with uow(worker) as u:  # with the victim's consent it is saved
        u.session.add(victim(u.session, consent_to_contact=True,
                             consent_date=TODAY - dt.timedelta(days=3)))
    with uow(worker) as u:
        assert u.session.scalar(select(func.count()).select_from(Victim)) == 1


def test_a_plan_leaving_an_identified_victim_out_is_refused_on_the_laptop(
        uow, actor: Actor, child_id: str) -> None:
    with uow() as u:
        add_offence(u.session, child_id, OffenceInput(TODAY - dt.timedelta(days=30), "robbery",
                                                      victim_involved=True), TODAY)
    message = _refused_in_the_services_words(uow, actor, lambda s: Plan(
        child_id=child_id, start_date=TODAY, victim_safety="  "))
    assert message == PLAN_MESSAGE[:1].lower() + PLAN_MESSAGE[1:].rstrip(".")
    with uow() as u:
        u.session.add(Plan(child_id=child_id, start_date=TODAY,
                           victim_safety="Exclusion zone around the shop."))
    with uow() as u:
        assert u.session.scalar(select(func.count()).select_from(Plan)) == 1


def test_pathway_rules_run_on_the_laptop(uow, actor: Actor, child_id: str) -> None:
    referred = TODAY - dt.timedelta(days=20)

    def referral(session: Session, outcome_date: dt.date) -> PathwayReferral:
        return PathwayReferral(child_id=child_id, pathway="camhs", referral_date=referred,
                               outcome="accepted", outcome_date=outcome_date)

    message = _refused_in_the_services_words(
        uow, actor, lambda s: referral(s, referred - dt.timedelta(days=2)))
    assert message.startswith("the outcome cannot be before the referral")
    with uow() as u:
        u.session.add(referral(u.session, referred))
    with uow() as u:
        assert u.session.scalar(select(func.count()).select_from(PathwayReferral)) == 1


def test_every_workflow_rule_of_a_feature_package_runs_on_the_laptop() -> None:
    """A rule a feature package writes for the push path is run by the laptop too, unless it
    needs the service's own history (``server.identity``) or is the registry's field check
    (the form's service calls the very validator)."""
    missing = [f"{rule.__module__}.{rule.__name__}" for rule in server_rules.RULES
               if rule.__module__.startswith("yjdesk.services.")
               and not rule.__module__.startswith("yjdesk.services.returns.")
               and rule not in shared_rules.SHARED_RULES]
    assert missing == []
    for family in (ORDERS_RULES, OOC_RULES, VICTIM_RULES, PATHWAY_RULES, [plan_victim_rule]):
        assert set(family) <= set(shared_rules.LAPTOP_RULES)
