"""Field validation of the laptop's forms, run on the sync service too (issue 11).

A record the laptop's own form would refuse is refused by the service with the same plain
words. Each entry of :data:`FIELD_RULES` is a function of (session, row before, row after,
caller, when) over Python values -- ``before`` is None for a new row, ``session`` is the
judging side's database session (the laptop's store or the service's database; both hold
the same tables), ``when`` the moment the change is judged as made -- that returns the
form's errors by field. It calls the very function the laptop's service calls
(``children.validate``, ``plans.validate_plan``, ``compliance.validate``...), so the words
are the same. Rules about other records (a plan's targets, an order's requirements, a
hearing's offences) are left to those records' own rows: each row is judged on its own.

On a change to an existing row only errors about fields the change touches count: a
record saved under older rules is not refused for a field nobody edited.

The service does not know when an offline laptop made a change, so it judges a row at two
moments -- now (with a little clock slack) and the start of the offline window -- and
refuses only for an error (the same words on the same field) that holds at both: "in the
future" holds at both when it is true now, "already in the past" only when it was already
true when the laptop could last have been offline (:data:`OFFLINE_WINDOW`, the service's
default offline grace).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from yjdesk.errors import KnownError, ValidationError
from yjdesk.models.base import not_deleted
from yjdesk.models.statuses import ContactStatus
from yjdesk.models.types import utcnow
from yjdesk.services.humanise import uk_time

Row = Mapping[str, Any]
FieldRule = Callable[[Any, Row | None, Row, Any, dt.datetime], dict[str, str]]

#: A laptop's clock may run a little ahead of the service's.
CLOCK_SLACK = dt.timedelta(minutes=10)
#: How long ago an offline laptop may have made a change it pushes now (the service's
#: default ``offline_grace_days``).
OFFLINE_WINDOW = dt.timedelta(days=14)


def service_moments(now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The moments the service judges a pushed change at (see the module's docstring)."""
    now = now or utcnow()
    return now + CLOCK_SLACK, now - OFFLINE_WINDOW


