"""Legal limits of youth court orders, checked against the dated rule set in force.

Pure functions of plain facts (no session): the service layer (``services.justice``) calls
them before writing, and the sync service calls them on every pushed order and requirement
(``services.orders.sync_rules``), so the same words come back on both sides. Which rule set
applies depends on the order date (DTO terms, from 28 June 2022) or the conviction date
(curfew hours, extended activity).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from yjdesk.errors import Message
from yjdesk.services.humanise import date_text
from yjdesk.services.orders.rulesets import RuleSet, rule_set

YRO_TYPES = ("yro", "yro_iss")
CURFEWS = ("curfew_electronic", "curfew_doorstep")
#: Sentences for grave crimes, limited by the adult maximum for the offence, not a youth limit.
LONG_TERM = ("s250_detention", "s259_detention")


@dataclass(frozen=True)
class OrderFacts:
    disposal_type: str
    #: The date the order was made (the disposal's decision date).
    order_date: dt.date | None
    #: The date of conviction; the order date when not recorded.
    conviction_date: dt.date | None
    start_date: dt.date | None
    end_date: dt.date | None
    date_of_birth: dt.date | None = None

    @property
    def convicted_on(self) -> dt.date | None:
        return self.conviction_date or self.order_date

    def age_at_conviction(self) -> int | None:
        day, dob = self.convicted_on, self.date_of_birth
        if day is None or dob is None:
            return None
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


@dataclass(frozen=True)
class RequirementFacts:
    requirement_code: str
    quantity: int | None = None
    hours_per_week: int | None = None
    end_date: dt.date | None = None


def whole_months(start: dt.date, end: dt.date) -> int | None:
    """N when ``end`` is exactly N months after ``start``, else None."""
    delta = relativedelta(end, start)
    if delta.days == 0:
        return int(delta.years * 12 + delta.months)
    return None


def dto_term_error(order: OrderFacts) -> str | None:
    if order.start_date is None or order.end_date is None or order.order_date is None:
        return None
    rules = rule_set("dto_term", order.order_date)
    allowed = rules.get("allowed_months")
    start, end = order.start_date, order.end_date
    if allowed:
        months = whole_months(start, end)
        if months not in allowed:
            return Message("A detention and training order made before %1 must be %2 or %3 "
                           "months long (the end date must be exactly that many months after "
                           "the start).", date_text(_next_from("dto_term", order.order_date)),
                           ", ".join(str(m) for m in allowed[:-1]), allowed[-1])
        return None
    lo, hi = rules.int("min_months"), rules.int("max_months")
    if end < start + relativedelta(months=lo) or end > start + relativedelta(months=hi):
        return Message("A detention and training order lasts at least %1 and at most %2 "
                       "months.", lo, hi)
    return None


def _next_from(family: str, day: dt.date) -> dt.date:
    """The date the next rule set of ``family`` after the one in force on ``day`` applies."""
    from yjdesk.services.orders.rulesets import families

    for candidate in families()[family]:
        if candidate.applies_from > day:
            return candidate.applies_from
    return day


def order_length_errors(order: OrderFacts) -> dict[str, str]:
    """Length limits of the order itself (DTO terms, YRO and ISS, referral order)."""
    out: dict[str, str] = {}
    kind = order.disposal_type
    start, end, basis = order.start_date, order.end_date, order.order_date
    if kind == "dto":
        message = dto_term_error(order)
        if message:
            out["end_date"] = message
        age = order.age_at_conviction()
        if age is not None and age < 12:
            out["disposal_type"] = Message("A detention and training order can only be made "
                                           "on a child aged 12 or over at conviction.")
    if kind in YRO_TYPES and start and end and order.convicted_on:
        rules = rule_set("yro", order.convicted_on)
        hi = rules.int("max_months")
        if end > start + relativedelta(months=hi):
            out["end_date"] = Message("A youth rehabilitation order ends at most %1 years "
                                      "after it takes effect.", hi // 12)
        lo = rules.int("iss_min_months")
        if kind == "yro_iss" and end < start + relativedelta(months=lo):
            out["end_date"] = Message("A youth rehabilitation order with intensive "
                                      "supervision and surveillance lasts at least %1 months.",
                                      lo)
    if kind == "referral_order" and start and end and basis:
        rules = rule_set("referral_order", basis)
        lo, hi = rules.int("min_months"), rules.int("max_months")
        if end < start + relativedelta(months=lo) or end > start + relativedelta(months=hi):
            out["end_date"] = Message("A referral order lasts at least %1 and at most %2 "
                                      "months.", lo, hi)
    return out


def requirement_error(order: OrderFacts, req: RequirementFacts) -> str | None:
    """The first legal limit one requirement of a YRO breaks, or None."""
    if order.disposal_type not in YRO_TYPES or order.convicted_on is None:
        return None
    rules = rule_set("yro", order.convicted_on)
    code, qty = req.requirement_code, req.quantity
    start = order.start_date
    if code in CURFEWS:
        return _curfew_error(rules, order, req)
    if code == "unpaid_work":
        age = order.age_at_conviction()
        ages = rules.get("unpaid_work_ages") or [16, 17]
        if age is not None and not ages[0] <= age <= ages[-1]:
            return Message("Unpaid work can only be required of a child aged %1 or %2 at "
                           "conviction (this child was %3).", ages[0], ages[-1], age)
        lo, hi = rules.int("unpaid_work_min_hours"), rules.int("unpaid_work_max_hours")
        if qty is None or not lo <= qty <= hi:
            return Message("Unpaid work is from %1 to %2 hours in total.", lo, hi)
    if code == "exclusion":
        months = rules.int("exclusion_max_months")
        if req.end_date is None:
            return Message("Give the date the exclusion ends.")
        if start and req.end_date > start + relativedelta(months=months):
            return Message("An exclusion lasts at most %1 months.", months)
    if code == "activity":
        hi = rules.int("activity_max_days")
        if qty is not None and not 1 <= qty <= hi:
            return Message("An activity requirement is at most %1 days in total (more is an "
                           "extended activity requirement, only with ISS).", hi)
    if code == "extended_activity":
        if order.disposal_type != "yro_iss":
            return Message("An extended activity requirement is only possible in a YRO with "
                           "intensive supervision and surveillance.")
        lo, hi = rules.int("activity_max_days"), rules.int("extended_activity_max_days")
        if qty is None or not lo < qty <= hi:
            return Message("An extended activity requirement is more than %1 and at most %2 "
                           "days for a conviction on %3.", lo, hi,
                           date_text(order.convicted_on))
    if code == "attendance_centre":
        age = order.age_at_conviction()
        for band in rules.get("attendance_centre_hours_by_age") or []:
            in_band = age is not None and band["min_age"] <= age <= band["max_age"]
            if in_band and (qty is None or not band["min_hours"] <= qty <= band["max_hours"]):
                return Message("An attendance centre requirement for a child of %1 at "
                               "conviction is %2 to %3 hours.", age, band["min_hours"],
                               band["max_hours"])
    if code == "local_authority_residence":
        months = rules.int("la_residence_max_months")
        if req.end_date is None:
            return Message("Give the date the local authority residence requirement ends.")
        if start and req.end_date > start + relativedelta(months=months):
            return Message("Local authority residence lasts at most %1 months.", months)
        dob = order.date_of_birth
        if dob and req.end_date >= dob + relativedelta(years=18):
            return Message("Local authority residence must end before the child is 18.")
    if qty is not None and qty < 0:
        return Message("A quantity cannot be negative.")
    return None


def _curfew_error(rules: RuleSet, order: OrderFacts, req: RequirementFacts) -> str | None:
    lo, hi = rules.int("curfew_min_hours_per_day"), rules.int("curfew_max_hours_per_day")
    convicted = order.convicted_on
    assert convicted is not None
    if req.quantity is None or not lo <= req.quantity <= hi:
        return Message("A curfew is from %1 to %2 hours a day for a conviction on %3.", lo,
                       hi, date_text(convicted))
    week = rules.get("curfew_max_hours_per_week")
    if week is not None and req.hours_per_week is not None and req.hours_per_week > week:
        return Message("A curfew is at most %1 hours in any 7 days.", week)
    if week is not None and req.hours_per_week is None and req.quantity * 7 > week:
        return Message("At %1 hours a day the curfew would pass %2 hours in 7 days: give the "
                       "hours per week (some days shorter).", req.quantity, week)
    months = rules.int("curfew_within_months")
    if req.end_date is not None and order.start_date is not None \
            and req.end_date > order.start_date + relativedelta(months=months):
        return Message("Every curfew period falls within %1 months of the order taking "
                       "effect.", months)
    return None


ISS_WORDS = {"extended_activity": "extended activity", "supervision": "supervision",
             "curfew_electronic": "curfew", "curfew_doorstep": "curfew",
             "electronic_monitoring": "electronic monitoring"}


def composition_problems(order: OrderFacts,
                         requirements: Sequence[RequirementFacts]) -> dict[str, str]:
    """What the set of an order's requirements lacks, one entry per problem (an id such as
    ``iss:supervision`` or ``em_alone`` -> the message in plain words).

    The laptop (:func:`composition_errors`) and the sync service
    (``services.orders.composition``, judged once a push's rows are all applied) both
    call this, so an ISS order made, or a requirement deleted, on either side gets the same
    words."""
    out: dict[str, str] = {}
    if order.disposal_type not in YRO_TYPES or order.convicted_on is None:
        return out
    codes = {r.requirement_code for r in requirements}
    if order.disposal_type == "yro_iss":
        rules = rule_set("yro", order.convicted_on)
        missing = [group for group in rules.get("iss_requires") or []
                   if not codes & set(group)]
        words = sorted({ISS_WORDS.get(g[-1], g[-1]) for g in missing})
        message = Message("A YRO with intensive supervision and surveillance needs extended "
                          "activity, supervision, curfew and electronic monitoring "
                          "requirements; missing: %1.", ", ".join(words))
        for word in words:
            out[f"iss:{word}"] = message
    if codes == {"electronic_monitoring"}:
        out["em_alone"] = Message("Electronic monitoring can only go with at least one other "
                                  "requirement.")
    return out


def composition_errors(order: OrderFacts,
                       requirements: Sequence[RequirementFacts]) -> dict[str, str]:
    """Rules about the set of requirements (ISS needs four, EM needs another one)."""
    problems = composition_problems(order, requirements)
    return {"requirements": next(iter(problems.values()))} if problems else {}


def order_errors(order: OrderFacts, requirements: Sequence[RequirementFacts],
                 whole_order: bool = True) -> dict[str, str]:
    """Every limit the order and its requirements break, by field."""
    out = order_length_errors(order)
    for i, req in enumerate(requirements):
        message = requirement_error(order, req)
        if message:
            out.setdefault(f"requirements[{i}]", message)
    if whole_order:
        for key, message in composition_errors(order, requirements).items():
            out.setdefault(key, message)
    return out


def proposal_months_error(disposal_type: str | None, months: int | None,
                          on: dt.date) -> str | None:
    """A court report's proposed length: no youth order runs past the longest youth order."""
    if months is None:
        return None
    if disposal_type in LONG_TERM:
        return None if months >= 1 else Message("The proposed length is at least 1 month.")
    hi = rule_set("youth_order_length", on).int("max_months")
    if disposal_type == "referral_order":
        hi = rule_set("referral_order", on).int("max_months")
    elif disposal_type == "dto":
        hi = rule_set("dto_term", on).get("max_months") or max(
            rule_set("dto_term", on).get("allowed_months") or [24])
    if not 1 <= months <= hi:
        return Message("The proposed length is from 1 to %1 months.", hi)
    return None
