"""The enforcement ledger of an order (Sentencing Act 2020 Sch 7 para 4; YJB-REFERENCE 3.4).

* Each warning is dated, tied to the failure it answers, and opens a **warned period** of
  ``warned_period_months`` (12) from its date.
* At most ``max_warnings_in_period`` (2) warnings in a warned period: the next unacceptable
  failure in it **requires breach action**, or an exceptional reason recorded and **signed
  off by a manager** (who did not write it).
* A referral order's non-compliance goes back to the panel, not to a warning; a DTO licence
  or notice-of-supervision breach is recorded with the court's decision.

The numbers are data (``resources/rules``, family ``yro_warnings``). :func:`ledger_refusal`
is the one rule, called here and on the server for every pushed ledger line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import Message, NotFound, PermissionDenied, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.models.orders import EnforcementStep
from yjdesk.models.org import Role
from yjdesk.models.statuses import EnforcementKind
from yjdesk.models.types import utcnow
from yjdesk.services.fetch import fetch_live
from yjdesk.services.humanise import date_text
from yjdesk.services.orders.rulesets import rule_set
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors

MANAGERS = frozenset({Role.TEAM_MANAGER, Role.SERVICE_MANAGER})
KIND_WORDS: dict[str, str] = {EnforcementKind.WARNING: "Warning",
              EnforcementKind.BREACH_ACTION: "Breach action (information laid)",
              EnforcementKind.EXCEPTIONAL_REASON: "No breach: exceptional reason",
              EnforcementKind.REFERRED_TO_PANEL: "Referred to the panel",
              EnforcementKind.LICENCE_BREACH: "Licence / supervision breach"}
#: Orders with statutory warnings (YRO); referral orders go back to the panel.
WARNED_ORDERS = ("yro", "yro_iss")
LICENCE_ORDERS = ("dto", "s250_detention", "s259_detention")


@dataclass(frozen=True)
class Warning_:
    step_date: dt.date
    warned_period_end: dt.date


def warned_period_end(warning_date: dt.date) -> dt.date:
    months = rule_set("yro_warnings", warning_date).int("warned_period_months")
    end: dt.date = warning_date + relativedelta(months=months)
    return end


def warnings_covering(warnings: Iterable[Warning_], failure_date: dt.date) -> int:
    """How many warnings' warned periods cover ``failure_date``."""
    return sum(1 for w in warnings if w.step_date <= failure_date <= w.warned_period_end)


def ledger_refusal(disposal_type: str, kind: str, failure_date: dt.date,
                   warnings: Iterable[Warning_]) -> str | None:
    """Why this ledger line may not be recorded (None: it may)."""
    if kind == EnforcementKind.WARNING:
        if disposal_type == "referral_order":
            return ("A referral order's non-compliance goes back to the youth offender panel, "
                    "not to a warning.")
        most = rule_set("yro_warnings", failure_date).int("max_warnings_in_period")
        if warnings_covering(warnings, failure_date) >= most:
            return Message("The child has already had %1 warnings in the warned period "
                           "covering %2: the law requires breach action now, or an "
                           "exceptional reason signed off by a manager.", most,
                           date_text(failure_date))
    if kind == EnforcementKind.REFERRED_TO_PANEL and disposal_type != "referral_order":
        return "Only referral order non-compliance is referred to the panel."
    if kind == EnforcementKind.LICENCE_BREACH and disposal_type not in LICENCE_ORDERS:
        return "A licence or supervision breach belongs to a custodial sentence."
    return None


def ledger(session: Session, disposal_id: str) -> list[EnforcementStep]:
    return list(session.scalars(select(EnforcementStep).where(
        EnforcementStep.disposal_id == disposal_id, not_deleted(EnforcementStep))
        .order_by(EnforcementStep.step_date, EnforcementStep.failure_date)))


def stored_warnings(session: Session, disposal_id: str,
                    exclude: str | None = None) -> list[Warning_]:
    return [Warning_(s.step_date, s.warned_period_end or warned_period_end(s.step_date))
            for s in ledger(session, disposal_id)
            if s.kind == EnforcementKind.WARNING and s.id != exclude]


