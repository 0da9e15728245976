"""The pack's stored tables give the same figures as the definitions on a realistic
generated service, and keep giving them after records change by any path (the unit of
work, a sync pull's page, a plain SQL write, a deletion, a purge): the closed-intervention
snapshot (``kpi_intervention``, against :func:`yjdesk.services.oversight.kpi.snapshot.
snapshot`) and the whole pack (first-time entrants, reoffending cohorts and the needs
profile read stored rows too) against the pack counted from the records."""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, or_, select, text, update

from tests.conftest import _owner, copy_template_store, table_of
from yjdesk.demo.generator import Scale, generate
from yjdesk.demo.support import sync_cols
from yjdesk.models import (
    AssessmentStage,
    ChildAddress,
    Disposal,
    ExitPlan,
    Offence,
    UserAccount,
    Victim,
)
from yjdesk.models.kpi import (
    KpiDirty,
    KpiFirstFormal,
    KpiIntervention,
    KpiReoffence,
    KpiStage,
)
from yjdesk.paths import Paths
from yjdesk.services.oversight.kpi import Pack, Window, compute_pack, snapshot_counts, stored
from yjdesk.services.oversight.kpi.base import KpiSettings, Period
from yjdesk.services.uow import Actor, UnitOfWork
from yjdesk.store import LocalStore
from yjdesk.sync.pull import apply_page, purge_children
from yjdesk.wire.codec import row_fields
from yjdesk.wire.protocol import RowState

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


@pytest.fixture(scope="module")
def _generated_service(tmp_path_factory: pytest.TempPathFactory,
                       _store_template: tuple[Paths, bytes]) -> tuple[Paths, bytes, Actor]:
    """A realistic generated service (its owner made first, as the ``actor`` fixture makes
    it) with the extras below, built once for the module: generating it costs about 5 s of
    CPU. Each test that uses it works on its own copy (``generated``)."""
    paths = Paths(tmp_path_factory.mktemp("kpi-generated") / "profile")
    store = copy_template_store(paths, _store_template)
    try:
        owner = _owner(store)
        with store.engine.begin() as conn:
            _extras(conn, generate(conn, Scale("kpi", 2, 5, 900), today=TODAY))
    finally:
        store.close()
    return paths, _store_template[1], owner


@pytest.fixture
def generated(tmp_path: Path, _generated_service: tuple[Paths, bytes, Actor]
              ) -> Iterator[tuple[LocalStore, Callable[[], UnitOfWork]]]:
    """A copy of the generated service, and a unit-of-work factory for its owner."""
    source, data_key, owner = _generated_service
    store = copy_template_store(Paths(tmp_path / "generated"), (source, data_key))
    yield store, lambda: UnitOfWork(store.session_factory, owner, store.paths.database)
    store.close()


def test_the_stored_snapshot_gives_the_definitions_figures_and_follows_every_change(
        generated) -> None:
    store, uow = generated
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


# --- the whole pack: every family with stored rows ----------------------------------------

SETTINGS = KpiSettings(population_10_17=100_000)


def flat(pack: Pack) -> dict[Any, Any]:
    """Every figure of the pack: each section's period, prior year and trend quarters,
    the cohort profile, the needs tables and the disproportionality cells."""
    out: dict[Any, Any] = {}
    for s in (*pack.sections, *pack.profile, *pack.needs):
        for tag, v in [("", s), ("prior:", s.prior), *((f"{lab}:", q) for lab, q in s.trend)]:
            if v is not None:
                out.update({tag + f.key: (f.count, f.denominator, f.rate) for f in v.figures})
    for table in pack.disproportionality:
        out.update({(table.dimension, *k): (c.count, c.rate, c.rri)
                    for k, c in table.cells.items()})
    return out


def _packs(session: Any, settings: KpiSettings = SETTINGS) -> tuple[dict[Any, Any], ...]:
    """(from the records, from the stored rows): the stored path brings its tables up to
    date first."""
    return (flat(compute_pack(session, FY, settings, definition=True)),
            flat(compute_pack(session, FY, settings)))


def _needs_answers(conn: Any) -> None:
    """Form-version-3 answers on the stages, so every needs table has something to count."""
    rng = random.Random(23)
    for sid in conn.execute(select(AssessmentStage.id)).scalars().all():
        conn.execute(update(AssessmentStage).where(AssessmentStage.id == sid).values(
            parent_mental_health=rng.choice((True, False, None)),
            bereavement=rng.choice((True, False, None)),
            speech_language_need=rng.choice((True, False)),
            previous_convictions=rng.choice((0, 1, 3, None)),
            age_at_first_conviction=rng.choice((12, 14, 15, None))))


