"""The embedded demo service: seeded, served on loopback, and signed in to per demo user.

Real parts throughout: the seeded SQLite central database, the real FastAPI app under
uvicorn on 127.0.0.1, encrypted laptop profiles and the real sync engine.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import TODAY
from yjdesk.demo.generator import DEMO_PASSWORD, DEMO_USERNAME
from yjdesk.demo.service import DemoService, DemoSignIn
from yjdesk.errors import AuthenticationFailed
from yjdesk.models import Child, UserAccount
from yjdesk.models.org import Role
from yjdesk.models.server import FeedEntry, RowRevision, ServerCounter
from yjdesk.server.scope import children_in_scope
from yjdesk.server.settings import make_engine
from yjdesk.services.uow import Actor, UnitOfWork
from yjdesk.store import LocalStore
from yjdesk.sync import accounts, state
from yjdesk.sync.engine import SyncEngine, SyncResult

MANAGER = "morgan.manager"


@pytest.fixture
def service(seeded_demo: DemoService) -> Iterator[DemoService]:
    svc = seeded_demo
    assert svc.prepare() is False  # a copy of the seeded database: nothing to make
    svc.start()
    try:
        yield svc
    finally:
        svc.stop()


def _server_children(svc: DemoService, username: str) -> set[str]:
    """The children the service scopes to ``username`` (its own scope function)."""
    engine = make_engine(f"sqlite:///{svc.database}")
    try:
        with Session(engine) as s:
            user = s.scalars(select(UserAccount).where(UserAccount.username == username)).one()
            actor = Actor(user.id, user.role, user.team_id, "scope-check", user.display_name)
            found = children_in_scope(s, actor)
            if found is None:
                found = set(s.scalars(select(Child.id)))
            return found
    finally:
        engine.dispose()


def _laptop_children(got: DemoSignIn) -> set[str]:
    with got.store.session() as s:
        return set(s.scalars(select(Child.id)))


def _sync(got: DemoSignIn) -> SyncResult:
    with accounts.client_for(got.store, DEMO_PASSWORD) as client:
        return SyncEngine(got.store.session_factory, client).run()


def test_the_service_is_seeded_and_published_and_stops_cleanly(tmp_path: Path) -> None:
    svc = DemoService(tmp_path / "demo", "tiny", today=TODAY)
    url = svc.start()
    assert url.startswith("http://127.0.0.1:")
    assert httpx.get(url + "/health", timeout=5).json()["status"] == "ok"
    assert svc.database == tmp_path / "demo" / "service" / "yjdesk-server.db"
    engine = make_engine(f"sqlite:///{svc.database}")
    try:
        with Session(engine) as s:
            children = s.scalar(select(func.count()).select_from(Child))
            entries = s.scalar(select(func.count()).select_from(FeedEntry))
            history = s.scalar(select(func.count()).select_from(RowRevision))
            counter = s.scalar(select(ServerCounter.value).where(ServerCounter.name == "feed"))
            unpublished = s.scalar(select(func.count()).select_from(Child)
                                   .where(Child.rev != 1))
        assert children == 40
        # every synced row has its feed entry and its revision-1 history, in one sequence
        assert entries == history == counter
        assert unpublished == 0
    finally:
        engine.dispose()
    users = svc.users()
    assert [u.username for u in users][:2] == [DEMO_USERNAME, MANAGER]
    assert [u.role for u in users] == [Role.PRACTITIONER, Role.TEAM_MANAGER,
                                       Role.COURT_OFFICER, Role.SERVICE_MANAGER]
    assert users[3].username == "alex.servicemanager"
    svc.stop()
    assert not svc.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/health", timeout=2)
    # a second start reuses the seeded database (nothing is generated again)
    again = DemoService(tmp_path / "demo", "tiny", today=TODAY)
    assert again.prepare() is False


def test_a_wrong_password_writes_nothing(service: DemoService) -> None:
    with pytest.raises(AuthenticationFailed):
        service.sign_in(DEMO_USERNAME, "not the password")
    assert not LocalStore.exists(service.laptop(DEMO_USERNAME))


def test_each_laptop_holds_only_its_users_scope(service: DemoService) -> None:
    sam = service.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
    try:
        assert sam.first and sam.pulled is not None and sam.pulled.pulled > 0
        assert sam.actor.role == Role.PRACTITIONER
        held = _laptop_children(sam)
        assert held == _server_children(service, DEMO_USERNAME)
        assert 0 < len(held) < 40
    finally:
        sam.store.close()
    morgan = service.sign_in(MANAGER, DEMO_PASSWORD)
    try:
        assert morgan.actor.role == Role.TEAM_MANAGER
        team = _laptop_children(morgan)
        assert team == _server_children(service, MANAGER)
        assert held < team and len(team) < 40  # the team, not the whole service
        with morgan.store.session() as s:
            teams = {c.team_id for c in s.scalars(select(Child))}
        assert teams == {morgan.actor.team_id}
    finally:
        morgan.store.close()
    # the profiles live side by side under the demo folder
    assert (service.root / DEMO_USERNAME / "yjdesk.db").exists()
    assert (service.root / MANAGER / "yjdesk.db").exists()


def test_an_edit_on_sams_laptop_reaches_morgans(service: DemoService) -> None:
    sam = service.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
    morgan = service.sign_in(MANAGER, DEMO_PASSWORD)
    try:
        with sam.store.session() as s:
            child = s.scalars(select(Child).order_by(Child.case_number)).first()
            assert child is not None
            child_id = child.id
            hours = ((child.ete_hours or 0) + 7) % 40
        with UnitOfWork(sam.store.session_factory, sam.actor) as u:
            row = u.session.get(Child, child_id)
            assert row is not None
            row.ete_hours = hours
        # Morgan changes another field of the same child before seeing Sam's edit: both
        # are based on revision 1, so the service merges them (its history knows rev 1).
        with UnitOfWork(morgan.store.session_factory, morgan.actor) as u:
            row = u.session.get(Child, child_id)
            assert row is not None
            row.ete_provider = "Demo College (merged)"
        assert _sync(sam).pushed >= 1
        result = _sync(morgan)
        assert result.pushed >= 1
        assert not result.conflicts
        with morgan.store.session() as s:
            got = s.get(Child, child_id)
            assert got is not None
            assert (got.ete_hours, got.ete_provider) == (hours, "Demo College (merged)")
            assert state.status(s).conflicts == 0
        _sync(sam)
        with sam.store.session() as s:
            got = s.get(Child, child_id)
            assert got is not None
            assert (got.ete_hours, got.ete_provider) == (hours, "Demo College (merged)")
    finally:
        sam.store.close()
        morgan.store.close()


def test_a_later_sign_in_follows_the_service_to_its_new_port(tmp_path: Path) -> None:
    first = DemoService(tmp_path / "demo", "tiny", today=TODAY)
    first.start()
    try:
        got = first.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
        got.store.close()
    finally:
        first.stop()
    second = DemoService(tmp_path / "demo", "tiny", today=TODAY)
    second.start()
    try:
        again = second.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
        try:
            assert not again.first
            account = state.read_account(second.laptop(DEMO_USERNAME))
            assert account is not None and account.server_url == second.url
            with again.store.session() as s:
                assert state.status(s).server_url == second.url
            assert not _sync(again).failed  # the laptop reaches the service at its new port
        finally:
            again.store.close()
    finally:
        second.stop()
