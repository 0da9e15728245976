"""Fixtures for the sync service: a central database on SQLite and on a real PostgreSQL,
and the real app served by uvicorn on 127.0.0.1.

* ``server_db`` -- a fresh, migrated central database (:class:`ServerDb`), parametrised
  over ``["sqlite", "postgresql"]`` so every test using it runs on both.
* ``live_server`` -- the base URL (``http://127.0.0.1:PORT``) of the app serving
  ``server_db``, in a daemon thread, stopped at teardown.
* ``pg_cluster`` -- the session's PostgreSQL cluster (started on first use).
"""

from __future__ import annotations

import dataclasses
import queue
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import uvicorn
from sqlalchemy import Engine, create_engine, text

from tests.conftest import TODAY
from tests.integration.pgcluster import Cluster, find_bindir, start_cluster
from tests.integration.serverkit import ApiClient, ServerDb, World, fast_settings, make_world
from yjdesk.server.app import create_app
from yjdesk.server.grants import grant_service_role
from yjdesk.server.settings import ServiceSettings, make_engine
from yjdesk.store.schema import upgrade

if TYPE_CHECKING:
    from yjdesk.demo.service import DemoService

SERVICE_ROLE = "yjdesk_service"
TEMPLATE_DB = "yjdesk_template"
WORLD_TEMPLATE_DB = "yjdesk_world_template"


@pytest.fixture(scope="session")
def pg_cluster(postgres_cluster: Cluster) -> Cluster:
    """The run's PostgreSQL with the service role and a migrated template database."""
    admin = create_engine(postgres_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {SERVICE_ROLE} LOGIN NOSUPERUSER NOCREATEDB "
                          "NOCREATEROLE"))
        conn.execute(text(f"CREATE DATABASE {TEMPLATE_DB}"))
    admin.dispose()
    engine = make_engine(postgres_cluster.url(TEMPLATE_DB))
    upgrade(engine, side="server")
    with engine.begin() as conn:
        grant_service_role(conn, SERVICE_ROLE)
    engine.dispose()
    return postgres_cluster


@pytest.fixture
def own_cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster of the test's own, which it may kill and restart."""
    if find_bindir() is None:
        pytest.fail("PostgreSQL binaries are needed for this test")
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


def service_database(cluster: Cluster, name: str) -> ServerDb:
    """A new migrated central database ``name`` on ``cluster``, with the service role
    (created on the cluster) granted what the service needs."""
    admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {SERVICE_ROLE} LOGIN"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    url = cluster.url(name)
    engine = make_engine(url)
    upgrade(engine, side="server")
    with engine.begin() as conn:
        grant_service_role(conn, SERVICE_ROLE)
    service_url = cluster.url(name, user=SERVICE_ROLE)
    return ServerDb("postgresql", url, service_url, engine, fast_settings(service_url))


class _FreshDatabases:
    """Copies of the template database, each made while the previous test runs.

    ``CREATE DATABASE ... TEMPLATE`` takes about half a second (it copies the catalogue);
    a daemon thread keeps one copy ready so a test's set-up only waits when it has not
    finished. Every test still gets its own database, dropped afterwards.
    """

    def __init__(self, cluster: Cluster, template: str = TEMPLATE_DB) -> None:
        self.template = template
        self.admin: Engine = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
        self.ready: queue.Queue[str | BaseException] = queue.Queue(maxsize=1)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._fill, name="yjdesk-fresh-databases",
                                       daemon=True)
        self.thread.start()

    def _fill(self) -> None:
        while not self.stopping.is_set():
            name = f"yjt_{uuid.uuid4().hex[:12]}"
            try:
                with self.admin.connect() as conn:
                    conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {self.template}"))
            except Exception as exc:  # handed to the test that waits for it
                if self.stopping.is_set():
                    return
                self.ready.put(exc)
                continue
            self.ready.put(name)

    def take(self) -> str:
        got = self.ready.get(timeout=120)
        if isinstance(got, BaseException):
            raise got
        return got

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))

    def close(self) -> None:
        self.stopping.set()
        deadline = time.monotonic() + 120
        while (self.thread.is_alive() or not self.ready.empty()) and time.monotonic() < deadline:
            try:
                got = self.ready.get(timeout=0.5)
            except queue.Empty:
                continue
            if isinstance(got, str):
                self.drop(got)
        self.thread.join(timeout=60)
        self.admin.dispose()


