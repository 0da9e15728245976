"""The out-of-court decision: referral, screening, the panel's decision and rationale,
conditions, delivery, understanding of the implications, and the outcome on completion.

Recording a decision that is a disposal (not "charge") can create the matching
:class:`~yjdesk.models.justice.Disposal` through :func:`yjdesk.services.justice.add_disposal`.
Who decides (police-led or the joint decision panel) and how a disposal may end are the rules
of :mod:`yjdesk.services.casework.ooc_rules`, which the sync service applies too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import Sentence, ValidationError, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.casework import OocCondition, OocDecision
from yjdesk.models.justice import Disposal
from yjdesk.services import justice
from yjdesk.services.casework import ooc_rules
from yjdesk.services.casework.ooc_steps import (
    DECIDED,
    OUTCOME_RECORDED,
    assessment_errors,
    dates_into,
    delivery_step_errors,
    offence_errors_for,
    outcome_step_errors,
    panel_decision_errors,
    police_outcome_errors,
    prosecution_errors,
    recommendation_errors,
    route_for,
)
from yjdesk.services.children import get_child
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import child_rows, fetch_live
from yjdesk.services.validation import Errors, check_range


@dataclass
class ConditionInput:
    description: str
    mandatory: bool = False


def condition_problem(condition: ConditionInput) -> str | None:
    """A condition's check (also run on a pushed condition, ``services.record_rules``)."""
    return None if condition.description.strip() else "Describe the condition."


@dataclass
class OocInput:
    referral_date: dt.date | None
    screening_summary: str
    panel_date: dt.date | None
    decision: str
    rationale: str
    conditions: list[ConditionInput] = field(default_factory=list)
    offence_id: str | None = None
    delivered_date: dt.date | None = None
    delivered_by: str | None = None
    child_understood: bool = False
    parent_understood: bool = False
    #: Make the matching disposal (ending on this date, if given).
    create_disposal: bool = True
    disposal_end_date: dt.date | None = None
    #: The YJS's own recommendation (HMIP 3.4.1) and who attended the panel.
    yjs_recommendation: str | None = None
    recommendation_rationale: str | None = None
    panel_attendees: str | None = None
    #: "ooc_admission"; a caution needs "admitted" and the evidential standard met.
    admission: str | None = None
    evidential_standard_met: bool | None = None
    gravity_score: int | None = None
    assessed_date: dt.date | None = None
    bail_date: dt.date | None = None
    police_informed_date: dt.date | None = None


def validate(session: Session, child_id: str, data: OocInput, today: dt.date) -> None:
    get_child(session, child_id, audit_view=False)
    e = Errors()
    if data.referral_date is None:
        e.add("referral_date", "The referral date is required.")
    elif data.referral_date > today:
        e.add("referral_date", "The referral is dated in the future.")
    e.require("screening_summary", data.screening_summary, "The screening summary")
    if data.panel_date is None:
        e.add("panel_date", "The panel date is required.")
    elif data.panel_date > today:
        e.add("panel_date", "Record the decision after the panel has met.")
    check_range(e, data.referral_date, data.panel_date, "panel_date",
                "The panel date")
    if data.decision not in codelist("ooc_decision"):
        e.add("decision", "'%1' is not a known panel decision.", data.decision)
    e.require("rationale", data.rationale, "The rationale for the decision")
    for i, c in enumerate(data.conditions):
        problem = condition_problem(c)
        if problem:
            e.add(f"conditions[{i}]", problem)
    if data.delivered_date is not None:
        if data.delivered_date > today:
            e.add("delivered_date", "The delivery date is in the future.")
        check_range(e, data.panel_date, data.delivered_date, "delivered_date",
                    "The delivery date")
        e.require("delivered_by", data.delivered_by, "Who delivered the disposal")
        if not (data.child_understood and data.parent_understood):
            e.add("child_understood", "Confirm that the child and the parent or carer "
                                      "understood the implications.")
    offence_errors_for(session, e, child_id, data.offence_id)
    dates_into(e, data.referral_date, data.assessed_date, data.bail_date,
               data.police_informed_date, today)
    if data.decision in codelist("ooc_decision") and data.panel_date is not None:
        route = route_for(session, child_id, data.decision, data.panel_date)
        for name, message in ooc_rules.decision_problems({
                "decision": data.decision, "route": route,
                "yjs_recommendation": data.yjs_recommendation,
                "panel_attendees": data.panel_attendees, "admission": data.admission,
                "evidential_standard_met": data.evidential_standard_met,
                "gravity_score": data.gravity_score}).items():
            e.add(name, Sentence(message))
    e.raise_if_any()


