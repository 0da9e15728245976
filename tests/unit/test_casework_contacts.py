"""ACORNS contact records: drafts, finalising, safeguarding, the edit window, amendments."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.casework_support import NOW, contact_input, count, make_user
from yjdesk.errors import PermissionDenied, RecordLocked, ValidationError
from yjdesk.models import ComplianceRecord, Contact, ContactAmendment, SafeguardingItem
from yjdesk.models.org import Role
from yjdesk.services.casework import contacts, safeguarding
from yjdesk.services.casework.contacts import ContactInput


def test_final_contact_saves_every_acorns_field(uow, child_id) -> None:
    with uow() as u:
        c = contacts.finalise(u.session, child_id, contact_input(), now=NOW)
        cid = c.id
    with uow() as u:
        row = u.session.get(Contact, cid)
        assert row.status == "final" and row.finalised_at == NOW
        assert row.child_views == "I want to sort things out."
        assert row.contact_type == "home_visit" and row.attendance == "attended"


def test_contact_dated_in_future_is_refused_and_nothing_saved(uow, child_id) -> None:
    with uow() as u, pytest.raises(ValidationError) as err:
        contacts.finalise(u.session, child_id,
                          contact_input(contact_at=NOW + dt.timedelta(hours=2)), now=NOW)
    assert "future" in err.value.errors["contact_at"]
    with uow() as u:
        assert count(u.session, Contact) == 0


def test_unknown_code_and_missing_fields_are_named(uow, child_id) -> None:
    with uow() as u, pytest.raises(ValidationError) as err:
        contacts.finalise(u.session, child_id,
                          contact_input(contact_type="carrier_pigeon", outcome=" "), now=NOW)
    assert "not a known contact type" in err.value.errors["contact_type"]
    assert err.value.errors["outcome"] == "Outcome is required."
    with uow() as u:
        assert count(u.session, Contact) == 0


def test_draft_saves_partial_text_then_finalises(uow, child_id) -> None:
    with uow() as u:
        draft = contacts.save_draft(u.session, child_id, ContactInput(aim="Half a thou"))
        did = draft.id
    with uow() as u:
        contacts.save_draft(u.session, child_id, ContactInput(aim="Half a thought"), did)
        assert [d.aim for d in contacts.my_drafts(u.session, child_id)] == ["Half a thought"]
    with uow() as u:
        c = contacts.finalise(u.session, child_id, contact_input(), did, now=NOW)
        assert c.id == did and c.status == "final"
        assert contacts.my_drafts(u.session, child_id) == []


def test_safeguarding_concern_reaches_the_team_managers_list(uow, actor, child_id) -> None:
    with uow() as u:
        manager = make_user(u.session, actor, Role.TEAM_MANAGER, "morgan")
    with uow() as u:
        contacts.finalise(u.session, child_id, contact_input(
            safeguarding_concern=True,
            safeguarding="Bruising on his arm; says an older boy did it."), now=NOW)
    with uow(manager) as u:
        items = safeguarding.manager_list(u.session)
        assert len(items) == 1
        assert items[0].item.summary.startswith("Bruising on his arm")
        assert items[0].item.status == "open"
        assert items[0].child_name == "Jay Okafor-Test"
        safeguarding.acknowledge(u.session, items[0].item.id, "Strategy discussion with MASH")
    with uow(manager) as u:
        item = safeguarding.manager_list(u.session)[0].item
        assert item.status == "acknowledged" and "MASH" in (item.manager_actions or "")
        safeguarding.close(u.session, item.id, "Section 47 completed; CP plan in place")
    with uow(manager) as u:
        assert safeguarding.manager_list(u.session) == []
        assert len(safeguarding.manager_list(u.session, include_closed=True)) == 1
    with uow() as u, pytest.raises(PermissionDenied):
        safeguarding.manager_list(u.session)


def test_concern_without_description_is_refused(uow, child_id) -> None:
    with uow() as u, pytest.raises(ValidationError) as err:
        contacts.finalise(u.session, child_id,
                          contact_input(safeguarding_concern=True, safeguarding=""), now=NOW)
    assert "safeguarding" in err.value.errors
    with uow() as u:
        assert count(u.session, SafeguardingItem) == 0 and count(u.session, Contact) == 0


def test_unacceptable_absence_feeds_compliance(uow, child_id) -> None:
    with uow() as u:
        contacts.finalise(u.session, child_id, contact_input(
            attendance="dna_unacceptable", content=None, outcome=None, risk=None,
            safeguarding=None, child_views=None), now=NOW)
    with uow() as u:
        [rec] = u.session.query(ComplianceRecord).all()
        assert rec.kind == "unacceptable_absence" and rec.enforcement_needed is None


def test_author_edits_inside_window_then_must_amend_with_reason(uow, actor, child_id) -> None:
    with uow() as u:
        cid = contacts.finalise(u.session, child_id, contact_input(), now=NOW).id
    later = NOW + dt.timedelta(hours=47)
    with uow() as u:
        contacts.edit_final(u.session, cid, contact_input(outcome="Letter written and sent."),
                            now=later)
    too_late = NOW + dt.timedelta(hours=49)
    with uow() as u, pytest.raises(RecordLocked):
        contacts.edit_final(u.session, cid, contact_input(outcome="Changed quietly"),
                            now=too_late)
    with uow() as u, pytest.raises(ValidationError) as err:
        contacts.amend(u.session, cid, {"outcome": "Letter not sent."}, reason=" ",
                       now=too_late)
    assert "reason" in err.value.errors
    with uow() as u:
        contacts.amend(u.session, cid, {"outcome": "Letter not sent after all."},
                       reason="Mum told me the next day it was never posted.", now=too_late)
    with uow() as u:
        row = u.session.get(Contact, cid)
        assert row.outcome == "Letter not sent after all."
        [am] = contacts.amendments(u.session, cid)
        assert am.original_text == "Letter written and sent."
        assert am.new_text == "Letter not sent after all."
        assert am.reason.startswith("Mum told me") and am.amended_by == actor.user_id
        assert count(u.session, ContactAmendment) == 1


def test_another_practitioner_cannot_edit_or_amend(uow, actor, child_id) -> None:
    with uow() as u:
        other = make_user(u.session, actor, Role.PRACTITIONER, "sam")
        cid = contacts.finalise(u.session, child_id, contact_input(), now=NOW).id
    with uow(other) as u, pytest.raises(RecordLocked):
        contacts.edit_final(u.session, cid, contact_input(aim="x"), now=NOW)
    with uow(other) as u, pytest.raises(PermissionDenied):
        contacts.amend(u.session, cid, {"aim": "x"}, "because", now=NOW)
