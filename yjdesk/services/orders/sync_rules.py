"""Court-order invariants the sync service enforces on pushed changes (issue 13).

The same pure functions as the laptop's services (``services.orders.limits`` ...), fed
from the pushed row and the server's own records. Registered in
``yjdesk.server.rules.RULES`` through :data:`ORDERS_RULES`. A rule judges a row only when
a field it is about changes, so editing an old record's notes is never refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal, DisposalRequirement
from yjdesk.models.orders import ReferralOrder
from yjdesk.models.statuses import (
    ContractStatus,
    EnforcementKind,
    PanelStatus,
    ReferralOrderStatus,
)
from yjdesk.services.change_rules import ChangeLike, judges
from yjdesk.services.codes import codelist
from yjdesk.services.dates import lenient_date
from yjdesk.services.orders.custody import ALREADY_RECORDED, release_errors
from yjdesk.services.orders.delivery import delivery_errors
from yjdesk.services.orders.enforcement import (
    MANAGERS,
    ledger_refusal,
    stored_warnings,
    warned_period_end,
)
from yjdesk.services.orders.limits import (
    OrderFacts,
    RequirementFacts,
    order_length_errors,
    requirement_error,
)
from yjdesk.services.orders.referral import (
    PANEL_RECORDED,
    compliance_end,
    contract_errors,
    extension_errors,
    panel_errors,
    referral_back_errors,
)
from yjdesk.services.orders.rulesets import rule_set

ORDER_FIELDS = {"disposal_type", "decision_date", "conviction_date", "start_date", "end_date"}
REQUIREMENT_FIELDS = {"requirement_code", "quantity", "hours_per_week", "end_date",
                      "disposal_id"}


def as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return None


def _dob(change: ChangeLike, child_id: object) -> dt.date | None:
    if not isinstance(child_id, str):
        return None
    found = change.session.scalar(select(Child.date_of_birth).where(Child.id == child_id))
    return found if isinstance(found, dt.date) else None


def order_facts(change: ChangeLike, row: dict[str, Any]) -> OrderFacts:
    return OrderFacts(
        disposal_type=str(row.get("disposal_type") or ""),
        order_date=lenient_date(row.get("decision_date")),
        conviction_date=lenient_date(row.get("conviction_date")),
        start_date=lenient_date(row.get("start_date")), end_date=lenient_date(row.get("end_date")),
        date_of_birth=_dob(change, row.get("child_id")))


@judges("disposal")
def order_limits(change: ChangeLike) -> str | None:
    """An order's length within the law in force on its dates (DTO terms, YRO).

    A referral order's length is judged on its ``referral_order`` row: its disposal's end
    date moves with the contract's signing and any extension."""
    if not change.changed & ORDER_FIELDS \
            or change.proposed.get("disposal_type") == "referral_order":
        return None
    errors = order_length_errors(order_facts(change, dict(change.proposed)))
    return next(iter(errors.values()), None)


def _order_date(change: ChangeLike, disposal_id: object) -> dt.date | None:
    order = change.session.get(Disposal, disposal_id) if isinstance(disposal_id, str) else None
    return order.decision_date if order is not None else None


