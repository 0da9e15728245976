"""Applying pulled pages: inserts, overwrites, field-wise merges, parking, purging."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select

from tests.unit.test_sync_tracking import accept_all, edit, pending, sync_session
from yjdesk.models import (
    Child,
    ChildAddress,
    Plan,
    PlanTarget,
    SyncConflict,
    SyncParked,
    SyncPending,
)
from yjdesk.models.base import Base
from yjdesk.store import LocalStore, changes, references
from yjdesk.store.engine import FOREIGN_KEYS
from yjdesk.sync.pull import WAITING, apply_page, purge_children, retry_parked
from yjdesk.sync.references import check as check_references
from yjdesk.wire.codec import content_columns, row_fields
from yjdesk.wire.protocol import RowState, WireValue


def state_of(store: LocalStore, child_id: str, rev: int, seq: int, **changes: object) -> RowState:
    with store.session() as s:
        fields = row_fields(s.get(Child, child_id))
    fields.update(changes)  # type: ignore[arg-type]
    return RowState(table="child", id=child_id, rev=rev, server_seq=seq, child_id=child_id,
                    deleted=False, fields=fields)


def test_clean_row_takes_the_server_version(store, uow, child_id) -> None:
    accept_all(store)
    with sync_session(store) as s, s.begin():
        out = apply_page(s, [state_of(store, child_id, 2, 10, ete_provider="Server College")])
    assert out.applied == 1 and out.conflicts == 0
    with store.session() as s:
        child = s.get(Child, child_id)
        assert child.ete_provider == "Server College" and child.rev == 2
    assert ("child", child_id) not in pending(store)


def test_pending_row_is_merged_field_by_field(store, uow, child_id) -> None:
    accept_all(store)
    edit(uow, child_id, ete_hours=20, ete_provider="Mine")
    incoming = state_of(store, child_id, 2, 10, ete_hours=None, ete_provider="Theirs",
                        communication_needs="Needs visual aids")
    incoming = incoming.model_copy(update={"fields": {**incoming.fields, "ete_hours": None}})
    with sync_session(store) as s, s.begin():
        out = apply_page(s, [incoming])
    assert out.conflicts == 1
    with store.session() as s:
        child = s.get(Child, child_id)
        assert child.communication_needs == "Needs visual aids"  # only they changed it
        assert child.ete_hours == 20  # only I changed it
        assert child.ete_provider == "Mine"  # both: mine kept until resolved
        [c] = s.scalars(select(SyncConflict)).all()
        assert c.field == "ete_provider" and '"Theirs"' in c.theirs
    assert ("child", child_id) in pending(store)


def test_row_whose_parent_is_missing_is_parked_then_applied(store, uow, child_id) -> None:
    new_child = str(uuid.uuid4())
    addr = RowState(table="child_address", id=str(uuid.uuid4()), rev=1, server_seq=5,
                    child_id=new_child, deleted=False,
                    fields={"child_id": new_child, "line1": "1 High St", "line2": None,
                            "town": None, "postcode": None, "from_date": "2024-01-01",
                            "to_date": None, "accommodation_type": None, "suitable": None,
                            "deleted": False})
    with sync_session(store) as s, s.begin():
        out = apply_page(s, [addr])
    assert out.parked == 1
    other = state_of(store, child_id, 1, 6, case_number="YJ-999999")
    other = other.model_copy(update={"id": new_child, "child_id": new_child})
    with sync_session(store) as s, s.begin():
        out = apply_page(s, [other])
        retry_parked(s, "child_address", "", 100)  # (the engine: after the last page)
    with store.session() as s:
        assert s.get(ChildAddress, addr.id) is not None
        assert s.scalar(select(func.count()).select_from(SyncParked)) == 0


def _address(child: str, seq: int, line1: str, row_id: str | None = None) -> RowState:
    return RowState(table="child_address", id=row_id or str(uuid.uuid4()), rev=1,
                    server_seq=seq, child_id=child, deleted=False,
                    fields={"child_id": child, "line1": line1, "line2": None, "town": None,
                            "postcode": None, "from_date": "2024-01-01", "to_date": None,
                            "accommodation_type": None, "suitable": None, "deleted": False})


def test_a_page_of_rows_waiting_for_their_child_is_parked_whole_and_newest_kept(
        store, uow, child_id) -> None:
    """A first pull whose child was edited after its addresses gets the addresses first:
    every one is parked (written in one statement at the page's end), a newer version of a
    parked row in a later page replaces it, and the child's arrival applies them all."""
    new_child = str(uuid.uuid4())
    addresses = [_address(new_child, 10 + i, f"{i} High St") for i in range(300)]
    with sync_session(store) as s, s.begin():
        out = apply_page(s, addresses)
    assert out.parked == 300 and out.applied == 0
    with store.session() as s:
        kept = {p.row_id: p for p in s.scalars(select(SyncParked))}
    assert set(kept) == {a.id for a in addresses}
    assert all(p.reason == "waiting for a related record" for p in kept.values())
    assert RowState.model_validate_json(kept[addresses[7].id].state_json) == addresses[7]
    newer = _address(new_child, 900, "7 Newer Road", addresses[7].id)
    with sync_session(store) as s, s.begin():
        out = apply_page(s, [newer])
    assert out.parked == 1
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncParked)) == 300
        assert s.get(SyncParked, ("child_address", newer.id)).server_seq == 900
    child = state_of(store, child_id, 1, 901, case_number="YJ-999998")
    child = child.model_copy(update={"id": new_child, "child_id": new_child})
    with sync_session(store) as s, s.begin():
        out = apply_page(s, [child])
        after: str | None = ""  # (the engine: after the last page)
        applied, chunks = out.applied, 0
        while after is not None:
            step, after = retry_parked(s, "child_address", after, 100)
            applied, chunks = applied + step.applied, chunks + 1
            assert step.parked == 0
    assert applied == 301 and chunks == 4  # three of 100, then none left
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncParked)) == 0
        assert s.scalar(select(func.count()).select_from(ChildAddress).where(
            ChildAddress.child_id == new_child)) == 300
        assert s.get(ChildAddress, newer.id).line1 == "7 Newer Road"