def test_the_pack_from_stored_rows_is_the_pack_from_the_records_after_every_change(
        generated) -> None:
    store, uow = generated
    with store.engine.begin() as conn:
        _needs_answers(conn)
    with store.session() as s, s.begin():
        definition, fast = _packs(s)
        assert fast == definition
        for key in ("fte.entrants", "reoffending.cohort", "reoffending.reoffenders",
                    "reoffending.reoffences", "needs.all", "needs.convicted_before",
                    "needs.family.parent_mental_health", "prior:needs.all",
                    "prior:fte.entrants", "Jan-Mar 24:reoffending.cohort"):
            assert definition[key][0], f"{key} should count someone in the generated set"
        assert definition["needs.avg_first"][2] is not None
        # the stored path read the stored tables: they hold rows, all built
        for model in (KpiFirstFormal, KpiReoffence, KpiStage):
            assert s.scalar(select(func.count()).select_from(model)), model.__tablename__
        assert stored.refresh(s) == 0

    # another tracking window: the cohort table is built again for it, same answers
    with store.session() as s, s.begin():
        nine = KpiSettings(population_10_17=100_000, tracking_months=9)
        definition9, fast9 = _packs(s, nine)
        assert fast9 == definition9
        assert definition9["reoffending.reoffences"] != definition["reoffending.reoffences"]
        definition, fast = _packs(s)      # and back
        assert fast == definition

    # the unit of work: a proven reoffence a month after the index date of a cohort member
    # who had none
    with store.session() as s:
        member = s.execute(select(KpiReoffence).where(
            KpiReoffence.reoffences == 0,
            KpiReoffence.index_on.between(dt.date(2023, 10, 1), dt.date(2024, 9, 1)))
        ).scalars().first()
        assert member is not None
        member_id, member_child, member_on = member.disposal_id, member.child_id, \
            member.index_on
    with uow() as u:
        u.session.info["sync_apply"] = True   # as the sync engine writes (row rules aside)
        u.session.add(Offence(
            id=str(uuid.uuid4()), child_id=member_child, offence_code="theft_handling",
            offence_date=member_on + dt.timedelta(days=30), status="proven", gravity=2,
            description="Theft from a shop"))
    with store.session() as s, s.begin():
        before = definition
        definition, fast = _packs(s)
        assert fast == definition
        assert definition["reoffending.reoffenders"][0] == \
            before["reoffending.reoffenders"][0] + 1
        row = s.get(KpiReoffence, member_id)
        assert row is not None and row.reoffences == 1

    # a sync pull's page: a child's latest stage of the year changes its answer, and an
    # earlier stage of another child arrives deleted
    with store.session() as s:
        latest = s.execute(select(KpiStage).where(
            KpiStage.started_on.between(FY.start, FY.end),
            or_(KpiStage.next_on.is_(None), KpiStage.next_on > FY.end),
            KpiStage.parent_mental_health.is_(False))).scalars().first()
        assert latest is not None
        stage = s.get(AssessmentStage, latest.id)
        assert stage is not None
        fields = row_fields(stage)
        gone = s.execute(select(KpiStage).where(      # not the child's latest of the year
            KpiStage.child_id != latest.child_id,
            KpiStage.started_on.between(FY.start, FY.end),
            KpiStage.next_on <= FY.end)).scalars().first()
        assert gone is not None
        gone_fields = row_fields(s.get(AssessmentStage, gone.id))
        latest_id, gone_id = latest.id, gone.id
    fields["parent_mental_health"] = True
    page = [RowState(table="assessment_stage", id=latest_id, rev=5, server_seq=900_001,
                     child_id=str(fields["child_id"]), deleted=False, fields=fields),
            RowState(table="assessment_stage", id=gone_id, rev=5, server_seq=900_002,
                     child_id=str(gone_fields["child_id"]), deleted=True,
                     fields={**gone_fields, "deleted": True})]
    with store.session() as s, s.begin():
        s.info["sync_apply"] = True
        out = apply_page(s, page)
        assert out.applied == 2, out
    with store.session() as s, s.begin():
        before = definition
        definition, fast = _packs(s)
        assert fast == definition
        key = "needs.family.parent_mental_health"
        assert definition[key][0] == before[key][0] + 1
        assert s.get(KpiStage, gone_id) is None
        row = s.get(KpiStage, latest_id)
        assert row is not None and row.parent_mental_health is True

    # plain SQL, as a wipe or a pull writes: a first-time entrant's first disposal is
    # deleted (their next formal disposal, if any, becomes the first)
    with store.session() as s:
        first = s.execute(select(KpiFirstFormal).where(
            KpiFirstFormal.decision_date.between(FY.start, FY.end))).scalars().first()
        assert first is not None
        first_child, first_disposal = first.child_id, first.disposal_id
    # deleted (their next formal disposal, if any, becomes the first); then an
    # out-of-court disposal's outcome moves to the year before, a victim's consent moves
    # into the year, a sentence becomes custodial and an offence serious violence
    with store.session() as s:
        ooc = s.execute(select(Disposal.id).where(
            Disposal.id != first_disposal, Disposal.child_id != first_child,
            Disposal.category == "out_of_court", Disposal.disposal_type != "nfa",
            Disposal.outcome != "ongoing", Disposal.deleted.is_(False),
            Disposal.outcome_date.between(FY.start, FY.end))).scalars().first()
        victim = s.execute(select(Victim.id).where(
            Victim.deleted.is_(False), or_(Victim.consent_date.is_(None),
                                           Victim.consent_date < FY.start))).scalars().first()
        assert ooc is not None and victim is not None
        sentence = s.execute(select(Disposal.id).where(
            Disposal.category == "court", Disposal.deleted.is_(False),
            Disposal.disposal_type.not_in(("dto", "s250_detention", "s259_detention")),
            Disposal.decision_date.between(FY.start, FY.end))).scalars().first()
        offence = s.execute(select(Offence.id).where(
            Offence.status == "proven", Offence.deleted.is_(False), Offence.gravity < 5,
            Offence.offence_date.between(FY.start, FY.end))).scalars().first()
        assert sentence is not None and offence is not None
    with store.engine.begin() as conn:
        conn.execute(update(Disposal).where(Disposal.id == first_disposal)
                     .values(deleted=True))
    with store.session() as s, s.begin():
        definition, fast = _packs(s)
        assert fast == definition
        row = s.get(KpiFirstFormal, first_child)
        assert row is None or row.disposal_id != first_disposal
    with store.engine.begin() as conn:
        conn.execute(update(Disposal).where(Disposal.id == ooc)
                     .values(outcome_date=FY.start - dt.timedelta(days=20)))
        conn.execute(update(Disposal).where(Disposal.id == sentence)
                     .values(disposal_type="dto"))
        conn.execute(update(Offence).where(Offence.id == offence)
                     .values(offence_code="robbery", gravity=6))
        conn.execute(update(Victim).where(Victim.id == victim).values(
            consent_to_contact=True, consent_date=FY.start + dt.timedelta(days=3),
            rj_offered=True, rj_took_part=True))
    with store.session() as s, s.begin():
        before = definition
        definition, fast = _packs(s)
        assert fast == definition
        assert definition["ooc.ended"][0] == before["ooc.ended"][0] - 1
        assert definition["prior:ooc.ended"][0] == before["prior:ooc.ended"][0] + 1
        assert definition["victims.engaged"][0] == before["victims.engaged"][0] + 1
        assert definition["custody.custodial"][0] == before["custody.custodial"][0] + 1
        assert definition["violence.serious"][0] == before["violence.serious"][0] + 1

    # a purged child leaves nothing in any stored table at once
    with store.session() as s, s.begin():
        purge_children(s, [member_child, str(fields["child_id"])])
        for kept in (KpiIntervention, KpiFirstFormal, KpiReoffence, KpiStage):
            assert not s.scalar(select(func.count()).select_from(kept).where(
                kept.child_id.in_([member_child, str(fields["child_id"])]))), kept
        definition, fast = _packs(s)
        assert fast == definition