def next_step_required(session: Session, disposal_id: str, failure_date: dt.date) -> str:
    """"warning" while a warning is still open to the officer, else "breach_action"."""
    disposal = session.get(Disposal, disposal_id)
    if disposal is None:
        raise NotFound("No such order.")
    if disposal.disposal_type == "referral_order":
        return EnforcementKind.REFERRED_TO_PANEL
    refusal = ledger_refusal(disposal.disposal_type, EnforcementKind.WARNING, failure_date,
                             stored_warnings(session, disposal_id))
    return EnforcementKind.BREACH_ACTION if refusal else EnforcementKind.WARNING


@dataclass
class StepInput:
    kind: str
    failure_date: dt.date | None
    failure: str | None
    step_date: dt.date | None
    reason: str | None = None
    compliance_record_id: str | None = None
    court_decision: str | None = None


def check_step(session: Session, disposal_id: str, data: StepInput, today: dt.date) -> Disposal:
    """Every problem with a ledger line, before anything is written."""
    disposal = fetch_live(session, Disposal, disposal_id, "No such order.")
    e = Errors()
    if data.kind not in KIND_WORDS:
        e.add("kind", "Choose what was done about the failure.")
    if data.failure_date is None:
        e.add("failure_date", "Give the date of the failure.")
    elif data.failure_date > today:
        e.add("failure_date", "The failure is dated in the future.")
    elif data.failure_date < disposal.start_date:
        e.add("failure_date", "The failure is before the order started.")
    if not (data.failure or "").strip():
        e.add("failure", "Describe the failure: a warning says what happened and that it was "
                         "unacceptable.")
    if data.step_date is None:
        e.add("step_date", "Give the date.")
    elif data.failure_date is not None and data.step_date < data.failure_date:
        e.add("step_date", "The action cannot come before the failure.")
    if data.kind == EnforcementKind.EXCEPTIONAL_REASON and not (data.reason or "").strip():
        e.add("reason", "Give the exceptional reason for not taking breach action.")
    if data.failure_date is not None and data.kind in KIND_WORDS:
        refusal = ledger_refusal(disposal.disposal_type, data.kind, data.failure_date,
                                 stored_warnings(session, disposal_id))
        if refusal:
            e.add("kind", refusal)
    e.raise_if_any()
    return disposal


def record_step(session: Session, disposal_id: str, data: StepInput,
                today: dt.date) -> EnforcementStep:
    disposal = check_step(session, disposal_id, data, today)
    assert data.step_date is not None and data.failure_date is not None
    step = EnforcementStep(
        child_id=disposal.child_id, disposal_id=disposal_id, kind=data.kind,
        compliance_record_id=data.compliance_record_id, step_date=data.step_date,
        failure_date=data.failure_date, failure=(data.failure or "").strip(),
        warned_period_end=warned_period_end(data.step_date)
        if data.kind == EnforcementKind.WARNING else None,
        reason=(data.reason or "").strip() or None, given_by=actor_of(session).user_id,
        court_decision=(data.court_decision or "").strip() or None)
    session.add(step)
    session.flush()
    if data.kind == EnforcementKind.REFERRED_TO_PANEL:  # the panel meets about it
        from yjdesk.services.orders.referral import breach_panel

        breach_panel(session, disposal_id, data.step_date)
    return step


def sign_off_exception(session: Session, step_id: str) -> EnforcementStep:
    """A manager signs off an exceptional reason for not taking breach action."""
    step = fetch_live(session, EnforcementStep, step_id, "No such ledger line.")
    if step.kind != EnforcementKind.EXCEPTIONAL_REASON:
        raise WorkflowError("Only an exceptional reason is signed off.")
    if step.signed_off_by:
        raise WorkflowError("This exceptional reason has already been signed off.")
    actor = actor_of(session)
    if actor.role not in MANAGERS:
        raise PermissionDenied("Only a team or service manager can sign off an exceptional "
                               "reason for not taking breach action.")
    if actor.user_id == step.given_by:
        raise PermissionDenied("A manager cannot sign off a reason they recorded themselves.")
    step.signed_off_by = actor.user_id
    step.signed_off_at = utcnow()
    session.flush()
    return step


def record_court_decision(session: Session, step_id: str, decision: str | None) -> EnforcementStep:
    step = fetch_live(session, EnforcementStep, step_id, "No such ledger line.")
    if step.kind not in (EnforcementKind.BREACH_ACTION, EnforcementKind.LICENCE_BREACH):
        raise WorkflowError("A court decision follows breach action.")
    if not (decision or "").strip():
        e = Errors()
        e.add("court_decision", "Record what the court decided.")
        e.raise_if_any()
    step.court_decision = (decision or "").strip()
    session.flush()
    return step
