"""Referral orders (Sentencing Act 2020 ss.83-104, Sch 3-4; YJB-REFERENCE section 4).

* The order is 3-12 months; its **compliance period runs from the contract's signing**, not
  the court date: ``compliance_end = signed_on + length + extension``.
* The first (initial) panel is due within ``referral_order.initial_panel_working_days``
  working days of the order (policy, default 20: the current guidance wording was not
  found). Progress panels at least every ``referral_order.progress_panel_months`` months;
  the final panel at the end of the compliance period.
* Every meeting has at least one YJS member and two community volunteers (the numbers are in
  ``resources/rules``); a parent attends where the court ordered it (it must for a child of
  10-15).
* The contract is versioned terms (reparation, activities) signed by the child and a panel
  member; a variation is a new version. A PDF copy in plain language goes to the child.
* Extension by the court on the panel's report: at most 3 months, 12 months in total, only
  once the contract has taken effect and before the period ends.
* Referral back to court with the panel's written report; on satisfactory completion the
  conviction is spent.

:func:`panel_errors` and :func:`contract_errors` are pure functions of the row, called by the
service here and by the sync service on every pushed panel and contract
(``services.orders.sync_rules``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.errors import ValidationError, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.models.orders import ReferralContract, ReferralOrder, ReferralPanel
from yjdesk.models.statuses import (
    ContractStatus,
    PanelKind,
    PanelStatus,
    ReferralOrderStatus,
)
from yjdesk.services.fetch import child_rows, fetch_live
from yjdesk.services.humanise import date_text
from yjdesk.services.orders.limits import whole_months
from yjdesk.services.orders.rulesets import rule_set
from yjdesk.services.policy import current_policy
from yjdesk.services.validation import Errors
from yjdesk.services.workdays import add_working_days

PANEL_OUTCOMES = {
    "contract_agreed": "Contract agreed",
    "continue": "Progress reviewed: continue",
    "varied": "Contract varied (new version)",
    "adjourned": "Adjourned",
    "refer_back": "Referred back to court",
    "completed": "Completed satisfactorily",
    "not_completed": "Not completed",
}
PANEL_KINDS: dict[str, str] = {
    PanelKind.INITIAL: "Initial panel", PanelKind.PROGRESS: "Progress panel",
    PanelKind.FINAL: "Final panel", PanelKind.BREACH: "Breach / referral back panel"}


def names(text: str | None) -> list[str]:
    """The names in a one-per-line list."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


# --- pure rules (service and server) ------------------------------------------------------


def panel_errors(row: Mapping[str, Any], order_date: dt.date | None,
                 parent_ordered: bool) -> dict[str, str]:
    """What a held panel meeting must show: its members (at least one YJS member and two
    community volunteers), the parent where ordered, its outcome."""
    e = Errors()
    if row.get("status") != PanelStatus.HELD:
        return e.errors
    rules = rule_set("referral_order", order_date or dt.date.today())
    need_yjs, need_vol = rules.int("panel_min_yjs_members"), rules.int("panel_min_volunteers")
    if len(names(row.get("yjs_members"))) < need_yjs:
        e.add("yjs_members", "A panel meets with at least %1 YJS member: name them.",
              need_yjs)
    volunteers = names(row.get("volunteers"))
    if len(volunteers) < need_vol:
        e.add("volunteers", "A panel meets with at least %1 community volunteers "
              "(this one has %2): a panel with fewer cannot go ahead.", need_vol,
              len(volunteers))
    if not row.get("held_on"):
        e.add("held_on", "Give the date the panel met.")
    outcome = row.get("outcome")
    if outcome not in PANEL_OUTCOMES:
        e.add("outcome", "Record what the panel decided.")
    if parent_ordered and not row.get("parent_attended") \
            and outcome not in ("adjourned", "refer_back"):
        e.add("parent_attended", "The court ordered a parent to attend the panels: record "
              "that they attended, or adjourn the panel (or refer back).")
    return e.errors


PANEL_RECORDED = "This panel meeting has already been recorded."


