"""Sign-in that resists guessing (issue 11, finding 5), over HTTP against the real service
on SQLite and PostgreSQL: failures are counted atomically, unknown and disabled names answer
exactly like wrong passwords (and take as long), one client address is rate-limited, and a
reused refresh token ends every session of its device."""

from __future__ import annotations

import logging
import statistics
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.integration.serverkit import PASSWORD, ApiClient, ServerDb
from yjdesk.models.org import Role
from yjdesk.server import admin
from yjdesk.sync.client import tls_context
from yjdesk.wire import protocol as p

HEADERS = {p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)}
LOGIN = p.API_PREFIX + "/auth/login"


def _attempt(http: httpx.Client, username: str, password: str) -> httpx.Response:
    return http.post(LOGIN, json={"username": username, "password": password,
                                  "device_id": str(uuid.uuid4())})


def test_fifty_parallel_wrong_passwords_leave_the_account_locked(
        live_server: str, server_db: ServerDb) -> None:
    team = server_db.add_team()
    server_db.add_user("pat", Role.PRACTITIONER, team)
    server_db.settings.address_max_failures = 10_000  # this test is about the account

    def wrong(i: int) -> str:
        with httpx.Client(base_url=live_server, headers=HEADERS, timeout=60,
                          verify=tls_context()) as http:
            r = _attempt(http, "pat", f"wrong guess {i}")
            assert r.status_code == 401, r.text
            return str(r.json()["error"])

    with ThreadPoolExecutor(max_workers=50) as pool:
        answers = list(pool.map(wrong, range(50)))
    assert set(answers) <= {"bad_credentials", "account_locked"}
    assert answers.count("bad_credentials") >= server_db.settings.max_failed_logins
    with httpx.Client(base_url=live_server, headers=HEADERS, verify=tls_context()) as http:
        r = _attempt(http, "pat", PASSWORD)  # even the right password is refused now
    assert r.status_code == 401 and r.json()["error"] == "account_locked", r.text
    with server_db.session() as s:  # an administrator's reset unlocks it
        admin.reset_password(s, server_db.settings, "pat", "a fresh password")
    with httpx.Client(base_url=live_server, headers=HEADERS, verify=tls_context()) as http:
        assert _attempt(http, "pat", "a fresh password").status_code == 200


def test_unknown_and_disabled_names_answer_like_wrong_passwords(
        live_server: str, server_db: ServerDb) -> None:
    team = server_db.add_team()
    server_db.add_user("pat", Role.PRACTITIONER, team)
    server_db.add_user("dora", Role.PRACTITIONER, team)
    with server_db.session() as s:
        admin.set_active(s, "dora", False)
    limit = server_db.settings.max_failed_logins
    with httpx.Client(base_url=live_server, headers=HEADERS, verify=tls_context()) as http:
        wrong = _attempt(http, "pat", "not the password")
        disabled = _attempt(http, "dora", PASSWORD)  # the RIGHT password
        unknown = _attempt(http, "nobody-at-all", PASSWORD)
        for r in (wrong, disabled, unknown):
            assert (r.status_code, r.json()) == (401, {"error": "bad_credentials",
                                                       "message": "wrong username or password"})
        # The same lock-out for a name that exists, one that is disabled and one that does
        # not (a shadow counter): the answers never tell them apart.
        for name, password in (("pat", "guess"), ("dora", PASSWORD), ("nobody-at-all", "x")):
            got = [_attempt(http, name, password).json()["error"] for _ in range(limit)]
            assert got[-1] == "account_locked", (name, got)
            assert _attempt(http, name, PASSWORD).json()["error"] == "account_locked"


def test_one_client_address_is_rate_limited(live_server: str, server_db: ServerDb) -> None:
    team = server_db.add_team()
    server_db.add_user("pat", Role.PRACTITIONER, team)
    server_db.settings.address_max_failures = 6
    with httpx.Client(base_url=live_server, headers=HEADERS, verify=tls_context()) as http:
        # Password spraying: one guess for each of many names, none locked on its own.
        for i in range(6):
            assert _attempt(http, f"user{i}", "Summer2026!").json()["error"] == \
                "bad_credentials"
        refused = _attempt(http, "pat", PASSWORD)
        assert refused.status_code == 429, refused.text
        assert refused.json()["error"] == "too_many_attempts"
        assert "minutes" in refused.json()["message"]
        assert 1 <= int(refused.headers["Retry-After"]) <= 15 * 60
    # Another address is not held up (loopback answers on all of 127/8).
    other = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(base_url=live_server, headers=HEADERS, transport=other) as http:
        assert _attempt(http, "pat", PASSWORD).status_code == 200