def timeless_moments(now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """Two moments a century either side of now: an error that holds at both does not
    depend on the day (the laptop's hook judges those; its forms judge dates against today
    as they are filled in, and the service judges them again at :func:`service_moments`)."""
    now = now or utcnow()
    century = dt.timedelta(days=36525)
    return now - century, now + century


def _day(when: dt.datetime) -> dt.date:
    return uk_time(when).date()


def _errors_of(check: Callable[[], object]) -> dict[str, str]:
    try:
        check()
    except ValidationError as exc:
        return dict(exc.errors) if exc.errors else {"": str(exc)}
    except KnownError as exc:  # e.g. the child is not there: NotFound
        return {"child_id": str(exc)}
    return {}


#: Each form input dataclass's fields: name, whether it has a default, whether it is text.
_INPUT_FIELDS: dict[type[Any], tuple[tuple[str, bool, bool], ...]] = {}


def _input_fields(cls: type[Any]) -> tuple[tuple[str, bool, bool], ...]:
    """Worked out once a class: ``dataclasses.fields`` on every pushed row was a measurable
    share of a 50-row push."""
    found = _INPUT_FIELDS.get(cls)
    if found is None:
        found = _INPUT_FIELDS[cls] = tuple(
            (f.name, f.default is not dataclasses.MISSING
             or f.default_factory is not dataclasses.MISSING, f.type == "str")
            for f in dataclasses.fields(cls))
    return found


def _input(cls: type[Any], row: Row, **given: Any) -> Any:
    """A form's input dataclass filled from a row (missing required text is blank)."""
    values: dict[str, Any] = {}
    for name, has_default, text in _input_fields(cls):
        if name in given:
            values[name] = given[name]
            continue
        value = row.get(name)
        if value is None:
            if has_default:
                continue
            value = "" if text else None
        values[name] = value
    return cls(**values)


def _child_id(row: Row) -> str:
    return str(row.get("child_id") or "")


def _dob(session: Any, child_id: str) -> dt.date | None:
    from yjdesk.models.child import Child

    child = session.get(Child, child_id) if child_id else None
    dob = child.date_of_birth if child is not None else None
    return dob if isinstance(dob, dt.date) else None


def _without(errors: dict[str, str], *prefixes: str) -> dict[str, str]:
    return {k: v for k, v in errors.items() if not k.startswith(prefixes)}


# --- the rules, by record type ----------------------------------------------------------------


def child_rule(session: Any, before: Row | None, after: Row, caller: Any,
               when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.children import ChildInput, validate

    data = _input(ChildInput, after)
    return _errors_of(lambda: validate(data, _day(when)))


def address_rule(session: Any, before: Row | None, after: Row, caller: Any,
                 when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.children import AddressInput, address_errors

    return address_errors(_input(AddressInput, after))


def relationship_rule(session: Any, before: Row | None, after: Row, caller: Any,
                      when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.children import RelationshipInput, relationship_errors

    return relationship_errors(_input(RelationshipInput, after))


def contact_rule(session: Any, before: Row | None, after: Row, caller: Any,
                 when: dt.datetime) -> dict[str, str]:
    """A final record meets the final-record rules (on becoming final, or edited as one)."""
    from yjdesk.services.casework.contacts import ContactInput, final_record_errors

    if after.get("status") != ContactStatus.FINAL:
        return {}
    data = _input(ContactInput, after, target_ids=[])
    if data.safeguarding_concern is None:
        data.safeguarding_concern = False
    errors = final_record_errors(data, when, _dob(session, _child_id(after)))
    return dict(errors.errors)


def psr_rule(session: Any, before: Row | None, after: Row, caller: Any,
             when: dt.datetime) -> dict[str, str]:
    """The report editor's checks on ratings and the proposed sentence
    (``court.psr.validate_input``; proposed requirements are rows of their own)."""
    from yjdesk.services.court.psr import PsrInput, validate_input

    data = _input(PsrInput, after, sources=[], requirements=[])
    return _errors_of(lambda: validate_input(data))


def plan_rule(session: Any, before: Row | None, after: Row, caller: Any,
              when: dt.datetime) -> dict[str, str]:
    """The plan form (``plans.validate_plan``); its targets are rows of their own."""
    from yjdesk.services.casework.plans import PlanInput, validate_plan

    data = _input(PlanInput, after, targets=[])
    return _without(_errors_of(lambda: validate_plan(session, _child_id(after), data)),
                    "targets")


def plan_target_rule(session: Any, before: Row | None, after: Row, caller: Any,
                     when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.casework.plans import TargetInput, target_problem

    problem = target_problem(_input(TargetInput, after))
    return dict([problem]) if problem else {}


def review_rule(session: Any, before: Row | None, after: Row, caller: Any,
                when: dt.datetime) -> dict[str, str]:
    """A completed review (``reviews.review_errors``); a due one is only a reminder."""
    from yjdesk.models.statuses import ReviewStatus
    from yjdesk.services.casework.reviews import ReviewInput, review_errors

    if after.get("status") != ReviewStatus.COMPLETED:
        return {}
    data = _input(ReviewInput, after, plan=None)
    return review_errors(data, _day(when), was_due=after.get("event_id") is not None,
                         plan_changed=bool(after.get("plan_changed")))


def compliance_rule(session: Any, before: Row | None, after: Row, caller: Any,
                    when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.casework.compliance import ComplianceInput, validate

    data = _input(ComplianceInput, after)
    previous = before.get("action") if before is not None else None
    return _errors_of(lambda: validate(session, _child_id(after), data, _day(when), previous))


def hearing_rule(session: Any, before: Row | None, after: Row, caller: Any,
                 when: dt.datetime) -> dict[str, str]:
    """The hearing form (``hearings.validate_hearing``; its offences are rows of their own)
    and, once recorded, the outcome's own fields (``outcomes.outcome_errors``) and who may
    be remanded where (``remand.remand_errors``: the designated authority, the LASPO
    conditions and the establishment are on the custody episode the remand opens, judged
    by :func:`episode_rule`)."""
    from yjdesk.services.court.hearings import HearingInput, validate_hearing
    from yjdesk.services.court.outcomes import outcome_errors

    data = _input(HearingInput, after, offence_ids=[])
    errors = _errors_of(lambda: validate_hearing(session, _child_id(after), data, _day(when)))
    if after.get("outcome") is not None:
        for key, message in outcome_errors(after.get("hearing_date"), after.get("outcome"),
                                           after.get("remand_type"), _day(when)).items():
            errors.setdefault(key, message)
    if after.get("outcome") == "remand" and after.get("remand_type"):
        found = _remand_errors(session, _child_id(after), str(after.get("remand_type")),
                               after.get("hearing_date"), {})
        if "remand_type" in found:
            errors.setdefault("remand_type", found["remand_type"])
    return errors


def _remand_errors(session: Any, child_id: str, remand_type: str, on: object,
                   details: Row) -> dict[str, str]:
    """The remand form's checks (``remand.remand_errors``) for a remand of this child."""
    from yjdesk.models.child import Child
    from yjdesk.services.orders.remand import RemandInput, remand_errors

    child = session.get(Child, child_id) if child_id else None
    if child is None or not isinstance(on, dt.date):
        return {}
    return remand_errors(child, _input(RemandInput, details, remand_type=remand_type), on)


class Whole(dict[str, str]):
    """Errors of a step a change takes (an out-of-court record's delivery, its outcome):
    each counts whichever field it names, as a step's required fields are the very ones a
    bad change leaves as they were."""


#: An out-of-court record's later steps: the fields each step's form writes.
OOC_STEPS: dict[str, frozenset[str]] = {
    "assessment": frozenset({"assessed_date", "screening_summary", "police_informed_date"}),
    "recommendation": frozenset({"yjs_recommendation", "recommendation_rationale"}),
    "decision": frozenset({"decision", "panel_date", "rationale", "panel_attendees"}),
    "delivery": frozenset({"delivered_date", "delivered_by", "child_understood",
                           "parent_understood"}),
    "outcome": frozenset({"outcome", "outcome_date"}),
    "prosecution": frozenset({"non_compliance_date", "prosecution_decision",
                              "prosecution_decision_date"}),
}
OOC_REFERRAL = frozenset({"referral_date", "bail_date", "offence_id", "gravity_score",
                          "admission"})


def ooc_rule(session: Any, before: Row | None, after: Row, caller: Any,
             when: dt.datetime) -> dict[str, str]:
    """An out-of-court record is made in steps (referral, assessment, recommendation,
    decision, delivery, outcome, prosecution decision; or a police outcome learned
    afterwards, or the whole decision on one form). Every pushed one meets the referral's
    checks (``ooc.referral_errors``); a new decided one the form that records a decision
    whole (``ooc.validate``, or ``ooc_steps.police_outcome_errors`` for a police outcome);
    each later step it takes that step's form (``services.casework.ooc_steps``), with the
    required fields of the step. The decision's own rules are ``casework.ooc_rules``."""
    from yjdesk.services.casework import ooc, ooc_steps

    today = _day(when)
    child_id = _child_id(after)
    if before is None:
        changed = {k for k, v in after.items() if v is not None and v != "" and v is not False}
    else:
        changed = {k for k, v in after.items() if before.get(k) != v}
    errors: dict[str, str] = {}
    if before is None or changed & OOC_REFERRAL:
        found = ooc.referral_errors(session, child_id, _input(ooc.ReferralInput, after), today)
        errors.update(found if before is None else
                      {k: v for k, v in found.items() if k in changed})
    steps: dict[str, str] = {}
    decided_before = before is not None and bool(before.get("decision"))
    if before is None and after.get("decision"):
        if after.get("told_date") is not None:  # a police outcome the YJS was told of
            steps.update(ooc_steps.police_outcome_errors(
                session, child_id, str(after.get("decision")), after.get("panel_date"),
                after.get("told_date"), after.get("offence_id"), after.get("gravity_score"),
                after.get("admission"), today))
        else:  # the decision recorded whole (or each step of it offline before a sync)
            data = _input(ooc.OocInput, after, conditions=[],
                          child_understood=bool(after.get("child_understood")),
                          parent_understood=bool(after.get("parent_understood")))
            steps.update(_errors_of(lambda: ooc.validate(session, child_id, data, today)))
    else:  # once decided, its assessment, recommendation and decision stand
        if changed & OOC_STEPS["assessment"]:
            steps.update(ooc_steps.assessment_errors(
                after.get("referral_date"), after.get("bail_date"), after.get("assessed_date"),
                after.get("screening_summary"), after.get("police_informed_date"),
                decided_before, today))
        if changed & OOC_STEPS["recommendation"]:
            steps.update(ooc_steps.recommendation_errors(
                after.get("assessed_date"), after.get("yjs_recommendation"),
                after.get("recommendation_rationale"), decided_before))
        if changed & OOC_STEPS["decision"]:
            if decided_before:
                steps.setdefault("decision", ooc_steps.DECIDED)
            elif before is not None and after.get("decision"):
                steps.update(ooc_steps.panel_decision_errors(
                    session, after, after.get("panel_date"), str(after.get("decision")),
                    after.get("rationale"), after.get("panel_attendees"), today))
    if changed & OOC_STEPS["delivery"]:
        for key, message in ooc_steps.delivery_step_errors(
                after.get("decision"), after.get("panel_date"), after.get("delivered_date"),
                after.get("delivered_by"), bool(after.get("child_understood")),
                bool(after.get("parent_understood")), today).items():
            steps.setdefault(key, message)
    prosecuted = bool(changed & OOC_STEPS["prosecution"])
    if changed & OOC_STEPS["outcome"]:
        if before is not None and before.get("outcome") is not None:
            steps.setdefault("outcome", ooc_steps.OUTCOME_RECORDED)
        elif after.get("outcome") is not None and not (
                prosecuted and after.get("outcome") == "non_compliance"):
            for key, message in ooc_steps.outcome_step_errors(
                    after.get("decision"), after.get("panel_date"), after.get("delivered_date"),
                    str(after.get("outcome")), after.get("outcome_date"), today).items():
                steps.setdefault(key, message)
    if prosecuted:
        for key, message in ooc_steps.prosecution_errors(
                after.get("decision"), after.get("panel_date"), after.get("delivered_date"),
                after.get("non_compliance_date"), after.get("prosecution_decision"),
                after.get("prosecution_decision_date"), today).items():
            steps.setdefault(key, message)
    if not steps:
        return errors
    return Whole({**errors, **{k: v for k, v in steps.items() if k not in errors}})


def ooc_condition_rule(session: Any, before: Row | None, after: Row, caller: Any,
                       when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.casework.ooc import ConditionInput, condition_problem

    problem = condition_problem(_input(ConditionInput, after))
    return {"description": problem} if problem else {}


def exit_rule(session: Any, before: Row | None, after: Row, caller: Any,
              when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.casework.exit import ExitInput, validate

    data = _input(ExitInput, after)
    return _errors_of(lambda: validate(session, _child_id(after), data, _day(when)))


def offence_rule(session: Any, before: Row | None, after: Row, caller: Any,
                 when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.justice import OffenceInput, offence_errors

    return offence_errors(_input(OffenceInput, after), _day(when))


def disposal_rule(session: Any, before: Row | None, after: Row, caller: Any,
                  when: dt.datetime) -> dict[str, str]:
    """A new disposal meets the disposal form (``justice.validate_disposal``); later
    changes (ending, extending) follow their own rules (``services.orders.sync_rules``),
    and its requirements are rows of their own."""
    from yjdesk.services.justice import DisposalInput, validate_disposal

    if before is not None:
        return {}
    data = _input(DisposalInput, after, offence_ids=[], requirements=[])
    dob = _dob(session, _child_id(after))
    return _without(_errors_of(lambda: validate_disposal(data, dob)), "requirements")


def transition_rule(session: Any, before: Row | None, after: Row, caller: Any,
                    when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.orders.transition import TransitionInput, transition_errors

    return transition_errors(_input(TransitionInput, after), _day(when))


def episode_rule(session: Any, before: Row | None, after: Row, caller: Any,
                 when: dt.datetime) -> dict[str, str]:
    """A custody episode's establishment (from the list) and the accommodation and ETE
    confirmed for release (``custody.establishment_errors``, ``resettlement_errors``); a
    remand's details as the remand form asks for them (``remand.remand_errors``: the
    designated authority, the LASPO set of conditions, the child's age); LASPO and release:
    ``services.orders.sync_rules``."""
    from yjdesk.services.orders.custody import establishment_errors, resettlement_errors

    errors = {**establishment_errors(after.get("establishment")),
              **resettlement_errors(after.get("accommodation_confirmed_on"),
                                    after.get("accommodation_detail"),
                                    after.get("ete_confirmed_on"), after.get("ete_detail"),
                                    _day(when))}
    for key, message in _remand_errors(session, _child_id(after), str(after.get("kind") or ""),
                                       after.get("placement_date"), after).items():
        errors.setdefault(key, message)  # a remand: the details the remand form asks for
    return errors


def meeting_rule(session: Any, before: Row | None, after: Row, caller: Any,
                 when: dt.datetime) -> dict[str, str]:
    """A custody planning meeting recorded as held (``custody.meeting_errors``)."""
    from yjdesk.models.orders import CustodyEpisode
    from yjdesk.services.orders.custody import meeting_errors

    if after.get("held_on") is None:
        return {}  # planned, not yet held
    episode_id = after.get("episode_id")
    episode = session.get(CustodyEpisode, episode_id) if isinstance(episode_id, str) \
        else None
    return meeting_errors(after.get("held_on"), after.get("attendees"), after.get("actions"),
                          episode.placement_date if episode is not None else None,
                          _day(when))


def panel_rule(session: Any, before: Row | None, after: Row, caller: Any,
               when: dt.datetime) -> dict[str, str]:
    """A referral order panel recorded as held: its date and what its kind may decide
    (``referral.panel_record_errors``; its members: ``services.orders.sync_rules``)."""
    from sqlalchemy import select

    from yjdesk.models.justice import Disposal
    from yjdesk.models.orders import ReferralContract, ReferralOrder
    from yjdesk.models.statuses import ContractStatus, PanelStatus
    from yjdesk.services.orders.referral import panel_record_errors

    if after.get("status") != PanelStatus.HELD:
        return {}
    order_id = after.get("referral_order_id")
    order = session.get(ReferralOrder, order_id) if isinstance(order_id, str) else None
    disposal = session.get(Disposal, order.disposal_id) if order is not None else None
    signed = order is not None and session.scalar(select(ReferralContract.id).where(
        ReferralContract.referral_order_id == order.id, not_deleted(ReferralContract),
        ReferralContract.status == ContractStatus.SIGNED).limit(1)) is not None
    return panel_record_errors(str(after.get("kind") or ""), after.get("held_on"),
                               after.get("outcome"),
                               disposal.decision_date if disposal is not None else None,
                               _day(when), signed)


def oversight_rule(session: Any, before: Row | None, after: Row, caller: Any,
                   when: dt.datetime) -> dict[str, str]:
    """The oversight form (``supervision.validate``; its actions are rows of their own)."""
    from yjdesk.services.oversight.supervision import OversightInput, validate

    data = _input(OversightInput, after, actions=[])
    return _errors_of(lambda: validate(session, data, _day(when)))


def answer_rule(session: Any, before: Row | None, after: Row, caller: Any,
                when: dt.datetime) -> dict[str, str]:
    """An answer fits its question on the stage's form (``forms.clean_value``)."""
    from yjdesk.models.assessment import AssessmentStage
    from yjdesk.services.assessments import forms

    stage_id = after.get("stage_id")
    stage = session.get(AssessmentStage, stage_id) if isinstance(stage_id, str) else None
    if stage is None:
        return {}  # the stage's own checks (scope, lock) judge a missing stage
    key = str(after.get("question_key") or "")
    try:
        form = forms.load(stage.form_version)
    except ValidationError as exc:
        return dict(exc.errors)
    q = form.question(key)
    for version in sorted(forms.known_versions(), reverse=True):
        if q is not None:
            break
        if version < stage.form_version:  # kept from an earlier version (upgrade, review)
            q = forms.load(version).question(key)
    if q is None:
        return {"question_key": f"'{key}' is not a question on assessment form version "
                                f"{stage.form_version}."}
    if after.get("yet_to_clarify") and not q.yet_to_clarify:
        return {"yet_to_clarify": f"'{q.label}' cannot be left as 'yet to clarify'."}
    raw = after.get("value")
    if raw is None:
        return {}
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return {"value": f"'{q.label}': the answer is not readable."}
    errors = _errors_of(lambda: forms.clean_value(q, value))
    return {"value": "; ".join(errors.values())} if errors else {}


def quality_audit_rule(session: Any, before: Row | None, after: Row, caller: Any,
                       when: dt.datetime) -> dict[str, str]:
    """The audit form (``quality_audit.check_audit``); its scores are rows of their own."""
    from yjdesk.services.oversight.quality_audit import AuditInput, check_audit

    data = _input(AuditInput, after, answers={}, feedback=after.get("feedback") or "")
    return _errors_of(lambda: check_audit(session, data, False, _day(when)))


def audit_answer_rule(session: Any, before: Row | None, after: Row, caller: Any,
                      when: dt.datetime) -> dict[str, str]:
    """A score fits the audit's questions (``quality_audit.check_audit``)."""
    from yjdesk.models.oversight import QualityAudit
    from yjdesk.services.oversight.quality_audit import AuditInput, check_audit

    audit_id = after.get("audit_id")
    audit = session.get(QualityAudit, audit_id) if isinstance(audit_id, str) else None
    if audit is None:
        return {}
    data = AuditInput(audit.case_type, audit.audited_on, None, answers={
        str(after.get("question") or ""): (str(after.get("score") or ""),
                                           str(after.get("evidence") or ""))})
    errors = _errors_of(lambda: check_audit(session, data, False, _day(when)))
    return {"score": "; ".join(errors.values())} if errors else {}


def safeguarding_rule(session: Any, before: Row | None, after: Row, caller: Any,
                      when: dt.datetime) -> dict[str, str]:
    from yjdesk.services.casework.safeguarding import item_errors

    return item_errors(after.get("summary"), after.get("status"),
                       after.get("manager_actions"))


#: Record type -> the laptop form's field validation, as a rule.
FIELD_RULES: dict[str, FieldRule] = {
    "assessment_answer": answer_rule,
    "child": child_rule,
    "child_address": address_rule,
    "compliance_record": compliance_rule,
    "contact": contact_rule,
    "court_hearing": hearing_rule,
    "custody_episode": episode_rule,
    "custody_meeting": meeting_rule,
    "disposal": disposal_rule,
    "exit_plan": exit_rule,
    "offence": offence_rule,
    "ooc_condition": ooc_condition_rule,
    "ooc_decision": ooc_rule,
    "oversight_record": oversight_rule,
    "plan": plan_rule,
    "plan_target": plan_target_rule,
    "psr": psr_rule,
    "quality_audit": quality_audit_rule,
    "quality_audit_answer": audit_answer_rule,
    "referral_panel": panel_rule,
    "relationship": relationship_rule,
    "review": review_rule,
    "safeguarding_item": safeguarding_rule,
    "transition_plan": transition_rule,
}


def field_errors(table: str, session: Any, before: Row | None, after: Row, caller: Any,
                 moments: Sequence[dt.datetime]) -> dict[str, str]:
    """The form's errors for this change that hold at every one of ``moments``."""
    rule = FIELD_RULES.get(table)
    if rule is None or after.get("deleted"):
        return {}
    errors: dict[str, str] | None = None
    whole = True
    for when in moments:
        found = rule(session, before, after, caller, when)
        whole = whole and isinstance(found, Whole)
        errors = found if errors is None else {k: v for k, v in errors.items()
                                               if found.get(k) == v}
        if not errors:
            return {}
    errors = errors or {}
    if before is not None and not whole:
        changed = {k for k, v in after.items() if before.get(k) != v}
        if "status" not in changed:  # becoming final, completed, submitted: judged whole
            errors = {k: v for k, v in errors.items()
                      if k.split("[")[0] in changed or k == ""}
    return errors


def field_refusal(table: str, session: Any, before: Row | None, after: Row, caller: Any,
                  moments: Sequence[dt.datetime]) -> str | None:
    """The form's errors (in its own words) for this change, or None."""
    errors = field_errors(table, session, before, after, caller, moments)
    if not errors:
        return None
    return "; ".join(errors.values())
