"""The unit of work knows what it touched: tables and children written, tables read."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import bindparam, delete, insert, select, update

from tests.conftest import TODAY, child_input, table_of
from yjdesk.models.child import Child
from yjdesk.models.justice import Offence
from yjdesk.models.sync_local import SyncPending
from yjdesk.models.types import utcnow
from yjdesk.services.children import create_child
from yjdesk.services.uow import UnitOfWork
from yjdesk.store.changes import Changes
from yjdesk.sync.pull import purge_children

Uow = Callable[..., UnitOfWork]


def offence_row(child_id: str, oid: str) -> dict[str, object]:
    return {"id": oid, "child_id": child_id, "offence_date": TODAY, "offence_code": "theft",
            "description": "x", "status": "alleged", "gravity": 2, "rev": 0, "server_seq": 0,
            "deleted": False, "updated_at": utcnow(), "updated_by": None}


def test_orm_writes_name_their_tables_and_children(uow: Uow, child_id: str) -> None:
    with uow() as u:
        other = create_child(u.session, child_input(given_name="Other"), TODAY).id
    with uow() as u:
        child = u.session.get(Child, child_id)
        assert child is not None
        child.preferred_name = "JJ"
    changes = u.changes
    assert changes.children["child"] == {child_id}
    assert other not in changes.child_ids
    # the audit hook and the sync queue wrote too, and say so
    assert changes.children["audit_event"] == {child_id}
    assert changes.children[SyncPending.__tablename__] == {child_id}
    assert changes.touches(["child"], child_id)
    assert not changes.touches(["child"], other)
    assert not changes.touches(["contact"], child_id)


def test_statements_through_the_session_name_their_children(uow: Uow, child_id: str) -> None:
    table = table_of(Offence)
    with uow() as u:
        u.session.info["sync_apply"] = True  # as the sync engine writes
        u.session.execute(insert(table), [offence_row(child_id, "o1")])
    assert u.changes.children == {"offence": frozenset({child_id})}
    with uow() as u:
        u.session.info["sync_apply"] = True
        u.session.execute(update(table).where(table.c.id == "o1").values(description="y"))
    assert u.changes.children == {"offence": frozenset({child_id})}
    assert not u.changes.unowned
    with uow() as u:  # the server's numbering only: nothing anyone sees
        u.session.info["sync_apply"] = True
        u.session.execute(update(table).where(table.c.id == "o1").values(rev=3, server_seq=9))
    assert not u.changes
    with uow() as u:
        u.session.info["sync_apply"] = True
        u.session.execute(delete(table).where(table.c.child_id.in_([child_id])))
    assert u.changes.children == {"offence": frozenset({child_id})}


def test_a_batched_update_names_the_children_of_the_rows_it_names(uow: Uow,
                                                                  child_id: str) -> None:
    """The pull's executemany UPDATE (``WHERE id = :key``, one parameter set per row)."""
    table = table_of(Offence)
    with uow() as u:
        other = create_child(u.session, child_input(given_name="Other"), TODAY).id
        u.session.info["sync_apply"] = True
        u.session.execute(insert(table), [offence_row(child_id, "o1"),
                                          offence_row(other, "o2")])
    stmt = update(table).where(table.c.id == bindparam("_row_id")).values(
        description=bindparam("description"))
    with uow() as u:
        u.session.info["sync_apply"] = True
        u.session.execute(stmt, [{"_row_id": "o1", "description": "y"}])
    assert u.changes.children == {"offence": frozenset({child_id})}
    with uow() as u:
        u.session.info["sync_apply"] = True
        u.session.execute(stmt, [{"_row_id": "o1", "description": "z"},
                                 {"_row_id": "o2", "description": "z"}])
    assert u.changes.children == {"offence": frozenset({child_id, other})}
    children = table_of(Child)
    with uow() as u:
        u.session.info["sync_apply"] = True
        u.session.execute(update(children).where(children.c.id == bindparam("_row_id"))
                          .values(preferred_name=bindparam("preferred_name")),
                          [{"_row_id": other, "preferred_name": "Ot"}])
    assert u.changes.children == {"child": frozenset({other})}


def test_a_purge_names_every_table_of_the_child(uow: Uow, child_id: str) -> None:
    with uow() as u:
        u.session.execute(insert(table_of(Offence)), [offence_row(child_id, "o2")])
    with uow() as u:
        u.session.info["sync_apply"] = True
        purge_children(u.session, [child_id])
    assert u.changes.children["child"] == {child_id}
    assert u.changes.children["offence"] == {child_id}


def _rename_then_fail(work: UnitOfWork, child_id: str, *, commit_first: bool) -> None:
    with work as u:
        child = u.session.get(Child, child_id)
        assert child is not None
        child.preferred_name = "Kept"
        if commit_first:
            u.commit()
        child.preferred_name = "Lost"
        u.session.flush()
        raise RuntimeError("stop")


def test_rolled_back_work_changed_nothing(uow: Uow, child_id: str) -> None:
    work = uow()
    with pytest.raises(RuntimeError):
        _rename_then_fail(work, child_id, commit_first=False)
    assert not work.changes


def test_steps_committed_before_a_failure_are_kept(uow: Uow, child_id: str) -> None:
    work = uow()
    with pytest.raises(RuntimeError):
        _rename_then_fail(work, child_id, commit_first=True)
    assert work.changes.children["child"] == {child_id}


def test_reads_are_recorded(uow: Uow, child_id: str) -> None:
    with uow() as u:
        u.session.scalars(select(Offence).join(Child, Child.id == Offence.child_id)).all()
        assert u.tables_read == {"offence", "child"}
        u.session.get(Child, child_id)  # already in the identity map: no SQL


def test_touches_and_merging() -> None:
    a = Changes({"contact": frozenset({"c1"})})
    b = Changes({"contact": frozenset({"c2"})}, frozenset({"team"}))
    both = a | b
    assert both.children["contact"] == {"c1", "c2"}
    assert both.touches(["team"], "anyone")  # a row of no child concerns every view of it
    assert both.touches(["contact"])
    assert not both.touches(["plan"])
    assert both.describe() == "contact[2], team[*]"
    assert not Changes()