def test_unknown_names_take_as_long_as_known_ones(live_server: str,
                                                   server_db: ServerDb) -> None:
    # Production-like Argon2 (smaller memory to spare the test machine): the dummy check of
    # an unknown name must cost one Argon2 run, like a real one -- not two.
    settings = server_db.settings
    settings.argon2_time_cost, settings.argon2_memory_kib = 2, 16384
    settings.max_failed_logins = settings.address_max_failures = 10_000
    team = server_db.add_team()
    server_db.add_user("pat", Role.PRACTITIONER, team)
    # A loaded two-core machine can stall one side of a round; the claim is "no systematic
    # difference", so a round of 30 pairs is repeated (up to 3 times) until one is within
    # 10 %. Each pair is a known and an unknown name tried one after the other, and the
    # round's figure is the median of the pairs' ratios: a pair shares the machine's load
    # of its moment, where the medians of the two sides taken apart moved with the load
    # (at load 10-30 all three rounds missed, 15-50 % apart, either side the slower). The
    # old code (an unknown name hashed AND verified: two Argon2 runs) gives a ratio of
    # 1.6-1.7, so it fails every round by far (checked 7 Dec, six rounds).
    spreads = []
    with httpx.Client(base_url=live_server, headers=HEADERS, timeout=60,
                      verify=tls_context()) as http:
        for attempt in range(3):
            ratios: list[float] = []
            times: dict[str, list[float]] = {"known": [], "unknown": []}
            for i in range(34):
                pair: dict[str, float] = {}
                for kind, name in (("known", "pat"), ("unknown", f"ghost{i % 3}")):
                    start = time.perf_counter()
                    r = _attempt(http, name, "a wrong password")
                    pair[kind] = time.perf_counter() - start
                    assert r.json()["error"] == "bad_credentials"
                if i >= 4:  # warm-up (the first Argon2 runs, pools filling)
                    ratios.append(pair["unknown"] / pair["known"])
                    for kind, spent in pair.items():
                        times[kind].append(spent)
            ratio = statistics.median(ratios)
            spread = abs(ratio - 1)
            print(f"round {attempt + 1}: {len(ratios)} pairs, median sign-in time: known "
                  f"name {statistics.median(times['known']) * 1000:.1f} ms, unknown name "
                  f"{statistics.median(times['unknown']) * 1000:.1f} ms; median ratio "
                  f"unknown / known {ratio:.3f} ({spread:.1%} apart)")
            spreads.append(spread)
            if spread < 0.10:
                break
    assert min(spreads) < 0.10, spreads


def test_reused_refresh_token_ends_every_session_of_the_device(
        live_server: str, server_db: ServerDb, caplog: pytest.LogCaptureFixture) -> None:
    team = server_db.add_team()
    server_db.add_user("pat", Role.PRACTITIONER, team)
    with ApiClient(live_server, "pat") as c, ApiClient(live_server, "pat") as other:
        c.login()
        other.login()  # another laptop of the same user is not affected
        stolen = c.refresh_token
        r = c.http.post(p.API_PREFIX + "/auth/refresh",
                        json={"refresh_token": stolen, "device_id": c.device_id})
        assert r.status_code == 200
        fresh = p.TokenResponse.model_validate(r.json())
        c.token = fresh.access_token
        assert c.post("/sync/pull", {"cursor": 0}).status_code == 200
        with caplog.at_level(logging.WARNING, logger="yjdesk.server.auth"):
            again = c.http.post(p.API_PREFIX + "/auth/refresh",
                                json={"refresh_token": stolen, "device_id": c.device_id})
        assert again.status_code == 401 and again.json()["error"] == "token_reused"
        assert any("reused" in rec.getMessage() and c.device_id in rec.getMessage()
                   for rec in caplog.records)
        # The whole family is gone: the new access and refresh tokens no longer work.
        assert c.post("/sync/pull", {"cursor": 0}).status_code == 401
        r = c.http.post(p.API_PREFIX + "/auth/refresh",
                        json={"refresh_token": fresh.refresh_token, "device_id": c.device_id})
        assert r.status_code == 401
        assert other.post("/sync/pull", {"cursor": 0}).status_code == 200
        c.login()  # the password still works
        assert c.post("/sync/pull", {"cursor": 0}).status_code == 200


def test_stale_counters_are_forgotten_by_the_service_role(server_db: ServerDb) -> None:
    """The service's own role (not the owner) may count, clear and prune the counters."""
    import datetime as dt

    from sqlalchemy import select

    from yjdesk.models.server import LoginThrottle
    from yjdesk.models.types import utcnow
    from yjdesk.server import throttle
    from yjdesk.server.settings import make_engine, session_factory

    engine = make_engine(server_db.service_url)
    try:
        factory = session_factory(engine)
        now = utcnow()
        with factory() as s, s.begin():
            throttle.record_failure(s, server_db.settings, "old-name", "10.0.0.1",
                                    now - dt.timedelta(days=3))
            throttle.record_failure(s, server_db.settings, "new-name", "10.0.0.2", now)
        with factory() as s, s.begin():
            throttle.forget_stale(s, now)
            throttle.clear(s, "NEW-name")  # names are compared without case
        with factory() as s:
            keys = set(s.scalars(select(LoginThrottle.key)))
        assert keys == {"address:10.0.0.2"}
    finally:
        engine.dispose()
