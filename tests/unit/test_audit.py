"""The audit log: changes recorded automatically, views explicitly, in a hash chain."""

from __future__ import annotations

import json

from sqlalchemy import select, text

from tests.conftest import TODAY, child_input
from yjdesk.models import AuditEvent
from yjdesk.services import audit, children


def _events(uow) -> list[AuditEvent]:
    with uow() as u:
        return list(u.session.scalars(select(AuditEvent).order_by(AuditEvent.device_seq)))


def test_changes_and_views_are_audited(uow, actor) -> None:
    with uow() as u:
        cid = children.create_child(u.session, child_input(), TODAY).id
    with uow() as u:
        children.get_child(u.session, cid)  # a view
    with uow() as u:
        data = children.ChildInput.from_child(children.get_child(u.session, cid,
                                                                 audit_view=False))
        data.ete_hours = 12
        children.update_child(u.session, cid, data, TODAY)
    events = _events(uow)
    kinds = [(e.action, e.entity) for e in events]
    assert ("create", "child") in kinds
    assert ("create", "allocation") in kinds
    assert ("view", "child") in kinds
    assert kinds[-1] == ("update", "child")
    assert json.loads(events[-1].detail or "")["fields"] == ["ete_hours"]
    assert all(e.user_id == actor.user_id and e.child_id == cid for e in events)
    assert [e.device_seq for e in events] == list(range(1, len(events) + 1))
    with uow() as u:
        assert audit.verify_chain(u.session) == []


def test_rolled_back_work_leaves_no_audit(uow) -> None:
    try:
        with uow() as u:
            children.create_child(u.session, child_input(), TODAY)
            raise RuntimeError("cancelled")
    except RuntimeError:
        pass
    assert _events(uow) == []


def test_altered_row_is_named(uow, store) -> None:
    with uow() as u:
        cid = children.create_child(u.session, child_input(), TODAY).id
        children.get_child(u.session, cid)
    events = _events(uow)
    target = events[1]
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET action = 'noop' WHERE id = :i"),
                     {"i": target.id})
    with uow() as u:
        breaks = audit.verify_chain(u.session)
    assert [b.event_id for b in breaks] == [target.id]
    assert "altered" in breaks[0].reason


def test_deleted_row_breaks_chain(uow, store) -> None:
    with uow() as u:
        cid = children.create_child(u.session, child_input(), TODAY).id
        children.get_child(u.session, cid)
        children.get_child(u.session, cid)
    events = _events(uow)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :i"), {"i": events[1].id})
    with uow() as u:
        breaks = audit.verify_chain(u.session)
    assert breaks and breaks[0].event_id == events[2].id
    assert "missing" in breaks[0].reason


def test_tombstone_recorded_as_delete(uow, child_id) -> None:
    with uow() as u:
        child = children.get_child(u.session, child_id, audit_view=False)
        child.deleted = True
    assert _events(uow)[-1].action == "delete"
