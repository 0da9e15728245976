"""Out of court as practised (issue 14), through the services: each step's rules, the
timescales as policy and as due work, prior disposals by type, police-led outcomes."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import TODAY
from tests.unit.casework_support import count
from yjdesk.errors import ValidationError
from yjdesk.models import OocDecision
from yjdesk.services.casework import ooc
from yjdesk.services.casework.ooc import PanelInput, PoliceOutcomeInput, ReferralInput
from yjdesk.services.casework.ooc_rules import stage_of, timescales
from yjdesk.services.due import out_of_court_due
from yjdesk.services.policy import Policy, use_policy
from yjdesk.services.workdays import add_working_days

D = dt.timedelta


def test_timescales_come_from_policy() -> None:
    referral, bail = dt.date(2026, 11, 2), dt.date(2026, 10, 30)  # a Monday; a Friday
    t = timescales(referral, bail, None, None, referral)
    assert t.assess_due == add_working_days(referral, 10)
    assert t.inform_due == add_working_days(bail, 15)
    assert not t.assessed_late and not t.informed_late
    late = timescales(referral, bail, t.assess_due + D(days=1), None, TODAY + D(days=30))
    assert late.assessed_late and late.informed_late
    strict = Policy.load().changed(out_of_court={"assess_working_days_from_referral": 5,
                                                 "inform_police_working_days_from_bail": 7})
    use_policy(strict)  # the app installs the service's policy; the test's is undone after it
    assert timescales(referral, bail, None, None, referral).assess_due == \
        add_working_days(referral, 5)


def test_each_step_in_order_with_its_rules(uow, child_id) -> None:
    with uow() as u:
        rid = ooc.record_referral(u.session, child_id, ReferralInput(
            TODAY - D(days=30), bail_date=TODAY - D(days=31), gravity_score=3), TODAY).id
    with uow() as u:
        due = out_of_court_due(u.session, [child_id], TODAY)[child_id]
        assert {i.kind for i in due} == {"ooc_assessment", "ooc_police"}
        assert all(i.state == 0 for i in due)  # both overdue by now
    # Bad input: a gravity score off the matrix, an assessment before the referral.
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_referral(u.session, child_id, ReferralInput(TODAY, gravity_score=7), TODAY)
    assert "from 1 to 5" in err.value.errors["gravity_score"]
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_assessment(u.session, rid, TODAY - D(days=40), "Seen at home.", TODAY)
    assert "cannot be before" in err.value.errors["assessed_date"]
    with uow() as u:
        ooc.record_assessment(u.session, rid, TODAY - D(days=25), "Seen at home.", TODAY,
                              TODAY - D(days=20))
        ooc.record_recommendation(u.session, rid, "youth_conditional_caution",
                                  "Needs structured work with conditions.")
    # A caution needs the child's admission and the evidential standard: refused, unchanged.
    panel = PanelInput(TODAY - D(days=18), "youth_conditional_caution", "Proportionate.",
                       "PS Leyland; YJS")
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_panel_decision(u.session, rid, panel, TODAY)
    assert "admission" in err.value.errors["admission"]
    assert "evidential standard" in err.value.errors["evidential_standard_met"]
    with uow() as u:
        assert u.session.get(OocDecision, rid).decision is None
    panel.admission, panel.evidential_standard_met = "admitted", True
    with uow() as u:
        row = ooc.record_panel_decision(u.session, rid, panel, TODAY)
        assert (row.route, row.yjs_recommendation, row.decision) == (
            "panel", "youth_conditional_caution", "youth_conditional_caution")
        assert stage_of(row).value == "decided"
        assert out_of_court_due(u.session, [child_id], TODAY) == {}  # nothing left to assess


def test_police_outcomes_learned_afterwards_and_prior_disposals(uow, child_id) -> None:
    with uow() as u:
        first = ooc.record_police_outcome(u.session, child_id, PoliceOutcomeInput(
            "community_resolution", TODAY - D(days=200), TODAY - D(days=190)), TODAY)
        assert (first.route, first.told_date) == ("police", TODAY - D(days=190))
    # A second community resolution goes to the joint panel: not a police-led outcome.
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_police_outcome(u.session, child_id, PoliceOutcomeInput(
            "community_resolution", TODAY - D(days=20), TODAY), TODAY)
    assert "joint decision panel" in err.value.errors["decision"]
    # Told before it happened: refused.
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_police_outcome(u.session, child_id, PoliceOutcomeInput(
            "outcome_22", TODAY - D(days=5), TODAY - D(days=9)), TODAY)
    assert "cannot be before" in err.value.errors["told_date"]
    with uow() as u:
        row = ooc.record_police_outcome(u.session, child_id, PoliceOutcomeInput(
            "outcome_22", TODAY - D(days=5), TODAY), TODAY)
        assert ooc.prior_disposals(u.session, row) == {"community_resolution": 1}
        assert ooc.prior_disposals(u.session, first) == {}
        assert count(u.session, OocDecision) == 2
