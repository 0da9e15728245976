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


def _input(cls: type[Any], row: Row, **given: Any) -> Any:
    """A form's input dataclass filled from a row (missing required text is blank)."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in given:
            values[f.name] = given[f.name]
            continue
        value = row.get(f.name)
        if value is None:
            if f.default is not dataclasses.MISSING \
                    or f.default_factory is not dataclasses.MISSING:
                continue
            value = "" if f.type == "str" else None
        values[f.name] = value
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
    and, once recorded, the outcome's own fields (``outcomes.outcome_errors``)."""
    from yjdesk.services.court.hearings import HearingInput, validate_hearing
    from yjdesk.services.court.outcomes import outcome_errors

    data = _input(HearingInput, after, offence_ids=[])
    errors = _errors_of(lambda: validate_hearing(session, _child_id(after), data, _day(when)))
    if after.get("outcome") is not None:
        for key, message in outcome_errors(after.get("hearing_date"), after.get("outcome"),
                                           after.get("remand_type"), _day(when)).items():
            errors.setdefault(key, message)
    return errors


def ooc_rule(session: Any, before: Row | None, after: Row, caller: Any,
             when: dt.datetime) -> dict[str, str]:
    """An out-of-court record is made in steps (referral, assessment, recommendation,
    decision; or a police outcome learned afterwards), so every pushed one meets the
    referral's checks (``ooc.referral_errors``); the decision's own rules are
    ``casework.ooc_rules`` (also on the push path)."""
    from yjdesk.services.casework.ooc import ReferralInput, referral_errors

    if before is not None and not ({"referral_date", "bail_date", "offence_id",
                                    "gravity_score", "admission"}
                                   & {k for k, v in after.items() if before.get(k) != v}):
        return {}
    data = _input(ReferralInput, after)
    return referral_errors(session, _child_id(after), data, _day(when))


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
    confirmed for release (``custody.establishment_errors``, ``resettlement_errors``;
    LASPO and release: ``services.orders.sync_rules``)."""
    from yjdesk.services.orders.custody import establishment_errors, resettlement_errors

    return {**establishment_errors(after.get("establishment")),
            **resettlement_errors(after.get("accommodation_confirmed_on"),
                                  after.get("accommodation_detail"),
                                  after.get("ete_confirmed_on"), after.get("ete_detail"),
                                  _day(when))}


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
    for when in moments:
        found = rule(session, before, after, caller, when)
        errors = found if errors is None else {k: v for k, v in errors.items()
                                               if found.get(k) == v}
        if not errors:
            return {}
    errors = errors or {}
    if before is not None:
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
