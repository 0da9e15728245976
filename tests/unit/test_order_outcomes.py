"""Issue 13: hearing outcomes beyond adjourned / remanded / sentenced, and remand under LASPO
making the child looked after by the designated authority."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.test_court_hearings import hearing_input, make_user
from yjdesk.errors import ValidationError
from yjdesk.models.child import Child, StatusHistory
from yjdesk.models.justice import Disposal, DisposalRequirement, Offence
from yjdesk.models.orders import CustodyEpisode
from yjdesk.models.org import Role
from yjdesk.server import rules
from yjdesk.services.court import hearings as hs
from yjdesk.services.court.outcomes import OutcomeInput, record_outcome
from yjdesk.services.justice import DisposalInput, OffenceInput, add_disposal, add_offence
from yjdesk.services.uow import Actor


@pytest.fixture
def officer(uow, actor: Actor) -> Actor:
    return make_user(uow, actor, "colin", Role.COURT_OFFICER)


@pytest.fixture
def hearing(uow, officer, child_id) -> tuple[str, list[str]]:
    with uow(officer) as u:
        a = add_offence(u.session, child_id, OffenceInput(dt.date(2026, 9, 1), "robbery"), TODAY)
        b = add_offence(u.session, child_id, OffenceInput(dt.date(2026, 9, 2),
                                                           "theft_handling"), TODAY)
        h = hs.create_hearing(u.session, child_id, hearing_input(
            hearing_date=TODAY, hearing_type="trial", offence_ids=[a.id, b.id]), TODAY)
        return h.id, [a.id, b.id]


def _statuses(uow, ids: list[str]) -> list[str]:
    with uow() as u:
        return [u.session.get(Offence, i).status for i in ids]


def test_acquitted_offences_stop_being_suspected(uow, officer, hearing) -> None:
    hid, ids = hearing
    assert _statuses(uow, ids) == ["suspected", "suspected"]
    with uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(outcome="acquitted"), TODAY)
    assert _statuses(uow, ids) == ["not_guilty", "not_guilty"]
    with uow() as u:
        assert hs.get_hearing(u.session, hid).outcome == "acquitted"


def test_withdrawn_offences(uow, officer, hearing) -> None:
    hid, ids = hearing
    with uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(outcome="withdrawn"), TODAY)
    assert _statuses(uow, ids) == ["withdrawn", "withdrawn"]


def test_sent_to_the_crown_court_lists_the_crown_court_hearing(uow, officer, hearing) -> None:
    hid, ids = hearing
    with pytest.raises(ValidationError) as exc, uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(
            outcome="to_crown_court", next_court_code="preston_youth",
            next_hearing_date=TODAY + dt.timedelta(days=28),
            next_hearing_type="first_appearance"), TODAY)
    assert "Crown Court" in exc.value.errors["next_court_code"]
    with uow(officer) as u:
        res = record_outcome(u.session, hid, OutcomeInput(
            outcome="to_crown_court", next_court_code="preston_crown",
            next_hearing_date=TODAY + dt.timedelta(days=28),
            next_hearing_type="first_appearance"), TODAY)
        assert res.next_hearing is not None
        assert res.next_hearing.court_name == "Preston Crown Court"
    assert _statuses(uow, ids) == ["suspected", "suspected"]


def test_order_revoked_varied_extended(uow, officer, actor, child_id, hearing) -> None:
    start = TODAY - relativedelta(months=2)
    with uow() as u:
        order = add_disposal(u.session, child_id, DisposalInput(
            "yro", start, start, start + relativedelta(months=12),
            responsible_officer_id=actor.user_id))
        order_id, end = order.id, order.end_date
    assert end is not None
    hid, _ = hearing
    with pytest.raises(ValidationError) as exc, uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(outcome="order_extended",
                                                    order_id=order_id, new_end_date=end), TODAY)
    assert "after the order's current end date" in exc.value.errors["new_end_date"]
    with uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(
            outcome="order_extended", order_id=order_id,
            new_end_date=end + relativedelta(months=3)), TODAY)
    with uow() as u:
        d = u.session.get(Disposal, order_id)
        assert d is not None and d.end_date == end + relativedelta(months=3)
    with uow(officer) as u:
        h2 = hs.create_hearing(u.session, child_id, hearing_input(
            hearing_date=TODAY, hearing_type="review"), TODAY).id
        record_outcome(u.session, h2, OutcomeInput(outcome="order_revoked",
                                                   order_id=order_id), TODAY)
    with uow() as u:
        d = u.session.get(Disposal, order_id)
        assert d is not None and (d.outcome, d.outcome_date) == ("revoked", TODAY)


def _child(uow, child_id: str) -> Child:
    with uow() as u:
        child = u.session.get(Child, child_id)
        assert child is not None
        u.session.expunge(child)
        return child


def test_remand_to_youth_detention_makes_the_child_looked_after(uow, officer, actor,
                                                                child_id, hearing) -> None:
    hid, ids = hearing
    with uow() as u:
        u.session.get(Child, child_id).looked_after = StatusHistory.NEVER
    base = dict(outcome="remand", remand_type="remand_yda",
                next_hearing_date=TODAY + dt.timedelta(days=14),
                next_hearing_type="remand_review")
    before = _counts(uow)
    with pytest.raises(ValidationError) as exc, uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(**base), TODAY)  # type: ignore[arg-type]
    assert "designated local authority" in exc.value.errors["designated_authority"]
    assert "LASPO" in exc.value.errors["laspo_condition_set"]
    assert _counts(uow) == before and _child(uow, child_id).looked_after == "never"
    with uow(officer) as u:
        res = record_outcome(u.session, hid, OutcomeInput(
            **base, designated_authority="Blackpool Council", establishment="wetherby_yoi",  # type: ignore[arg-type]
            laspo_condition_set="first"), TODAY)
        assert res.next_hearing is not None
        nxt = res.next_hearing.id
    assert _child(uow, child_id).looked_after == StatusHistory.CURRENTLY
    with uow() as u:
        ep = u.session.scalars(select(CustodyEpisode)).one()
        assert (ep.kind, ep.designated_authority, ep.looked_after_from, ep.looked_after_to,
                ep.establishment, ep.laspo_condition_set) == (
            "remand_yda", "Blackpool Council", TODAY, None, "wetherby_yoi", "first")
    later = TODAY + dt.timedelta(days=14)
    with uow(officer) as u:
        record_outcome(u.session, nxt, OutcomeInput(outcome="acquitted"), later)
    with uow() as u:
        ep = u.session.scalars(select(CustodyEpisode)).one()
        assert (ep.looked_after_to, ep.status) == (later, "ended")
    # Looked after under LASPO while remanded: previously looked after now.
    assert _child(uow, child_id).looked_after == StatusHistory.PREVIOUSLY
    assert _statuses(uow, ids) == ["not_guilty", "not_guilty"]


def test_remand_to_la_accommodation_makes_the_child_looked_after(uow, officer, child_id,
                                                                 hearing) -> None:
    hid, _ = hearing
    with uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(
            outcome="remand", remand_type="remand_la", designated_authority="Lancashire CC",
            next_hearing_date=TODAY + dt.timedelta(days=14),
            next_hearing_type="remand_review"), TODAY)
    assert _child(uow, child_id).looked_after == StatusHistory.CURRENTLY
    with uow() as u:
        ep = u.session.scalars(select(CustodyEpisode)).one()
        assert (ep.kind, ep.designated_authority, ep.establishment) == (
            "remand_la", "Lancashire CC", None)


def test_bail_does_not_make_the_child_looked_after(uow, officer, child_id, hearing) -> None:
    hid, _ = hearing
    with uow(officer) as u:
        record_outcome(u.session, hid, OutcomeInput(
            outcome="remand", remand_type="bail", next_hearing_date=TODAY + dt.timedelta(7),
            next_hearing_type="trial"), TODAY)
    assert _child(uow, child_id).looked_after == StatusHistory.YET_TO_CLARIFY
    with uow() as u:
        assert u.session.scalar(select(func.count()).select_from(CustodyEpisode)) == 0


def _counts(uow) -> tuple[int, int]:
    with uow() as u:
        return (u.session.scalar(select(func.count()).select_from(Disposal)) or 0,
                u.session.scalar(select(func.count()).select_from(CustodyEpisode)) or 0)


def _change(session: Any, actor: Actor, table: Any, current: dict[str, Any] | None,
            proposed: dict[str, Any]) -> rules.Change:
    return rules.Change(session=session, actor=actor, table=table, row_id="x",
                        current=current, proposed=proposed)


def test_server_push_path_applies_the_same_limits(uow, actor, child_id) -> None:
    table = Disposal.__table__
    row = {"child_id": child_id, "disposal_type": "dto", "category": "court",
           "decision_date": "2022-06-27", "start_date": "2022-06-27",
           "end_date": "2022-11-27", "outcome": "ongoing"}
    with uow() as u:
        refusal = rules.check(_change(u.session, actor, table, None, row))
        assert refusal is not None and "4, 6, 8, 10, 12, 18 or 24" in refusal
        later = {**row, "decision_date": "2022-06-28", "start_date": "2022-06-28",
                 "end_date": "2022-11-28"}
        assert rules.check(_change(u.session, actor, table, None, later)) is None
        # An old record's notes can still be edited: only the fields a rule is about count.
        assert rules.check(_change(u.session, actor, table, row,
                                   {**row, "conditions": "note"})) is None
        order = add_disposal(u.session, child_id, DisposalInput(
            "yro", TODAY, TODAY, TODAY + relativedelta(months=12)))
        req = {"child_id": child_id, "disposal_id": order.id,
               "requirement_code": "curfew_electronic", "quantity": 21, "mandatory": True}
        refusal = rules.check(_change(u.session, actor, DisposalRequirement.__table__, None,
                                      req))
        assert refusal == "A curfew is from 2 to 20 hours a day for a conviction on 20/11/2026."
        ok = {**req, "quantity": 12, "hours_per_week": 84}
        assert rules.check(_change(u.session, actor, DisposalRequirement.__table__, None,
                                   ok)) is None
