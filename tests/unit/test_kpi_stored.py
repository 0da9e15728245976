"""The pack's stored closed-intervention snapshot (``kpi_intervention``) gives the same
figures as the definition (:func:`yjdesk.services.oversight.kpi.snapshot.snapshot`) on a
realistic generated service, and keeps giving them after records change by any path (the
unit of work, a plain SQL write as a sync pull makes, a deletion)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update

from tests.conftest import table_of
from yjdesk.demo.generator import Scale, generate
from yjdesk.demo.support import sync_cols
from yjdesk.models import AssessmentStage, ChildAddress, Disposal, ExitPlan, UserAccount
from yjdesk.models.kpi import KpiDirty, KpiIntervention
from yjdesk.services.oversight.kpi import Window, compute_pack, snapshot_counts, stored
from yjdesk.services.oversight.kpi.base import KpiSettings, Period
from yjdesk.sync.pull import purge_children

TODAY = dt.date(2026, 11, 20)
FY = Period.financial_year(2025)
WINDOW = Window.around(FY)
ETE = ["school_full_time", "college", "training", "employment", "neet", "not_known", None]
CHAIN = ["none", "planned", "offered", "attending", None]
STATUS = ["currently", "previously", "never", None]


def _extras(conn: Any, ctx: Any) -> None:
    """Start, review and exit records as the benchmark adds them, with the awkward cases:
    two start stages on one day, drafts, deleted records, silent stages (address fallback)."""
    rng = random.Random(15)
    author = conn.execute(select(UserAccount.id).limit(1)).scalar_one()
    stages: list[dict[str, Any]] = []
    exits: list[dict[str, Any]] = []
    for child_id, episodes in ctx.disposals.items():
        for did, _kind, start, end, outcome in episodes:
            for n in range(rng.choice((0, 1, 1, 2, 3))):
                on = start + dt.timedelta(days=0 if n < 2 and rng.random() < 0.3 else 20 * n)
                stages.append({
                    "id": str(uuid.UUID(int=rng.getrandbits(128))), "child_id": child_id,
                    "disposal_id": did, "stage_type": "start" if n < 2 else "review",
                    "status": rng.choice(("countersigned", "submitted", "draft")),
                    "form_version": 1, "author_id": author, "started_on": on,
                    "due_on": on + dt.timedelta(days=28),
                    "accommodation_suitable": rng.choice((True, False, None)),
                    "ete_status": rng.choice(ETE), "ete_hours": rng.randint(0, 30),
                    "send": rng.choice((True, False, None)), "ehcp": rng.random() < 0.2,
                    "learning_plan": rng.random() < 0.3,
                    "mental_health_need": rng.choice((True, False, None)),
                    "mental_health_intervention": rng.choice(CHAIN),
                    "substance_misuse_need": rng.choice((True, False, None)),
                    "substance_misuse_intervention": rng.choice(CHAIN),
                    "looked_after_status": rng.choice(STATUS),
                    "early_help_status": rng.choice(STATUS),
                    **sync_cols(), "deleted": rng.random() < 0.05})
            if outcome != "ongoing" and end is not None and rng.random() < 0.8:
                for _ in range(rng.choice((1, 1, 2))):
                    exits.append({
                        "id": str(uuid.UUID(int=rng.getrandbits(128))), "child_id": child_id,
                        "disposal_id": did, "end_date": end,
                        "accommodation_suitable": rng.choice((True, False, None)),
                        "ete_status": rng.choice(ETE), "ete_hours_offered": 25,
                        "ete_hours_attended": rng.randint(0, 30),
                        "continuing_support": rng.choice(["none_needed", "early_help", None]),
                        "looked_after_end": rng.choice(STATUS),
                        "early_help_end": rng.choice(STATUS),
                        "status": "signed_off", **sync_cols(),
                        "deleted": rng.random() < 0.05})
    conn.execute(insert(table_of(AssessmentStage)), stages)
    conn.execute(insert(table_of(ExitPlan)), exits)


def _both(session: Any) -> tuple[Any, Any]:
    return (snapshot_counts(session, WINDOW, definition=True),
            snapshot_counts(session, WINDOW))


def test_the_stored_snapshot_gives_the_definitions_figures_and_follows_every_change(
        store, actor, uow) -> None:
    with store.engine.begin() as conn:
        ctx = generate(conn, Scale("kpi", 2, 5, 900), today=TODAY)
        _extras(conn, ctx)
    with store.session() as s, s.begin():
        definition, fast = _both(s)
        closed = definition.period["accommodation__closed"]
        assert closed > 100, "the generated set should close many interventions in 2025-26"
        assert definition.period["accommodation__suitable_end"] > 0
        assert definition.period["ete__engaged_start"] > 0
        assert fast == definition
        assert s.scalar(select(func.count()).select_from(KpiDirty)) == 0
        assert stored.refresh(s) == 0  # nothing changed: nothing recomputed

    # a change through the unit of work: the exit record of one closed intervention goes
    with uow() as u:
        s = u.session
        # written as the sync engine writes what the service sends (a laptop user may not
        # change a signed-off exit plan: services.row_rules)
        s.info["sync_apply"] = True
        row = s.execute(select(KpiIntervention).where(
            KpiIntervention.exit_id.is_not(None),
            KpiIntervention.ended_on.between(FY.start, FY.end))).scalars().first()
        assert row is not None
        plan = s.get(ExitPlan, row.exit_id)
        assert plan is not None
        plan.deleted = True
        s.flush()
        assert s.scalar(select(KpiDirty.child_id)) == row.child_id
    # changes by plain SQL, as a sync pull writes them: a start stage says unsuitable, an
    # address is added, an intervention is deleted
    with store.engine.begin() as conn:
        stage = conn.execute(select(AssessmentStage.id, AssessmentStage.child_id).where(
            AssessmentStage.stage_type == "start", AssessmentStage.deleted.is_(False),
            AssessmentStage.status == "countersigned")).first()
        assert stage is not None
        conn.execute(update(AssessmentStage).where(AssessmentStage.id == stage.id)
                     .values(accommodation_suitable=False, ete_status="neet"))
        gone = conn.execute(select(KpiIntervention.disposal_id, KpiIntervention.child_id)
                            .where(KpiIntervention.ended_on.between(FY.start, FY.end))
                            .offset(5)).first()
        assert gone is not None
        conn.execute(update(Disposal).where(Disposal.id == gone.disposal_id)
                     .values(deleted=True))
        conn.execute(insert(table_of(ChildAddress)), [{
            "id": str(uuid.uuid4()), "child_id": gone.child_id, "line1": "2 New Road",
            "from_date": dt.date(2000, 1, 1), "to_date": None, "suitable": False,
            **sync_cols()}])
        dirty = set(conn.execute(select(KpiDirty.child_id)).scalars())
        assert {stage.child_id, gone.child_id} <= dirty
    with store.session() as s, s.begin():
        before = definition
        definition, fast = _both(s)
        assert fast == definition
        assert definition != before
        assert definition.period["accommodation__closed"] == closed - 1
        assert s.get(KpiIntervention, gone.disposal_id) is None

    # a migration that rebuilds a table drops its triggers: the pack puts them back and
    # rebuilds every row
    with store.engine.begin() as conn:
        conn.execute(text(f"DROP TRIGGER {stored.PREFIX}disposal_update"))
        conn.execute(update(Disposal).where(Disposal.id == gone.disposal_id)
                     .values(deleted=False))
    with store.session() as s, s.begin():
        assert stored.refresh(s) == -1
        definition, fast = _both(s)
        assert fast == definition
        assert definition.period["accommodation__closed"] == closed
        pack = compute_pack(s, FY, KpiSettings(population_10_17=100_000))
        assert pack.figure("accommodation.closed").count == closed
        s.execute(delete(KpiDirty))

    # a child moved out of this laptop's scope is purged: its snapshot rows go with it at
    # once (they hold its date of birth), not at the next pack
    with store.session() as s, s.begin():
        assert s.scalar(select(func.count()).select_from(KpiIntervention).where(
            KpiIntervention.child_id == gone.child_id))
        purge_children(s, [gone.child_id])
        assert not s.scalar(select(func.count()).select_from(KpiIntervention).where(
            KpiIntervention.child_id == gone.child_id))
        definition, fast = _both(s)
        assert fast == definition
