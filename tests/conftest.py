"""Shared fixtures: a fresh profile folder and encrypted store for every test.

Nothing here touches a real profile, keychain or display: YJDESK_HOME points into the
test's temporary folder, keyring uses an in-memory backend, Qt runs offscreen, and scrypt
runs at a low cost so tests stay fast (the real cost is exercised in bench/).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Table

from tests.support.schedule import Entry, run_order
from yjdesk.laptop import LaptopStore
from yjdesk.models import Base
from yjdesk.models.org import Role
from yjdesk.paths import Paths
from yjdesk.services import profile
from yjdesk.services.children import ChildInput, create_child
from yjdesk.services.policy import use_policy
from yjdesk.services.uow import Actor, UnitOfWork
from yjdesk.store import LocalStore, keys

PASSWORD = "correct horse battery"
FAST_KDF = keys.KdfParams(n=2**10, r=8, p=1)
TODAY = dt.date(2026, 11, 20)


class MemoryKeyring(KeyringBackend):
    """A keyring that lives only for one test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


#: Rough seconds of a ``slow`` test that does not say (``@pytest.mark.slow(seconds=...)``),
#: and of a walk of the tour over every screen (a test using ``tour_profile``).
SLOW_SECONDS = 30
TOUR_SECONDS = 50


def _weight(item: pytest.Item) -> float:
    slow = item.get_closest_marker("slow")
    if slow is not None:
        return float(slow.kwargs.get("seconds", SLOW_SECONDS))
    if "tour_profile" in getattr(item, "fixturenames", ()):
        return TOUR_SECONDS
    return 0.0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The heavy tests first, shared out over the workers, and each worker's share of every
    test folder (tests/support/schedule.py says why). Every worker orders alike."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    entries = [Entry(item.nodeid.split("::", 1)[0], _weight(item)) for item in items]
    items[:] = [items[i] for i in run_order(entries, workers)]


@pytest.fixture(autouse=True)
def _hermetic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.setenv("YJDESK_HOME", str(tmp_path / "home"))
    # never the machine's real /etc/xdg/yjdesk/config.json
    monkeypatch.setenv("YJDESK_SYSTEM_CONFIG", str(tmp_path / "no-system-config.json"))
    monkeypatch.setattr(keys, "DEFAULT_KDF", FAST_KDF)
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)
    use_policy(None)  # the app installs its effective policy process-wide


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    """Fail a test that leaves a non-daemon thread running (napari's dangling-thread check)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate()
              if t not in before and t.is_alive() and not t.daemon]
    for t in leaked:
        t.join(timeout=5)
    leaked = [t for t in leaked if t.is_alive()]
    assert not leaked, f"test leaked threads: {leaked}"


@pytest.fixture
def qtbot(qapp: object, request: pytest.FixtureRequest) -> object:
    """pytest-qt's ``qtbot`` whose ``waitUntil`` waits up to 30 s unless told otherwise
    (tests/support/patient_qtbot.py says why)."""
    from tests.support.patient_qtbot import PatientQtBot

    return PatientQtBot(request)


@pytest.fixture(scope="session")
def postgres_cluster():
    """One throw-away PostgreSQL for the whole run (initdb in a temp folder, 127.0.0.1)."""
    from tests.integration.pgcluster import find_bindir, start_cluster

    if find_bindir() is None:
        # scripts/test installs PostgreSQL; a missing server must fail, not hide the suite.
        pytest.fail("PostgreSQL binaries (initdb, pg_ctl) are not installed: run "
                    "scripts/bootstrap --test (apt package 'postgresql')")
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "profile").ensure()


@pytest.fixture(scope="session")
def _store_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Paths, bytes]:
    """One migrated, empty profile for the run, and its data key.

    Each test's ``store`` is a copy of it: running every migration per test cost most of the
    unit tests' time. ``LaptopStore.create`` itself is still exercised (test_store.py, the
    first-run tests)."""
    template = Paths(tmp_path_factory.mktemp("store-template") / "profile").ensure()
    LaptopStore.create(template, PASSWORD, kdf=FAST_KDF).close()
    return template, keys.unwrap(keys.read_keyfile(template.keyfile), PASSWORD)


def copy_template_store(paths: Paths, template: tuple[Paths, bytes]) -> LocalStore:
    """A fresh store in ``paths``: a copy of the run's migrated template, opened."""
    source, data_key = template
    paths.ensure()
    shutil.copyfile(source.database, paths.database)
    assert not Path(f"{source.database}-wal").exists(), "the template was left open"
    shutil.copyfile(source.keyfile, paths.keyfile)
    return LaptopStore.open_with_key(paths, data_key)


#: The seed of the generated "demo" caseload the unit tests share (``demo_caseload``).
DEMO_SEED = 22


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory,
                   _store_template: tuple[Paths, bytes]) -> tuple[Paths, bytes]:
    """The "demo" scale generated once per process into a copy of the migrated template
    (2-3 s of CPU; four modules each generated their own, with their own seed)."""
    from yjdesk.demo.generator import generate

    paths = Paths(tmp_path_factory.mktemp("demo-template") / "profile")
    store = copy_template_store(paths, _store_template)
    try:
        with store.engine.begin() as conn:
            generate(conn, "demo", seed=DEMO_SEED, today=TODAY)
    finally:
        store.close()
    return paths, _store_template[1]


def demo_caseload(folder: Path, template: tuple[Paths, bytes]) -> LocalStore:
    """A store in ``folder`` holding its own copy of the generated "demo" caseload
    (``template`` is the ``_demo_template`` fixture): for module-scoped fixtures."""
    return copy_template_store(Paths(folder / "profile"), template)


@pytest.fixture
def store(paths: Paths, _store_template: tuple[Paths, bytes]) -> Iterator[LocalStore]:
    s = copy_template_store(paths, _store_template)
    yield s
    s.close()


def _owner(store: LocalStore, role: Role = Role.PRACTITIONER) -> Actor:
    with store.session() as session, session.begin():
        return profile.create_owner(session, profile.FirstRun(
            username="pat", display_name="Pat Practitioner", role=role,
            team_name="North Team", team_code="NORTH"))


@pytest.fixture
def actor(store: LocalStore) -> Actor:
    """The store's owner: a practitioner in the North team."""
    return _owner(store)


@pytest.fixture
def uow(store: LocalStore, actor: Actor):
    """A factory: ``with uow() as u: ...`` (optionally ``uow(other_actor)``)."""
    def make(who: Actor | None = None) -> UnitOfWork:
        return UnitOfWork(store.session_factory, who or actor, store.paths.database)
    return make


def table_of(model: type[Base]) -> Table:
    """A model's Core table (``Model.__table__`` is only a ``FromClause`` to mypy)."""
    return Base.metadata.tables[model.__tablename__]


def child_input(**overrides: object) -> ChildInput:
    base: dict[str, object] = dict(
        given_name="Jayden", family_name="Okafor-Test", date_of_birth=dt.date(2010, 5, 17),
        gender="male", ethnicity="black_african", preferred_name="Jay")
    base.update(overrides)
    return ChildInput(**base)  # type: ignore[arg-type]


@pytest.fixture
def child_id(uow) -> str:
    with uow() as u:
        return create_child(u.session, child_input(), TODAY).id
