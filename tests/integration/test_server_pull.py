"""Pull: scope per role (asserted on the HTTP responses), paging, revoke and scope entry."""

from __future__ import annotations

import pytest

from tests.integration.serverkit import ApiClient, ServerDb, World, change
from yjdesk.models.types import new_id


def _client(live_server: str, username: str) -> ApiClient:
    c = ApiClient(live_server, username)
    c.login()
    return c


def _children_seen(rows: list) -> set[str]:
    return {r.child_id for r in rows if r.child_id is not None}


def _add_history(db: ServerDb, child_id: str, n: int = 3) -> list[str]:
    return [db.put("relationship", {"child_id": child_id, "name": f"Person {i}",
                                    "relationship_type": "other"}) for i in range(n)]


def test_practitioner_receives_only_their_children(live_server: str, server_db: ServerDb,
                                                   world: World) -> None:
    _add_history(server_db, world.north_child)
    _add_history(server_db, world.south_child)
    with _client(live_server, "pat") as pat:
        r = pat.post("/sync/pull", {"cursor": 0, "limit": 1000})
        assert r.status_code == 200
        body = r.text
        assert world.south_child not in body and "Southey" not in body and "Sid" not in body
        rows, revoked = pat.pull_all()
    assert revoked == []
    assert _children_seen(rows) == {world.north_child}
    assert {r.table for r in rows} >= {"child", "allocation", "relationship", "team",
                                       "user_account"}
    users = {r.id for r in rows if r.table == "user_account"}
    assert world.pat in users and world.nina in users and world.sam not in users
    teams = {r.id for r in rows if r.table == "team"}
    assert teams == {world.north}


@pytest.mark.parametrize(("user", "expected"), [
    ("nina", {"north_child"}),
    ("sam", {"south_child"}),
    ("sonia", {"north_child", "south_child"}),
    ("ada", {"north_child", "south_child"}),
    ("colin", set()),
])
def test_scope_by_role(live_server: str, world: World, user: str,
                       expected: set[str]) -> None:
    with _client(live_server, user) as c:
        rows, _ = c.pull_all()
    assert _children_seen(rows) == {getattr(world, name) for name in expected}


def test_court_officer_receives_children_with_their_court_work(
        live_server: str, server_db: ServerDb, world: World) -> None:
    server_db.allocate(world.south_child, world.colin, role="court_officer")
    with _client(live_server, "colin") as colin:
        rows, _ = colin.pull_all()
    assert _children_seen(rows) == {world.south_child}


def test_pages_are_bounded_and_deliver_every_row_once(live_server: str, server_db: ServerDb,
                                                      world: World) -> None:
    made = set(_add_history(server_db, world.north_child, 23))
    with _client(live_server, "pat") as pat:
        first = pat.pull_page(limit=5)
        assert len(first.rows) == 5 and first.more
        seqs = [r.server_seq for r in first.rows]
        assert seqs == sorted(seqs) and first.next_cursor == seqs[-1]
        pat.cursor = first.next_cursor
        rest, _ = pat.pull_all(limit=5)
        ids = [r.id for r in first.rows + rest]
        assert len(ids) == len(set(ids))
        assert made <= set(ids)
        again = pat.pull_page()
        assert again.rows == [] and not again.more and again.next_cursor == pat.cursor


def test_pull_after_cursor_returns_only_newer_changes(live_server: str, server_db: ServerDb,
                                                      world: World) -> None:
    with _client(live_server, "pat") as pat:
        pat.pull_all()
        server_db.put("child", {"ete_hours": 9}, row_id=world.north_child)
        server_db.put("child", {"ete_hours": 3}, row_id=world.south_child)
        rows, _ = pat.pull_all()
    assert [(r.table, r.id) for r in rows] == [("child", world.north_child)]
    assert rows[0].fields["ete_hours"] == 9 and rows[0].rev == 2