def _plan(child: str, seq: int, disposal: str | None = None) -> RowState:
    return RowState(table="plan", id=str(uuid.uuid4()), rev=1, server_seq=seq,
                    child_id=child, deleted=False,
                    fields={"child_id": child, "start_date": "2024-02-01",
                            "disposal_id": disposal, "deleted": False})


def _target(plan: RowState, seq: int) -> RowState:
    return RowState(table="plan_target", id=str(uuid.uuid4()), rev=1, server_seq=seq,
                    child_id=plan.child_id, deleted=False,
                    fields={"child_id": plan.child_id, "plan_id": plan.id, "area": "ete",
                            "description": "Back to college", "owner": "Sam",
                            "deleted": False})


def _disposal(child: str, seq: int, row_id: str) -> RowState:
    return RowState(table="disposal", id=row_id, rev=1, server_seq=seq, child_id=child,
                    deleted=False,
                    fields={"child_id": child, "disposal_type": "yro", "category": "first_tier",
                            "decision_date": "2024-01-10", "start_date": "2024-01-10",
                            "deleted": False})


def _deferred_page(store: LocalStore, rows: list[RowState]) -> None:
    """A first pull's page: written without checking references, under the marker."""
    with sync_session(store) as s, s.begin():
        conn = s.connection(execution_options={FOREIGN_KEYS: False})
        references.defer(conn, "2026-12-07T17:00:00+00:00")
        out = apply_page(s, rows, references_deferred=True)
    assert out.parked == 0 and out.applied == len(rows)


def _content(store: LocalStore, row: RowState) -> dict[str, object]:
    table = Base.metadata.tables[row.table]
    with store.session() as s:
        found = s.execute(select(table).where(table.c.id == row.id)).one()._mapping
    return {c.name: found[c] for c in content_columns(table)}


