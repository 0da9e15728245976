"""The checks of each later step of an out-of-court record, written once (issue 11).

An out-of-court record is made in steps: the referral, the YJS's assessment, its
recommendation, the panel's decision, the delivery, the outcome and (a youth conditional
caution not complied with) the prosecution decision; or a police-led outcome the YJS learns
of afterwards. Each step's form in :mod:`yjdesk.services.casework.ooc` calls its function
here before it writes, and the sync service calls the very same functions on a pushed
``ooc_decision`` row that takes the step (``services.record_rules.ooc_rule``), so the service
refuses what the laptop's form refuses, in the same words.

Every function is a pure function of the record's values (Python values) and the day the
step is judged on; those that need the child's other records take the session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from yjdesk.errors import LowerWord, Sentence
from yjdesk.services.casework import ooc_rules
from yjdesk.services.codes import codelist
from yjdesk.services.validation import Errors, check_range

DECIDED = "The decision on this referral has already been recorded."
OUTCOME_RECORDED = "The outcome has already been recorded."


def route_for(session: Any, child_id: str, decision: str, on: dt.date,
              exclude_disposal: str | None = None) -> str:
    """Who decides ``decision`` for this child on ``on`` ("police" or "panel")."""
    prior = ooc_rules.prior_by_type(session, child_id, on, exclude_disposal)
    return ooc_rules.decision_route(decision, ooc_rules.prior_same(prior, decision))


def offence_errors_for(session: Any, e: Errors, child_id: str, offence_id: str | None) -> None:
    """The offence named is this child's."""
    from yjdesk.models.justice import Offence

    if offence_id is not None:
        offence = session.get(Offence, offence_id)
        if offence is None or offence.child_id != child_id:
            e.add("offence_id", "The offence is not this child's.")


def dates_into(e: Errors, referral: dt.date | None, assessed: dt.date | None,
               bail: dt.date | None, informed: dt.date | None, today: dt.date) -> None:
    for name, day in (("assessed_date", assessed), ("bail_date", bail),
                      ("police_informed_date", informed)):
        if day is not None and day > today:
            e.add(name, "This date is in the future.")
    check_range(e, referral, assessed, "assessed_date", "The assessment")
    check_range(e, bail, informed, "police_informed_date", "Informing the police")


def assessment_errors(referral_date: dt.date | None, bail_date: dt.date | None,
                      assessed_date: dt.date | None, screening_summary: str | None,
                      police_informed_date: dt.date | None, decided: bool,
                      today: dt.date) -> dict[str, str]:
    """The YJS's assessment: its date and summary; closed once the decision is made."""
    e = Errors()
    if assessed_date is None:
        e.add("assessed_date", "The date of the assessment is required.")
    e.require("screening_summary", screening_summary, "The assessment summary")
    dates_into(e, referral_date, assessed_date, bail_date, police_informed_date, today)
    if decided:
        e.add("assessed_date", "The decision has been made; the assessment is closed.")
    return e.errors


def recommendation_errors(assessed_date: dt.date | None, recommendation: str | None,
                          rationale: str | None, decided: bool) -> dict[str, str]:
    """The YJS's own recommendation to the panel, after its assessment, with its reasons."""
    e = Errors()
    if assessed_date is None:
        e.add("yjs_recommendation", "Record the YJS's assessment before its recommendation.")
    if recommendation not in codelist("ooc_decision"):
        e.add("yjs_recommendation", "Choose the outcome the YJS recommends.")
    e.require("recommendation_rationale", rationale, "The reasons for the recommendation")
    if decided:
        e.add("yjs_recommendation", "The decision has been made; the recommendation stands "
                                    "as it was.")
    return e.errors


def panel_decision_errors(session: Any, row: Mapping[str, Any], panel_date: dt.date | None,
                          decision: str, rationale: str | None, panel_attendees: str | None,
                          today: dt.date) -> dict[str, str]:
    """The joint panel's decision on an assessed and recommended referral. ``row`` is the
    record with the admission, evidential standard and gravity score the decision stands on
    (``child_id``, ``referral_date``, ``assessed_date``, ``yjs_recommendation``, ``admission``,
    ``evidential_standard_met``, ``gravity_score``); the conditions are rows of their own
    (``ooc.condition_problem``)."""
    e = Errors()
    if panel_date is None:
        e.add("panel_date", "The panel date is required.")
    elif panel_date > today:
        e.add("panel_date", "Record the decision after the panel has met.")
    check_range(e, row.get("referral_date"), panel_date, "panel_date", "The panel date")
    if decision not in codelist("ooc_decision"):
        e.add("decision", "'%1' is not a known out-of-court decision.", decision)
    e.require("rationale", rationale, "The rationale for the decision")
    route = route_for(session, str(row.get("child_id")), decision, panel_date) \
        if decision in codelist("ooc_decision") and panel_date else ooc_rules.PANEL
    if row.get("assessed_date") is None:
        e.add("decision", "The YJS has not assessed this referral yet: record its assessment "
                          "first.")
    elif route == ooc_rules.PANEL and not row.get("yjs_recommendation"):
        e.add("decision", "Record the YJS's own recommendation to the panel first; it is kept "
                          "apart from the panel's decision.")
    for name, message in ooc_rules.decision_problems({
            "decision": decision, "route": route,
            "yjs_recommendation": row.get("yjs_recommendation"),
            "panel_attendees": panel_attendees, "admission": row.get("admission"),
            "evidential_standard_met": row.get("evidential_standard_met"),
            "gravity_score": row.get("gravity_score")}).items():
        if name != "yjs_recommendation":  # said above, against the decision
            e.add(name, Sentence(message))
    return e.errors