def test_a_purged_child_leaves_no_trace_in_the_per_day_counts(uow: Any) -> None:
    """The per-day counts in ``local_meta`` hold the ids of each day's custodial and serious
    violence children: a purge takes a purged child's ids (and its days' sums) out in the
    same transaction, not at the next pack."""
    from tests.unit.test_kpi_national import disp, kid, off

    on = dt.date(2025, 6, 2)
    with uow() as u:
        s = u.session
        gone, kept = kid(s, "Gone"), kid(s, "Kept")
        for child in (gone, kept):
            disp(s, child, "dto", on, end=dt.date(2025, 12, 1))
            off(s, child, on, code="robbery", gravity=6)
        disp(s, gone, "youth_caution", dt.date(2025, 5, 1), end=on, outcome="completed",
             outcome_date=on)
    with uow() as u:
        before = compute_pack(u.session, FY, SETTINGS)
    assert before.figure("custody.children").count == 2
    with uow() as u:
        held = dict(u.session.execute(select(text("key"), text("value")).select_from(
            text("local_meta")).where(text("key LIKE 'kpi_day:%'"))).all())
    assert any(gone in (v or "") for v in held.values())      # the ids are stored
    with uow() as u:
        u.session.info["sync_apply"] = True
        purge_children(u.session, [gone])
    with uow() as u:   # no pack, no refresh since the purge
        s = u.session
        meta = dict(s.execute(select(text("key"), text("value")).select_from(
            text("local_meta"))).all())
        assert [k for k, v in meta.items() if gone in f"{k} {v}"] == []
        assert not s.scalar(select(func.count()).select_from(KpiDirty).where(
            KpiDirty.child_id == gone))
        assert not [k for k in meta if k.startswith(stored.DAY_STALE)]
        custody_day = json.loads(meta[f"{stored.DAY}custody:{on.isoformat()}"])
        assert custody_day == [1, 1, [kept]]
        assert f"{stored.DAY}ooc:{on.isoformat()}" not in meta
        after = compute_pack(s, FY, SETTINGS)
    assert after.figure("custody.children").count == 1
