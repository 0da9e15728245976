"""Demo case work: ACORNS contact records at the pace of each child's intervention level
(with absences, warnings and a handful of safeguarding concerns), plans with targets,
reviews and significant events, out-of-court decision records and signed-off exit plans.

A generator for :func:`yjdesk.demo.generator._extensions` (``fn(conn, ctx)``), run after the
assessments generator (plans answer the countersigned stage; the intervention level sets
the contact frequency): bulk inserts, deterministic from ``ctx.rng``, no audit. Final
contacts are dated before ``ctx.today``; a few children are left "not seen" beyond policy.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import Connection, select

from yjdesk.demo import casework_plans as P
from yjdesk.demo import casework_text as T
from yjdesk.demo.support import (
    ChildFacts,
    Context,
    Episode,
    Row,
    at,
    child_facts,
    insert_all,
    new_id,
    sync_cols,
    team_roles,
)
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.casework import (
    CaseEvent,
    ComplianceRecord,
    Contact,
    ContactTargetLink,
    ExitPlan,
    OocCondition,
    OocDecision,
    Plan,
    PlanTarget,
    Review,
    SafeguardingItem,
)
from yjdesk.models.justice import Offence
from yjdesk.models.org import Role
from yjdesk.models.statuses import ContactStatus, SafeguardingStatus, StageStatus
from yjdesk.services.casework.work_due import NOT_SUPERVISED
from yjdesk.services.codes import codelist
from yjdesk.services.policy import current_policy

TYPES = [("home_visit", "child_home", 34), ("office", "yjs_office", 26),
         ("school", "school_college", 12), ("community", "family_hub", 10),
         ("phone", "remote", 14), ("video", "remote", 4)]
CUSTODY = [("custody_visit", "secure_estate", 60), ("phone", "remote", 25),
           ("video", "remote", 15)]
#: Ended interventions whose contact records are kept in the demo (supervised orders).
HISTORIC_CONTACTS = ("referral_order", "yro", "yro_iss", "dto")
WARNINGS = ("verbal_warning", "written_warning", "compliance_panel")


class _Contacts:
    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng, self.today = rng, today
        self.contacts: list[Row] = []
        self.links: list[Row] = []
        self.items: list[Row] = []
        self.compliance: list[Row] = []
        self.type_label = codelist("contact_type").label
        self.sync = sync_cols()

    def write(self, child: ChildFacts, ep: Episode, max_days: int, targets: list[str],
              plan_start: dt.date | None, manager: str, not_seen: bool,
              until: dt.date | None = None) -> None:
        """Contacts from the start of ``ep`` to today (or ``until``, for a past one)."""
        rng, today = self.rng, self.today
        did, kind, start, _end, _ = ep
        mix = CUSTODY if kind == "dto" and (today - start).days < 120 else TYPES
        stop = today - dt.timedelta(days=max_days + rng.randint(3, 20)) if not_seen else (
            until or today)
        day = start + dt.timedelta(days=rng.randint(0, 3))
        warnings, seen = 0, None
        while day < stop:
            planned = targets if plan_start and day >= plan_start else []
            row = self._one(child, did, day, mix, planned, manager, warnings)
            if row["attendance"] == "dna_unacceptable":
                warnings += 1
            elif row["attendance"] == "attended" and row["venue"] != "remote":
                seen = day
            gap = max(1, round(max_days * rng.uniform(0.4, 0.9)))
            day += dt.timedelta(days=gap)
        if not not_seen and until is None and (seen is None or (today - seen).days >= max_days):
            # the worker saw the child recently: keep them within policy
            day = today - dt.timedelta(days=rng.randint(1, max(1, max_days - 1)))
            if day > start:
                self._one(child, did, day, [("home_visit", "child_home", 1)], targets
                          if plan_start and day >= plan_start else [], manager, warnings,
                          seen=True)
        if not_seen and rng.random() < 0.5 and stop < today - dt.timedelta(days=1):
            # only a phone call since: the record exists, the child was not seen
            self._one(child, did, today - dt.timedelta(days=rng.randint(1, 4)),
                      [("phone", "remote", 1)], targets, manager, warnings, seen=True)
        if until is None and rng.random() < 0.06:
            self._draft(child, targets)

    def _one(self, child: ChildFacts, did: str, day: dt.date,
             mix: list[tuple[str, str, int]], targets: list[str], manager: str,
             warnings: int, seen: bool = False) -> Row:
        rng = self.rng
        kind, venue, _ = rng.choices(mix, [m[2] for m in mix])[0]
        remote = venue == "remote"
        attendance = "attended" if remote or seen else rng.choices(
            ["attended", "dna_acceptable", "dna_unacceptable"], [88, 7, 5])[0]
        when = at(day, rng.randint(9, 17), rng.choice([0, 15, 30, 45]))
        w = lambda opts: P.words(rng, opts, child)  # noqa: E731
        cid = new_id(rng)
        recent = (self.today - day).days
        concern = attendance == "attended" and not remote and rng.random() < (
            0.03 if recent <= 21 else 0.008)
        row: Row = {
            "id": cid, "child_id": child.id, "status": ContactStatus.FINAL,
            "author_id": child.case_manager_id, "contact_at": when, "contact_type": kind,
            "venue": venue, "venue_detail": None, "present": None, "attendance": attendance,
            "aim": None, "content": None, "outcome": None, "risk": None, "next_steps": None,
            "safeguarding": None, "safeguarding_concern": concern, "child_views": None,
            "finalised_at": when + dt.timedelta(hours=rng.randint(1, 3)),
            **self.sync}
        if attendance == "attended":
            row.update(present=w(T.PRESENT.get(venue) or T.PRESENT["yjs_office"])
                       if not remote else f"{child.name} (by {kind})",
                       aim=w(T.AIMS), content=w(T.CONTENT), outcome=w(T.OUTCOMES),
                       risk=w(T.RISKS), next_steps=w(T.NEXT),
                       safeguarding=w(T.CONCERNS) if concern else rng.choice(T.SAFE_NONE),
                       child_views=rng.choice(T.VIEWS) if rng.random() < 0.8 else None)
            if targets and rng.random() < 0.6:
                self.links.append({"id": new_id(rng), "child_id": child.id,
                                   "contact_id": cid, "target_id": rng.choice(targets),
                                   **self.sync})
        else:
            row.update(aim=w(T.DNA_AIMS), outcome=w(T.DNA_WHY), next_steps=w(T.DNA_NEXT))
        self.contacts.append(row)
        if concern:
            self._concern(child, row, manager, recent)
        if attendance == "dna_unacceptable":
            self._absence(child, did, row, manager, recent, warnings)
        return row

    def _concern(self, child: ChildFacts, contact: Row, manager: str, recent: int) -> None:
        raised = contact["finalised_at"]
        sg = SafeguardingStatus
        status = sg.OPEN if recent <= 10 else sg.ACKNOWLEDGED if recent <= 21 else sg.CLOSED
        ack = raised + dt.timedelta(hours=self.rng.randint(2, 30)) if status != sg.OPEN else None
        closed = ack + dt.timedelta(days=self.rng.randint(2, 10)) if status == sg.CLOSED \
            and ack is not None else None
        actions = None
        if ack is not None:
            actions = f"[{ack:%d/%m/%Y %H:%M}] {self.rng.choice(T.MANAGER_ACTIONS)}"
        self.items.append({
            "id": new_id(self.rng), "child_id": child.id, "contact_id": contact["id"],
            "team_id": child.team_id, "summary": contact["safeguarding"], "status": status,
            "raised_by": contact["author_id"], "raised_at": raised,
            "acknowledged_by": manager if ack else None, "acknowledged_at": ack,
            "manager_actions": actions, "closed_by": manager if closed else None,
            "closed_at": closed, **sync_cols()})

    def _absence(self, child: ChildFacts, did: str, contact: Row, manager: str,
                 recent: int, warnings: int) -> None:
        decided = recent > 5
        action = WARNINGS[min(warnings, len(WARNINGS) - 1)] if decided else None
        day = contact["contact_at"].date()
        panel = day + dt.timedelta(days=10) if action == "compliance_panel" else None
        self.compliance.append({
            "id": new_id(self.rng), "child_id": child.id, "event_date": day,
            "kind": "unacceptable_absence",
            "detail": f"Did not attend: {self.type_label(contact['contact_type'])}",
            "contact_id": contact["id"], "disposal_id": did,
            "enforcement_needed": True if decided else None, "action": action,
            "reason_not_taken": None, "alternatives_tried": None, "panel_date": panel,
            "panel_outcome": "Contract reviewed; attendance agreement signed."
            if panel and panel < self.today else None,
            "breach_date": None, "breach_outcome": None,
            "decided_by": manager if decided else None, **sync_cols()})

    def _draft(self, child: ChildFacts, targets: list[str]) -> None:
        day = self.today - dt.timedelta(days=self.rng.randint(0, 2))
        self.contacts.append({
            "id": new_id(self.rng), "child_id": child.id, "status": ContactStatus.DRAFT,
            "author_id": child.case_manager_id, "contact_at": at(day, 8, 30),
            "contact_type": "home_visit", "venue": "child_home", "venue_detail": None,
            "present": None, "attendance": "attended",
            "aim": P.words(self.rng, T.AIMS, child), "content": None, "outcome": None,
            "risk": None, "next_steps": None, "safeguarding": None,
            "safeguarding_concern": False, "child_views": None, "finalised_at": None,
            **sync_cols()})


def _levels(conn: Connection) -> dict[str, tuple[str, str | None, dt.date, bool]]:
    """child -> (level, countersigned stage id, its date, high ratings) from assessments."""
    out: dict[str, tuple[str, str | None, dt.date, bool]] = {}
    for r in conn.execute(select(
            AssessmentStage.child_id, AssessmentStage.id, AssessmentStage.intervention_level,
            AssessmentStage.countersigned_at, AssessmentStage.rosh)
            .where(AssessmentStage.status == StageStatus.COUNTERSIGNED,
                   AssessmentStage.stage_type == "start")):
        out[r.child_id] = (r.intervention_level or "standard", r.id,
                           r.countersigned_at.date() if r.countersigned_at else dt.date.min,
                           r.rosh in ("high", "very_high"))
    return out


def generate(conn: Connection, ctx: Context) -> None:
    rng, today = ctx.rng, ctx.today
    children = child_facts(conn)
    roles = team_roles(ctx)
    assessed = _levels(conn)
    kinds = codelist("disposal_type")
    max_days: dict[str, int] = current_policy().contacts.max_days_between_contacts
    offence_of: dict[str, str] = {}
    for oid, disposal_id in conn.execute(select(Offence.id, Offence.disposal_id)
                                         .order_by(Offence.id)):
        if disposal_id:
            offence_of.setdefault(disposal_id, oid)
    rows = P.Rows()
    contacts = _Contacts(rng, today)
    for cid in ctx.child_ids:
        child = children.get(cid)
        eps = ctx.disposals.get(cid) or []
        if child is None or not eps:
            continue
        manager = (roles.get(child.team_id, {}).get(Role.TEAM_MANAGER) or [""])[0]
        for n, ep in enumerate(eps):
            if ep[1] in P.OOC_TYPES:
                P.ooc_for(rows, rng, child, ep, offence_of.get(ep[0]),
                          None if ep[4] == "ongoing" else min(ep[3] or today, today),
                          repeat=n > 0,
                          same_before=sum(1 for e in eps[:n] if e[1] == ep[1]))
        ep = eps[-1]
        meta: Any = kinds.get(ep[1])
        if ep[4] != "ongoing":
            if (today - (ep[3] or today)).days < 365 and ep[1] not in NOT_SUPERVISED \
                    and rng.random() < 0.7:
                ended = P.exit_for(rows, rng, today, child, ep, manager)
                if ended is not None and ep[1] in HISTORIC_CONTACTS:
                    contacts.write(child, ep, 10, [], None, manager, not_seen=False,
                                   until=ended)
            continue
        supervised = meta is not None and ep[1] not in NOT_SUPERVISED and (
            meta.extra.get("yjs_supervised")
            or meta.extra.get("category") in ("out_of_court", "prevention"))
        if not supervised:
            continue
        category = meta.extra.get("category")
        level, stage_id, signed, high = assessed.get(cid, (
            category if category in ("out_of_court", "prevention") else "standard",
            None, today, False))
        stage = (stage_id, signed) if stage_id else None
        plan_start = P.plan_for(rows, rng, today, child, ep, level, stage, high)
        plan_id = rows.plans[-1]["id"] if plan_start else None
        if rng.random() < 0.08:
            P.event_for(rows, rng, today, child, plan_id, overdue=rng.random() < 0.35)
        contacts.write(child, ep, int(max_days.get(level, 14)), rows.target_ids.get(cid, []),
                       plan_start, manager, not_seen=rng.random() < 0.07)
    insert_all(conn, [
        (Plan, rows.plans), (PlanTarget, rows.targets), (CaseEvent, rows.events),
        (Review, rows.reviews), (OocDecision, rows.ooc), (OocCondition, rows.conditions),
        (ExitPlan, rows.exits), (Contact, contacts.contacts),
        (ContactTargetLink, contacts.links), (SafeguardingItem, contacts.items),
        (ComplianceRecord, contacts.compliance)])