def panel_record_errors(kind: str, held_on: dt.date | None, outcome: object,
                        order_date: dt.date | None, today: dt.date,
                        has_contract: bool) -> dict[str, str]:
    """When a panel met and what it may decide, by its kind (the service and the server,
    beyond :func:`panel_errors`)."""
    e = Errors()
    if held_on is not None and held_on > today:
        e.add("held_on", "The panel is dated in the future.")
    if held_on is not None and order_date is not None and held_on < order_date:
        e.add("held_on", "A panel cannot meet before the court made the order.")
    if kind == PanelKind.INITIAL and outcome not in (
            "contract_agreed", "adjourned", "refer_back"):
        e.add("outcome", "An initial panel agrees the contract, adjourns or refers back.")
    if kind == PanelKind.FINAL and outcome not in (
            "completed", "not_completed", "refer_back", "adjourned"):
        e.add("outcome", "A final panel decides whether the contract was completed.")
    if kind == PanelKind.FINAL and outcome == "completed" and not has_contract:
        e.add("outcome", "No contract was signed: the order cannot be completed.")
    return e.errors


def extension_errors(contract_signed_on: object, compliance_end_on: object
                     ) -> dict[str, str]:
    """An extension needs the contract in effect (the service and the server)."""
    if contract_signed_on is None or compliance_end_on is None:
        return {"months": "The period can only be extended once the contract has taken "
                          "effect."}
    return {}


def referral_back_errors(report: str | None, on: object) -> dict[str, str]:
    """A referral back to court goes with the panel's report, dated (service and server)."""
    e = Errors()
    if not (report or "").strip():
        e.add("referral_report", "A referral back goes with the panel's written report.")
    if on is None:
        e.add("referred_back_on", "Give the date of the referral back.")
    return e.errors


def contract_errors(row: Mapping[str, Any], order_date: dt.date | None) -> dict[str, str]:
    """What a signed contract must show: terms, the child's and a panel member's signature,
    a signing date on or after the order."""
    e = Errors()
    if row.get("status") != ContractStatus.SIGNED:
        return e.errors
    if not (str(row.get("reparation") or "").strip() or str(row.get("activities") or "").strip()):
        e.add("reparation", "A contract sets out reparation and activities: write its terms.")
    if not row.get("signed_by_child"):
        e.add("signed_by_child", "The child signs the contract.")
    if not str(row.get("panel_member_name") or "").strip():
        e.add("panel_member_name", "A panel member signs the contract: give their name.")
    signed = row.get("signed_on")
    if signed is None:
        e.add("signed_on", "Give the date the contract was signed.")
    elif order_date is not None and signed < order_date:
        e.add("signed_on", "The contract cannot be signed (%1) before the court made the "
              "order (%2).", date_text(signed), date_text(order_date))
    return e.errors


def compliance_end(signed_on: dt.date, length_months: int, extension_months: int) -> dt.date:
    end: dt.date = signed_on + relativedelta(months=length_months + extension_months)
    return end


def contract_hash(contract: ReferralContract) -> str:
    content = {"version": contract.version, "reparation": contract.reparation or "",
               "activities": contract.activities or "", "other": contract.other_terms or "",
               "signed_on": contract.signed_on.isoformat() if contract.signed_on else None,
               "panel_member": contract.panel_member_name or ""}
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


# --- the order ----------------------------------------------------------------------------


def parent_must_attend(child: Child, on: dt.date) -> bool:
    lo, hi = rule_set("referral_order", on).get("parent_must_attend_ages") or [10, 15]
    return bool(lo <= child.age_on(on) <= hi)