@judges("referral_order")
def referral_order_limits(change: ChangeLike) -> str | None:
    """3-12 months; extensions at most 3 months, 12 in total; the compliance period runs
    from the contract's signing."""
    if change.proposed.get("deleted"):
        return None
    row = change.proposed
    day = _order_date(change, row.get("disposal_id")) or dt.date.today()
    rules = rule_set("referral_order", day)
    length, ext = as_int(row.get("length_months")), as_int(row.get("extension_months")) or 0
    lo, hi = rules.int("min_months"), rules.int("max_months")
    if length is None or not lo <= length <= hi:
        return f"A referral order lasts at least {lo} and at most {hi} months."
    if ext < 0 or length + ext > rules.int("total_max_months"):
        return (f"A referral order can be extended by at most "
                f"{rules.int('extension_max_months')} months, "
                f"{rules.int('total_max_months')} in total.")
    current_ext = as_int((change.current or {}).get("extension_months")) or 0
    if ext - current_ext > rules.int("extension_max_months"):
        return (f"The court extends a referral order by at most "
                f"{rules.int('extension_max_months')} months at a time.")
    if ext > current_ext:
        refusal = next(iter(extension_errors(row.get("contract_signed_on"),
                                             row.get("compliance_end")).values()), None)
        if refusal:
            return refusal
    if row.get("status") == ReferralOrderStatus.REFERRED_BACK \
            and change.changed & {"status", "referral_report", "referred_back_on"}:
        refusal = next(iter(referral_back_errors(row.get("referral_report"),
                                                 row.get("referred_back_on")).values()), None)
        if refusal:
            return refusal
    signed = lenient_date(row.get("contract_signed_on"))
    end = lenient_date(row.get("compliance_end"))
    if signed is not None and end is not None and end != compliance_end(signed, length, ext):
        return "The compliance period runs from the contract's signing for the order's length."
    return None


def _referral(change: ChangeLike, order_id: object) -> tuple[dt.date | None, bool]:
    if not isinstance(order_id, str):
        return None, False
    order = change.session.get(ReferralOrder, order_id)
    if order is None:
        return None, False
    return _order_date(change, order.disposal_id), bool(order.parent_ordered)


@judges("referral_panel")
def referral_panel_members(change: ChangeLike) -> str | None:
    """A held panel had at least one YJS member and two community volunteers."""
    if change.proposed.get("deleted"):
        return None
    if not change.changed & {"status", "yjs_members", "volunteers", "held_on", "outcome",
                             "parent_attended"}:
        return None
    if change.current is not None and change.current.get("status") == PanelStatus.HELD:
        return PANEL_RECORDED
    day, parent = _referral(change, change.proposed.get("referral_order_id"))
    row = {**change.proposed, "held_on": lenient_date(change.proposed.get("held_on"))}
    errors = panel_errors(row, day, parent)
    return next(iter(errors.values()), None)


@judges("referral_contract")
def referral_contract_signed(change: ChangeLike) -> str | None:
    """A signed contract: terms, both signatures, not before the order; then locked."""
    current = change.current
    if current is not None and current.get("status") in (ContractStatus.SIGNED,
                                                         ContractStatus.SUPERSEDED):
        allowed = {"status"} if current.get("status") == ContractStatus.SIGNED else set()
        if change.changed - allowed or (change.changed and change.proposed.get("status")
                                        != ContractStatus.SUPERSEDED):
            return "a signed contract cannot be changed: agree a new version"
        return None
    day, _ = _referral(change, change.proposed.get("referral_order_id"))
    row = {**change.proposed, "signed_on": lenient_date(change.proposed.get("signed_on"))}
    errors = contract_errors(row, day)
    return next(iter(errors.values()), None)


@judges("disposal_requirement")
def requirement_limits(change: ChangeLike) -> str | None:
    """A YRO requirement's quantity within the limits for the order's conviction date."""
    if not change.changed & REQUIREMENT_FIELDS or change.proposed.get("deleted"):
        return None
    row = change.proposed
    if row.get("requirement_code") not in codelist("requirement"):
        return "Unknown requirement or condition."  # the disposal form's words
    order = change.session.get(Disposal, row.get("disposal_id"))
    if order is None:
        return None
    facts = OrderFacts(order.disposal_type, order.decision_date, order.conviction_date,
                       order.start_date, order.end_date,
                       _dob(change, order.child_id))
    req = RequirementFacts(str(row.get("requirement_code") or ""), as_int(row.get("quantity")),
                           as_int(row.get("hours_per_week")), lenient_date(row.get("end_date")))
    return requirement_error(facts, req)


