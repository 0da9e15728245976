"""Demo records for oversight and performance: board meetings with attendance, management
oversight with actions, and completed case audits with feedback.

A generator for :func:`yjdesk.demo.generator._extensions` (``fn(conn, ctx)``): bulk Core inserts,
deterministic from ``ctx.rng``, no audit (seed data, not work done by a user).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Connection, insert

from yjdesk.demo.support import new_id, sync_cols, table
from yjdesk.models.org import Role
from yjdesk.models.oversight import (
    BoardAttendance,
    BoardMeeting,
    OversightAction,
    OversightRecord,
    QualityAudit,
    QualityAuditAnswer,
)
from yjdesk.models.statuses import AuditStatus
from yjdesk.services.codes import codelist
from yjdesk.services.oversight.quality_audit import questions_for

DECISIONS = (
    ("Increase contact to twice weekly while the exploitation concerns are assessed.",
     "Two missing episodes this month and new associates named by the police."),
    ("Hold a risk management meeting with children's social care.",
     "Safety and wellbeing rated high; the plan has no contingency for a placement move."),
    ("Continue the current plan; review in six weeks.",
     "Good engagement with the ETE worker and no new concerns from school."),
)
ACTIONS = ("Refer to the exploitation panel", "Update the contingency plan",
           "Speak to the school's designated safeguarding lead", "Book the review meeting")


def generate(conn: Connection, ctx: Any) -> None:
    """Two years of quarterly board meetings; oversight and audits on some current cases."""
    rng, today = ctx.rng, ctx.today
    sync = sync_cols()
    partners = [c.code for c in codelist("board_partner").codes if c.extra.get("statutory")]
    meetings, attendance = [], []
    for q in range(8):
        held = today - relativedelta(months=3 * q + 1)
        mid = new_id(ctx.rng)
        meetings.append({"id": mid, "held_on": held, "board": "Youth justice partnership "
                         "board", "notes": None, **sync})
        for p in partners:
            status = rng.choices(["attended", "deputy", "apologies", "absent"],
                                 [70, 12, 14, 4])[0]
            attendance.append({"id": new_id(ctx.rng), "meeting_id": mid, "partner": p,
                               "member_name": None, "status": status, **sync})
    conn.execute(insert(table(BoardMeeting)), meetings)
    conn.execute(insert(table(BoardAttendance)), attendance)

    managers = {team: [u for u, r in staff if r == Role.TEAM_MANAGER]
                for team, staff in ctx.staff.items()}
    workers = {team: [u for u, r in staff if r == Role.PRACTITIONER]
               for team, staff in ctx.staff.items()}
    teams = [t for t in ctx.team_ids if managers.get(t) and workers.get(t)]
    if not teams:
        return
    current = [cid for cid, eps in ctx.disposals.items() if eps and eps[-1][4] == "ongoing"]
    records, actions, audits, answers = [], [], [], []
    for n, child_id in enumerate(current[: max(4, len(current) // 10)]):
        team, worker = ctx.child_team[child_id]  # the child's own team and case manager
        if team not in teams:
            continue
        manager = managers[team][0]
        on = today - dt.timedelta(days=rng.randint(3, 60))
        rid = new_id(ctx.rng)
        decision, rationale = DECISIONS[n % len(DECISIONS)]
        records.append({"id": rid, "child_id": child_id, "kind": "management_oversight",
                        "recorded_on": on, "author_id": manager, "practitioner_id": worker,
                        "decision": decision, "rationale": rationale, **sync})
        actions.append({"id": new_id(ctx.rng), "child_id": child_id, "oversight_id": rid,
                        "description": ACTIONS[n % len(ACTIONS)], "owner_id": worker,
                        "due_date": on + dt.timedelta(days=14),
                        "done_on": on + dt.timedelta(days=10) if n % 3 else None, **sync})
        if n % 2:
            continue
        aid = new_id(ctx.rng)
        audits.append({"id": aid, "child_id": child_id, "auditor_id": manager,
                       "practitioner_id": worker, "team_id": team, "audited_on": on,
                       "case_type": "court", "status": AuditStatus.COMPLETE,
                       "feedback": "Clear analysis of desistance; plan needs a contingency "
                                   "for the child's safety.", "acknowledged": n % 4 == 0,
                       "acknowledged_on": on if n % 4 == 0 else None,
                       "practitioner_response": None, **sync})
        for question in questions_for("court"):
            score = rng.choices(["sufficient", "insufficient"], [65, 35])[0]
            answers.append({"id": new_id(ctx.rng), "child_id": child_id, "audit_id": aid,
                            "question": question.code, "score": score,
                            "evidence": "Seen in the assessment and the plan.", **sync})
    for model, rows in ((OversightRecord, records), (OversightAction, actions),
                        (QualityAudit, audits), (QualityAuditAnswer, answers)):
        if rows:
            conn.execute(insert(table(model)), rows)
