"""``yjdesk-server``: init, teams, users, devices, allocation, run's TLS guard, and the
PostgreSQL privileges of the service role (it owns nothing; audit_event is append-only)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import ProgrammingError

from tests.integration.pgcluster import Cluster
from tests.support.served import wait_until_answers
from yjdesk.models.child import Child
from yjdesk.models.org import UserAccount
from yjdesk.server.cli import main
from yjdesk.server.settings import make_engine, session_factory

SERVICE = "yjdesk_cli_service"


def run(capsys: pytest.CaptureFixture[str], *args: str,
        stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None
        ) -> tuple[int, str, str]:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_sqlite_default_in_the_data_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("YJDESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("YJDESK_SERVER_HOME", str(tmp_path / "srv"))
    code, _, err = run(capsys, "team", "add", "NORTH", "North Team")
    assert code == 1 and "not initialised" in err and "Traceback" not in err
    code, out, _ = run(capsys, "init")
    assert code == 0 and "upgraded" in out
    assert (tmp_path / "srv" / "yjdesk-server.db").exists()
    assert "already" in run(capsys, "init")[1]

    assert run(capsys, "team", "add", "NORTH", "North Team")[0] == 0
    code, _, err = run(capsys, "team", "add", "NORTH", "Again")
    assert code == 1 and err.count("\n") == 1 and "already exists" in err
    code, out, _ = run(capsys, "user", "add", "pat", "--name", "Pat P", "--role",
                       "practitioner", "--team", "NORTH", "--password-stdin",
                       stdin="long enough password\n", monkeypatch=monkeypatch)
    assert code == 0, out
    code, _, err = run(capsys, "user", "add", "kim", "--name", "Kim", "--role",
                       "practitioner", "--team", "NOPE", "--password-stdin",
                       stdin="long enough password\n", monkeypatch=monkeypatch)
    assert code == 1 and "no team" in err
    code, _, err = run(capsys, "user", "add", "lee", "--name", "Lee", "--role",
                       "practitioner", "--password-stdin", stdin="short\n",
                       monkeypatch=monkeypatch)
    assert code == 1 and "at least" in err
    assert run(capsys, "user", "disable", "pat")[0] == 0
    assert run(capsys, "user", "reset-password", "pat", "--password-stdin",
               stdin="another long password\n", monkeypatch=monkeypatch)[0] == 0
    assert run(capsys, "user", "disable", "nobody")[0] == 1
    assert "no devices" in run(capsys, "device", "list")[1]
    code, _, err = run(capsys, "device", "revoke", str(uuid.uuid4()))
    assert code == 1 and "no device" in err
    code, _, err = run(capsys, "allocate", "YJ-404", "pat")
    assert code == 1 and "no child" in err

    url = f"sqlite:///{tmp_path / 'srv' / 'yjdesk-server.db'}"
    engine = make_engine(url)
    try:
        with session_factory(engine)() as s:
            pat = s.scalar(select(UserAccount).where(UserAccount.username == "pat"))
            assert pat is not None and pat.active is False and pat.rev == 2
    finally:
        engine.dispose()


def test_allocate_moves_the_child(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.integration.serverkit import ServerDb, fast_settings

    url = f"sqlite:///{tmp_path / 'a.db'}"
    assert run(capsys, "--database-url", url, "init")[0] == 0
    engine = make_engine(url)
    try:
        db = ServerDb("sqlite", url, url, engine, fast_settings(url))
        north, south = db.add_team("N", "N"), db.add_team("S", "S")
        pat = db.add_user("pat", team_id=north)
        sam = db.add_user("sam", team_id=south)
        child = db.add_child(north, pat, case_number="YJ-000001")
        code, _, err = run(capsys, "--database-url", url, "allocate", "YJ-000001", "sam")
        assert code == 0, err
        row = db.row("child", child)
        assert row is not None and row["case_manager_id"] == sam and row["team_id"] == south
        with db.session() as s:
            assert s.scalar(select(Child.rev).where(Child.id == child)) == 2
    finally:
        engine.dispose()


@pytest.mark.parametrize("args", [["--host", "0.0.0.0"], ["--host", "10.1.2.3"],
                                  ["--host", "0.0.0.0", "--tls-cert", "c.pem"]])
def test_run_refuses_a_public_bind_without_tls(tmp_path: Path, args: list[str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    assert run(capsys, "--database-url", url, "init")[0] == 0
    code, _, err = run(capsys, "--database-url", url, "run", *args)
    assert code == 1 and ("TLS" in err or "tls" in err) and "Traceback" not in err


def test_bad_database_url_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--database-url", "mysql://x/y", "init")
    assert code == 1 and err.count("\n") == 1


@pytest.fixture
def fresh_pg(pg_cluster: Cluster) -> Iterator[str]:
    name = f"yjcli_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": SERVICE}).first()
        if not exists:
            conn.execute(text(f"CREATE ROLE {SERVICE} LOGIN"))
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@pytest.mark.postgres
def test_service_role_owns_nothing_and_cannot_change_the_audit_log(
        pg_cluster: Cluster, fresh_pg: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_cluster.url(fresh_pg)
    code, out, err = run(capsys, "--database-url", url, "init", "--grant-to", SERVICE)
    assert code == 0, err
    assert "granted" in out
    service = create_engine(pg_cluster.url(fresh_pg, user=SERVICE))
    try:
        with service.connect() as conn:
            owned = conn.execute(text(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                "AND tableowner = current_user")).scalar_one()
            assert owned == 0
        with service.begin() as conn:
            conn.execute(text(
                "INSERT INTO audit_event (id, device_id, device_seq, at, action, prev_hash, "
                "hash, rev, server_seq, updated_at, deleted) VALUES ('e1', 'd1', 1, now(), "
                "'view', :z, :z, 1, 1, now(), false)"), {"z": "0" * 64})
            conn.execute(text("UPDATE server_counter SET value = value + 1"))
        for sql in ("UPDATE audit_event SET action = 'export'", "DELETE FROM audit_event",
                    "DELETE FROM child", "DROP TABLE audit_event",
                    "ALTER TABLE audit_event DISABLE TRIGGER ALL", "TRUNCATE audit_event"):
            with pytest.raises(ProgrammingError, match=r"permission denied|must be owner"), \
                    service.begin() as conn:
                conn.execute(text(sql))
        with service.connect() as conn:
            assert conn.execute(text("SELECT action FROM audit_event")).scalar_one() == "view"
    finally:
        service.dispose()
    code, _, err = run(capsys, "--database-url", url, "init", "--grant-to", "bad;role")
    assert code == 1 and "plain role name" in err


@pytest.mark.parametrize("access_log", [False, True])
def test_run_serves_on_loopback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                access_log: bool) -> None:
    """`yjdesk-server run` serves; it logs each request only when asked (``--access-log``:
    off by default, the TLS proxy in front logs requests)."""
    import subprocess
    import sys

    import httpx

    from tests.integration.pgcluster import free_port

    url = f"sqlite:///{tmp_path / 'serve.db'}"
    assert run(capsys, "--database-url", url, "init")[0] == 0
    port = free_port()
    out = tmp_path / "out.txt"
    with out.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "yjdesk.server.cli", "--database-url", url, "run",
             "--host", "127.0.0.1", "--port", str(port),
             *(["--access-log"] if access_log else [])],
            stdout=sink, stderr=subprocess.STDOUT)
    try:
        r = wait_until_answers(f"http://127.0.0.1:{port}/ready",
                               running=lambda: proc.poll() is None)
        assert r.json() == {"status": "ready"}
        assert httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    logged = out.read_text(errors="replace")
    assert "Uvicorn running" in logged or "Application startup" in logged, logged
    assert ('"GET /health HTTP/1.1" 200' in logged) is access_log, logged


def test_every_sub_command_has_its_function() -> None:
    """`yjdesk-server` dispatches through server.cli.COMMANDS: no parser without a handler."""
    import argparse

    from yjdesk.server import cli

    def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}

    seen = set()
    for name, sub in subcommands(cli._parser()).items():
        actions = subcommands(sub)
        for action in actions or [None]:
            key = (name, action)
            handler = cli.COMMANDS.get(key) or cli.COMMANDS.get((name, None))
            assert handler is not None, key
            seen.add(handler)
    assert seen == set(cli.COMMANDS.values())