def _add_disposal(session: Session, child_id: str,
                  data: justice.DisposalInput) -> Disposal:
    try:
        return justice.add_disposal(session, child_id, data)
    except ValidationError as exc:
        names = {"end_date": "disposal_end_date", "start_date": "delivered_date"}
        raise ValidationError({names.get(k, k): v for k, v in exc.errors.items()}) from exc


def record_decision(session: Session, child_id: str, data: OocInput,
                    today: dt.date) -> OocDecision:
    validate(session, child_id, data, today)
    assert data.panel_date is not None and data.referral_date is not None
    disposal_type = codelist("ooc_decision").get(data.decision)
    kind = disposal_type.extra.get("disposal_type") if disposal_type else None
    route = route_for(session, child_id, data.decision, data.panel_date)
    disposal_id: str | None = None
    if data.create_disposal and kind:
        start = data.delivered_date or data.panel_date
        disposal = _add_disposal(session, child_id, justice.DisposalInput(
            disposal_type=str(kind), decision_date=data.panel_date, start_date=start,
            end_date=data.disposal_end_date, decision_body=ooc_rules.decision_body(route),
            conditions="\n".join(
                f"{c.description.strip()} ({'mandatory' if c.mandatory else 'voluntary'})"
                for c in data.conditions) or None,
            offence_ids=[data.offence_id] if data.offence_id else []))
        disposal_id = disposal.id
    row = OocDecision(
        child_id=child_id, referral_date=data.referral_date,
        screening_summary=data.screening_summary.strip(), panel_date=data.panel_date,
        decision=data.decision, route=route, rationale=data.rationale.strip(),
        offence_id=data.offence_id, yjs_recommendation=data.yjs_recommendation,
        recommendation_rationale=(data.recommendation_rationale or "").strip() or None,
        panel_attendees=(data.panel_attendees or "").strip() or None,
        admission=data.admission, evidential_standard_met=data.evidential_standard_met,
        gravity_score=data.gravity_score, assessed_date=data.assessed_date,
        bail_date=data.bail_date, police_informed_date=data.police_informed_date,
        delivered_date=data.delivered_date, delivered_by=(data.delivered_by or "").strip() or None,
        child_understood=data.child_understood, parent_understood=data.parent_understood,
        disposal_id=disposal_id)
    session.add(row)
    session.flush()
    for c in data.conditions:
        session.add(OocCondition(child_id=child_id, decision_id=row.id,
                                 description=c.description.strip(), mandatory=c.mandatory))
    session.flush()
    return row


