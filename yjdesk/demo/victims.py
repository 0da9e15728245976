"""Demo victims and restorative-justice work (issue 14), in realistic proportions.

One victim and RJ worker per team. Offences marked as having a victim get a victim record
(about one in ten a business or school; a few victims share two offences of the same
child). Roughly: the police pass details for most; about 55 % consent to contact; of those,
most are asked their views and given information, RJ is offered to about 80 % and a little
under half take part (letters of apology and panel attendance more than conferences). Safety
concerns are recorded for about one victim in five, with a summary the practitioner sees.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from yjdesk.demo.support import Context, insert_all, new_id, sync_cols
from yjdesk.models.justice import Offence
from yjdesk.models.org import Role, UserAccount
from yjdesk.models.victims import Victim, VictimOffence, VictimSafetySummary

FIRST = ("Ada", "Brian", "Chloe", "Deepak", "Elaine", "Frank", "Grace", "Hassan", "Irene",
         "Joe", "Kirsty", "Liam", "Maureen", "Nadia", "Owen", "Priya", "Ruth", "Stan")
LAST = ("Kowalski", "Ashworth", "Begum", "Clegg", "Dunn", "Entwistle", "Fairclough",
        "Greenhalgh", "Hodgson", "Iqbal", "Jolly", "Kenyon", "Lord", "Marsden", "Nuttall")
ORGS = ("Corner Shop Ltd", "Blackpool Transport", "St Anne's Academy", "Co-op Foodstore",
        "Bus station kiosk", "Leisure centre")
STREETS = ("Talbot Road", "Church Street", "Dickson Road", "Central Drive", "Lytham Road",
           "Waterloo Road", "Whitegate Drive")
RJ_TYPES = (("letter_of_apology", 35), ("panel_attendance", 20), ("direct_conference", 15),
            ("shuttle_mediation", 10), ("impact_statement", 12), ("indirect_reparation", 8))
VIEWS = ("Wants him to understand how frightened she was.",
         "Would like the money for the window paid back.",
         "Does not want to meet but would accept a letter.",
         "Wants reassurance it will not happen again.",
         "Angry at first; now wants the young person to get help.")
INFO = ("Explained the YJS role and the order.", "Explained what happens to the information "
        "given and offered updates.", "Sent the victims' information leaflet.")
SUPPORT = ("Victim Support", "Local victims' hub", "School counsellor", None, None)
SUMMARIES = ("exclusion zone around {s}", "no contact with the victim, who lives near {s}",
             "avoid {s} after school; the victim works there")


def _victim_workers(conn: Connection, ctx: Context) -> dict[str, str]:
    """Add one victim and RJ worker to each team; team id -> user id."""
    sync = sync_cols()
    rows: list[dict[str, Any]] = []
    out: dict[str, str] = {}
    for n, team in enumerate(ctx.team_ids):
        uid = new_id(ctx.rng)
        username = "vicky.victims" if n == 0 else f"rj.worker{n + 1}"
        rows.append({"id": uid, "username": username,
                     "display_name": "Vicky Victims" if n == 0 else f"RJ Worker {n + 1}",
                     "role": Role.VICTIM_WORKER, "team_id": team, "active": True,
                     "qualification": "Restorative justice practitioner",
                     "email": f"{username}@example.invalid", **sync})
        out[team] = uid
        ctx.staff.setdefault(team, []).append((uid, Role.VICTIM_WORKER))
    insert_all(conn, [(UserAccount, rows)])
    return out


def generate(conn: Connection, ctx: Context) -> None:
    rng: random.Random = ctx.rng
    _victim_workers(conn, ctx)
    sync = sync_cols()
    offences: dict[str, list[tuple[str, dt.date]]] = defaultdict(list)
    for oid, cid, day in conn.execute(select(Offence.id, Offence.child_id, Offence.offence_date)
                                      .where(Offence.victim_involved.is_(True))
                                      .order_by(Offence.id)):
        offences[cid].append((oid, day))
    victims: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    summaries: list[dict[str, Any]] = []
    for cid in sorted(offences):
        items = sorted(offences[cid], key=lambda o: o[1])
        i = 0
        while i < len(items):
            group = [items[i]]
            if i + 1 < len(items) and rng.random() < 0.15:  # one victim of two offences
                group.append(items[i + 1])
            i += len(group)
            victims_here = 2 if rng.random() < 0.08 else 1
            for _ in range(victims_here):
                _one(rng, ctx.today, cid, group, sync, victims, links, summaries)
    insert_all(conn, [(Victim, victims), (VictimOffence, links),
                      (VictimSafetySummary, summaries)])


def _one(rng: random.Random, today: dt.date, cid: str, group: list[tuple[str, dt.date]],
         sync: dict[str, Any], victims: list[dict[str, Any]], links: list[dict[str, Any]],
         summaries: list[dict[str, Any]]) -> None:
    first_day = group[0][1]
    org = rng.random() < 0.1
    vid = new_id(rng)
    street = rng.choice(STREETS)
    asked = rng.random() < 0.85
    consent = (rng.random() < 0.55) if asked else None
    consent_on = min(today, first_day + dt.timedelta(days=rng.randint(3, 30))) \
        if asked else None
    ok = consent is True

    def later(days: int) -> dt.date | None:
        if consent_on is None:
            return None
        return min(today, consent_on + dt.timedelta(days=rng.randint(1, days)))

    offered = ok and rng.random() < 0.8
    took_part = offered and rng.random() < 0.45
    concerns = rng.random() < 0.2 if not org else False
    rj_type = rng.choices([t for t, _ in RJ_TYPES], [w for _, w in RJ_TYPES])[0] \
        if took_part else None
    offered_on = later(30) if offered else None
    rj_on = min(today, offered_on + dt.timedelta(days=rng.randint(5, 40))) \
        if took_part and offered_on else None
    name = rng.choice(ORGS) if org else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    victims.append({
        "id": vid, "child_id": cid, "kind": "organisation" if org else "person",
        "name": name, "address": f"{rng.randint(1, 140)} {street}, Blackpool",
        "phone": f"07700 9{rng.randint(0, 99999):05d}", "email": None,
        "preferred_contact": rng.choice(["phone", "phone", "letter", "email", "via_police"]),
        "enhanced_service": (not org) and rng.random() < 0.2,
        "needs": rng.choice([None, None, "Hearing impaired: prefers text messages.",
                             "Anxious since the offence; GP aware."]),
        "consent_to_contact": consent, "consent_date": consent_on,
        "lawful_basis": "Police referral under the Victims' Code" if asked else None,
        "views": rng.choice(VIEWS) if ok and rng.random() < 0.85 else None,
        "views_date": later(20) if ok else None,
        "safety_concerns": concerns, "safety_detail": "The young person lives nearby and "
        "has been seen outside the victim's home." if concerns else None,
        "information_given": rng.choice(INFO) if ok and rng.random() < 0.9 else None,
        "information_date": later(20) if ok else None,
        "rj_offered": offered if ok else None, "rj_offered_date": offered_on,
        "rj_not_offered_reason": None if offered or not ok else
        "Victim vulnerable; RJ not appropriate at present.",
        "rj_type": rj_type, "rj_took_part": took_part if offered else None,
        "rj_date": rj_on, "rj_outcome": "Apology given and accepted." if took_part else None,
        "support_referrals": rng.choice(SUPPORT) if ok else None,
        "feedback": rng.choice([None, "Felt listened to.", "Glad it was dealt with quickly."])
        if took_part else None,
        "last_contact_date": rj_on or later(30) or consent_on, "redacted_at": None, **sync})
    for oid, _day in group:
        links.append({"id": new_id(rng), "child_id": cid, "victim_id": vid, "offence_id": oid,
                      **sync})
    summaries.append({
        "id": new_id(rng), "child_id": cid, "victim_ref": vid, "offence_id": group[0][0],
        "victim_kind": "organisation" if org else "person", "concerns": concerns,
        "summary": rng.choice(SUMMARIES).format(s=street) if concerns else None, **sync})