def open_order(session: Session, disposal: Disposal,
               parent_ordered: bool | None = None) -> ReferralOrder:
    """The referral order's own record, made with its disposal: the initial panel falls due."""
    policy = current_policy()
    child = session.get(Child, disposal.child_id)
    assert child is not None
    length = 12
    if disposal.end_date is not None:
        length = whole_months(disposal.start_date, disposal.end_date) or max(
            3, relativedelta(disposal.end_date, disposal.start_date).months)
    if parent_ordered is None:
        parent_ordered = parent_must_attend(child, disposal.decision_date)
    days = policy.referral_order.initial_panel_working_days
    order = ReferralOrder(
        child_id=disposal.child_id, disposal_id=disposal.id, length_months=length,
        parent_ordered=parent_ordered, status=ReferralOrderStatus.AWAITING_PANEL,
        initial_panel_due=add_working_days(disposal.decision_date, days))
    session.add(order)
    session.flush()
    session.add(ReferralPanel(child_id=order.child_id, referral_order_id=order.id,
                              kind=PanelKind.INITIAL, status=PanelStatus.PLANNED,
                              due_date=order.initial_panel_due))
    session.flush()
    return order


def get_order(session: Session, order_id: str) -> ReferralOrder:
    order = fetch_live(session, ReferralOrder, order_id, "No such referral order.")
    return order


def order_for_disposal(session: Session, disposal_id: str) -> ReferralOrder | None:
    return session.scalar(select(ReferralOrder).where(
        ReferralOrder.disposal_id == disposal_id, not_deleted(ReferralOrder)))


def orders_for_child(session: Session, child_id: str) -> list[ReferralOrder]:
    return child_rows(session, ReferralOrder, child_id, ReferralOrder.initial_panel_due.desc())


def _disposal(session: Session, order: ReferralOrder) -> Disposal:
    disposal = session.get(Disposal, order.disposal_id)
    assert disposal is not None
    return disposal


def panels(session: Session, order_id: str) -> list[ReferralPanel]:
    return list(session.scalars(select(ReferralPanel).where(
        ReferralPanel.referral_order_id == order_id, not_deleted(ReferralPanel))
        .order_by(ReferralPanel.due_date, ReferralPanel.held_on)))


def contracts(session: Session, order_id: str) -> list[ReferralContract]:
    return list(session.scalars(select(ReferralContract).where(
        ReferralContract.referral_order_id == order_id, not_deleted(ReferralContract))
        .order_by(ReferralContract.version)))


def current_contract(session: Session, order_id: str) -> ReferralContract | None:
    signed = [c for c in contracts(session, order_id) if c.status == ContractStatus.SIGNED]
    return signed[-1] if signed else None


# --- panels -------------------------------------------------------------------------------


@dataclass
class PanelInput:
    held_on: dt.date | None
    yjs_members: str | None
    volunteers: str | None
    outcome: str | None
    attendees: str | None = None
    child_attended: bool = True
    parent_attended: bool = False
    notes: str | None = None


def _ensure_planned(session: Session, order: ReferralOrder, kind: str,
                    due: dt.date) -> ReferralPanel:
    for panel in panels(session, order.id):
        if panel.status == PanelStatus.PLANNED and panel.kind == kind:
            panel.due_date = due
            return panel
    panel = ReferralPanel(child_id=order.child_id, referral_order_id=order.id, kind=kind,
                          status=PanelStatus.PLANNED, due_date=due)
    session.add(panel)
    return panel


