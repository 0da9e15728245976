"""Court hearings and the outcomes recorded live in court."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from yjdesk.errors import PermissionDenied, ValidationError, WorkflowError
from yjdesk.models.court import CourtHearing, HearingOffence
from yjdesk.models.justice import Disposal, DisposalRequirement, Offence
from yjdesk.models.org import Role, UserAccount
from yjdesk.services import due
from yjdesk.services.court import hearings as hs
from yjdesk.services.court.outcomes import OutcomeInput, record_outcome
from yjdesk.services.justice import OffenceInput, RequirementInput, add_offence
from yjdesk.services.profile import actor_for
from yjdesk.services.uow import Actor


def make_user(uow, actor: Actor, username: str, role: Role) -> Actor:
    with uow() as u:
        user = UserAccount(username=username, display_name=username.title(), role=role,
                           team_id=actor.team_id)
        u.session.add(user)
        u.session.flush()
        return actor_for(u.session, user.id)


@pytest.fixture
def officer(uow, actor: Actor) -> Actor:
    return make_user(uow, actor, "colin", Role.COURT_OFFICER)


@pytest.fixture
def offences(uow, child_id: str) -> list[str]:
    with uow() as u:
        a = add_offence(u.session, child_id, OffenceInput(dt.date(2026, 9, 1), "robbery"), TODAY)
        b = add_offence(u.session, child_id, OffenceInput(dt.date(2026, 9, 2),
                                                           "theft_handling"), TODAY)
        return [a.id, b.id]


def hearing_input(**over: object) -> hs.HearingInput:
    base: dict[str, object] = dict(court_code="blackpool_youth",
                                   hearing_date=TODAY + dt.timedelta(days=3),
                                   hearing_type="first_appearance", hearing_time="10:00",
                                   legal_representative="A. Solicitor",
                                   legal_rep_email="a.solicitor@defence.example")
    base.update(over)
    return hs.HearingInput(**base)  # type: ignore[arg-type]


def counts(uow) -> tuple[int, int, int, int]:
    with uow() as u:
        s = u.session
        return (s.scalar(select(func.count()).select_from(CourtHearing)) or 0,
                s.scalar(select(func.count()).select_from(HearingOffence)) or 0,
                s.scalar(select(func.count()).select_from(Disposal)) or 0,
                s.scalar(select(func.count()).select_from(DisposalRequirement)) or 0)


def test_list_a_hearing_with_its_offences(uow, officer, child_id, offences) -> None:
    with uow(officer) as u:
        h = hs.create_hearing(u.session, child_id, hearing_input(offence_ids=offences), TODAY)
        hid = h.id
    with uow(officer) as u:
        h = hs.get_hearing(u.session, hid)
        assert h.court_name == "Blackpool Youth Court"
        assert h.court_officer_id == officer.user_id  # the court officer who listed it
        assert h.status == "listed"
        assert {o.id for o in hs.hearing_offences(u.session, hid)} == set(offences)
        hs.set_plea(u.session, hid, offences[0], "guilty")
        with pytest.raises(ValidationError):
            hs.set_plea(u.session, hid, offences[1], "maybe")
    with uow(officer) as u:
        assert {lk.offence_id: lk.plea for lk in hs.hearing_offence_links(u.session, hid)} == {
            offences[0]: "guilty", offences[1]: None}


def test_past_hearing_marked_as_listed_is_refused_clearly(uow, officer, child_id,
                                                          offences) -> None:
    before = counts(uow)
    with pytest.raises(ValidationError) as err, uow(officer) as u:
        hs.create_hearing(u.session, child_id, hearing_input(
            hearing_date=TODAY - dt.timedelta(days=2), offence_ids=offences), TODAY)
    assert "in the past" in err.value.errors["hearing_date"]
    assert "future" in err.value.errors["hearing_date"]
    assert counts(uow) == before
    # The same hearing recorded as heard is fine.
    with uow(officer) as u:
        h = hs.create_hearing(u.session, child_id, hearing_input(
            hearing_date=TODAY - dt.timedelta(days=2), status="heard"), TODAY)
        assert h.status == "heard"


def test_bad_hearing_input_names_each_field(uow, officer, child_id) -> None:
    with pytest.raises(ValidationError) as err, uow(officer) as u:
        hs.create_hearing(u.session, child_id, hearing_input(
            court_code="other", court_name=" ", hearing_type="picnic", hearing_time="25:00",
            legal_rep_email="not an email", offence_ids=["nope"]), TODAY)
    assert set(err.value.errors) == {"court_name", "hearing_type", "hearing_time",
                                     "legal_rep_email", "offence_ids"}


def test_other_court_takes_its_free_text_name(uow, officer, child_id) -> None:
    with uow(officer) as u:
        h = hs.create_hearing(u.session, child_id, hearing_input(
            court_code="other", court_name="Manchester and Salford Youth Court"), TODAY)
        assert h.court_name == "Manchester and Salford Youth Court"


def _sentence_hearing(uow, officer, child_id, offences) -> str:
    with uow(officer) as u:
        return hs.create_hearing(u.session, child_id, hearing_input(
            hearing_date=TODAY, hearing_type="sentence", offence_ids=offences), TODAY).id


def test_sentence_creates_the_disposal(uow, officer, actor, child_id, offences) -> None:
    hid = _sentence_hearing(uow, officer, child_id, offences)
    with uow(officer) as u:
        result = record_outcome(u.session, hid, OutcomeInput(
            outcome="sentence", disposal_type="yro", start_date=TODAY,
            end_date=TODAY.replace(year=2027), responsible_officer_id=actor.user_id,
            requirements=[RequirementInput("supervision"),
                          RequirementInput("curfew_electronic", "19:00-07:00", 12)]), TODAY)
        disposal_id = result.disposal.id if result.disposal else ""
    with uow(officer) as u:
        d = u.session.get(Disposal, disposal_id)
        assert d is not None
        assert (d.disposal_type, d.category, d.decision_body) == (
            "yro", "court", "Blackpool Youth Court")
        assert (d.decision_date, d.start_date, d.end_date) == (
            TODAY, TODAY, TODAY.replace(year=2027))
        assert d.responsible_officer_id == actor.user_id
        reqs = u.session.scalars(select(DisposalRequirement).where(
            DisposalRequirement.disposal_id == d.id)).all()
        assert sorted((r.requirement_code, r.quantity) for r in reqs) == [
            ("curfew_electronic", 12), ("supervision", None)]
        for oid in offences:
            off = u.session.get(Offence, oid)
            assert off is not None
            assert (off.status, off.disposal_id) == ("proven", d.id)
        h = hs.get_hearing(u.session, hid)
        assert (h.status, h.outcome, h.disposal_id) == ("heard", "sentence", d.id)
        assert h.outcome_recorded_by == officer.user_id


def test_sentence_without_dates_saves_nothing(uow, officer, child_id, offences) -> None:
    hid = _sentence_hearing(uow, officer, child_id, offences)
    before = counts(uow)
    with pytest.raises(ValidationError) as err, uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(
            outcome="sentence", disposal_type="yro", start_date=None, end_date=None,
            requirements=[RequirementInput("supervision")]), TODAY)
    assert "start_date" in err.value.errors
    assert "end_date" in err.value.errors
    assert "responsible_officer_id" in err.value.errors
    assert counts(uow) == before
    with uow(officer) as u:
        h = hs.get_hearing(u.session, hid)
        assert h.outcome is None
        assert all(o.status == "suspected" for o in hs.hearing_offences(u.session, hid))


def test_sentence_needs_offences_before_the_court(uow, officer, actor, child_id) -> None:
    with uow(officer) as u:
        hid = hs.create_hearing(u.session, child_id, hearing_input(hearing_date=TODAY),
                                TODAY).id
    with pytest.raises(ValidationError) as err, uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(
            outcome="sentence", disposal_type="fine", start_date=TODAY), TODAY)
    assert "offence_ids" in err.value.errors


def test_remand_then_sentence_ends_the_remand(uow, officer, actor, child_id, offences) -> None:
    with uow(officer) as u:
        first = hs.create_hearing(u.session, child_id, hearing_input(
            hearing_date=TODAY, offence_ids=offences), TODAY).id
    with uow(officer) as u:
        res = record_outcome(u.session, first, OutcomeInput(
            outcome="remand", remand_type="remand_la", designated_authority="Blackpool Council",
            next_hearing_date=TODAY + dt.timedelta(days=21),
            next_hearing_type="adjourned_for_report"), TODAY)
        assert res.disposal is not None and res.disposal.category == "remand"
        assert res.next_hearing is not None
        nxt = res.next_hearing.id
        remand_id = res.disposal.id
    with uow(officer) as u:
        n = hs.get_hearing(u.session, nxt)
        assert (n.status, n.hearing_type) == ("listed", "adjourned_for_report")
        assert {o.id for o in hs.hearing_offences(u.session, nxt)} == set(offences)
        assert hs.get_hearing(u.session, first).remand_type == "remand_la"
    later = TODAY + dt.timedelta(days=21)
    with uow(officer) as u:
        record_outcome(u.session, nxt, OutcomeInput(
            outcome="sentence", disposal_type="referral_order", start_date=later,
            end_date=later.replace(year=2027), responsible_officer_id=actor.user_id), later)
    with uow(officer) as u:
        remand = u.session.get(Disposal, remand_id)
        assert remand is not None and (remand.outcome, remand.outcome_date) == (
            "completed", later)


def test_adjournment_into_the_past_is_refused(uow, officer, child_id) -> None:
    with uow(officer) as u:
        hid = hs.create_hearing(u.session, child_id, hearing_input(hearing_date=TODAY),
                                TODAY).id
    before = counts(uow)
    with pytest.raises(ValidationError) as err, uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(
            outcome="adjourned", next_hearing_date=TODAY - dt.timedelta(days=1),
            next_hearing_type="sentence"), TODAY)
    assert "in the past" in err.value.errors["next_hearing_date"]
    assert counts(uow) == before


def test_outcome_of_a_future_hearing_and_twice_is_refused(uow, officer, child_id) -> None:
    with uow(officer) as u:
        future = hs.create_hearing(u.session, child_id, hearing_input(), TODAY).id
        today = hs.create_hearing(u.session, child_id, hearing_input(hearing_date=TODAY),
                                  TODAY).id
    with pytest.raises(ValidationError) as err, uow(officer) as u:
        record_outcome(u.session, future, OutcomeInput(outcome="remand", remand_type="bail",
                                                       next_hearing_date=TODAY), TODAY)
    assert "on or after" in err.value.errors["outcome"]
    with uow(officer) as u:
        record_outcome(u.session, today, OutcomeInput(
            outcome="adjourned", next_hearing_date=TODAY + dt.timedelta(days=7),
            next_hearing_type="sentence"), TODAY)
    with pytest.raises(WorkflowError), uow(officer) as u:
        record_outcome(u.session, today, OutcomeInput(outcome="adjourned"), TODAY)


def test_court_list_and_due_items(uow, officer, child_id, offences) -> None:
    with uow(officer) as u:
        hs.create_hearing(u.session, child_id, hearing_input(hearing_date=TODAY), TODAY)
        hs.create_hearing(u.session, child_id, hearing_input(
            hearing_date=TODAY + dt.timedelta(days=30)), TODAY)
    with uow(officer) as u:
        start, end = hs.week_bounds(TODAY)
        rows = hs.court_list(u.session, start, end)
        assert [r.hearing_date for r in rows] == [TODAY]
        assert rows[0].child_name == "Jay Okafor-Test"
        assert rows[0].report_status is None
        item = due.next_due(u.session, [child_id], TODAY, [due.court_due])[child_id]
        assert item.kind == "hearing"


def test_only_court_roles_list_hearings(uow, actor, child_id) -> None:
    admin = make_user(uow, actor, "ada", Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied), uow(admin) as u:
        hs.create_hearing(u.session, child_id, hearing_input(), TODAY)
