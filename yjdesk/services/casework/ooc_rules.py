"""Out-of-court rules, written once (YJB-REFERENCE 3.1): who decides, how a disposal may end.

Pure functions of plain values; :mod:`yjdesk.services.casework.ooc` and
:mod:`yjdesk.services.justice` call them on the laptop, and the sync service calls the
``*_rule`` functions (registered in ``yjdesk.server.rules.RULES``) on every pushed change, so
a laptop and the server refuse the same thing with the same words.

* Out-of-court disposals are police decisions. NFA, triage, RJ-instant, Outcome 22/23 and a
  first community resolution are police-led; only a second or later community resolution,
  RJ-formal and the cautions go to the joint police-YJS decision panel (``route`` in the code
  list ``ooc_decision``).
* A caution cannot be breached: an out-of-court disposal ends completed or not completed.
  A youth conditional caution not complied with goes to a prosecution decision for the
  original offence (CDA 1998 s.66E), recorded on the decision.
* Only full completion is completion (KPI 6): "partially completed" is not completed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from yjdesk.errors import LowerWord, Message
from yjdesk.models.base import not_deleted
from yjdesk.models.statuses import OocStage
from yjdesk.services.change_rules import ChangeLike, judges
from yjdesk.services.codes import codelist
from yjdesk.services.dates import strict_date
from yjdesk.services.humanise import date_text
from yjdesk.services.policy import current_policy
from yjdesk.services.workdays import add_working_days

POLICE = "police"
PANEL = "panel"
ROUTE_LABEL = {POLICE: "Police-led", PANEL: "Joint decision panel"}
YCC = "youth_conditional_caution"


def decision_route(decision: str, prior_same: int) -> str:
    """Who decides ``decision`` ("police" or "panel"), given how many disposals of the same
    type the child had before (a second community resolution goes to the panel)."""
    code = codelist("ooc_decision").get(decision)
    if code is None:
        return PANEL
    route = str(code.extra.get("route") or PANEL)
    if route == POLICE and code.extra.get("panel_if_repeat") and prior_same >= 1:
        return PANEL
    return route


def decision_body(route: str) -> str:
    return "Police (police-led)" if route == POLICE else "Youth Disposal Panel"


def disposal_outcome_refusal(category: str | None, disposal_type: str | None,
                             outcome: str | None) -> str | None:
    """Plain words refusing an end that a disposal of this kind cannot have, or None."""
    if outcome is None or category != "out_of_court":
        return None
    code = codelist("disposal_outcome").get(outcome)
    if code is not None and code.extra.get("court_only"):
        kind = codelist("disposal_type").label(disposal_type) or "Out-of-court disposal"
        return Message("A %1 cannot be breached: an out-of-court disposal ends completed or "
                       "not completed (a conditional caution not complied with goes to a "
                       "prosecution decision for the original offence)", LowerWord(kind))
    return None


def outcome_refusal(decision: str | None, outcome: str | None) -> str | None:
    """An out-of-court outcome that does not fit the decision, or None."""
    if outcome is None:
        return None
    code = codelist("ooc_outcome").get(outcome)
    if code is not None and code.extra.get("conditional_only") and decision != YCC:
        return Message("Only a youth conditional caution has conditions whose non-compliance "
                       "leads to a prosecution decision; choose 'not completed'")
    return None


def prosecution_refusal(row: Mapping[str, Any]) -> dict[str, str]:
    """Field -> message for a prosecution decision that does not fit (empty when it fits)."""
    errors: dict[str, str] = {}
    decision = row.get("prosecution_decision")
    noncompliance = row.get("non_compliance_date")
    if (decision or noncompliance) and row.get("decision") != YCC:
        errors["prosecution_decision"] = (
            "A prosecution decision after non-compliance applies to a youth conditional caution "
            "only (a caution cannot be breached)")
        return errors
    if decision is not None and decision not in codelist("ycc_prosecution"):
        errors["prosecution_decision"] = Message("'%1' is not a known prosecution decision",
                                                 decision)
    if decision is not None and noncompliance is None:
        errors["non_compliance_date"] = "Record when the conditions were not complied with"
    on = row.get("prosecution_decision_date")
    if decision is not None and decision != "pending" and on is None:
        errors["prosecution_decision_date"] = "The date of the prosecution decision is required"
    if on is not None and noncompliance is not None and str(on) < str(noncompliance):
        errors["prosecution_decision_date"] = (
            "The prosecution decision cannot be before the non-compliance")
    return errors


def prior_by_type(session: Any, child_id: str, before: dt.date,
                  exclude_disposal: str | None = None) -> dict[str, int]:
    """The child's out-of-court disposals decided before ``before``, counted by type."""
    from yjdesk.models.justice import Disposal

    stmt = (select(Disposal.disposal_type, func.count())
            .where(Disposal.child_id == child_id, not_deleted(Disposal),
                   Disposal.category == "out_of_court", Disposal.decision_date < before)
            .group_by(Disposal.disposal_type))
    if exclude_disposal:
        stmt = stmt.where(Disposal.id != exclude_disposal)
    return {str(kind): int(n) for kind, n in session.execute(stmt)}


def prior_same(prior: Mapping[str, int], decision: str) -> int:
    code = codelist("ooc_decision").get(decision)
    kind = code.extra.get("disposal_type") if code else None
    return int(prior.get(str(kind), 0)) if kind else 0


# --- the same rules on the sync service's pushed changes -----------------------------------