def test_reallocation_revokes_and_the_new_worker_receives_the_child(
        live_server: str, server_db: ServerDb, world: World) -> None:
    history = set(_add_history(server_db, world.north_child, 4))
    with _client(live_server, "pat") as pat, _client(live_server, "sam") as sam:
        pat_rows, _ = pat.pull_all()
        assert history <= {r.id for r in pat_rows}
        sam.pull_all()  # sam's cursor is now past every one of the child's rows

        # The child moves to Sam's caseload and team; Pat's allocation ends.
        server_db.reallocate(world.north_child, world.sam, world.south)

        rows, revoked = pat.pull_all()
        assert revoked == [world.north_child]
        assert world.north_child not in _children_seen(rows)

        sam_rows, sam_revoked = sam.pull_all()
        assert sam_revoked == []
        got = {r.id for r in sam_rows if r.child_id == world.north_child}
        assert {world.north_child, *history} <= got
        child = next(r for r in sam_rows if r.id == world.north_child)
        assert child.fields["case_manager_id"] == world.sam

        # Until Pat's laptop acknowledges the purge it may push its pending edits (to rows
        # it held, made before the revocation; never new rows: issue 11)...
        held = sorted(history)[0]
        pending = pat.push([change("relationship", held, {"name": "Late note"}, base_rev=1),
                            change("relationship", new_id(), {
                                "child_id": world.north_child, "name": "New note",
                                "relationship_type": "other"})])
        assert [r.status for r in pending.results] == ["applied", "rejected"]
        assert pat.pull_page().revoked_children == [world.north_child]
        # ...and after it, the child is gone for good.
        assert pat.ack_revoke([world.north_child]).status_code == 200
        later = pat.pull_page()
        assert later.revoked_children == [] and world.north_child not in later.model_dump_json()
        refused = pat.push([change("child", world.north_child, {"ete_hours": 1}, base_rev=2)])
        assert refused.results[0].status == "rejected"

        late = sam.pull_all()[0]
        assert any(r.fields.get("name") == "Late note" for r in late)


def test_child_back_in_scope_before_ack_is_sent_again(live_server: str, server_db: ServerDb,
                                                      world: World) -> None:
    with _client(live_server, "pat") as pat:
        pat.pull_all()
        server_db.reallocate(world.north_child, world.sam, world.south)
        _, revoked = pat.pull_all()
        assert revoked == [world.north_child]
        server_db.reallocate(world.north_child, world.pat, world.north)
        rows, revoked = pat.pull_all()
        assert revoked == []
        assert world.north_child in {r.id for r in rows if r.table == "child"}


def test_new_child_entering_scope_is_not_republished_needlessly(
        live_server: str, server_db: ServerDb, world: World) -> None:
    with _client(live_server, "pat") as pat:
        pat.pull_all()
        fresh = server_db.add_child(world.north, world.pat)
        rows, _ = pat.pull_all()
        assert [r.id for r in rows] == [fresh]
        before = server_db.row("child", fresh)
        pat.pull_all()
        assert server_db.row("child", fresh) == before


def test_ack_revoke_ignores_children_still_in_scope(live_server: str, world: World) -> None:
    with _client(live_server, "pat") as pat:
        pat.pull_all()
        assert pat.ack_revoke([world.north_child, world.south_child]).status_code == 200
        assert pat.push([change("child", world.north_child, {"ete_hours": 2}, base_rev=1)]
                        ).results[0].status == "applied"


def test_cover_allocation_brings_the_childs_history_even_if_a_response_is_lost(
        live_server: str, server_db: ServerDb, world: World) -> None:
    history = set(_add_history(server_db, world.north_child, 3))
    with _client(live_server, "sam") as sam, _client(live_server, "pat") as pat:
        sam.pull_all()
        pat.pull_all()
        server_db.allocate(world.north_child, world.sam, role="cover")
        lost = sam.pull_page(limit=2)  # the service republished; the laptop never heard
        assert lost.rows
        rows, _ = sam.pull_all()  # from the cursor it still has
        got = {r.id for r in rows if r.child_id == world.north_child}
        assert {world.north_child, *history} <= got
        # Pat's laptop already holds these revisions: it sees them again, unchanged.
        again, _ = pat.pull_all()
        assert {r.id for r in again} >= history
        assert all(r.rev == 1 for r in again if r.id in history)


def test_user_moving_team_receives_the_new_teams_rows(live_server: str, server_db: ServerDb,
                                                      world: World) -> None:
    with _client(live_server, "pat") as pat:
        first, _ = pat.pull_all()
        assert world.south not in {r.id for r in first}
        server_db.put("user_account", {"team_id": world.south}, row_id=world.pat)
        rows, _ = pat.pull_all()
        ids = {r.id for r in rows}
        assert {world.south, world.sam, world.pat} <= ids
        assert world.north not in ids and world.nina not in ids
        again, _ = pat.pull_all()
        assert again == []


def test_service_manager_gets_new_children_without_republishing(
        live_server: str, server_db: ServerDb, world: World) -> None:
    with _client(live_server, "sonia") as sonia:
        first, _ = sonia.pull_all()
        assert {world.north_child, world.south_child} <= _children_seen(first)
        before = server_db.row("child", world.south_child)
        fresh = server_db.add_child(world.south, world.sam)
        rows, revoked = sonia.pull_all()
        assert [r.id for r in rows] == [fresh] and revoked == []
        assert server_db.row("child", world.south_child) == before