def record_panel(session: Session, panel_id: str, data: PanelInput,
                 today: dt.date) -> ReferralPanel:
    """Record a panel meeting as held: members checked, what it decided, what is next."""
    policy = current_policy()
    panel = fetch_live(session, ReferralPanel, panel_id, "No such panel meeting.")
    if panel.status == PanelStatus.HELD:
        raise WorkflowError(PANEL_RECORDED)
    order = get_order(session, panel.referral_order_id)
    disposal = _disposal(session, order)
    row = {"status": PanelStatus.HELD, "held_on": data.held_on,
           "yjs_members": data.yjs_members, "volunteers": data.volunteers,
           "outcome": data.outcome, "parent_attended": data.parent_attended}
    errors = panel_errors(row, disposal.decision_date, order.parent_ordered)
    e = Errors()
    e.errors.update(errors)
    for key, message in panel_record_errors(
            panel.kind, data.held_on, data.outcome, disposal.decision_date, today,
            current_contract(session, order.id) is not None).items():
        e.add(key, message)
    e.raise_if_any()
    assert data.held_on is not None
    panel.status = PanelStatus.HELD
    panel.held_on = data.held_on
    panel.yjs_members = "\n".join(names(data.yjs_members))
    panel.volunteers = "\n".join(names(data.volunteers))
    panel.attendees = (data.attendees or "").strip() or None
    panel.child_attended = data.child_attended
    panel.parent_attended = data.parent_attended
    panel.outcome = data.outcome
    panel.notes = (data.notes or "").strip() or None
    months = policy.referral_order.progress_panel_months
    if data.outcome == "adjourned":
        session.add(ReferralPanel(child_id=order.child_id, referral_order_id=order.id,
                                  kind=panel.kind, status=PanelStatus.PLANNED,
                                  due_date=data.held_on + dt.timedelta(days=14)))
    elif data.outcome in ("continue", "varied") and order.compliance_end is not None:
        nxt = data.held_on + relativedelta(months=months)
        if nxt < order.compliance_end:
            _ensure_planned(session, order, PanelKind.PROGRESS, nxt)
    elif data.outcome == "completed":
        order.status = ReferralOrderStatus.COMPLETED
        order.ended_on = data.held_on
        order.conviction_spent_on = data.held_on
        disposal.outcome, disposal.outcome_date = "completed", data.held_on
        for other in panels(session, order.id):
            if other.status == PanelStatus.PLANNED and other.id != panel.id:
                other.deleted = True
    session.flush()
    return panel


def breach_panel(session: Session, disposal_id: str, on: dt.date,
                 days: int = 10) -> ReferralPanel | None:
    """Non-compliance goes back to the panel: a breach panel is planned (the panel must meet
    when it believes the contract is breached)."""
    order = order_for_disposal(session, disposal_id)
    if order is None:
        return None
    panel = _ensure_planned(session, order, PanelKind.BREACH, on + dt.timedelta(days=days))
    session.flush()
    return panel


# --- the contract ------------------------------------------------------------------------


@dataclass
class ContractInput:
    reparation: str | None
    activities: str | None
    other_terms: str | None = None
    panel_id: str | None = None


def draft_contract(session: Session, order_id: str, data: ContractInput) -> ReferralContract:
    """A new version of the contract's terms (the first, or a variation)."""
    order = get_order(session, order_id)
    if order.status in (ReferralOrderStatus.COMPLETED, ReferralOrderStatus.REFERRED_BACK,
                        ReferralOrderStatus.REVOKED):
        raise WorkflowError("The order has ended: its contract cannot change.")
    e = Errors()
    if not ((data.reparation or "").strip() or (data.activities or "").strip()):
        e.add("reparation", "A contract sets out reparation and activities: write its terms.")
    e.raise_if_any()
    for old in contracts(session, order_id):
        if old.status == ContractStatus.DRAFT:
            old.reparation = (data.reparation or "").strip() or None
            old.activities = (data.activities or "").strip() or None
            old.other_terms = (data.other_terms or "").strip() or None
            old.panel_id = data.panel_id or old.panel_id
            session.flush()
            return old
    version = (session.scalar(select(func.max(ReferralContract.version)).where(
        ReferralContract.referral_order_id == order_id)) or 0) + 1
    contract = ReferralContract(
        child_id=order.child_id, referral_order_id=order_id, panel_id=data.panel_id,
        version=version, status=ContractStatus.DRAFT,
        reparation=(data.reparation or "").strip() or None,
        activities=(data.activities or "").strip() or None,
        other_terms=(data.other_terms or "").strip() or None)
    session.add(contract)
    session.flush()
    return contract