@judges("disposal")
def ooc_disposal_not_breached_rule(change: ChangeLike) -> str | None:
    if "outcome" not in change.changed:
        return None
    p = change.proposed
    message = disposal_outcome_refusal(_s(p.get("category")), _s(p.get("disposal_type")),
                                       _s(p.get("outcome")))
    return message.lower()[:1] + message[1:] if message else None


@judges("ooc_decision")
def ooc_decision_rule(change: ChangeLike) -> str | None:
    if not change.changed:
        return None
    p = change.proposed
    message = outcome_refusal(str(p.get("decision") or ""), _s(p.get("outcome")))
    if message:
        return message
    errors = prosecution_refusal(p)
    if errors:
        return next(iter(errors.values()))
    if {"route", "decision", "panel_date"} & change.changed and p.get("panel_date") \
            and p.get("decision"):
        prior = prior_by_type(change.session, str(p.get("child_id")),
                              strict_date(p.get("panel_date")), _s(p.get("disposal_id")))
        want = decision_route(str(p.get("decision")), prior_same(prior, str(p.get("decision"))))
        if p.get("route") != want:
            return (f"a {codelist('ooc_decision').label(str(p.get('decision'))).lower()} here is "
                    f"decided by the {'police' if want == POLICE else 'joint decision panel'}")
    judged = {"decision", "route", "yjs_recommendation", "panel_attendees", "admission",
              "evidential_standard_met", "gravity_score"}
    if judged & change.changed:
        errors = decision_problems(p)
        if errors:
            first = next(iter(errors.values()))
            return first[:1].lower() + first[1:]
    return None


def _s(value: object) -> str | None:
    return None if value is None else str(value)


OOC_RULES = [ooc_disposal_not_breached_rule, ooc_decision_rule]


# --- the out-of-court process as practised ------------------------------------------------

CAUTIONS = ("youth_caution", YCC)


def stage_of(row: Any) -> OocStage:
    """Where a case stands (an ORM row or anything with the same attributes)."""
    if getattr(row, "outcome", None):
        return OocStage.ENDED
    if getattr(row, "delivered_date", None):
        return OocStage.DELIVERED
    if getattr(row, "decision", None):
        return OocStage.DECIDED
    if getattr(row, "yjs_recommendation", None):
        return OocStage.RECOMMENDED
    if getattr(row, "assessed_date", None):
        return OocStage.ASSESSED
    return OocStage.REFERRED


@dataclass(frozen=True)
class Timescales:
    """The OoCD timescales (policy ``out_of_court``): assessed within N working days of the
    referral; all assessments concluded and the police informed within M of bail."""

    assess_due: dt.date | None
    inform_due: dt.date | None
    assessed_late: bool
    informed_late: bool

    def describe(self) -> list[str]:
        out: list[str] = []
        if self.assess_due is not None:
            out.append(f"YJS assessment due {date_text(self.assess_due)}"
                       f"{' - late' if self.assessed_late else ''}")
        if self.inform_due is not None:
            out.append(f"Police to be informed by {date_text(self.inform_due)}"
                       f"{' - late' if self.informed_late else ''}")
        return out


def timescales(referral: dt.date | None, bail: dt.date | None, assessed: dt.date | None,
               informed: dt.date | None, today: dt.date) -> Timescales:
    p = current_policy()
    assess_days = p.out_of_court.assess_working_days_from_referral
    inform_days = p.out_of_court.inform_police_working_days_from_bail
    assess_due = add_working_days(referral, assess_days) if referral else None
    inform_due = add_working_days(bail, inform_days) if bail else None
    return Timescales(
        assess_due, inform_due,
        assess_due is not None and (assessed or today) > assess_due,
        inform_due is not None and (informed or today) > inform_due)


def decision_problems(row: Mapping[str, Any]) -> dict[str, str]:
    """Field -> message for a decision that does not fit the rules (wire or Python values).

    A decision by the joint panel records the YJS's own recommendation apart from it and who
    attended; a caution needs the child's admission and the evidential standard met (CDA 1998
    s.66ZA / s.66A); the gravity score is the NPCC Child Gravity Matrix's 1-5."""
    e: dict[str, str] = {}
    decision = row.get("decision")
    gravity = row.get("gravity_score")
    if gravity is not None and not (isinstance(gravity, int) and 1 <= gravity <= 5):
        e["gravity_score"] = "The Child Gravity Matrix score is from 1 to 5"
    admission = row.get("admission")
    if admission is not None and admission not in codelist("ooc_admission"):
        e["admission"] = Message("'%1' is not a known answer on admission", admission)
    if not decision:
        return e
    if row.get("route") == PANEL:
        if not row.get("yjs_recommendation"):
            e["yjs_recommendation"] = ("Record the YJS's own recommendation to the panel "
                                       "(apart from the panel's decision)")
        elif row.get("yjs_recommendation") not in codelist("ooc_decision"):
            e["yjs_recommendation"] = "The recommendation is not a known out-of-court decision"
        if not str(row.get("panel_attendees") or "").strip():
            e["panel_attendees"] = "Record who attended the panel"
    if decision in CAUTIONS:
        if admission != "admitted":
            e["admission"] = ("A caution needs the child's admission of the offence; record "
                              "it, or choose another outcome")
        if row.get("evidential_standard_met") is not True:
            e["evidential_standard_met"] = ("A caution needs the evidential standard to be met "
                                            "(enough evidence to charge)")
    return e
