"""Specialist pathways as records (issue 14): referrals with outcome and waiting time, NRM
and MAPPA decisions, meetings; bad input refused on the laptop and the push path; the facts
carried into a new assessment stage."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import TODAY
from tests.unit.casework_support import count
from tests.unit.test_assessment_helpers import add_disposal
from yjdesk.errors import ValidationError
from yjdesk.models import Base, PathwayMeeting, PathwayReferral
from yjdesk.models.org import Role
from yjdesk.server.rules import Change, check
from yjdesk.services.assessments import stages
from yjdesk.services.pathways import records as pw
from yjdesk.services.pathways.records import ReferralInput
from yjdesk.services.visibility import may_write

D = dt.timedelta


def test_bad_pathway_input_is_refused_and_nothing_saved(uow, actor, child_id) -> None:
    referred = TODAY - D(days=30)
    bad = [
        (ReferralInput("camhs", referred, outcome="accepted", outcome_date=referred - D(days=2)),
         "outcome_date", "cannot be before the referral"),
        (ReferralInput("slt", referred, first_seen_date=referred - D(days=1)),
         "first_seen_date", "cannot be before the referral"),
        (ReferralInput("nrm", referred, conclusive_grounds="positive",
                       conclusive_grounds_date=referred + D(days=5)),
         "conclusive_grounds", "follows a positive reasonable grounds"),
        (ReferralInput("mappa", referred, mappa_level=4), "mappa_level", "1, 2 or 3"),
        (ReferralInput("camhs", referred, mappa_level=1), "mappa_level", "MAPPA referral"),
        (ReferralInput("witchcraft", referred), "pathway", "Choose the pathway"),
    ]
    for data, field, words in bad:
        with uow() as u, pytest.raises(ValidationError) as err:
            pw.save_referral(u.session, child_id, data, TODAY)
        assert words in err.value.errors[field], (data, err.value.errors)
    with uow() as u:
        mappa = pw.save_referral(u.session, child_id, ReferralInput(
            "mappa", referred, mappa_category=1), TODAY).id
    with uow() as u, pytest.raises(ValidationError) as err:
        pw.add_meeting(u.session, mappa, referred - D(days=3), TODAY, mappa_level=2)
    assert "cannot be before the referral" in err.value.errors["meeting_date"]
    with uow() as u:
        assert count(u.session, PathwayReferral) == 1 and count(u.session, PathwayMeeting) == 0
    # The sync service refuses the same thing with the same words.
    with uow() as u:
        table = Base.metadata.tables["pathway_referral"]
        row = {"child_id": child_id, "pathway": "camhs", "referral_date": referred.isoformat(),
               "outcome": "accepted", "outcome_date": (referred - D(days=2)).isoformat()}
        refusal = check(Change(u.session, actor, table, "r1", None, row))
        assert refusal is not None and "cannot be before the referral" in refusal
        assert check(Change(u.session, actor, table, "r1", None,
                            {**row, "outcome_date": referred.isoformat()})) is None


def test_outcomes_waiting_times_and_decisions(uow, child_id) -> None:
    referred = TODAY - D(days=100)
    with uow() as u:
        camhs = pw.save_referral(u.session, child_id, ReferralInput(
            "camhs", referred, reason="Low mood, not sleeping", service="CAMHS North",
            first_seen_date=referred + D(days=84), outcome="treatment_started",
            outcome_date=referred + D(days=84)), TODAY)
        slt = pw.save_referral(u.session, child_id, ReferralInput(
            "slt", TODAY - D(days=20), screening="Communication screening: significant "
            "needs"), TODAY)
        nrm = pw.save_referral(u.session, child_id, ReferralInput(
            "nrm", referred, reasonable_grounds="positive",
            reasonable_grounds_date=referred + D(days=5), conclusive_grounds="positive",
            conclusive_grounds_date=referred + D(days=60)), TODAY)
        assert pw.waiting(camhs, TODAY) == 84          # referral to first appointment
        assert pw.waiting(slt, TODAY) == 20            # still waiting
        assert nrm.conclusive_grounds == "positive"
        assert {r.pathway for r in pw.referrals(u.session, child_id)} == {"camhs", "slt",
                                                                          "nrm"}
    assert may_write(Role.HEALTH_WORKER, "pathway_referral")
    assert not may_write(Role.HEALTH_WORKER, "plan")


def test_pathways_feed_a_new_assessment_as_facts(uow, child_id) -> None:
    with uow() as u:
        pw.save_referral(u.session, child_id, ReferralInput(
            "camhs", TODAY - D(days=60), first_seen_date=TODAY - D(days=10),
            outcome="attending", outcome_date=TODAY - D(days=10)), TODAY)
        pw.save_referral(u.session, child_id, ReferralInput(
            "substance_misuse", TODAY - D(days=15)), TODAY)
        mappa = pw.save_referral(u.session, child_id, ReferralInput(
            "mappa", TODAY - D(days=40), mappa_category=1), TODAY).id
        pw.add_meeting(u.session, mappa, TODAY - D(days=30), TODAY, mappa_level=2,
                       outcome="Level 2 management agreed")
        pw.save_referral(u.session, child_id, ReferralInput(
            "slt", TODAY - D(days=5), screening="Significant needs"), TODAY)
    with uow() as u:
        sid = stages.create_stage(u.session, child_id, add_disposal(u.session, child_id),
                                  today=TODAY).id
    with uow() as u:
        answers = stages.answers(u.session, sid)
        values = stages.values_of(answers)
        assert values["mental_health_need"] is True
        assert values["mental_health_intervention"] == "attending"
        assert answers["mental_health_intervention"].as_at == TODAY - D(days=10)
        assert values["substance_misuse_intervention"] == "planned"
        assert (values["mappa_eligible"], values["mappa_category"], values["mappa_level"]) \
            == (True, 1, 2)
        assert values.get("speech_language_need") is True
