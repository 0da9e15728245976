"""Demo court-order work (issue 13), in proportion to the disposals the core generator made:

* every referral order has its ``referral_order`` row, the initial panel (held ~3-4 weeks
  after court with a YJS member and two volunteers), a signed contract, progress panels
  every 3 months, and a final panel (conviction spent) or a referral back;
* every DTO a custody episode (establishment from the data list, planning meetings, release
  at the halfway point with accommodation and ETE confirmed, licence conditions); every
  remand into accommodation a LASPO episode with its designated authority;
* YROs their requirement delivery (hours, sessions, curfew violations from the monitoring
  provider) and, for about one in five, warnings in the enforcement ledger;
* children of 17 and a half or more with an order running past 18 a transition plan.

A generator for :func:`yjdesk.demo.generator._extensions` (``fn(conn, ctx)``).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Connection, select

from yjdesk.demo.support import Context, Row, child_facts, display_names, insert_all, new_id
from yjdesk.demo.support import sync_cols as _sync
from yjdesk.models.justice import DisposalRequirement
from yjdesk.models.orders import (
    CustodyEpisode,
    CustodyMeeting,
    EnforcementStep,
    ReferralContract,
    ReferralOrder,
    ReferralPanel,
    RequirementDelivery,
    TransitionPlan,
)
from yjdesk.models.statuses import ContractStatus, CustodyStatus, PanelStatus, ReferralOrderStatus
from yjdesk.services.codes import codelist
from yjdesk.services.orders.custody_dates import dto_dates
from yjdesk.services.workdays import add_working_days

VOLUNTEERS = ("Ann Lee", "Bob Grey", "Carol Shah", "Derek Moss", "Eileen Park", "Farid Khan",
              "Gwen Hollis", "Harry Doyle")
REPARATION = ("Write a letter of apology to the shop owner", "6 hours at the community garden",
              "Clean graffiti at the youth centre with the reparation team",
              "Meet the victim at a restorative conference, if they wish")
ACTIVITIES = ("Weekly sessions on consequential thinking", "Join the boxing club on Tuesdays",
              "Attend college every day", "Work with the substance misuse worker",
              "Keep the 9pm curfew agreed with mum")
LICENCE = ("Live at the address approved by the YJS", "Attend all YJS appointments",
           "Do not contact the co-defendants", "Curfew 19:00-07:00, electronically monitored")
AUTHORITIES = ("Blackpool Council", "Lancashire County Council", "Blackburn with Darwen Council")


def _months(start: dt.date, end: dt.date | None) -> int:
    if end is None:
        return 12
    delta = relativedelta(end, start)
    return max(3, min(12, delta.years * 12 + delta.months))


def generate(conn: Connection, ctx: Context) -> None:
    # An own sequence, seeded from the demo's without drawing from it: generators after
    # this one see the same numbers as before court orders were added.
    rng, today = random.Random(ctx.rng.getstate()[1][0]), ctx.today
    facts = child_facts(conn)
    names = display_names(conn)
    rows: dict[Any, list[Row]] = {m: [] for m in (
        ReferralOrder, ReferralPanel, ReferralContract, CustodyEpisode, CustodyMeeting,
        RequirementDelivery, EnforcementStep, TransitionPlan)}
    reqs: dict[str, list[tuple[str, str, int | None]]] = {}
    for rid, did, code, qty in conn.execute(select(
            DisposalRequirement.id, DisposalRequirement.disposal_id,
            DisposalRequirement.requirement_code, DisposalRequirement.quantity)):
        reqs.setdefault(did, []).append((rid, code, qty))
    establishments = [c.code for c in codelist("secure_establishment").codes
                      if c.code != "other"]
    for cid in ctx.child_ids:
        child = facts.get(cid)
        if child is None:
            continue
        worker = names.get(child.case_manager_id, "YJS case manager")
        for did, kind, start, end, outcome in ctx.disposals.get(cid) or []:
            if start > today:
                continue
            if kind == "referral_order":
                _referral(rng, today, rows, cid, did, start, end, outcome, worker,
                          child.age_on(start) <= 15)
            elif kind == "dto":
                _dto(rng, today, rows, cid, did, start, end, outcome, establishments, worker)
            elif kind == "remand_la":
                rows[CustodyEpisode].append({
                    "id": new_id(rng), "child_id": cid, "disposal_id": did, "kind": kind,
                    "status": CustodyStatus.IN_CUSTODY if outcome == "ongoing"
                    else CustodyStatus.ENDED,
                    "establishment": None, "placement_date": start,
                    "designated_authority": rng.choice(AUTHORITIES),
                    "looked_after_from": start,
                    "looked_after_to": None if outcome == "ongoing" else (end or start),
                    "prior_looked_after": "never", "laspo_condition_set": None,
                    "laspo_conditions": None, "release_date": None,
                    "accommodation_confirmed_on": None, "accommodation_detail": None,
                    "ete_confirmed_on": None, "ete_detail": None, "licence_conditions": None,
                    "ended_on": None if outcome == "ongoing" else (end or start), **_sync()})
            elif kind in ("yro", "yro_iss"):
                _yro(rng, today, rows, cid, did, start, end, reqs.get(did, []),
                     child.case_manager_id)
            if outcome == "ongoing" and end is not None:
                eighteen = child.date_of_birth + relativedelta(years=18)
                if end > eighteen and today >= eighteen - relativedelta(months=6) \
                        and kind in ("yro", "yro_iss", "dto") and rng.random() < 0.7:
                    rows[TransitionPlan].append(_transition(rng, today, cid, did, eighteen))
    insert_all(conn, [(m, r) for m, r in rows.items()])


def _referral(rng: random.Random, today: dt.date, rows: dict[Any, list[Row]], cid: str,
              did: str, start: dt.date, end: dt.date | None, outcome: str, worker: str,
              parent: bool) -> None:
    length = _months(start, end)
    oid = new_id(rng)
    due = add_working_days(start, 20)
    held = start + dt.timedelta(days=rng.randint(14, 30))
    order: Row = {
        "id": oid, "child_id": cid, "disposal_id": did, "length_months": length,
        "parent_ordered": parent, "status": ReferralOrderStatus.AWAITING_PANEL,
        "initial_panel_due": due,
        "contract_signed_on": None, "extension_months": 0, "extension_court_date": None,
        "compliance_end": None, "ended_on": None, "conviction_spent_on": None,
        "referral_report": None, "referred_back_on": None, **_sync()}
    rows[ReferralOrder].append(order)

    def panel(kind: str, due_on: dt.date, held_on: dt.date | None, result: str | None) -> str:
        pid = new_id(rng)
        rows[ReferralPanel].append({
            "id": pid, "child_id": cid, "referral_order_id": oid, "kind": kind,
            "status": PanelStatus.HELD if held_on else PanelStatus.PLANNED, "due_date": due_on,
            "held_on": held_on, "yjs_members": worker if held_on else None,
            "volunteers": "\n".join(rng.sample(VOLUNTEERS, 2)) if held_on else None,
            "attendees": "The child\nParent" if held_on else None,
            "child_attended": bool(held_on), "parent_attended": (bool(held_on) and parent)
            or bool(held_on and rng.random() < 0.6), "outcome": result, "notes": None,
            **_sync()})
        return pid

    if held > today:
        panel("initial", due, None, None)
        return
    pid = panel("initial", due, held, "contract_agreed")
    rows[ReferralContract].append({
        "id": new_id(rng), "child_id": cid, "referral_order_id": oid, "panel_id": pid,
        "version": 1, "status": ContractStatus.SIGNED, "reparation": rng.choice(REPARATION),
        "activities": "\n".join(rng.sample(ACTIVITIES, 2)), "other_terms": None,
        "signed_on": held, "signed_by_child": True,
        "panel_member_name": rng.choice(VOLUNTEERS), "content_hash": None, **_sync()})
    ends = held + relativedelta(months=length)
    order.update(status=ReferralOrderStatus.IN_CONTRACT, contract_signed_on=held,
                 compliance_end=ends)
    nxt = held + relativedelta(months=3)
    while nxt < ends:
        if nxt <= today:
            panel("progress", nxt, nxt - dt.timedelta(days=rng.randint(0, 6)), "continue")
        else:
            panel("progress", nxt, None, None)
            break
        nxt += relativedelta(months=3)
    if outcome == "ongoing" or ends > today:
        panel("final", ends, None, None)
    elif outcome == "breached":
        panel("breach", ends - relativedelta(months=1), ends - relativedelta(months=1),
              "refer_back")
        order.update(status=ReferralOrderStatus.REFERRED_BACK,
                     referred_back_on=ends - relativedelta(months=1),
                     referral_report="The panel reports repeated non-attendance and no "
                                     "engagement with the reparation agreed.")
    else:
        panel("final", ends, ends, "completed")
        order.update(status=ReferralOrderStatus.COMPLETED, ended_on=ends, conviction_spent_on=ends)


def _dto(rng: random.Random, today: dt.date, rows: dict[Any, list[Row]], cid: str, did: str,
         start: dt.date, end: dt.date | None, outcome: str, establishments: list[str],
         worker: str) -> None:
    if end is None:
        return
    dates = dto_dates(start, end)
    released = dates.halfway <= today
    eid = new_id(rng)
    rows[CustodyEpisode].append({
        "id": eid, "child_id": cid, "disposal_id": did, "kind": "dto",
        "status": CustodyStatus.IN_CUSTODY if not released
        else CustodyStatus.ON_LICENCE if end > today else CustodyStatus.ENDED,
        "establishment": rng.choice(establishments), "placement_date": start,
        "designated_authority": None, "looked_after_from": None, "looked_after_to": None,
        "prior_looked_after": None, "laspo_condition_set": None, "laspo_conditions": None,
        "release_date": dates.halfway if released else None,
        "accommodation_confirmed_on": dates.halfway - dt.timedelta(days=21)
        if released or dates.halfway - dt.timedelta(days=21) <= today else None,
        "accommodation_detail": "Back home with mum; the YJS checked the address",
        "ete_confirmed_on": dates.halfway - dt.timedelta(days=14) if released else None,
        "ete_detail": "College place from the week after release",
        "licence_conditions": "\n".join(LICENCE), "ended_on": end if end <= today else None,
        **_sync()})
    meetings = [("initial", add_working_days(start, 10))]
    review = start + relativedelta(months=3)
    while review < dates.halfway - dt.timedelta(days=30):
        meetings.append(("review", review))
        review += relativedelta(months=3)
    meetings.append(("release_planning", dates.halfway - dt.timedelta(days=30)))
    for kind, due in meetings:
        held = due - dt.timedelta(days=rng.randint(0, 3)) if due <= today else None
        rows[CustodyMeeting].append({
            "id": new_id(rng), "child_id": cid, "episode_id": eid, "kind": kind,
            "due_date": due, "held_on": held,
            "attendees": f"{worker}\nResettlement practitioner\nParent" if held else None,
            "actions": "Confirm accommodation; college place; health appointment"
            if held else None, "notes": None, **_sync()})


def _yro(rng: random.Random, today: dt.date, rows: dict[Any, list[Row]], cid: str, did: str,
         start: dt.date, end: dt.date | None, reqs: list[tuple[str, str, int | None]],
         worker: str) -> None:
    for rid, code, qty in reqs:
        day, n, hours = start + dt.timedelta(days=7), 0, 0
        while day <= min(today, end or today) and n < 12:
            if code == "curfew_electronic" and rng.random() < 0.15:
                rows[RequirementDelivery].append({
                    "id": new_id(rng), "child_id": cid, "requirement_id": rid,
                    "delivered_on": day, "kind": "violation", "quantity": 1,
                    "reported_by": "Electronic monitoring provider",
                    "detail": "Home 47 minutes after the curfew start", **_sync()})
            elif code in ("activity", "extended_activity", "programme", "supervision"):
                rows[RequirementDelivery].append({
                    "id": new_id(rng), "child_id": cid, "requirement_id": rid,
                    "delivered_on": day,
                    "kind": "activity_day" if "activity" in code else "session",
                    "quantity": 1, "reported_by": None, "detail": None, **_sync()})
            elif code == "reparation" and qty and hours + 2 <= qty:
                hours += 2
                rows[RequirementDelivery].append({
                    "id": new_id(rng), "child_id": cid, "requirement_id": rid,
                    "delivered_on": day, "kind": "hours", "quantity": 2, "reported_by": None,
                    "detail": None, **_sync()})
            day += dt.timedelta(days=rng.choice([7, 14]))
            n += 1
    if rng.random() < 0.2:
        first = start + dt.timedelta(days=rng.randint(20, 60))
        if first <= today:
            rows[EnforcementStep].append({
                "id": new_id(rng), "child_id": cid, "disposal_id": did,
                "compliance_record_id": None, "kind": "warning", "step_date": first,
                "failure_date": first - dt.timedelta(days=2),
                "failure": "Missed a supervision appointment without a reasonable excuse",
                "warned_period_end": first + relativedelta(months=12), "reason": None,
                "given_by": worker, "signed_off_by": None, "signed_off_at": None,
                "court_decision": None, **_sync()})


def _transition(rng: random.Random, today: dt.date, cid: str, did: str,
                eighteen: dt.date) -> Row:
    handed = eighteen - dt.timedelta(days=30)
    done = handed <= today
    return {
        "id": new_id(rng), "child_id": cid, "disposal_id": did, "eligible": True,
        "eligibility_reason": "Order runs well past 18",
        "needs": "Stable accommodation; ETE; emotional wellbeing",
        "strengths": "Good relationship with case manager; boxing club",
        "probation_must_know": "Risk to others when using cannabis; trauma history",
        "child_views": "Worried about meeting a new officer; wants to keep boxing",
        "introductions": "Joint meeting with the probation officer at the YJS office",
        "probation_contact": "Probation: Blackpool PDU" if done else None,
        "info_handover_on": handed if done else None,
        "info_shared": "Assessment, plan, risk information" if done else None,
        "transfer_date": eighteen if eighteen <= today else None,
        "transfer_type": "community_order" if eighteen <= today else None,
        "review_outcome": None, "reviewed_on": None, **_sync()}