def test_a_first_pull_s_end_parks_the_rows_whose_parent_never_came(
        store, uow, child_id) -> None:
    """Issue 16: a first pull's pages store rows whose parent has not come yet; its end
    parks the ones whose parent never came -- with every row naming them, a chain of
    records -- keeps the rest, and removes the marker; every reference then holds. Parked,
    they wait as any parked row does, and their parent's arrival applies them as they
    were."""
    order = str(uuid.uuid4())  # a disposal that has not come
    plan = _plan(child_id, 30, disposal=order)
    target = _target(plan, 31)  # names the plan, which names the disposal
    held = _plan(child_id, 32)
    address = _address(child_id, 33, "1 Kept Road")
    missing = str(uuid.uuid4())  # a child that has not come
    stray = _address(missing, 34, "2 Stray Road")
    _deferred_page(store, [plan, target, held, address, stray])
    before = {r.id: _content(store, r) for r in (plan, target)}
    with store.engine.connect() as conn:  # (the target's own reference holds)
        assert len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()) == 2
    session = sync_session(store)
    with session, session.begin():
        assert check_references(session) == 3
    assert changes.committed(session).children == {
        "plan": frozenset({child_id}), "plan_target": frozenset({child_id}),
        "child_address": frozenset({missing})}
    with store.engine.connect() as conn:
        assert not references.deferred(conn)
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    with store.session() as s:
        parked = {p.row_id: p for p in s.scalars(select(SyncParked))}
        assert set(parked) == {plan.id, target.id, stray.id}
        assert all(p.reason == WAITING for p in parked.values())
        assert RowState.model_validate_json(parked[plan.id].state_json).server_seq == 30
        assert s.get(Plan, held.id) is not None and s.get(ChildAddress, address.id)
        assert s.get(Plan, plan.id) is None and s.get(PlanTarget, target.id) is None
        assert s.get(ChildAddress, stray.id) is None
    with sync_session(store) as s, s.begin():
        apply_page(s, [_disposal(child_id, 40, order)])
        for table in ("plan", "plan_target"):  # (the engine: parents' tables first)
            retry_parked(s, table, "", 100)
    assert {r.id: _content(store, r) for r in (plan, target)} == before
    with store.session() as s:
        assert [p.row_id for p in s.scalars(select(SyncParked))] == [stray.id]


def test_a_first_pull_s_end_moves_nothing_that_holds_an_unsent_edit(
        store, uow, child_id) -> None:
    """A row among those whose parent never came that holds this laptop's own unsent edit
    stays, with every other row, and the marker too: the next pull's end checks again."""
    missing = str(uuid.uuid4())
    plan = _plan(missing, 30)
    _deferred_page(store, [plan])
    with sync_session(store) as s, s.begin():
        s.add(SyncPending(table_name="plan", row_id=plan.id, child_id=missing, edit_seq=1))
    with sync_session(store) as s, s.begin():
        assert check_references(s) == 0
    with store.engine.connect() as conn:
        assert references.deferred(conn)
    with store.session() as s:
        assert s.get(Plan, plan.id) is not None
        assert s.scalar(select(func.count()).select_from(SyncParked)) == 0


def test_unique_clash_parks_the_row_and_keeps_the_rest(store, uow, child_id) -> None:
    clash = state_of(store, child_id, 1, 7)  # same case number, different id
    clash = clash.model_copy(update={"id": str(uuid.uuid4())})
    fine = state_of(store, child_id, 1, 8, case_number="YJ-777777")
    fine = fine.model_copy(update={"id": str(uuid.uuid4())})
    with sync_session(store) as s, s.begin():
        out = apply_page(s, [clash, fine])
    assert out.parked == 1
    with store.session() as s:
        assert s.get(Child, fine.id) is not None and s.get(Child, clash.id) is None
        assert "cannot be stored" in (s.get(SyncParked, ("child", clash.id)).reason or "")


def test_purge_removes_the_child_and_its_rows_and_bookkeeping(store, uow, child_id) -> None:
    accept_all(store)
    edit(uow, child_id, ete_hours=3)
    with sync_session(store) as s, s.begin():
        purge_children(s, [child_id])
    with store.session() as s:
        assert s.get(Child, child_id) is None
    assert not any(k[1] == child_id for k in pending(store))