def delivery_step_errors(decision: str | None, panel_date: dt.date | None,
                         delivered_date: dt.date | None, delivered_by: str | None,
                         child_understood: bool, parent_understood: bool,
                         today: dt.date) -> dict[str, str]:
    """The disposal's delivery: after the decision, by someone, understood by both."""
    e = Errors()
    if not decision:
        e.add("delivered_date", "Record the decision before its delivery.")
    if delivered_date is None:
        e.add("delivered_date", "The delivery date is required.")
    elif delivered_date > today:
        e.add("delivered_date", "The delivery date is in the future.")
    check_range(e, panel_date, delivered_date, "delivered_date", "The delivery date")
    e.require("delivered_by", delivered_by, "Who delivered the disposal")
    if not (child_understood and parent_understood):
        e.add("child_understood", "Confirm that the child and the parent or carer understood "
                                  "the implications.")
    return e.errors


def outcome_step_errors(decision: str | None, panel_date: dt.date | None,
                        delivered_date: dt.date | None, outcome: str,
                        outcome_date: dt.date | None, today: dt.date) -> dict[str, str]:
    """The outcome on completion: a known outcome, dated, after the delivery."""
    e = Errors()
    if codelist("ooc_outcome").get(outcome) is None:
        e.add("outcome", "'%1' is not a known outcome.", outcome)
    if outcome_date is None:
        e.add("outcome_date", "The date of the outcome is required.")
    elif outcome_date > today:
        e.add("outcome_date", "The outcome is dated in the future.")
    check_range(e, delivered_date or panel_date, outcome_date, "outcome_date",
                "The outcome date")
    if delivered_date is None:
        e.add("outcome", "Record the delivery of the disposal first.")
    refusal = ooc_rules.outcome_refusal(decision, outcome)
    if refusal:
        e.add("outcome", Sentence(refusal))
    elif outcome == "non_compliance":
        e.add("outcome", "Record the non-compliance together with the prosecution decision "
                         "for the original offence.")
    return e.errors


def prosecution_errors(decision: str | None, panel_date: dt.date | None,
                       delivered_date: dt.date | None, non_compliance_date: dt.date | None,
                       prosecution_decision: str | None, decision_date: dt.date | None,
                       today: dt.date) -> dict[str, str]:
    """A youth conditional caution not complied with: when, and the prosecution decision."""
    e = Errors()
    if non_compliance_date is None:
        e.add("non_compliance_date", "Record when the conditions were not complied with.")
    elif non_compliance_date > today:
        e.add("non_compliance_date", "The non-compliance is dated in the future.")
    if prosecution_decision is None:
        e.add("prosecution_decision", "Choose the prosecution decision (or 'decision awaited').")
    if decision_date is not None and decision_date > today:
        e.add("prosecution_decision_date", "The prosecution decision is dated in the future.")
    check_range(e, delivered_date or panel_date, non_compliance_date, "non_compliance_date",
                "The non-compliance")
    for name, message in ooc_rules.prosecution_refusal({
            "decision": decision, "prosecution_decision": prosecution_decision,
            "non_compliance_date": non_compliance_date,
            "prosecution_decision_date": decision_date}).items():
        e.add(name, Sentence(message))
    return e.errors


def police_outcome_errors(session: Any, child_id: str, decision: str,
                          decision_date: dt.date | None, told_date: dt.date | None,
                          offence_id: str | None, gravity_score: int | None,
                          admission: str | None, today: dt.date) -> dict[str, str]:
    """A police-led outcome the YJS was told of afterwards."""
    e = Errors()
    if decision not in codelist("ooc_decision"):
        e.add("decision", "Choose the police outcome.")
    if decision_date is None:
        e.add("decision_date", "The date of the police decision is required.")
    elif decision_date > today:
        e.add("decision_date", "The police decision is dated in the future.")
    if told_date is None:
        e.add("told_date", "When was the YJS told?")
    elif told_date > today:
        e.add("told_date", "This date is in the future.")
    check_range(e, decision_date, told_date, "told_date", "Being told")
    offence_errors_for(session, e, child_id, offence_id)
    route = route_for(session, child_id, decision, decision_date) \
        if decision in codelist("ooc_decision") and decision_date else ooc_rules.PANEL
    if decision in codelist("ooc_decision") and route != ooc_rules.POLICE:
        e.add("decision", "A %1 here goes to the joint decision panel, not the police alone.",
              LowerWord(codelist("ooc_decision").label(decision)))
    for name, message in ooc_rules.decision_problems({
            "gravity_score": gravity_score, "admission": admission}).items():
        e.add(name, Sentence(message))
    return e.errors