@pytest.fixture(scope="session")
def _fresh_databases(pg_cluster: Cluster) -> Iterator[_FreshDatabases]:
    pool = _FreshDatabases(pg_cluster)
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def _pg_world_template(pg_cluster: Cluster) -> World:
    """A copy of the template database holding the :class:`World` (made once per run: the
    world's dozen transactions cost each test that used it about 0.1 s of CPU and 0.4 s)."""
    admin = create_engine(pg_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {WORLD_TEMPLATE_DB} TEMPLATE {TEMPLATE_DB}"))
    admin.dispose()
    url = pg_cluster.url(WORLD_TEMPLATE_DB)
    service_url = pg_cluster.url(WORLD_TEMPLATE_DB, user=SERVICE_ROLE)
    engine = make_engine(url)
    try:
        return make_world(ServerDb("postgresql", url, service_url, engine,
                                   fast_settings(service_url)))
    finally:
        engine.dispose()  # a template must have no connections when it is copied


@pytest.fixture(scope="session")
def _fresh_world_databases(pg_cluster: Cluster,
                           _pg_world_template: World) -> Iterator[_FreshDatabases]:
    pool = _FreshDatabases(pg_cluster, WORLD_TEMPLATE_DB)
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server-template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, side="server")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def _sqlite_world_template(tmp_path_factory: pytest.TempPathFactory,
                           _sqlite_template: Path) -> tuple[Path, World]:
    """The SQLite template with the :class:`World` in it (as ``_pg_world_template``)."""
    path = tmp_path_factory.mktemp("server-world-template") / "template.db"
    shutil.copyfile(_sqlite_template, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        return path, make_world(ServerDb("sqlite", url, url, engine, fast_settings(url)))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerDb]:
    """A fresh central database; for a test that uses ``world``, a copy of a template that
    already holds it (``server_db.world``)."""
    with_world = "world" in request.fixturenames
    if request.param == "sqlite":
        world: World | None = None
        if with_world:
            template, world = request.getfixturevalue("_sqlite_world_template")
        else:
            template = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "server.db"
        shutil.copyfile(template, path)
        url = f"sqlite:///{path}"
        engine = make_engine(url)
        db = ServerDb("sqlite", url, url, engine, fast_settings(url),
                      world=dataclasses.replace(world) if world else None)
        try:
            yield db
        finally:
            engine.dispose()
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    world = request.getfixturevalue("_pg_world_template") if with_world else None
    databases: _FreshDatabases = request.getfixturevalue(
        "_fresh_world_databases" if with_world else "_fresh_databases")
    name = databases.take()
    url = cluster.url(name)
    service_url = cluster.url(name, user=SERVICE_ROLE)
    engine = make_engine(url)
    db = ServerDb("postgresql", url, service_url, engine, fast_settings(service_url),
                  world=dataclasses.replace(world) if world else None)
    try:
        yield db
    finally:
        engine.dispose()
        databases.drop(name)


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # not the main thread
        pass


@pytest.fixture
def live_server(server_db: ServerDb) -> Iterator[str]:
    """The base URL of the real app serving ``server_db`` over HTTP on loopback."""
    with serve(server_db.settings) as url:
        yield url


@contextmanager
def serve(settings: ServiceSettings) -> Iterator[str]:
    """Serve the real app with ``settings`` on loopback (a daemon thread) for a block."""
    app = create_app(settings)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off", ws="none",
                            http="h11", access_log=False, timeout_graceful_shutdown=5)
    server = _Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name="yjdesk-live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sync service did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
        app.state.engine.dispose()


@pytest.fixture
def world(server_db: ServerDb) -> World:
    """Two teams with users of every role and one child each (see :class:`World`), made by
    :func:`make_world` in the template ``server_db`` was copied from."""
    if server_db.world is None:  # a server_db made before the test asked for the world
        server_db.world = make_world(server_db)
    return server_db.world


@pytest.fixture
def pat(live_server: str, world: World) -> Iterator[ApiClient]:
    """Pat (the world's north-team practitioner) signed in to the live service over HTTP."""
    c = ApiClient(live_server, "pat")
    c.login()
    yield c
    c.close()


@pytest.fixture(scope="session")
def _seeded_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny demo service's central database, seeded once per worker (2-3 s a time).
    Seeding itself is tested on its own (test_demo_service.py)."""
    from yjdesk.demo.service import DemoService

    template = DemoService(tmp_path_factory.mktemp("demo-template"), "tiny", today=TODAY)
    template.prepare()
    return template.database


@pytest.fixture
def seeded_demo(tmp_path: Path, _seeded_demo: Path) -> DemoService:
    """A tiny demo service in ``tmp_path/demo`` whose database is a copy of the seeded one
    (its ``start()`` serves it at once; laptops it signs in are made fresh)."""
    from yjdesk.demo.service import DemoService

    svc = DemoService(tmp_path / "demo", "tiny", today=TODAY)
    svc.folder.mkdir(parents=True)
    shutil.copyfile(_seeded_demo, svc.database)
    return svc
