"""Demo plans, reviews, case events, out-of-court decisions and exit plans (the contact
records are in :mod:`yjdesk.demo.casework`, which calls these)."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

from yjdesk.demo import casework_text as T
from yjdesk.demo.support import ChildFacts, Episode, Row, at, new_id, sync_cols
from yjdesk.models.statuses import ExitStatus, PlanStatus, ReviewStatus
from yjdesk.services.casework.ooc_rules import decision_route
from yjdesk.services.codes import codelist
from yjdesk.services.policy import current_policy
from yjdesk.services.workdays import add_working_days

AREAS = ("desistance", "safety_wellbeing", "others_safety")
#: Out-of-court disposal types the panel decides (code list "ooc_decision").
OOC_TYPES = {str(c.extra.get("disposal_type")): c.code for c in codelist("ooc_decision").codes
             if c.extra.get("disposal_type")}


def words(rng: random.Random, options: tuple[str, ...], child: ChildFacts) -> str:
    return child.words(rng, options)


@dataclass
class Rows:
    plans: list[Row] = field(default_factory=list)
    targets: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    reviews: list[Row] = field(default_factory=list)
    ooc: list[Row] = field(default_factory=list)
    conditions: list[Row] = field(default_factory=list)
    exits: list[Row] = field(default_factory=list)
    #: child id -> its plan's target ids (contacts link to them).
    target_ids: dict[str, list[str]] = field(default_factory=dict)


def plan_for(rows: Rows, rng: random.Random, today: dt.date, child: ChildFacts, ep: Episode,
             level: str, stage: tuple[str, dt.date] | None, high: bool) -> dt.date | None:
    """An active plan (with targets) for a current child; returns its start date."""
    did, kind, start, end, _ = ep
    begin = stage[1] if stage else start + dt.timedelta(days=rng.randint(12, 25))
    if begin >= today:
        return None
    sync = sync_cols()
    pid = new_id(rng)
    per_week = float(current_policy().contacts.contacts_per_week.get(level, 0.5))
    finish = end or start + relativedelta(months=6)
    capacity = math.floor(max(0, (finish - begin).days) / 7 * per_week)
    areas = [*AREAS, rng.choice(AREAS)] if rng.random() < 0.4 else list(AREAS)
    ids: list[str] = []
    for seq, area in enumerate(areas, start=1):
        desc, owner = rng.choice(T.TARGETS[area])
        tid = new_id(rng)
        ids.append(tid)
        age = (today - begin).days
        status = "achieved" if seq > 1 and age > 90 and rng.random() < 0.3 else "open"
        rows.targets.append({
            "id": tid, "child_id": child.id, "plan_id": pid, "area": area,
            "description": words(rng, (desc,), child), "owner": words(rng, (owner,), child),
            "child_words": rng.choice(T.TARGET_WORDS) if rng.random() < 0.7 else None,
            "planned_sessions": max(1, capacity // len(areas) - rng.randint(0, 1)),
            "sequence": seq, "status": status, **sync})
    curfew = kind in ("yro", "yro_iss", "dto", "bail_supervision") and rng.random() < 0.6
    exclusion = kind in ("yro", "yro_iss") and rng.random() < 0.3
    police = high or rng.random() < 0.15
    controls = [c for c, on in zip(T.CONTROLS, (curfew, exclusion, police), strict=True) if on]
    version, base, finish_by = 1, begin, min(end or today, today)
    while True:  # reviews every three months (referral order panels too)
        due = base + relativedelta(months=3)
        if due >= finish_by or ((today - due).days < 21 and rng.random() < 0.2):
            break  # the next one is not due yet (or, for a few, a little overdue)
        held = max(due - dt.timedelta(days=rng.randint(0, 10)), base + dt.timedelta(days=1))
        changed = rng.random() < 0.5
        version += changed
        rows.reviews.append({
            "id": new_id(rng), "child_id": child.id,
            "trigger": "referral_order_panel" if kind == "referral_order" else "scheduled",
            "event_id": None, "plan_id": pid, "status": ReviewStatus.COMPLETED, "due_date": due,
            "review_date": held, "what_changed": rng.choice(T.REVIEW_CHANGED),
            "other_agency_info": "School and social worker consulted." if changed else None,
            "plan_changed": changed,
            "no_change_reason": None if changed else rng.choice(T.NO_CHANGE),
            "reviewed_by": child.case_manager_id, **sync})
        base = held
    rows.plans.append({
        "id": pid, "child_id": child.id, "disposal_id": did,
        "assessment_stage_id": stage[0] if stage else None, "start_date": begin,
        "status": PlanStatus.ACTIVE, "version": version,
        "child_words": rng.choice(T.PLAN_WORDS),
        "contingency_wellbeing": words(rng, T.CONTINGENCY_SELF, child),
        "contingency_others": words(rng, T.CONTINGENCY_OTHERS, child),
        "victim_safety": rng.choice(T.VICTIM_SAFETY), "control_curfew": curfew,
        "control_exclusion": exclusion, "control_police_links": police,
        "external_controls": " ".join(controls) or None, **sync})
    rows.target_ids[child.id] = ids
    return begin


def event_for(rows: Rows, rng: random.Random, today: dt.date, child: ChildFacts,
              plan_id: str | None, overdue: bool) -> None:
    """A significant change with the review it made due (overdue for a few children)."""
    kind = rng.choice(sorted(T.EVENTS))
    back = rng.randint(16, 30) if overdue else rng.randint(1, 8)
    day = today - dt.timedelta(days=back)
    sync = sync_cols()
    eid = new_id(rng)
    rows.events.append({"id": eid, "child_id": child.id, "event_type": kind,
                        "event_date": day, "detail": T.EVENTS[kind], "offence_id": None,
                        **sync})
    days = current_policy().assessment.review_after_significant_change_working_days
    rows.reviews.append({
        "id": new_id(rng), "child_id": child.id, "trigger": kind, "event_id": eid,
        "plan_id": plan_id, "status": ReviewStatus.DUE, "due_date": add_working_days(day, days),
        "review_date": None, "what_changed": None, "other_agency_info": None,
        "plan_changed": False, "no_change_reason": None, "reviewed_by": None, **sync})


def ooc_for(rows: Rows, rng: random.Random, child: ChildFacts, ep: Episode,
            offence_id: str | None, outcome_date: dt.date | None, repeat: bool,
            same_before: int = 0) -> None:
    """The panel's decision record for an out-of-court disposal (``repeat``: the child
    has had an earlier disposal)."""
    did, kind, start, _end, outcome = ep
    decision = OOC_TYPES.get(kind)
    if decision is None:
        return
    sync = sync_cols()
    panel = start - dt.timedelta(days=rng.randint(3, 12))
    oid = new_id(rng)
    referral = panel - dt.timedelta(days=rng.randint(7, 25))
    result = None
    if outcome != "ongoing" and decision != "nfa":
        result = {"completed": "completed",
                  "not_completed": rng.choice(["not_completed", "reoffended",
                                               "partially_completed"])}.get(outcome, "completed")
        if result != "completed" and decision == "youth_conditional_caution" \
                and rng.random() < 0.5:
            result = "non_compliance"
    rows.ooc.append({
        "id": oid, "child_id": child.id,
        "referral_date": referral,
        "offence_id": offence_id, "screening_summary": rng.choice(T.SCREENING[repeat]),
        "panel_date": panel, "decision": decision, "rationale": rng.choice(T.OOC_RATIONALE[repeat]),
        **_practice(rng, decision, decision_route(decision, same_before), panel, referral),
        "non_compliance_date": outcome_date if result == "non_compliance" else None,
        "prosecution_decision": rng.choice(["charged", "not_prosecuted"])
        if result == "non_compliance" else None,
        "prosecution_decision_date": outcome_date if result == "non_compliance" else None,
        "delivered_date": start,
        "delivered_by": rng.choice(["PC Harrow (youth engagement officer)",
                                    "YJS out-of-court officer", "Sgt Leyland"]),
        "child_understood": True, "parent_understood": True, "outcome": result,
        "outcome_date": max(outcome_date, start) if result and outcome_date else None,
        "disposal_id": did, **sync})
    if decision in ("youth_conditional_caution", "youth_caution", "triage"):
        for text in rng.sample(T.OOC_CONDITIONS, k=rng.randint(1, 2)):
            rows.conditions.append({
                "id": new_id(rng), "child_id": child.id, "decision_id": oid,
                "description": text, "mandatory": decision == "youth_conditional_caution",
                **sync})


def _practice(rng: random.Random, decision: str, route: str, decided: dt.date,
              referral: dt.date) -> dict[str, object]:
    """The out-of-court process as practised: the YJS's assessment (mostly within its 10
    working days), its own recommendation (usually, not always, what the panel decides),
    attendees, admission and evidential standard, the gravity score; police-led outcomes the
    YJS often hears of only afterwards."""
    code = codelist("ooc_decision").get(decision)
    gravity = int(code.extra.get("gravity") or 2) if code else 2
    caution = decision in ("youth_caution", "youth_conditional_caution")
    if route == "police":
        told = rng.random() < 0.6
        return {"route": route, "gravity_score": gravity, "told_date":
                decided + dt.timedelta(days=rng.randint(1, 20)) if told else None,
                "admission": rng.choice(["admitted", "admitted", "no_comment"]),
                "evidential_standard_met": None, "yjs_recommendation": None,
                "recommendation_rationale": None, "panel_attendees": None,
                "assessed_date": None, "bail_date": None, "police_informed_date": None}
    others = [c.code for c in codelist("ooc_decision").codes if c.code != decision]
    recommended = decision if rng.random() < 0.8 else rng.choice(others)
    bail = referral - dt.timedelta(days=rng.randint(0, 5))
    return {"route": route, "gravity_score": min(5, max(1, gravity + rng.choice([0, 0, 1, -1]))),
            "told_date": None, "admission": "admitted" if caution else rng.choice(
                ["admitted", "not_admitted"]),
            "evidential_standard_met": True,
            "yjs_recommendation": recommended,
            "recommendation_rationale": "Assessment shows " + rng.choice(
                ["low risk and good family support", "emerging needs that structured work "
                 "can meet", "a pattern that needs a formal outcome"]) + ".",
            "panel_attendees": rng.choice(["Police sergeant (chair); YJS OoC officer; "
                                           "education link", "Police; YJS; health; social care"]),
            "assessed_date": min(decided, referral + dt.timedelta(days=rng.randint(3, 16))),
            "bail_date": bail, "police_informed_date": bail + dt.timedelta(
                days=rng.randint(8, 22))}


def exit_for(rows: Rows, rng: random.Random, today: dt.date, child: ChildFacts,
             ep: Episode, manager: str) -> dt.date | None:
    """A signed-off exit plan for an intervention that has ended; returns its end date."""
    did, _kind, start, end, _outcome = ep
    finish = min(end or today, today - dt.timedelta(days=2))
    if finish <= start:
        return None
    ete = child.ete_status or "not_known"
    hours = None if ete in ("neet", "excluded", "not_known") else rng.choice([15, 20, 25])
    support = rng.choices(["none_needed", "early_help", "cin", "camhs", "ete_provider",
                           "voluntary_sector"], [30, 25, 10, 10, 15, 10])[0]
    receiving = {"early_help": "Early Help hub", "cin": "Children's social care",
                 "camhs": "CAMHS", "ete_provider": "Careers service",
                 "voluntary_sector": "Youth mentoring project"}.get(support)
    rows.exits.append({
        "id": new_id(rng), "child_id": child.id, "disposal_id": did, "end_date": finish,
        "ete_status": ete, "ete_hours_offered": hours,
        "ete_hours_attended": None if hours is None else hours - rng.randint(0, 5),
        "accommodation_type": child.accommodation or "family_home",
        "accommodation_suitable": bool(child.suitable) if child.suitable is not None else True,
        "rj_engagement": rng.choice(["not_applicable", "offered_declined", "indirect",
                                     "reparation", "direct"]),
        "continuing_support": support, "receiving_service": receiving,
        "support_detail": "Referral accepted; first appointment booked." if receiving
        else None,
        "strategies": rng.choice(T.EXIT_STRATEGIES),
        "child_feedback": rng.choice(T.CHILD_FEEDBACK),
        "family_feedback": rng.choice(T.FAMILY_FEEDBACK), "status": ExitStatus.SIGNED_OFF,
        "signed_off_by": manager,
        "signed_off_at": at(min(finish + dt.timedelta(days=rng.randint(1, 6)),
                                today - dt.timedelta(days=1)), 15, 0),
        **_wider_at_end(did, support), **sync_cols()})
    return finish


def _wider_at_end(disposal_id: str, support: str) -> dict[str, str]:
    """Wider services at the end (KPI 8), from a generator of the intervention's own so the
    rest of the demo is unchanged."""
    r = random.Random(f"wider-end-{disposal_id}")
    status = ["currently", "previously", "never"]
    return {"looked_after_end": r.choices(status, [11, 9, 80])[0],
            "child_in_need_end": "currently" if support == "cin"
            else r.choices(status, [14, 30, 56])[0],
            "cp_plan_end": r.choices(status, [5, 25, 70])[0],
            "early_help_end": "currently" if support == "early_help"
            else r.choices(status, [6, 20, 74])[0]}