def _raise(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


def _get(session: Session, decision_id: str) -> OocDecision:
    row = fetch_live(session, OocDecision, decision_id, "No such out-of-court decision.")
    return row


def record_delivery(session: Session, decision_id: str, delivered_date: dt.date | None,
                    delivered_by: str, child_understood: bool, parent_understood: bool,
                    today: dt.date) -> OocDecision:
    row = _get(session, decision_id)
    _raise(delivery_step_errors(row.decision, row.panel_date, delivered_date, delivered_by,
                                child_understood, parent_understood, today))
    row.delivered_date = delivered_date
    row.delivered_by = delivered_by.strip()
    row.child_understood, row.parent_understood = child_understood, parent_understood
    session.flush()
    return row


def record_outcome(session: Session, decision_id: str, outcome: str,
                   outcome_date: dt.date | None, today: dt.date) -> OocDecision:
    """The outcome on completion; ends the linked disposal to match."""
    row = _get(session, decision_id)
    _raise(outcome_step_errors(row.decision, row.panel_date, row.delivered_date, outcome,
                               outcome_date, today))
    code = codelist("ooc_outcome").get(outcome)
    if row.outcome is not None:
        raise WorkflowError(OUTCOME_RECORDED)
    assert code is not None and outcome_date is not None
    row.outcome, row.outcome_date = outcome, outcome_date
    if row.disposal_id:
        try:
            justice.end_disposal(session, row.disposal_id,
                                 str(code.extra.get("disposal_outcome", "completed")),
                                 outcome_date)
        except ValidationError as exc:
            raise ValidationError({"outcome_date": exc.message}) from exc
    session.flush()
    return row


def record_prosecution_decision(session: Session, decision_id: str,
                                non_compliance_date: dt.date | None,
                                prosecution_decision: str | None,
                                decision_date: dt.date | None, today: dt.date) -> OocDecision:
    """A youth conditional caution not complied with: the prosecution decision for the
    original offence. Ends the caution "not completed" (a caution is never breached)."""
    row = _get(session, decision_id)
    _raise(prosecution_errors(row.decision, row.panel_date, row.delivered_date,
                              non_compliance_date, prosecution_decision, decision_date, today))
    assert non_compliance_date is not None
    row.non_compliance_date = non_compliance_date
    row.prosecution_decision = prosecution_decision
    row.prosecution_decision_date = decision_date
    if row.outcome is None:
        row.outcome, row.outcome_date = "non_compliance", non_compliance_date
        if row.disposal_id:
            justice.end_disposal(session, row.disposal_id, "not_completed", non_compliance_date)
    session.flush()
    return row


# --- the process as practised: referral, assessment, recommendation, decision ------------


@dataclass
class ReferralInput:
    referral_date: dt.date | None
    offence_id: str | None = None
    bail_date: dt.date | None = None
    gravity_score: int | None = None
    admission: str | None = None
    evidential_standard_met: bool | None = None


def referral_errors(session: Session, child_id: str, data: ReferralInput,
                    today: dt.date) -> dict[str, str]:
    """A referral's checks; every out-of-court record starts as one, so the sync service
    runs them on every pushed decision (``services.record_rules``)."""
    e = Errors()
    if data.referral_date is None:
        e.add("referral_date", "The referral date is required.")
    elif data.referral_date > today:
        e.add("referral_date", "The referral is dated in the future.")
    if data.bail_date is not None and data.bail_date > today:
        e.add("bail_date", "This date is in the future.")
    offence_errors_for(session, e, child_id, data.offence_id)
    for name, message in ooc_rules.decision_problems({
            "gravity_score": data.gravity_score, "admission": data.admission}).items():
        e.add(name, Sentence(message))
    return e.errors


def record_referral(session: Session, child_id: str, data: ReferralInput,
                    today: dt.date) -> OocDecision:
    """A referral for an out-of-court decision, before the YJS has assessed it."""
    get_child(session, child_id, audit_view=False)
    errors = referral_errors(session, child_id, data, today)
    if errors:
        raise ValidationError(errors)
    row = OocDecision(child_id=child_id, referral_date=data.referral_date,
                      offence_id=data.offence_id, bail_date=data.bail_date,
                      gravity_score=data.gravity_score, admission=data.admission,
                      evidential_standard_met=data.evidential_standard_met)
    session.add(row)
    session.flush()
    return row


def record_assessment(session: Session, decision_id: str, assessed_date: dt.date | None,
                      screening_summary: str, today: dt.date,
                      police_informed_date: dt.date | None = None) -> OocDecision:
    """The YJS's assessment for the decision (policy: within N working days of referral)."""
    row = _get(session, decision_id)
    _raise(assessment_errors(row.referral_date, row.bail_date, assessed_date,
                             screening_summary, police_informed_date, bool(row.decision),
                             today))
    row.assessed_date = assessed_date
    row.screening_summary = screening_summary.strip()
    if police_informed_date is not None:
        row.police_informed_date = police_informed_date
    session.flush()
    return row


def record_recommendation(session: Session, decision_id: str, recommendation: str | None,
                          rationale: str) -> OocDecision:
    """The YJS's own recommendation to the panel, kept apart from the panel's decision."""
    row = _get(session, decision_id)
    _raise(recommendation_errors(row.assessed_date, recommendation, rationale,
                                 bool(row.decision)))
    row.yjs_recommendation = recommendation
    row.recommendation_rationale = rationale.strip()
    session.flush()
    return row


@dataclass
class PanelInput:
    panel_date: dt.date | None
    decision: str
    rationale: str
    panel_attendees: str
    conditions: list[ConditionInput] = field(default_factory=list)
    admission: str | None = None
    evidential_standard_met: bool | None = None
    gravity_score: int | None = None
    create_disposal: bool = True
    disposal_end_date: dt.date | None = None


def record_panel_decision(session: Session, decision_id: str, data: PanelInput,
                          today: dt.date) -> OocDecision:
    """The joint panel's decision on an assessed and recommended referral."""
    row = _get(session, decision_id)
    if row.decision:
        raise WorkflowError(DECIDED)
    admission = data.admission or row.admission
    evidential = data.evidential_standard_met if data.evidential_standard_met is not None \
        else row.evidential_standard_met
    gravity = data.gravity_score if data.gravity_score is not None else row.gravity_score
    e = Errors()
    for name, message in panel_decision_errors(session, {
            "child_id": row.child_id, "referral_date": row.referral_date,
            "assessed_date": row.assessed_date, "yjs_recommendation": row.yjs_recommendation,
            "admission": admission, "evidential_standard_met": evidential,
            "gravity_score": gravity}, data.panel_date, data.decision, data.rationale,
            data.panel_attendees, today).items():
        e.add(name, message)
    for i, c in enumerate(data.conditions):
        problem = condition_problem(c)
        if problem:
            e.add(f"conditions[{i}]", problem)
    e.raise_if_any()
    route = route_for(session, row.child_id, data.decision, data.panel_date) \
        if data.decision in codelist("ooc_decision") and data.panel_date else ooc_rules.PANEL
    assert data.panel_date is not None
    row.disposal_id = _make_disposal(session, row.child_id, data.decision, route,
                                     data.panel_date, data.panel_date, data.disposal_end_date,
                                     data.conditions, row.offence_id, data.create_disposal)
    row.decision, row.route, row.panel_date = data.decision, route, data.panel_date
    row.rationale = data.rationale.strip()
    row.panel_attendees = data.panel_attendees.strip()
    row.admission, row.evidential_standard_met, row.gravity_score = admission, evidential, \
        gravity
    session.flush()
    for c in data.conditions:
        session.add(OocCondition(child_id=row.child_id, decision_id=row.id,
                                 description=c.description.strip(), mandatory=c.mandatory))
    session.flush()
    return row


def _make_disposal(session: Session, child_id: str, decision: str, route: str,
                   decided: dt.date, start: dt.date, end: dt.date | None,
                   conditions: list[ConditionInput], offence_id: str | None,
                   create: bool) -> str | None:
    code = codelist("ooc_decision").get(decision)
    kind = code.extra.get("disposal_type") if code else None
    if not (create and kind):
        return None
    disposal = _add_disposal(session, child_id, justice.DisposalInput(
        disposal_type=str(kind), decision_date=decided, start_date=start, end_date=end,
        decision_body=ooc_rules.decision_body(route),
        conditions="\n".join(
            f"{c.description.strip()} ({'mandatory' if c.mandatory else 'voluntary'})"
            for c in conditions) or None,
        offence_ids=[offence_id] if offence_id else []))
    return disposal.id


@dataclass
class PoliceOutcomeInput:
    """A police-led outcome the YJS was told of afterwards (Outcome 8 community resolution,
    Outcome 22 diversion, Outcome 23 deferred prosecution, NFA)."""

    decision: str
    decision_date: dt.date | None
    told_date: dt.date | None
    offence_id: str | None = None
    notes: str = ""
    gravity_score: int | None = None
    admission: str | None = None


def record_police_outcome(session: Session, child_id: str, data: PoliceOutcomeInput,
                          today: dt.date) -> OocDecision:
    get_child(session, child_id, audit_view=False)
    _raise(police_outcome_errors(session, child_id, data.decision, data.decision_date,
                                 data.told_date, data.offence_id, data.gravity_score,
                                 data.admission, today))
    assert data.decision_date is not None
    row = OocDecision(
        child_id=child_id, referral_date=data.decision_date, offence_id=data.offence_id,
        panel_date=data.decision_date, decision=data.decision, route=ooc_rules.POLICE,
        rationale=data.notes.strip() or None, told_date=data.told_date,
        gravity_score=data.gravity_score, admission=data.admission,
        disposal_id=_make_disposal(session, child_id, data.decision, ooc_rules.POLICE,
                                   data.decision_date, data.decision_date, None, [],
                                   data.offence_id, True))
    session.add(row)
    session.flush()
    return row


def prior_disposals(session: Session, row: OocDecision) -> dict[str, int]:
    """The child's earlier out-of-court disposals by type at the date of this decision."""
    on = row.panel_date or row.referral_date
    return ooc_rules.prior_by_type(session, row.child_id, on, row.disposal_id)


def decisions(session: Session, child_id: str) -> list[OocDecision]:
    return child_rows(session, OocDecision, child_id, OocDecision.panel_date.desc())


def conditions(session: Session, decision_id: str) -> list[OocCondition]:
    return list(session.scalars(select(OocCondition).where(
        OocCondition.decision_id == decision_id, not_deleted(OocCondition))))