def sign_contract(session: Session, contract_id: str, signed_on: dt.date | None,
                  panel_member_name: str | None, signed_by_child: bool,
                  today: dt.date) -> ReferralContract:
    """The child and a panel member sign: the first signing starts the compliance period."""
    policy = current_policy()
    contract = fetch_live(session, ReferralContract, contract_id, "No such contract.")
    if contract.status != ContractStatus.DRAFT:
        raise WorkflowError("This version of the contract has already been signed.")
    order = get_order(session, contract.referral_order_id)
    disposal = _disposal(session, order)
    row = {"status": ContractStatus.SIGNED, "reparation": contract.reparation,
           "activities": contract.activities, "signed_by_child": signed_by_child,
           "panel_member_name": panel_member_name, "signed_on": signed_on}
    e = Errors()
    e.errors.update(contract_errors(row, disposal.decision_date))
    if signed_on is not None and signed_on > today:
        e.add("signed_on", "The contract is dated in the future.")
    e.raise_if_any()
    assert signed_on is not None
    for old in contracts(session, order.id):
        if old.status == ContractStatus.SIGNED:
            old.status = ContractStatus.SUPERSEDED
    contract.status = ContractStatus.SIGNED
    contract.signed_on = signed_on
    contract.signed_by_child = True
    contract.panel_member_name = (panel_member_name or "").strip()
    contract.content_hash = contract_hash(contract)
    if order.contract_signed_on is None:
        order.contract_signed_on = signed_on
        order.status = ReferralOrderStatus.IN_CONTRACT
        order.compliance_end = compliance_end(signed_on, order.length_months,
                                              order.extension_months)
        disposal.end_date = order.compliance_end
        months = policy.referral_order.progress_panel_months
        nxt = signed_on + relativedelta(months=months)
        if nxt < order.compliance_end:
            _ensure_planned(session, order, PanelKind.PROGRESS, nxt)
        _ensure_planned(session, order, PanelKind.FINAL, order.compliance_end)
    session.flush()
    return contract


# --- extension, referral back -------------------------------------------------------------


def extend(session: Session, order_id: str, months: int | None, court_date: dt.date | None,
           child_present: bool = True) -> ReferralOrder:
    """The court extends the compliance period on the panel's written report."""
    order = get_order(session, order_id)
    disposal = _disposal(session, order)
    rules = rule_set("referral_order", disposal.decision_date)
    most, total = rules.int("extension_max_months"), rules.int("total_max_months")
    e = Errors()
    if months is None or not 1 <= months <= most:
        e.add("months", "The court can extend the period by 1 to %1 months.", most)
    elif order.length_months + order.extension_months + months > total:
        left = total - order.length_months - order.extension_months
        e.add("months", "A referral order lasts at most %1 months in total: this one can be "
              "extended by %2 more.", total, max(left, 0))
    for key, message in extension_errors(order.contract_signed_on,
                                         order.compliance_end).items():
        e.add(key, message)
    if court_date is None:
        e.add("court_date", "Give the date of the court's decision.")
    elif order.compliance_end is not None and court_date > order.compliance_end:
        e.add("court_date", "The compliance period has ended: it can no longer be extended.")
    if not child_present:
        e.add("child_present", "The child must be present in court for an extension.")
    e.raise_if_any()
    assert months is not None and order.contract_signed_on is not None
    order.extension_months += months
    order.extension_court_date = court_date
    order.compliance_end = compliance_end(order.contract_signed_on, order.length_months,
                                          order.extension_months)
    disposal.end_date = order.compliance_end
    for panel in panels(session, order.id):
        if panel.kind == PanelKind.FINAL and panel.status == PanelStatus.PLANNED:
            panel.due_date = order.compliance_end
    session.flush()
    return order


def refer_back(session: Session, order_id: str, report: str | None,
               on: dt.date | None) -> ReferralOrder:
    """The panel refers the child back to court with its written report."""
    order = get_order(session, order_id)
    e = Errors()
    e.errors.update(referral_back_errors(report, on))
    e.raise_if_any()
    if order.status in (ReferralOrderStatus.COMPLETED, ReferralOrderStatus.REVOKED):
        raise WorkflowError("The order has ended.")
    order.referral_report = (report or "").strip()
    order.referred_back_on = on
    order.status = ReferralOrderStatus.REFERRED_BACK
    session.flush()
    return order


def raise_if(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)