def test_a_page_written_with_plain_statements_is_recorded_and_not_queued(store, uow,
                                                                          child_id) -> None:
    """The bulk apply goes past the session's statement hooks: it must still publish the
    change record (views refresh), queue nothing for push, and store every value as the
    ORM stores it (dates, booleans, date-times, codes, empties)."""
    accept_all(store)
    with store.session() as s:
        before = {c.name: getattr(s.get(Child, child_id), c.key)
                  for c in Child.__mapper__.columns if c.name not in ("id", "rev", "server_seq",
                                                                     "case_number")}
    new_child = str(uuid.uuid4())
    born = state_of(store, child_id, 1, 20, case_number="YJ-555555")
    born = born.model_copy(update={"id": new_child, "child_id": new_child})
    addr = RowState(table="child_address", id=str(uuid.uuid4()), rev=1, server_seq=21,
                    child_id=new_child, deleted=False,
                    fields={"child_id": new_child, "line1": "1 High St", "line2": None,
                            "town": None, "postcode": None, "from_date": "2024-01-01",
                            "to_date": None, "accommodation_type": None, "suitable": True,
                            "deleted": False})
    moved = state_of(store, child_id, 2, 22, ete_provider="Server College")
    session = sync_session(store)
    with session, session.begin():
        out = apply_page(session, [born, addr, moved])
    assert out.applied == 3 and out.parked == 0
    record = changes.committed(session)
    assert record.children == {"child": frozenset({new_child, child_id}),
                               "child_address": frozenset({new_child})}
    assert not record.unowned
    assert pending(store) == set()
    with store.session() as s:
        copy = s.get(Child, new_child)
        after = {c.name: getattr(copy, c.key) for c in Child.__mapper__.columns
                 if c.name not in ("id", "rev", "server_seq", "case_number", "updated_at",
                                   "updated_by")}  # (stamped by the pull itself)
        assert after == {k: v for k, v in before.items() if k not in ("updated_at",
                                                                      "updated_by")}
        assert copy.updated_at is not None and copy.updated_at.tzinfo is not None
        assert copy.rev == 1 and copy.server_seq == 20 and copy.case_number == "YJ-555555"
        stored = s.get(ChildAddress, addr.id)
        assert stored.from_date == dt.date(2024, 1, 1) and stored.suitable is True
        assert stored.to_date is None and stored.line2 is None
        assert s.get(Child, child_id).ete_provider == "Server College"


def test_a_column_at_a_time_converts_every_value_as_one_at_a_time(store) -> None:
    """Issue 16: pulled rows are converted a column at a time (whole columns of well-formed
    values in one pass); every value, well-formed or not, comes out as the one-value codec
    gives it, and a bad value parks only its own row with the same error."""
    import random

    from yjdesk.demo.generator import generate
    from yjdesk.models.base import Base
    from yjdesk.sync.pull import _convert_rows, _to_db
    from yjdesk.wire.codec import CodecError, synced_tables

    with store.engine.begin() as conn:
        generate(conn, "tiny", seed=5, today=dt.date(2026, 11, 20))
    rng = random.Random(16)
    odd: list[WireValue] = [None, "", "x" * 5000, 0, 7, -1, True, False, 1.5, "2024-01-01",
                            "2024-13-45", "2025-06-30T10:00:00+00:00", "ongoing",
                            "not a code", "12"]
    dialect = store.engine.dialect
    checked = errors = 0
    with store.session() as s:
        for name, table in synced_tables().items():
            model_rows = list(s.execute(select(table).limit(60)))
            if not model_rows:
                continue
            mapper = next(m for m in Base.registry.mappers if m.local_table is table)
            objects = [s.get(mapper.class_, r.id) for r in model_rows]
            wire = [row_fields(o) for o in objects]
            names = tuple(wire[0])
            good: list[tuple[WireValue, ...]] = [tuple(w[n] for n in names) for w in wire]
            # the same rows, and copies with odd values here and there
            bad: list[tuple[WireValue, ...]] = [
                tuple(rng.choice(odd) if rng.random() < 0.15 else v for v in row)
                for row in good]
            for rows in (good, bad, good[:1], [good[0], bad[0]]):
                expected: list[object] = []
                for row in rows:
                    try:
                        expected.append(tuple(_to_db(table.c[n], dialect)(v)
                                              for n, v in zip(names, row, strict=True)))
                    except CodecError as exc:
                        expected.append(("error", str(exc)))
                got = [("error", str(x)) if isinstance(x, CodecError) else x
                       for x in _convert_rows(table, names, rows, dialect)]
                assert got == expected, name
                checked += len(rows)
            assert not any(isinstance(x, CodecError)
                           for x in _convert_rows(table, names, good, dialect)), name
            errors += sum(isinstance(x, CodecError)
                          for x in _convert_rows(table, names, bad, dialect))
    assert checked > 1000
    assert errors > 50  # the odd values did reach the value-by-value path