@judges("custody_episode")
def custody_episode_rules(change: ChangeLike) -> str | None:
    """A LASPO remand names its designated authority and the looked-after start; a release
    has accommodation and ETE confirmed before it and (a sentence) licence conditions."""
    if change.proposed.get("deleted"):
        return None
    row = change.proposed
    if row.get("kind") in ("remand_la", "remand_yda") and (
            not str(row.get("designated_authority") or "").strip()
            or not row.get("looked_after_from")):
        return ("a remand to local authority or youth detention accommodation makes the "
                "child looked after: record the designated authority and the date")
    released = row.get("status") == "on_licence" and (
        change.current is None or change.current.get("status") != "on_licence")
    if released:
        facts = SimpleNamespace(
            kind=row.get("kind"), placement_date=lenient_date(row.get("placement_date")),
            accommodation_confirmed_on=lenient_date(row.get("accommodation_confirmed_on")),
            ete_confirmed_on=lenient_date(row.get("ete_confirmed_on")))
        errors = release_errors(facts, None, lenient_date(row.get("release_date")),
                                str(row.get("licence_conditions") or ""))
        return next(iter(errors.values()), None)
    return None


@judges("requirement_delivery")
def delivery_lines(change: ChangeLike) -> str | None:
    """Delivery matches its requirement (hours, days, sessions; violations say who
    reported them)."""
    if change.proposed.get("deleted"):
        return None
    row = change.proposed
    req = change.session.get(DisposalRequirement, row.get("requirement_id"))
    if req is None:
        return None
    errors = delivery_errors(req.requirement_code, str(row.get("kind") or ""),
                             as_int(row.get("quantity")), str(row.get("reported_by") or ""))
    return next(iter(errors.values()), None)


MEETING_FIELDS = {"held_on", "attendees", "actions"}


@judges("custody_meeting")
def custody_meeting_held(change: ChangeLike) -> str | None:
    """A planning meeting is recorded once (its date, attendees and actions are judged by
    the laptop's rule on the push path: ``services.record_rules``)."""
    if change.proposed.get("deleted") \
            or not change.changed & MEETING_FIELDS:
        return None
    if change.current is not None and change.current.get("held_on"):
        return ALREADY_RECORDED
    return None


LEDGER_MUTABLE = {"signed_off_by", "signed_off_at", "court_decision", "updated_at",
                  "updated_by"}


@judges("enforcement_step")
def enforcement_ledger(change: ChangeLike) -> str | None:
    """A ledger line is written once (a sign-off or the court's decision may follow); a
    third warning in a warned period is refused; only a manager who did not write an
    exceptional reason signs it off."""
    row, current = change.proposed, change.current
    if current is not None:
        if change.changed - LEDGER_MUTABLE:
            return "the enforcement ledger cannot be changed: add a new line"
        if "court_decision" in change.changed and current.get("court_decision"):
            return "the court's decision on a breach is recorded once"
    else:
        order = change.session.get(Disposal, row.get("disposal_id"))
        failure = lenient_date(row.get("failure_date"))
        if order is not None and failure is not None:
            refusal = ledger_refusal(order.disposal_type, str(row.get("kind") or ""), failure,
                                     stored_warnings(change.session, order.id,
                                                     exclude=str(row.get("id") or "")))
            if refusal:
                return refusal
        step = lenient_date(row.get("step_date"))
        if row.get("kind") == EnforcementKind.WARNING and step is not None \
                and lenient_date(row.get("warned_period_end")) != warned_period_end(step):
            return "a warning's warned period runs 12 months from the warning"
    if row.get("signed_off_by") and (current is None or not current.get("signed_off_by")):
        actor = change.actor
        if row.get("kind") != EnforcementKind.EXCEPTIONAL_REASON:
            return "only an exceptional reason is signed off"
        if actor.role not in MANAGERS or row.get("signed_off_by") != actor.user_id:
            return "only a team or service manager signs off an exceptional reason, in " \
                   "their own name"
        if row.get("given_by") == actor.user_id:
            return "a manager cannot sign off a reason they recorded themselves"
    return None


ORDERS_RULES: list[Callable[[ChangeLike], str | None]] = [
    order_limits, requirement_limits, referral_order_limits, referral_panel_members,
    referral_contract_signed, enforcement_ledger, custody_episode_rules, delivery_lines,
    custody_meeting_held]
