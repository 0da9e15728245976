"""Issue 11: a property test of the service's trust in payloads.

Users of two teams push generated rows whose claimed authors, devices and children are
chosen at random among everyone. Whatever the service applies never names anyone but
the caller, never touches a child outside the caller's scope, and every device's audit
chain still verifies. Real service on loopback, SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.integration.serverkit import ApiClient, ServerDb, World, audit_fields, change
from yjdesk.models.audit import AuditEvent
from yjdesk.models.org import Role
from yjdesk.models.server import RowRevision, ServerDevice
from yjdesk.models.types import new_id
from yjdesk.server import scope
from yjdesk.services import audit
from yjdesk.services.attestation import ACTOR_FIELDS
from yjdesk.services.uow import Actor

USERS = ("pat", "sam", "nina", "sue")
KINDS = ("relationship", "contact", "safeguarding_item", "audit_event")

step = st.tuples(
    st.sampled_from(USERS),  # who pushes
    st.sampled_from(KINDS),  # what
    st.sampled_from(USERS),  # who the row claims did it
    st.sampled_from(USERS),  # whose device an audit event claims
    st.integers(0, 1),  # which child (north, south)
    st.sampled_from(("next", "same", "skip", "forged")),  # audit chain link
)


@dataclass
class Fleet:
    world: World
    ids: dict[str, str]
    roles: dict[str, tuple[Role, str | None]]
    clients: dict[str, ApiClient]
    tails: dict[str, tuple[int, str]] = field(default_factory=dict)


def _row(kind: str, f: Fleet, claimed: str, child: str) -> dict[str, Any]:
    author = f.ids[claimed]
    if kind == "relationship":
        return {"child_id": child, "name": "Someone", "relationship_type": "other"}
    if kind == "contact":
        return {"child_id": child, "author_id": author, "status": "draft"}
    # on the child's team's list, as the laptop raises it (one pushed with no list is put
    # there by the service: "merged")
    team = f.world.north if child == f.world.north_child else f.world.south
    return {"child_id": child, "team_id": team, "summary": "Worried", "status": "open",
            "raised_by": author, "raised_at": "2026-11-01T10:00:00+00:00"}


def _audit(f: Fleet, pusher: str, claimed: str, device_of: str, child: str,
           link: str) -> dict[str, Any]:
    device = f.clients[device_of].device_id
    seq, prev = f.tails.get(device, (0, audit.GENESIS))
    if link == "same":
        seq -= 1
    elif link == "skip":
        seq += 1
    eid, fields = audit_fields(device, seq + 1, child, user_id=f.ids[claimed],
                               prev_hash=prev)
    if link == "forged":
        fields["hash"] = "f" * 64
    return change("audit_event", eid, fields)


def _check_invariants(db: ServerDb, f: Fleet) -> None:
    user_of_device = {c.device_id: f.ids[name] for name, c in f.clients.items()}
    with db.session() as s:
        for rev in s.scalars(select(RowRevision).where(RowRevision.device_id.is_not(None))):
            pusher = user_of_device[str(rev.device_id)]
            assert rev.updated_by == pusher
            fields = json.loads(rev.fields_json)
            for name in ACTOR_FIELDS.get(rev.table_name, ()):
                assert fields.get(name) in (None, pusher), (rev.table_name, name)
            if rev.table_name == "audit_event":
                assert fields["device_id"] == rev.device_id
                assert fields["user_id"] in (None, pusher)
            child = fields.get("child_id")
            if child:
                name = next(n for n, i in f.ids.items() if i == pusher)
                role, team = f.roles[name]
                actor = Actor(pusher, role, team, str(rev.device_id))
                assert scope.child_in_scope(s, actor, child), (rev.table_name, name, child)
        assert audit.verify_chain(s) == []
        devices = {d.id: d.user_id for d in s.scalars(select(ServerDevice))}
        for ev in s.scalars(select(AuditEvent)):
            assert ev.user_id in (None, devices[ev.device_id])


@pytest.fixture
def fleet(live_server: str, world: World, server_db: ServerDb) -> Iterator[Fleet]:
    """Users of two teams, each signed in on a laptop (kept across the examples)."""
    sue = server_db.add_user("sue", Role.TEAM_MANAGER, world.south)
    ids = {"pat": world.pat, "sam": world.sam, "nina": world.nina, "sue": sue}
    roles: dict[str, tuple[Role, str | None]] = {
        "pat": (Role.PRACTITIONER, world.north), "sam": (Role.PRACTITIONER, world.south),
        "nina": (Role.TEAM_MANAGER, world.north), "sue": (Role.TEAM_MANAGER, world.south)}
    clients = {name: ApiClient(live_server, name) for name in USERS}
    for client in clients.values():
        client.login()
    yield Fleet(world, ids, roles, clients)
    for client in clients.values():
        client.close()


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=6))
def test_whatever_is_applied_names_only_the_caller_and_stays_in_scope(
        fleet: Fleet, world: World, server_db: ServerDb,
        steps: list[tuple[str, str, str, str, int, str]]) -> None:
    children = (world.north_child, world.south_child)
    for pusher, kind, claimed, device_of, which, link in steps:
        child = children[which]
        if kind == "audit_event":
            c = _audit(fleet, pusher, claimed, device_of, child, link)
        else:
            c = change(kind, new_id(), _row(kind, fleet, claimed, child))
        res = fleet.clients[pusher].push([c])
        result = res.results[0]
        if kind == "audit_event" and result.status == "applied":
            fields = c["fields"]
            fleet.tails[fields["device_id"]] = (fields["device_seq"], fields["hash"])
        # The honest case is never refused: one's own row, one's own child, the next link.
        own_child = child == (world.north_child if pusher in ("pat", "nina")
                              else world.south_child)
        honest = claimed == pusher and own_child and (
            kind != "audit_event" or (device_of == pusher and link == "next"))
        if honest:
            assert result.status == "applied", (pusher, kind, result)
    _check_invariants(server_db, fleet)
