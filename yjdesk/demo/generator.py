"""A deterministic synthetic youth justice service, for the demo and for benchmarks.

Every person is invented: first names and surnames are drawn independently from lists, so
no combination is meant to be anyone. The same ``seed`` and ``today`` give the same data.

Scales (DOMAIN.md "Realistic sizes"):

* ``demo``     -- a small unitary service: 2 teams, 15 staff, ~300 children.
* ``county``   -- a county: 10 teams, ~70 staff, 20,000 children (a team holds ~2,000).
* ``national`` -- a much larger set for benchmarks: 60 teams, 150,000 children.

Rows are written with bulk Core inserts (no ORM, no audit: this is seed data, not work done
by a user), so a county set takes seconds, not minutes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Connection, Table, insert, select, update

from yjdesk.demo.support import new_id, sync_cols
from yjdesk.laptop import LaptopStore
from yjdesk.models import (
    Allocation,
    Child,
    ChildAddress,
    Disposal,
    DisposalRequirement,
    Offence,
    Relationship,
    Role,
    StatusHistory,
    Team,
    UserAccount,
)
from yjdesk.models.statuses import OffenceStatus
from yjdesk.paths import Paths
from yjdesk.services.codes import codelist

DEMO_PASSWORD = "demo-password-2026"
DEMO_USERNAME = "sam.practitioner"


@dataclass(frozen=True)
class Scale:
    name: str
    teams: int
    staff_per_team: int
    children: int


SCALES = {
    "tiny": Scale("tiny", 2, 4, 40),
    "demo": Scale("demo", 2, 7, 300),
    "county": Scale("county", 10, 7, 20_000),
    "national": Scale("national", 60, 7, 150_000),
}

BOYS_NAMES = (
    "Alfie Archie Ayaan Bailey Caleb Callum Corey Dylan Elijah Ellis Ethan Finley Harley "
    "Harvey Isaac Jacob Jaden Jayden Jenson Kai Kian Leon Liam Logan Louie Luca Mason "
    "Mohammed Nathan Noah Oscar Reece Riley Rio Ryan Tyler Zac Zion Kaden Marley Ezra Kobi "
    "Ravi Yusuf Joshua Thomas Daniel Kyle Connor Jordan"
).split()
GIRLS_NAMES = (
    "Aaliyah Amara Aria Bella Chloe Darcy Demi Eden Esme Evie Faith Freya Gracie Hollie "
    "Isla Jada Kayla Lacey Leah Lexi Lola Macy Maya Mia Niamh Olivia Paige Rosie Ruby "
    "Scarlett Sienna Skye Tayla Tia Zara Tegan Nia Amelia Keira Jasmine Megan Holly Ellie"
).split()
NEUTRAL_NAMES = "Morgan Sami Shay Remi Rowan Sol Wren Alex Charlie Jamie Robin".split()
FIRST_NAMES = BOYS_NAMES + GIRLS_NAMES + NEUTRAL_NAMES
#: Usual short forms, for the few children known by another name.
SHORT_FORMS = {
    "Alfie": "Alf", "Archie": "Arch", "Callum": "Cal", "Daniel": "Dan", "Elijah": "Eli",
    "Joshua": "Josh", "Jacob": "Jake", "Nathan": "Nate", "Thomas": "Tom", "Zachary": "Zac",
    "Mohammed": "Mo", "Isaac": "Zac", "Jordan": "Jord", "Olivia": "Liv", "Amelia": "Millie",
    "Jasmine": "Jaz", "Scarlett": "Scar", "Gracie": "Grace", "Megan": "Meg", "Eleanor": "Nell",
    "Isabella": "Bella", "Alexander": "Alex", "Kayla": "Kay", "Rosie": "Ro",
}


def _first_name(rng: random.Random, gender: str) -> str:
    names = BOYS_NAMES if gender == "male" else GIRLS_NAMES if gender == "female" \
        else NEUTRAL_NAMES
    return rng.choice(names)
SURNAMES = (
    "Abara Ashdown Bramley Brennock Calloway Carrow Dunmore Eastleigh Fairbourne Farrant "
    "Garside Greaves Halloran Hartwell Heskin Illingworth Jessop Kearsley Kettering Lathom "
    "Loxley Marsden Mellor Nuttall Okonjo Ormerod Pemberton Pilling Quayle Rainford "
    "Rawcliffe Scarisbrick Singleton Staining Thistleton Tuson Ulverley Vasquez-Holt "
    "Wardleworth Westby Whittam Wrea Yeadon Ashworth Barrowclough Cottam Elswick Hambleton "
    "Inskip Kirkham Medlar Nateby Preesall Roseacre Treales Warton Weeton Esprick"
).split()
STAFF_FIRST = ("Sam Alex Jo Priya Tom Nadia Chris Fatima Lee Grace Imran Beth Owen Hannah "
               "Raj").split()
TOWNS = ["Blackpool", "Bispham", "Layton", "Marton", "Fleetwood", "Lytham", "Preston",
         "Chorley", "Lancaster", "Burnley", "Accrington", "Ormskirk"]
COURTS = ["Blackpool Youth Court", "Preston Youth Court", "Lancaster Youth Court",
          "Preston Crown Court"]

#: Share of disposals by type (roughly: out of court ~55%, court ~35%, prevention ~10%).
DISPOSAL_MIX = [
    ("triage", 14), ("community_resolution", 12), ("youth_caution", 8),
    ("youth_conditional_caution", 9), ("rj_instant", 4), ("rj_formal", 3), ("nfa", 3),
    ("turnaround", 7), ("prevention_other", 3),
    ("referral_order", 17), ("yro", 9), ("yro_iss", 2), ("dto", 3), ("fine", 2),
    ("conditional_discharge", 2), ("remand_la", 1), ("bail_supervision", 1),
]

#: Feature areas add generators of their own records: ``fn(conn, ctx)``, run in order after
#: the core records (see :func:`_extensions`).
EXTENSIONS: list[Callable[[Connection, GenContext], None]] = []


def _extensions() -> list[Callable[[Connection, GenContext], None]]:
    """The feature generators, imported here (not at module load) to keep imports light."""
    from yjdesk.demo import assessments as assessments_demo
    from yjdesk.demo import audit_trail
    from yjdesk.demo import casework as casework_demo
    from yjdesk.demo import court as court_demo
    from yjdesk.demo import orders as orders_demo
    from yjdesk.demo import oversight as oversight_demo
    from yjdesk.demo import pathways as pathways_demo
    from yjdesk.demo import victims as victims_demo

    return [oversight_demo.generate, assessments_demo.generate, casework_demo.generate,
            court_demo.generate, orders_demo.generate, victims_demo.generate,
            pathways_demo.generate, *EXTENSIONS, audit_trail.generate]


@dataclass
class GenContext:
    rng: random.Random
    today: dt.date
    scale: Scale
    team_ids: list[str]
    staff: dict[str, list[tuple[str, Role]]]  # team id -> [(user id, role)]
    child_ids: list[str]
    #: child id -> [(disposal id, type, start, end, outcome)]
    disposals: dict[str, list[tuple[str, str, dt.date, dt.date | None, str]]]
    #: child id -> (team id, current case manager's user id)
    child_team: dict[str, tuple[str, str]] = field(default_factory=dict)


def _weighted(rng: random.Random, mix: list[tuple[str, int]]) -> str:
    return rng.choices([m[0] for m in mix], weights=[m[1] for m in mix])[0]


class _Batch:
    """Buffers rows per table and writes them with executemany."""

    def __init__(self, conn: Connection, size: int = 5000) -> None:
        self.conn, self.size = conn, size
        self.rows: dict[Table, list[dict[str, Any]]] = {}
        self.order: list[Table] = []

    def add(self, table: Table, row: dict[str, Any]) -> None:
        if table not in self.rows:
            self.rows[table] = []
            self.order.append(table)
        self.rows[table].append(row)
        if len(self.rows[table]) >= self.size:
            self.flush()

    def flush(self) -> None:
        for table in self.order:  # insertion order respects foreign keys
            rows = self.rows.get(table)
            if rows:
                self.conn.execute(insert(table), rows)
                self.rows[table] = []


#: Education, training or employment that agree with one another: a provider of the kind the
#: status names, and hours a week that fit it (a child out of education has none).
_ETE = {
    "school_full_time": ("Demo Academy", (25, 25)),
    "school_part_time": ("Demo Academy", (10, 15)),
    "alternative_provision": ("Coastal PRU", (10, 15)),
    "college": ("Demo College", (15, 16)),
    "training": ("Blackpool Skills Centre", (16, 25)),
}


def _education(rng: random.Random) -> dict[str, Any]:
    """A child's ``ete_status``, ``ete_provider`` and ``ete_hours``. The same draws as the
    generator always made (status, then a choice of 4, then of 6), so every later choice is
    unchanged."""
    status = rng.choices(
        ["school_full_time", "school_part_time", "alternative_provision", "college",
         "training", "neet", "excluded"], weights=[35, 15, 15, 12, 5, 13, 5])[0]
    known_provider = rng.choice([True, True, True, False])
    hours = rng.choice([1, 1, 0, 0, 0, None])
    if status not in _ETE:
        return {"ete_status": status, "ete_provider": None, "ete_hours": 0}
    provider, (fewer, more) = _ETE[status]
    return {"ete_status": status, "ete_provider": provider if known_provider else None,
            "ete_hours": None if hours is None else (more if hours else fewer)}


#: After an order ends the case stays allocated this long for closing work (exit plan).
CLOSING_DAYS = 28


def _allocation_end(last: bool, outcome: str, end: dt.date, today: dt.date) -> dt.date | None:
    if not last:
        return end
    if outcome == "ongoing" or end + dt.timedelta(days=CLOSING_DAYS) >= today:
        return None
    return end + dt.timedelta(days=CLOSING_DAYS)


def _requirement_size(rng: random.Random, code: str, start: dt.date) -> dict[str, Any]:
    """A lawful, realistic size for a demo requirement (limits: resources/rules)."""
    if code == "curfew_electronic":
        hours = rng.choice([8, 10, 12])
        return {"quantity": hours, "hours_per_week": hours * 7,
                "end_date": start + relativedelta(months=rng.choice([3, 4, 6]))}
    if code == "exclusion":
        return {"quantity": None, "end_date": start + relativedelta(months=rng.choice([2, 3]))}
    if code == "activity":
        return {"quantity": rng.choice([20, 30, 60, 90])}
    if code == "extended_activity":
        return {"quantity": rng.choice([120, 180])}
    if code == "reparation":
        return {"quantity": rng.choice([6, 8, 10, 12])}
    return {"quantity": None}


def _episode(batch: _Batch, T: dict[Any, Table], rng: random.Random, ctx: GenContext,
             cid: str, start: dt.date, last: bool, manager: str, practitioners: list[str],
             prev_manager: str | None, sync: dict[str, Any], disposal_codes: Any,
             offence_codes: Any, today: dt.date) -> str:
    """One disposal with its offences, requirements and allocation; returns the worker."""
    kind = _weighted(rng, DISPOSAL_MIX)
    meta = disposal_codes.get(kind)
    months = int(meta.extra.get("max_months") or 0)
    length = rng.choice([3, 6, 9, 12]) if kind == "referral_order" else (
        min(months, rng.choice([6, 12, 18])) if months else 3)
    if kind == "dto":  # lawful on both sides of 28/06/2022 (own draw: keeps the demo)
        length = random.Random(f"dto-{cid}-{start}").choice([4, 6, 8, 10, 12, 18, 24])
    end = start + relativedelta(months=length)
    outcome = "ongoing" if last and end > today else rng.choices(
        ["completed", "breached", "revoked"], weights=[85, 10, 5])[0]
    did = new_id(rng)
    category = meta.extra["category"]
    if category == "out_of_court" and outcome in ("breached", "revoked"):
        outcome = "not_completed"  # a caution is never breached
    batch.add(T[Disposal], {
        "id": did, "child_id": cid, "disposal_type": kind, "category": category,
        "decision_body": rng.choice(COURTS) if category == "court"
        else meta.extra.get("usual_decision_body"),
        "decision_date": start, "start_date": start, "end_date": end,
        "conditions": None, "outcome": outcome,
        "outcome_date": None if outcome == "ongoing" else min(end, today),
        "responsible_officer_id": manager, **sync})
    ctx.disposals[cid].append((did, kind, start, end, outcome))
    if kind in ("yro", "yro_iss", "referral_order"):
        picks = rng.sample(["supervision", "curfew_electronic", "activity", "reparation",
                            "exclusion"], k=2)
        if kind == "yro_iss":  # ISS needs extended activity, supervision, curfew and EM
            picks = ["extended_activity", "supervision", "curfew_electronic"]
        sizes = random.Random(did)  # lawful sizes, without disturbing the main sequence
        for req in picks:
            rid = new_id(rng)
            rng.choice([None, 20, 30, 90])  # the draw the sizes once took (keeps the demo)
            batch.add(T[DisposalRequirement], {
                "id": rid, "child_id": cid, "disposal_id": did,
                "requirement_code": req, "detail": None, "mandatory": True,
                "hours_per_week": None, "end_date": None,
                **_requirement_size(sizes, req, start), **sync})
    for _ in range(rng.choice([1, 1, 2, 3])):
        code = rng.choice(offence_codes.codes)
        batch.add(T[Offence], {
            "id": new_id(rng), "child_id": cid,
            "offence_date": start - dt.timedelta(days=rng.randrange(14, 120)),
            "offence_code": code.code, "description": None,
            "status": OffenceStatus.PROVEN if category == "court" else OffenceStatus.SUSPECTED,
            "gravity": int(code.extra["default_gravity"]),
            "victim_involved": rng.random() < 0.45,
            "serious_violence": bool(code.extra.get("serious_violence")),
            "disposal_id": did, **sync})
    who = manager if last else rng.choice(practitioners)
    if who != prev_manager:
        batch.add(T[Allocation], {
            "id": new_id(rng), "child_id": cid, "user_id": who,
            "allocation_role": "case_manager", "from_date": start,
            "to_date": _allocation_end(last, outcome, end, today), **sync})
    return who


def generate(conn: Connection, scale: str | Scale = "demo", *, seed: int = 2026,
             today: dt.date | None = None) -> GenContext:
    """Write a synthetic service into ``conn`` (the caller's transaction)."""
    sc = SCALES[scale] if isinstance(scale, str) else scale
    rng = random.Random(seed)
    today = today or dt.date.today()
    sync = sync_cols()
    batch = _Batch(conn)
    T: dict[Any, Table] = {
        c: c.__table__  # type: ignore[misc]
        for c in (Team, UserAccount, Child, ChildAddress, Relationship, Offence, Disposal,
                  DisposalRequirement, Allocation)}

    team_ids: list[str] = []
    staff: dict[str, list[tuple[str, Role]]] = {}
    for t in range(sc.teams):
        tid = new_id(rng)
        team_ids.append(tid)
        name = ["North", "South", "East", "West", "Central", "Coast", "Fylde", "Ribble",
                "Pennine", "Lune"][t % 10] + (f" {t // 10 + 1}" if t >= 10 else "")
        batch.add(T[Team], {"id": tid, "name": f"{name} Team", "code": f"T{t + 1:02d}",
                            "local_authority": "Demo Borough Council", **sync})
        members: list[tuple[str, Role]] = []
        roles = [Role.TEAM_MANAGER, Role.COURT_OFFICER] + [Role.PRACTITIONER] * (
            sc.staff_per_team - 2)
        for s, role in enumerate(roles):
            uid = new_id(rng)
            first = STAFF_FIRST[(t * 7 + s) % len(STAFF_FIRST)]
            last = SURNAMES[(t * 11 + s * 3) % len(SURNAMES)]
            username = f"{first}.{last}{t + 1}{s}".lower()
            if t == 0 and role == Role.PRACTITIONER and not any(
                    r == Role.PRACTITIONER for _, r in members):
                username, first, last = DEMO_USERNAME, "Sam", "Practitioner"
            if t == 0 and role == Role.TEAM_MANAGER:
                username, first, last = "morgan.manager", "Morgan", "Manager"
            batch.add(T[UserAccount], {
                "id": uid, "username": username, "display_name": f"{first} {last}",
                "role": role, "team_id": tid, "active": True,
                "qualification": rng.choice(["Social worker", "Probation officer",
                                             "Equivalent qualification"]),
                "email": f"{username}@example.invalid", **sync})
            members.append((uid, role))
        staff[tid] = members
    if sc.teams > 1:
        sm = new_id(rng)
        batch.add(T[UserAccount], {"id": sm, "username": "alex.servicemanager",
                                   "display_name": "Alex Service-Manager",
                                   "role": Role.SERVICE_MANAGER, "team_id": None,
                                   "active": True, "qualification": None, "email": None,
                                   **sync})

    offence_codes = codelist("offence_type")
    disposal_codes = codelist("disposal_type")
    ethnicity = [c for c, _ in codelist("ethnicity").choices()]
    eth_weights = [60 if c == "white_british" else 3 for c in ethnicity]
    statuses = list(StatusHistory)
    ctx = GenContext(rng, today, sc, team_ids, staff, [], {})

    for i in range(sc.children):
        cid = new_id(rng)
        ctx.child_ids.append(cid)
        tid = team_ids[i % len(team_ids)]
        practitioners = [u for u, r in staff[tid] if r == Role.PRACTITIONER]
        age = rng.choices(range(10, 19), weights=[2, 4, 7, 10, 14, 16, 16, 12, 5])[0]
        dob = today - dt.timedelta(days=age * 365 + rng.randrange(365))
        gender = rng.choices(["male", "female", "non_binary"], weights=[82, 17, 1])[0]
        first = _first_name(rng, gender)
        manager = rng.choice(practitioners)
        ctx.child_team[cid] = (tid, manager)
        batch.add(T[Child], {
            "id": cid, "case_number": f"YJ-{i + 1:06d}",
            "pnc_number": f"{today.year - rng.randrange(1, 5)}/{rng.randrange(10**6):07d}"
                          f"{rng.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}" if rng.random() < 0.7
                          else None,
            "given_name": first, "family_name": rng.choice(SURNAMES),
            "preferred_name": SHORT_FORMS.get(first) if rng.random() < 0.3 else None,
            "date_of_birth": dob, "gender": gender,
            "ethnicity": rng.choices(ethnicity, weights=eth_weights)[0],
            "looked_after": rng.choices(statuses, weights=[12, 10, 70, 8])[0],
            "child_in_need": rng.choices(statuses, weights=[15, 20, 55, 10])[0],
            "cp_plan": rng.choices(statuses, weights=[6, 14, 72, 8])[0],
            "home_local_authority": "Demo Borough Council",
            "placing_local_authority": None,
            "diversity_needs": rng.choice([None, None, "ADHD diagnosis",
                                           "Autism spectrum condition", "Dyslexia"]),
            "communication_needs": rng.choice([None, None, "Needs short sentences and "
                                               "checking understanding"]),
            "ect_result": rng.choice(["no_needs", "some_needs", "significant_needs",
                                      "not_completed"]),
            **_education(rng),
            "team_id": tid, "case_manager_id": manager, **sync})

        moves = rng.choice([1, 1, 2, 3])
        moved_in = sorted(min(dob + dt.timedelta(days=rng.randrange(365 * 6, 365 * age + 1)),
                              today) for _ in range(moves))
        for n, start in enumerate(moved_in):
            acc = rng.choices(["family_home", "kinship", "foster", "childrens_home",
                               "supported", "sofa_surfing"], weights=[70, 8, 8, 6, 4, 4])[0]
            batch.add(T[ChildAddress], {
                "id": new_id(rng), "child_id": cid,
                "line1": f"{rng.randrange(1, 200)} {rng.choice(SURNAMES)} Road",
                "line2": None, "town": rng.choice(TOWNS),
                "postcode": f"FY{rng.randrange(1, 9)} {rng.randrange(1, 9)}"
                            f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                            f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                "from_date": start,
                "to_date": moved_in[n + 1] if n + 1 < len(moved_in) else None,
                "accommodation_type": acc, "suitable": acc != "sofa_surfing", **sync})
        for rel in rng.sample(["mother", "father", "grandparent", "foster_carer",
                               "social_worker", "sibling"], k=rng.choice([1, 2, 3])):
            batch.add(T[Relationship], {
                "id": new_id(rng), "child_id": cid,
                "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
                "relationship_type": rel,
                "parental_responsibility": rel in ("mother", "father"),
                "lives_with_child": rel in ("mother", "foster_carer"),
                "phone": f"07700 9{rng.randrange(10**5):05d}", "email": None,
                "address": None, "notes": None, **sync})

        ctx.disposals[cid] = []
        # Years of history: 1-4 episodes; ~45% of children have one running now.
        episodes = rng.choices([1, 2, 3, 4], weights=[50, 28, 15, 7])[0]
        active = rng.random() < 0.45
        start = max(dob + relativedelta(years=10),
                    today - dt.timedelta(days=rng.randrange(60, 365 * 4)))
        starts: list[dt.date] = []
        for _ in range(episodes):
            if start > today:
                break
            starts.append(start)
            start = start + relativedelta(months=rng.choice([3, 6, 12])) + dt.timedelta(
                days=rng.randrange(30, 300))
        if active:
            recent = today - dt.timedelta(days=rng.randrange(5, 150))
            starts = [d for d in starts if d < recent - dt.timedelta(days=90)] + [recent]
        prev_manager: str | None = None
        for e, ep_start in enumerate(starts):
            is_last = e == len(starts) - 1
            prev_manager = _episode(batch, T, rng, ctx, cid, ep_start, is_last, manager,
                                    practitioners, prev_manager, sync, disposal_codes,
                                    offence_codes, today)
    batch.flush()
    for extension in _extensions():
        extension(conn, ctx)
    _close_ended_cases(conn, today)
    return ctx


def _close_ended_cases(conn: Connection, today: dt.date) -> None:
    """A closed case has no case manager, so it leaves the practitioner's caseload (the
    feature generators, run before this, still name the worker who held it). An allocation
    whose end date is still to come is open today: the service's scope counts it so
    (``server.scope``), and a child it puts on a caseload must show who manages them."""
    child: Table = Child.__table__  # type: ignore[assignment]
    allocation: Table = Allocation.__table__  # type: ignore[assignment]
    open_cases = select(allocation.c.child_id).where(
        allocation.c.to_date.is_(None) | (allocation.c.to_date >= today))
    conn.execute(update(child).where(~child.c.id.in_(open_cases))
                 .values(case_manager_id=None))


@dataclass(frozen=True)
class DemoProfile:
    paths: Paths
    password: str
    username: str


def ensure_demo_profile(paths: Paths, scale: str = "demo", *,
                        today: dt.date | None = None) -> DemoProfile:
    """Create (once) an encrypted demo profile owned by the demo practitioner."""
    from sqlalchemy import select

    from yjdesk.services import profile
    from yjdesk.store import LocalStore

    if LocalStore.exists(paths):
        return DemoProfile(paths, DEMO_PASSWORD, DEMO_USERNAME)
    store = LaptopStore.create(paths.ensure(), DEMO_PASSWORD)
    try:
        with store.engine.begin() as conn:
            generate(conn, scale, today=today)
        with store.session() as session, session.begin():
            owner = session.scalar(select(UserAccount.id).where(
                UserAccount.username == DEMO_USERNAME))
            profile.set_meta(session, profile.OWNER_KEY, owner)
            profile.device_id(session)
    finally:
        store.close()
    return DemoProfile(paths, DEMO_PASSWORD, DEMO_USERNAME)


def _add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scale", choices=sorted(SCALES), default="demo",
                   help="size of the synthetic service")


def _run(args: argparse.Namespace) -> int:
    from yjdesk.commands import paths_of

    paths = paths_of(args)
    demo = ensure_demo_profile(paths, args.scale)
    print(f"demo profile: {demo.paths.root}")
    print(f"sign in as {demo.username} with password {demo.password}")
    return 0


def _register() -> None:
    from yjdesk.commands import COMMANDS

    COMMANDS["demo-data"] = ("create a demo profile with synthetic data", _add_args, _run)


_register()
