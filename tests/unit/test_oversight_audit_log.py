"""The audit log for administrators: filters, and tamper detection that names the row."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, text

from tests.conftest import TODAY, child_input
from yjdesk.errors import PermissionDenied, ValidationError
from yjdesk.models import AuditEvent, Role, UserAccount
from yjdesk.services import children
from yjdesk.services.oversight import audit_log
from yjdesk.services.uow import Actor


def make_user(uow, actor: Actor, role: Role, name: str) -> Actor:
    with uow() as u:
        user = UserAccount(username=name.lower().replace(" ", ""), display_name=name,
                           role=role, team_id=actor.team_id)
        u.session.add(user)
        u.session.flush()
        return Actor(user.id, role, actor.team_id, actor.device_id, name)


@pytest.fixture
def admin(uow, actor) -> Actor:
    return make_user(uow, actor, Role.ADMINISTRATOR, "Ada Admin")


@pytest.fixture
def history(uow, actor) -> dict[str, str]:
    with uow() as u:
        a = children.create_child(u.session, child_input(), TODAY).id
        b = children.create_child(u.session, child_input(given_name="Bea", family_name="Two"),
                                  TODAY).id
    with uow() as u:
        children.get_child(u.session, a)          # a view of A
    with uow() as u:
        data = children.ChildInput.from_child(children.get_child(u.session, b,
                                                                 audit_view=False))
        data.ete_hours = 20
        children.update_child(u.session, b, data, TODAY)
    return {"a": a, "b": b}


def test_filters(uow, admin, actor, history) -> None:
    with uow(admin) as u:
        views, n = audit_log.search(u.session, audit_log.AuditFilter(action="view"))
        assert n == 1 and views[0].child_id == history["a"]
        assert views[0].user == "Pat Practitioner" and views[0].child == "Jayden Okafor-Test"
        of_b, _ = audit_log.search(u.session, audit_log.AuditFilter(child_id=history["b"]))
        assert {r.action for r in of_b} == {"create", "update"}
        update = next(r for r in of_b if r.action == "update")
        assert update.detail == "Changed: ete hours"  # words, not the column name
        created = next(r for r in of_b if r.action == "create" and r.entity == "child")
        assert created.detail.startswith("Filled in: ")  # a new record: nothing "changed"
        mine, total = audit_log.search(u.session, audit_log.AuditFilter(user_id=actor.user_id))
        assert total == len(mine) >= 5
        allocations, _ = audit_log.search(u.session,
                                          audit_log.AuditFilter(entity="allocation"))
        assert len(allocations) == 2
        today = dt.datetime.now(dt.UTC).date()
        in_range, _ = audit_log.search(u.session, audit_log.AuditFilter(
            date_from=today - dt.timedelta(days=1), date_to=today))
        assert len(in_range) == total
        none, _ = audit_log.search(u.session, audit_log.AuditFilter(
            date_to=today - dt.timedelta(days=1)))
        assert none == []
        page, total2 = audit_log.search(u.session, audit_log.AuditFilter(limit=2, offset=1))
        assert len(page) == 2 and total2 == total
        assert "view" in dict(audit_log.choices(u.session)["action"])
        with pytest.raises(ValidationError) as err:
            audit_log.search(u.session, audit_log.AuditFilter(
                date_from=today, date_to=today - dt.timedelta(days=2)))
        assert "date_to" in err.value.errors


def test_only_administrators(uow, history) -> None:
    with uow() as u, pytest.raises(PermissionDenied):
        audit_log.search(u.session, audit_log.AuditFilter())
    with uow() as u, pytest.raises(PermissionDenied):
        audit_log.verify(u.session)


def test_altered_row_is_named(uow, admin, store, history) -> None:
    with uow(admin) as u:
        assert audit_log.verify(u.session).intact
        target = u.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "update", AuditEvent.child_id == history["b"])).one()
        target_id, seq = target.id, target.device_seq
    # Someone with the database key edits the stored row directly.
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET detail = :d WHERE id = :i"),
                     {"d": '{"fields": ["given_name"]}', "i": target_id})
    with uow(admin) as u:
        result = audit_log.verify(u.session)
    assert not result.intact
    assert [f.event_id for f in result.findings] == [target_id]
    finding = result.findings[0]
    assert finding.device_seq == seq
    assert "altered" in finding.reason
    assert target_id in finding.message and "update of child" in finding.message


def test_removed_row_is_named(uow, admin, store, history) -> None:
    with uow(admin) as u:
        rows = list(u.session.scalars(select(AuditEvent).order_by(AuditEvent.device_seq)))
        victim, follower = rows[2], rows[3]
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :i"), {"i": victim.id})
    with uow(admin) as u:
        result = audit_log.verify(u.session)
    assert {f.event_id for f in result.findings} == {follower.id}
    reasons = " ".join(f.reason for f in result.findings)
    assert f"event {victim.device_seq} is missing" in reasons


def test_a_childs_history_names_records_in_words(uow, history, actor) -> None:
    """Issue 12: the record's History tab says "Child's details", "Case allocation" and
    "Changed", never a table name ("child", "ooc_decision") or a column name; an
    allocation's role is its code list's label ("Seconded police officer", as the
    allocation form says it, not the code's "Police officer")."""
    from yjdesk.services import justice
    from yjdesk.services.humanise import record_kind
    from yjdesk.ui.child_record.data import load_record

    manager = make_user(uow, actor, Role.TEAM_MANAGER, "Maria Manager")
    with uow(manager) as u:  # (a manager allocates: services.child_creation)
        justice.allocate(u.session, history["b"], actor.user_id, "police_officer", TODAY)
    with uow() as u:
        record = load_record(u.session, history["b"], audit_view=False)
    assert {a.role for a in record.allocations} == {"Case manager", "Seconded police officer"}
    rows = {(a.action, a.kind, a.fields) for a in record.audit}
    assert ("Changed", "Child's details", ("Ete hours",)) in rows, rows
    assert ("Added", "Child's details", ()) in rows, rows
    assert all("_" not in kind + "".join(fields) for _action, kind, fields in rows), rows
    assert record_kind("ooc_decision") == "Out-of-court decision"
    assert record_kind("exit_plan") == "End-of-intervention record"


def test_other_details_read_as_words() -> None:
    """An export's detail showed as raw JSON in the audit log page."""
    detail = json.dumps({"file": "performance-pack.pdf", "format": "pdf",
                         "period": "01 Apr 2026 to 16 Nov 2026"})
    assert audit_log._detail(detail, "export") == (
        "File: performance-pack.pdf; Format: pdf; Period: 01 Apr 2026 to 16 Nov 2026")
