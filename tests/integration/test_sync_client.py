"""The client engine against the real service (SQLite and PostgreSQL), two laptops."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.integration.serverkit import ServerDb
from tests.support.sync_laptop import Laptop
from yjdesk.models import Child
from yjdesk.sync import conflicts


@dataclass
class Org:
    team: str
    pat: str
    sam: str
    child: str


@pytest.fixture
def org(server_db: ServerDb) -> Org:
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    sam = server_db.add_user("sam", team_id=team)
    child = server_db.add_child(team, pat, given_name="Jayden", family_name="Okafor")
    server_db.allocate(child, pat)
    server_db.allocate(child, sam, "cover")
    return Org(team, pat, sam, child)


@pytest.fixture
def two(live_server: str, org: Org, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    a = Laptop(live_server, "pat", tmp_path / "a")
    b = Laptop(live_server, "sam", tmp_path / "b")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def test_first_sign_in_makes_the_owner_with_the_servers_id(two, org: Org) -> None:
    a, _b = two
    assert a.actor.user_id == org.pat
    result = a.sync()
    assert result.pulled >= 3 and not result.failed
    child = a.child(org.child)
    assert child is not None and child.given_name == "Jayden"


def test_different_fields_edited_offline_both_survive(two, org: Org) -> None:
    a, b = two
    a.sync()
    b.sync()
    a.edit(Child, org.child, ete_provider="Northgate College")
    b.edit(Child, org.child, communication_needs="Prefers short sessions")
    a.sync()
    b.sync()
    a.sync()
    for laptop in (a, b):
        child = laptop.child(org.child)
        assert child is not None
        assert child.ete_provider == "Northgate College"
        assert child.communication_needs == "Prefers short sessions"
    assert a.child(org.child).rev == b.child(org.child).rev  # type: ignore[union-attr]


def test_same_field_conflict_is_stored_shown_and_resolution_reaches_the_other(
        two, org: Org) -> None:
    a, b = two
    a.sync()
    b.sync()
    a.edit(Child, org.child, ete_provider="Mine (Pat)")
    b.edit(Child, org.child, ete_provider="Theirs (Sam)")
    a.sync()
    result = b.sync()
    assert result.conflicts == 1
    views = b.read(conflicts.open_conflicts)
    assert len(views) == 1
    view = views[0]
    assert view.mine_text == "Theirs (Sam)" and view.theirs_text == "Mine (Pat)"
    assert view.their_author == "Pat" and view.their_time is not None
    assert b.child(org.child).ete_provider == "Theirs (Sam)"  # type: ignore[union-attr]
    with b.uow() as u:
        conflicts.resolve(u.session, view.id, "merged", "Pat and Sam agreed: Northgate")
    b.sync()
    a.sync()
    for laptop in (a, b):
        assert laptop.child(org.child).ete_provider == "Pat and Sam agreed: Northgate"  # type: ignore[union-attr]
    assert b.read(conflicts.open_conflicts) == []
