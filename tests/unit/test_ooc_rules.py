"""Out-of-court rules that were wrong (issue 14): a caution has no length; triage, community
resolution and RJ-instant are police-led (a second community resolution goes to the panel);
a caution is never breached (a conditional caution not complied with goes to a prosecution
decision); KPI 6 counts only full completion. The same rules on the sync service's push."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import TODAY
from tests.unit.casework_support import count
from yjdesk.errors import ValidationError
from yjdesk.models import Base, Disposal, OocDecision
from yjdesk.server.rules import Change, check
from yjdesk.services import justice
from yjdesk.services.casework import ooc
from yjdesk.services.casework.ooc import OocInput
from yjdesk.services.oversight.kpi import ooc as kpi6
from yjdesk.services.oversight.kpi.base import KpiSettings, Period

D = dt.timedelta


def decision(**kw: object) -> OocInput:
    base: dict[str, object] = dict(
        referral_date=TODAY - D(days=40), screening_summary="Low-level theft, admitted.",
        panel_date=TODAY - D(days=30), decision="youth_caution",
        rationale="Admitted; second offence.", delivered_date=TODAY - D(days=28),
        delivered_by="PC Shah", child_understood=True, parent_understood=True,
        yjs_recommendation="youth_caution", panel_attendees="PC Shah; YJS officer; chair",
        admission="admitted", evidential_standard_met=True)
    base.update(kw)
    return OocInput(**base)  # type: ignore[arg-type]


def test_a_youth_caution_has_no_length_limit(uow, child_id) -> None:
    start = TODAY - D(days=200)
    with uow() as u:
        d = justice.add_disposal(u.session, child_id, justice.DisposalInput(
            disposal_type="youth_caution", decision_date=start, start_date=start,
            end_date=start + D(days=180)))  # a six-month voluntary programme after it
        assert d.end_date == start + D(days=180)
    # A referral order still has its statutory limits (the rule is data, not removed).
    with uow() as u, pytest.raises(ValidationError) as err:
        justice.add_disposal(u.session, child_id, justice.DisposalInput(
            disposal_type="referral_order", decision_date=start, start_date=start,
            end_date=start + D(days=500)))
    assert "at most 12 months" in err.value.errors["end_date"]


@pytest.mark.parametrize("kind", ["triage", "community_resolution", "rj_instant", "nfa",
                                  "outcome_22"])
def test_police_led_decisions_do_not_go_to_the_panel(uow, child_id, kind: str) -> None:
    with uow() as u:
        row = ooc.record_decision(u.session, child_id, decision(decision=kind), TODAY)
        assert row.route == "police"
        disposal = u.session.get(Disposal, row.disposal_id)
        assert disposal.decision_body == "Police (police-led)"


def test_a_second_community_resolution_goes_to_the_panel(uow, child_id) -> None:
    with uow() as u:
        first = ooc.record_decision(u.session, child_id, decision(
            decision="community_resolution", referral_date=TODAY - D(days=300),
            panel_date=TODAY - D(days=290), delivered_date=TODAY - D(days=289)), TODAY)
        assert first.route == "police"
        second = ooc.record_decision(u.session, child_id, decision(
            decision="community_resolution"), TODAY)
        assert second.route == "panel"
        assert u.session.get(Disposal, second.disposal_id).decision_body == \
            "Youth Disposal Panel"
        caution = ooc.record_decision(u.session, child_id, decision(), TODAY)
        assert caution.route == "panel"


def test_reoffending_ends_a_caution_not_completed_never_breached(uow, child_id) -> None:
    with uow() as u:
        did = ooc.record_decision(u.session, child_id, decision(), TODAY).id
    with uow() as u:
        row = ooc.record_outcome(u.session, did, "reoffended", TODAY - D(days=2), TODAY)
        disposal = u.session.get(Disposal, row.disposal_id)
        assert disposal.outcome == "not_completed"
        disposal_id = disposal.id
    # Nobody can end an out-of-court disposal "breached", on the laptop ...
    with uow() as u, pytest.raises(ValidationError) as err:
        justice.end_disposal(u.session, disposal_id, "breached", TODAY)
    assert "cannot be breached" in err.value.errors["outcome"]
    with uow() as u:
        assert u.session.get(Disposal, disposal_id).outcome == "not_completed"


def test_conditional_caution_non_compliance_goes_to_a_prosecution_decision(
        uow, child_id) -> None:
    with uow() as u:
        ycc = ooc.record_decision(u.session, child_id, decision(
            decision="youth_conditional_caution"), TODAY).id
        yc = ooc.record_decision(u.session, child_id, decision(), TODAY).id
    # A youth caution has no conditions to break: refused, nothing saved.
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_prosecution_decision(u.session, yc, TODAY - D(days=5), "charged",
                                        TODAY - D(days=1), TODAY)
    assert "youth conditional caution only" in err.value.errors["prosecution_decision"]
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_outcome(u.session, yc, "non_compliance", TODAY, TODAY)
    assert "Only a youth conditional caution" in err.value.errors["outcome"]
    # A decision before the non-compliance is refused too.
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_prosecution_decision(u.session, ycc, TODAY - D(days=5), "charged",
                                        TODAY - D(days=9), TODAY)
    assert "cannot be before the non-compliance" in err.value.errors["prosecution_decision_date"]
    with uow() as u:
        row = ooc.record_prosecution_decision(u.session, ycc, TODAY - D(days=5), "charged",
                                              TODAY - D(days=1), TODAY)
        assert (row.outcome, row.prosecution_decision) == ("non_compliance", "charged")
        assert u.session.get(Disposal, row.disposal_id).outcome == "not_completed"
        untouched = u.session.get(OocDecision, yc)
        assert untouched.outcome is None and untouched.prosecution_decision is None


def test_kpi6_counts_only_full_completion(uow, child_id) -> None:
    with uow() as u:
        ids = [ooc.record_decision(u.session, child_id, decision(decision=kind), TODAY).id
               for kind in ("youth_caution", "triage", "community_resolution")]
    with uow() as u:
        for did, result in zip(ids, ("completed", "partially_completed", "reoffended"),
                               strict=True):
            ooc.record_outcome(u.session, did, result, TODAY - D(days=1), TODAY)
    period = Period(TODAY - D(days=60), TODAY)
    with uow() as u:
        section = kpi6.compute(u.session, period, KpiSettings(population_10_17=1000,
                                                           tracking_months=12))
    assert section.figure("ended").count == 3
    assert section.figure("completed").count == 1       # partial completion is not completion
    assert section.figure("not_completed").count == 2


def test_the_push_path_applies_the_same_rules(uow, actor, child_id) -> None:
    """The sync service's rule list refuses the same things with the same words."""
    with uow() as u:
        did = ooc.record_decision(u.session, child_id, decision(decision="triage"), TODAY).id
        row = u.session.get(OocDecision, did)
        disposal = u.session.get(Disposal, row.disposal_id)
        s = u.session
        dtab, otab = Base.metadata.tables["disposal"], Base.metadata.tables["ooc_decision"]
        cur = {"id": disposal.id, "child_id": child_id, "category": "out_of_court",
               "disposal_type": "triage", "outcome": "ongoing"}
        breached = check(Change(s, actor, dtab, disposal.id, cur, {**cur, "outcome": "breached"}))
        assert breached is not None and "cannot be breached" in breached
        assert check(Change(s, actor, dtab, disposal.id, cur,
                            {**cur, "outcome": "not_completed"})) is None
        # a complete decision (the form's own checks run on the push path too)
        base = {"id": did, "child_id": child_id, "decision": "triage", "route": "police",
                "panel_date": (TODAY - D(days=30)).isoformat(), "disposal_id": disposal.id,
                "referral_date": (TODAY - D(days=40)).isoformat(),
                "screening_summary": "First offence", "rationale": "Low gravity"}
        wrong = check(Change(s, actor, otab, did, None, {**base, "route": "panel"}))
        assert wrong is not None and "decided by the police" in wrong
        assert check(Change(s, actor, otab, did, None, base)) is None
        prosecution = check(Change(s, actor, otab, did, None, {
            **base, "prosecution_decision": "charged",
            "non_compliance_date": TODAY.isoformat()}))
        assert prosecution is not None and "conditional caution only" in prosecution
        assert count(s, OocDecision) == 1
