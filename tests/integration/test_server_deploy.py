"""The sync service as deployed: uvicorn with several workers, built from the environment.

This is the command in ``installers/server/yjdesk-server.service`` (docs/deploy.md), run for
real against the test's central database (SQLite and PostgreSQL).
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.integration.pgcluster import Cluster
from tests.integration.serverkit import PASSWORD, ApiClient, ServerDb, World
from tests.support.served import wait_until_answers
from yjdesk.cli import EXIT_KNOWN_ERROR, main
from yjdesk.config import ENV_SYSTEM_CONFIG
from yjdesk.errors import KnownError
from yjdesk.server.asgi import check_schema, settings_from_env
from yjdesk.server.asgi import main as asgi_main
from yjdesk.server.settings import make_engine
from yjdesk.wire.protocol import (
    CLIENT_KEEP_ALIVE_SECONDS,
    PROTOCOL_MIN,
    PROTOCOL_VERSION,
    SERVICE_KEEP_ALIVE_SECONDS,
)

WORKERS = 2
SERVER_DIR = Path(__file__).resolve().parents[2] / "installers" / "server"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> set[int]:
    kids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.add(int(stat.parent.name))
    return kids


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_uvicorn_workers_from_the_environment(server_db: ServerDb, tmp_path: Path) -> None:
    server_db.add_user("pat", team_id=server_db.add_team())
    port = _free_port()
    env = dict(os.environ, YJDESK_DATABASE_URL=server_db.service_url, YJDESK_POOL_SIZE="2",
               YJDESK_MAX_OVERFLOW="2")
    log = (tmp_path / "uvicorn.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory",
         "yjdesk.server.asgi:create_app_from_env", "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(WORKERS), "--no-access-log", "--timeout-graceful-shutdown", "5"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(base + "/ready", running=lambda: proc.poll() is None, every=0.25,
                           failure=lambda: "the service did not become ready\n"
                           + (tmp_path / "uvicorn.log").read_text())
        assert httpx.get(base + "/health", timeout=5).json()["protocol"] == PROTOCOL_VERSION
        # Several requests, each a full sign-in, spread over the workers.
        for _ in range(4):
            with ApiClient(base, "pat", PASSWORD) as client:
                assert client.login().user.username == "pat"
        assert len(_children(proc.pid)) >= WORKERS
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
    assert proc.returncode == 0, (tmp_path / "uvicorn.log").read_text()


def test_settings_from_the_environment() -> None:
    with pytest.raises(KnownError, match="YJDESK_DATABASE_URL"):
        settings_from_env({})
    s = settings_from_env({"YJDESK_DATABASE_URL": "postgresql://svc@db/yjdesk",
                           "YJDESK_POOL_SIZE": "4", "YJDESK_REMEMBER_ME_ALLOWED": "1"})
    assert (s.pool_size, s.remember_me_allowed, s.protocol_min) == (4, True, PROTOCOL_MIN)
    assert (s.offline_grace_days, s.max_failed_logins, s.address_max_failures) == (14, 5, 50)
    assert s.threads == 8
    assert settings_from_env({"YJDESK_DATABASE_URL": "sqlite://",
                              "YJDESK_THREADS": "3"}).threads == 3
    s = settings_from_env({"YJDESK_DATABASE_URL": "sqlite://", "YJDESK_OFFLINE_GRACE_DAYS": "7",
                           "YJDESK_MAX_FAILED_LOGINS": "3", "YJDESK_LOCKOUT_MINUTES": "30",
                           "YJDESK_ADDRESS_MAX_FAILURES": "20",
                           "YJDESK_ADDRESS_WINDOW_MINUTES": "10"})
    assert (s.offline_grace_days, s.max_failed_logins, s.lockout_minutes,
            s.address_max_failures, s.address_window_minutes) == (7, 3, 30, 20, 10)
    with pytest.raises(KnownError, match="whole number"):
        settings_from_env({"YJDESK_DATABASE_URL": "sqlite://", "YJDESK_POOL_SIZE": "many"})
    with pytest.raises(KnownError, match="YJDESK_PROTOCOL_MIN"):
        settings_from_env({"YJDESK_DATABASE_URL": "sqlite://",
                           "YJDESK_PROTOCOL_MIN": str(PROTOCOL_VERSION + 1)})


def test_factory_refuses_an_uninitialised_database(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="yjdesk-server init"):
        check_schema(f"sqlite:///{tmp_path / 'empty.db'}")


def test_pre_start_check(server_db: ServerDb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m yjdesk.server.asgi check` (the unit's ExecStartPre)."""
    monkeypatch.setenv("YJDESK_DATABASE_URL", server_db.service_url)
    assert asgi_main(["check"]) == 0
    assert "database ready" in capsys.readouterr().out
    monkeypatch.setenv("YJDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    assert asgi_main(["check"]) == 1
    assert "yjdesk-server init" in capsys.readouterr().err


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)
def test_backup_and_restore_scripts(server_db: ServerDb, pg_cluster: Cluster,
                                    tmp_path: Path) -> None:
    """installers/server/backup.sh and restore.sh, as documented, on a real PostgreSQL."""
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    child = server_db.add_child(team, pat, given_name="Ezra", family_name="Westby")
    url = make_url(server_db.url)
    env = dict(os.environ, PGHOST="127.0.0.1", PGPORT=str(pg_cluster.port),
               PGUSER=url.username or "postgres", PGDATABASE=url.database or "",
               PATH=f"{pg_cluster.bindir}{os.pathsep}{os.environ['PATH']}",
               YJDESK_SERVER=str(Path(sys.executable).with_name("yjdesk-server")), KEEP="2")
    dest = tmp_path / "backups"
    for _ in range(3):
        run = subprocess.run(["sh", str(SERVER_DIR / "backup.sh"), str(dest)], env=env,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        time.sleep(1.1)  # distinct timestamps
    dumps = sorted(dest.glob("yjdesk-*.dump"))
    assert len(dumps) == 2  # KEEP=2: the oldest was pruned
    new_db = f"{url.database}_restored"
    run = subprocess.run(["sh", str(SERVER_DIR / "restore.sh"), str(dumps[-1]), new_db,
                          "yjdesk_service"], env=env, capture_output=True, text=True,
                         timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr
    restored = make_engine(str(url.set(database=new_db)))
    try:
        with restored.connect() as conn:
            name = conn.execute(text("SELECT given_name FROM child WHERE id = :id"),
                                {"id": child}).scalar_one()
        assert name == "Ezra"
    finally:
        restored.dispose()
        admin = create_engine(pg_cluster.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {new_db} WITH (FORCE)"))
        admin.dispose()


def test_connect_then_sync_from_the_command_line(
        live_server: str, server_db: ServerDb, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`yjdesk connect` (server from the machine-wide config) then `yjdesk sync`."""
    server_db.add_user("pat", team_id=server_db.add_team())
    machine = tmp_path / "machine.json"
    machine.write_text(json.dumps({"server_url": live_server, "locked": ["server_url"]}),
                       "utf-8")
    monkeypatch.setenv(ENV_SYSTEM_CONFIG, str(machine))
    monkeypatch.setenv("YJDESK_PASSWORD", PASSWORD)
    laptop = str(tmp_path / "laptop")
    assert main(["connect", "--user", "pat", "--server", "https://elsewhere.example.com",
                 "--data-dir", laptop]) == EXIT_KNOWN_ERROR
    assert "locked by your IT team" in capsys.readouterr().err
    assert main(["connect", "--user", "pat", "--data-dir", laptop]) == 0
    assert f"to {live_server} as pat" in capsys.readouterr().out
    assert main(["sync", "--data-dir", laptop]) == 0
    assert "sync done" in capsys.readouterr().out


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A throwaway CA-less certificate for 127.0.0.1 (what an internal CA would issue)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "yjdesk test sync")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "sync.pem", folder / "sync.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.mark.slow
@pytest.mark.parametrize("server_db", ["sqlite"], indirect=True)  # TLS is not about the DB
def test_machine_wide_ca_bundle_is_trusted(server_db: ServerDb, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A sync service behind a certificate of the council's own CA: laptops trust it only
    through ``ca_bundle`` in the machine-wide config."""
    server_db.add_user("pat", team_id=server_db.add_team())
    cert, key = _self_signed(tmp_path)
    port = _free_port()
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("yjdesk-server")), "--database-url",
         server_db.url, "run", "--host", "127.0.0.1", "--port", str(port),
         "--tls-cert", str(cert), "--tls-key", str(key)],
        env={k: v for k, v in os.environ.items() if not k.startswith("YJDESK_")},
        stdout=log, stderr=subprocess.STDOUT)
    url = f"https://127.0.0.1:{port}"
    machine = tmp_path / "machine.json"
    monkeypatch.setenv(ENV_SYSTEM_CONFIG, str(machine))
    monkeypatch.setenv("YJDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    try:
        wait_until_answers(url + "/ready", running=lambda: proc.poll() is None, timeout=60,
                           every=0.25, verify=False,
                           failure=lambda: "the TLS service did not start\n"
                           + (tmp_path / "server.log").read_text())
        # Without the council's CA the laptop refuses the service's certificate.
        machine.write_text(json.dumps({"server_url": url}), "utf-8")
        assert main(["connect", "--user", "pat", "--data-dir",
                     str(tmp_path / "a")]) == EXIT_KNOWN_ERROR
        assert "cannot be reached" in capsys.readouterr().err
        # With it (preset machine-wide), sign-in and sync work over TLS.
        machine.write_text(json.dumps({"server_url": url, "ca_bundle": str(cert),
                                       "locked": ["server_url", "ca_bundle"]}), "utf-8")
        assert main(["connect", "--user", "pat", "--data-dir", str(tmp_path / "b")]) == 0
        monkeypatch.delenv("SSL_CERT_FILE")  # `yjdesk sync` must find the CA itself
        assert main(["sync", "--data-dir", str(tmp_path / "b")]) == 0
        assert "sync done" in capsys.readouterr().out
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()



def test_the_service_works_on_as_many_requests_at_once_as_its_threads_setting(
        server_db: ServerDb, world: World) -> None:
    """``threads`` sizes the pool of threads push and pull run in (the service's own
    executor; anyio's pool, which the other routes use, is 40 by default): seen from
    inside real pushes sent at once, on the real service on loopback."""
    import dataclasses
    import threading
    import time
    import uuid

    from sqlalchemy.orm import Session

    from tests.integration.conftest import serve
    from tests.integration.serverkit import change
    from yjdesk.models.types import new_id
    from yjdesk.server import feed
    from yjdesk.server.settings import Hooks

    lock = threading.Lock()
    names: set[str] = set()
    working = [0]
    peak = [0]

    def allocator(session: Session) -> feed.DeferredCounter:  # inside each push's thread
        with lock:
            names.add(threading.current_thread().name)
            working[0] += 1
            peak[0] = max(peak[0], working[0])
        time.sleep(0.3)  # (before the feed counter is taken: pushes do overlap here)
        with lock:
            working[0] -= 1
        return feed.DeferredCounter(session)

    settings = dataclasses.replace(server_db.settings, threads=3,
                                   hooks=Hooks(allocator=allocator))
    with serve(settings) as url:
        clients = [ApiClient(url, "pat") for _ in range(6)]
        try:
            for client in clients:
                client.login()
            failures: list[str] = []

            def push(client: ApiClient) -> None:
                r = client.push_raw([change("relationship", new_id(), {
                    "child_id": world.north_child, "name": "Gran",
                    "relationship_type": "other"})], batch_id=str(uuid.uuid4()))
                if r.status_code != 200:
                    failures.append(r.text)
            threads = [threading.Thread(target=push, args=(c,)) for c in clients]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            for client in clients:
                client.close()
    assert failures == []
    assert 1 <= len(names) <= 3 and all(n.startswith("yjdesk-sync") for n in names), names
    if server_db.kind == "postgresql":  # (SQLite's writers take its lock one at a time)
        assert peak[0] == 3


def _unit_keep_alive() -> int:
    unit = (SERVER_DIR / "yjdesk-server.service").read_text()
    found = re.search(r"--timeout-keep-alive (\d+)", unit)
    assert found, "the unit does not set the service's keep-alive"
    return int(found.group(1))


def test_idle_connections_are_closed_nearest_the_laptop_first() -> None:
    """The laptop drops an idle connection before the proxy would, and the proxy before the
    service would, so nobody sends on a connection the other end is closing."""
    site = (SERVER_DIR / "nginx-yjdesk.conf").read_text()
    upstream = re.search(r"upstream yjdesk_sync \{(.*?)\n\}", site, re.S)
    assert upstream
    proxy = re.search(r"keepalive_timeout (\d+)s;", upstream.group(1))
    assert proxy, "the proxy's upstream keep-alive is left to nginx's default"
    assert _unit_keep_alive() == SERVICE_KEEP_ALIVE_SECONDS
    assert CLIENT_KEEP_ALIVE_SECONDS < int(proxy.group(1)) < SERVICE_KEEP_ALIVE_SECONDS
    assert CLIENT_KEEP_ALIVE_SECONDS < 5  # below the usual 5 s of servers left at defaults


@pytest.mark.slow(seconds=15)
def test_the_service_keeps_an_idle_connection_past_the_laptops_keep_alive(
        server_db: ServerDb) -> None:
    """`yjdesk-server run` (and the demo service) answer on a connection left idle longer
    than uvicorn's default keep-alive (5 s, the same as the laptop's old one)."""
    from tests.integration.nginxproxy import start_instances

    (instance,) = start_instances(server_db.service_url, 1)
    request = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

    def answer(sock: socket.socket) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            assert chunk, "the service closed the connection"
            data += chunk
        head, body = data.split(b"\r\n\r\n", 1)
        length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))  # type: ignore[union-attr]
        while len(body) < length:
            chunk = sock.recv(65536)
            assert chunk, "the service closed the connection"
            body += chunk
        return head

    try:
        with socket.create_connection(("127.0.0.1", instance.port), timeout=10) as sock:
            sock.sendall(request)
            assert answer(sock).startswith(b"HTTP/1.1 200")
            time.sleep(6.0)
            sock.sendall(request)
            assert answer(sock).startswith(b"HTTP/1.1 200")
    finally:
        instance.stop()
