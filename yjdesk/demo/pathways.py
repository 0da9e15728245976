"""Demo specialist pathways (issue 14), in realistic proportions for a YJS caseload: about a
quarter of children referred to CAMHS (waits of weeks to months; a third wait three months or
more, as the inspection found), one in six to speech and language therapy after the
communication screening, one in five to a substance misuse service, one in seven to
children's social care / MASH, one in twelve discussed at a multi-agency exploitation
meeting, a few NRM referrals and very few MAPPA cases."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy.engine import Connection

from yjdesk.demo.support import Context, insert_all, new_id, sync_cols
from yjdesk.models.pathways import PathwayMeeting, PathwayReferral

SHARES = (("camhs", 0.25), ("slt", 0.16), ("substance_misuse", 0.2), ("mash", 0.14),
          ("exploitation", 0.08), ("nrm", 0.03), ("mappa", 0.015))
SERVICES = {"camhs": "CAMHS", "slt": "Speech and language therapy (YJS consultation)",
            "substance_misuse": "Young people's drug and alcohol service",
            "mash": "MASH", "exploitation": "Multi-agency child exploitation meeting",
            "nrm": "Single Competent Authority", "mappa": "MAPPA coordinator"}
REASONS = {"camhs": "Low mood and poor sleep; self-harm history.",
           "slt": "Communication screening showed significant needs.",
           "substance_misuse": "Daily cannabis use.",
           "mash": "Older males seen collecting the child from school.",
           "exploitation": "Found in another county with cash and two phones.",
           "nrm": "Indicators of criminal exploitation (county lines).",
           "mappa": "Serious violent offence; category 2."}


def _row(rng: random.Random, today: dt.date, cid: str, pathway: str,
         start: dt.date) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    sync = sync_cols()
    referred = min(today, start + dt.timedelta(days=rng.randint(0, 60)))
    wait = {"camhs": rng.choice([21, 35, 56, 70, 95, 120]), "slt": rng.randint(7, 40),
            "substance_misuse": rng.randint(3, 21)}.get(pathway, rng.randint(1, 10))
    seen = referred + dt.timedelta(days=wait)
    seen_ok = seen <= today
    rid = new_id(rng)
    row: dict[str, Any] = {
        "id": rid, "child_id": cid, "pathway": pathway, "referral_date": referred,
        "reason": REASONS[pathway], "service": SERVICES[pathway],
        "screening": "Communication screening: significant needs" if pathway == "slt" else None,
        "first_seen_date": seen if seen_ok else None, "outcome": None, "outcome_date": None,
        "reasonable_grounds": None, "reasonable_grounds_date": None,
        "conclusive_grounds": None, "conclusive_grounds_date": None,
        "mappa_category": None, "mappa_level": None, "detail": None, **sync}
    if seen_ok:
        outcome = {"camhs": rng.choice(["treatment_started", "attending", "completed",
                                        "declined_by_child"]),
                   "slt": rng.choice(["attending", "completed"]),
                   "substance_misuse": rng.choice(["attending", "declined_by_child",
                                                   "completed"]),
                   "mash": rng.choices(["nfa", "early_help", "child_in_need", "strategy_s47",
                                        "cp_plan"], [30, 30, 20, 12, 8])[0],
                   "exploitation": "managed", "nrm": "accepted", "mappa": "managed"}[pathway]
        row["outcome"], row["outcome_date"] = outcome, seen
    meetings: list[dict[str, Any]] = []
    if pathway == "nrm":
        rg = referred + dt.timedelta(days=rng.randint(3, 8))
        if rg <= today:
            row["reasonable_grounds"] = rng.choices(["positive", "negative"], [85, 15])[0]
            row["reasonable_grounds_date"] = rg
            cg = rg + dt.timedelta(days=rng.randint(60, 300))
            if row["reasonable_grounds"] == "positive" and cg <= today:
                row["conclusive_grounds"] = rng.choices(["positive", "negative"], [80, 20])[0]
                row["conclusive_grounds_date"] = cg
    if pathway in ("mappa", "exploitation"):
        if pathway == "mappa":
            row["mappa_category"] = rng.choice([1, 2, 2])
            row["mappa_level"] = rng.choice([1, 2, 2, 3])
        day = referred + dt.timedelta(days=rng.randint(5, 20))
        while day <= today and len(meetings) < 6:
            meetings.append({
                "id": new_id(rng), "child_id": cid, "referral_id": rid, "meeting_date": day,
                "mappa_level": row["mappa_level"] if pathway == "mappa" else None,
                "risk_level": rng.choice(["low", "medium", "high"])
                if pathway == "exploitation" else None,
                "outcome": "Disruption plan reviewed" if pathway == "exploitation"
                else "Risk management plan reviewed", **sync})
            day += dt.timedelta(days=rng.choice([28, 42, 56]))
    return row, meetings


def generate(conn: Connection, ctx: Context) -> None:
    rng = ctx.rng
    refs: list[dict[str, Any]] = []
    meets: list[dict[str, Any]] = []
    for cid in ctx.child_ids:
        eps = ctx.disposals.get(cid) or []
        if not eps:
            continue
        start = eps[-1][2]
        for pathway, share in SHARES:
            if rng.random() < share:
                row, meetings = _row(rng, ctx.today, cid, pathway, start)
                refs.append(row)
                meets.extend(meetings)
    insert_all(conn, [(PathwayReferral, refs), (PathwayMeeting, meets)])
