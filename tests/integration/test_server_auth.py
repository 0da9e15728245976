"""Authentication, devices, protocol version and error shapes of the sync service."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.integration.serverkit import PASSWORD, ApiClient, ServerDb
from yjdesk.models.org import Role
from yjdesk.server import admin
from yjdesk.sync.client import tls_context
from yjdesk.wire import protocol as p

HEADERS = {p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)}


@pytest.fixture
def team_and_user(server_db: ServerDb) -> tuple[str, str]:
    team = server_db.add_team("North Team", "NORTH")
    user = server_db.add_user("pat", Role.PRACTITIONER, team)
    return team, user


def test_health_and_ready(live_server: str) -> None:
    with httpx.Client(base_url=live_server, verify=tls_context()) as http:
        assert http.get("/health").json()["status"] == "ok"
        assert http.get("/ready").json() == {"status": "ready"}


def test_login_registers_device_and_returns_user(live_server: str, server_db: ServerDb,
                                                  team_and_user: tuple[str, str]) -> None:
    team, user = team_and_user
    with ApiClient(live_server, "pat") as c:
        tokens = c.login()
        assert tokens.user.id == user and tokens.user.team_id == team
        assert tokens.user.role == "practitioner"
        assert tokens.expires_in == 15 * 60
        assert tokens.policy == {"remember_me_allowed": False, "offline_grace_days": 14}
        with server_db.session() as s:
            devices = admin.list_devices(s)
        assert [(d.id, d.username, d.revoked) for d in devices] == [(c.device_id, "pat", False)]


def test_wrong_password_and_unknown_user_are_401(live_server: str,
                                                 team_and_user: tuple[str, str]) -> None:
    with httpx.Client(base_url=live_server, headers=HEADERS, verify=tls_context()) as http:
        for name, password in (("pat", "wrong password"), ("nobody", PASSWORD)):
            r = http.post(p.API_PREFIX + "/auth/login", json={
                "username": name, "password": password, "device_id": str(uuid.uuid4())})
            assert r.status_code == 401
            assert r.json() == {"error": "bad_credentials",
                                "message": "wrong username or password"}


def test_no_token_or_bad_token_is_401(live_server: str) -> None:
    with httpx.Client(base_url=live_server, headers=HEADERS, verify=tls_context()) as http:
        for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic x"}):
            r = http.post(p.API_PREFIX + "/sync/pull", json={"cursor": 0}, headers=headers)
            assert r.status_code == 401
            assert p.ErrorBody.model_validate(r.json()).error == "unauthorized"
            r = http.post(p.API_PREFIX + "/sync/push", headers=headers,
                          json={"batch_id": str(uuid.uuid4()), "changes": []})
            assert r.status_code == 401


def test_old_or_missing_protocol_is_426(live_server: str) -> None:
    with httpx.Client(base_url=live_server, verify=tls_context()) as http:
        for headers in ({}, {p.PROTOCOL_HEADER: str(p.PROTOCOL_MIN - 1)}):
            r = http.post(p.API_PREFIX + "/sync/pull", json={"cursor": 0}, headers=headers)
            assert r.status_code == 426
            assert "update" in r.json()["message"]
            assert r.headers[p.PROTOCOL_HEADER] == str(p.PROTOCOL_VERSION)


def test_refresh_rotates_the_token(live_server: str, team_and_user: tuple[str, str]) -> None:
    with ApiClient(live_server, "pat") as c:
        c.login()
        old = c.refresh_token
        body = {"refresh_token": old, "device_id": c.device_id}
        r = c.http.post(p.API_PREFIX + "/auth/refresh", json=body)
        assert r.status_code == 200
        new = p.TokenResponse.model_validate(r.json())
        assert new.refresh_token != old
        other = c.http.post(p.API_PREFIX + "/auth/refresh", json={
            "refresh_token": new.refresh_token, "device_id": str(uuid.uuid4())})
        assert other.status_code == 401  # bound to its device
        c.token = new.access_token
        assert c.pull_page().rows is not None
        again = c.http.post(p.API_PREFIX + "/auth/refresh", json=body)
        assert again.status_code == 401  # a refresh token works once (reuse: see
        # test_server_signin_hardening, which ends the device's sessions)


def test_revoked_device_is_refused_and_told_to_wipe(live_server: str, server_db: ServerDb,
                                                    team_and_user: tuple[str, str]) -> None:
    with ApiClient(live_server, "pat") as c:
        tokens = c.login()
        with server_db.session() as s:
            admin.revoke_device(s, c.device_id)
        for path, body in (("/sync/pull", {"cursor": 0}),
                           ("/sync/push", {"batch_id": str(uuid.uuid4()), "changes": []})):
            r = c.post(path, body)
            assert r.status_code == 403
            assert r.json()["error"] == "device_revoked"
        r = c.http.post(p.API_PREFIX + "/auth/refresh", json={
            "refresh_token": tokens.refresh_token, "device_id": c.device_id})
        assert r.status_code == 403
        assert r.json()["error"] == "device_revoked"
        r = c.http.post(p.API_PREFIX + "/auth/login", json={
            "username": "pat", "password": PASSWORD, "device_id": c.device_id})
        assert r.status_code == 403
        assert r.json()["error"] == "device_revoked"


def test_disabled_user_and_password_reset(live_server: str, server_db: ServerDb,
                                          team_and_user: tuple[str, str]) -> None:
    with ApiClient(live_server, "pat") as c:
        c.login()
        with server_db.session() as s:
            admin.reset_password(s, server_db.settings, "pat", "a brand new password")
        assert c.post("/sync/pull", {"cursor": 0}).status_code == 401
        with pytest.raises(httpx.HTTPStatusError):
            c.login()
        c.password = "a brand new password"
        c.login()
        with server_db.session() as s:
            admin.set_active(s, "pat", False)
        assert c.post("/sync/pull", {"cursor": 0}).status_code == 401
        r = c.http.post(p.API_PREFIX + "/auth/login", json={
            "username": "pat", "password": c.password, "device_id": c.device_id})
        assert r.status_code == 401
        # The right password on a disabled account answers like a wrong one (issue 11).
        assert r.json()["error"] == "bad_credentials"


def test_malformed_bodies_are_4xx_json(live_server: str,
                                       team_and_user: tuple[str, str]) -> None:
    with ApiClient(live_server, "pat") as c:
        c.login()
        auth = {"Authorization": f"Bearer {c.token}", "Content-Type": "application/json"}
        for raw in (b"", b"{", b"[]", b"null", b'{"batch_id": 5}', b"\xff\xfe"):
            r = c.http.post(p.API_PREFIX + "/sync/push", content=raw, headers=auth)
            assert r.status_code == 422, (raw, r.text)
            assert r.json()["error"] == "invalid" and r.json()["message"]
        big = b'{"batch_id": "' + b"x" * (p.MAX_BODY_BYTES + 10) + b'"}'
        r = c.http.post(p.API_PREFIX + "/sync/push", content=big, headers=auth)
        assert r.status_code == 413
        assert r.json()["error"] == "too_large"

        def chunks() -> Iterator[bytes]:  # no Content-Length: sent chunked
            yield b'{"batch_id": "'
            for _ in range(p.MAX_BODY_BYTES // 65536 + 2):
                yield b"y" * 65536
            yield b'"}'

        r = c.http.post(p.API_PREFIX + "/sync/push", content=chunks(), headers=auth)
        assert r.status_code == 413
        assert r.json()["error"] == "too_large"
        r = c.http.get(p.API_PREFIX + "/sync/nowhere", headers=auth)
        assert r.status_code == 404 and r.json()["error"] == "not_found"


def test_repeated_wrong_passwords_lock_sign_in(live_server: str, server_db: ServerDb,
                                              team_and_user: tuple[str, str]) -> None:
    device = str(uuid.uuid4())
    with httpx.Client(base_url=live_server, headers=HEADERS, verify=tls_context()) as http:
        def attempt(password: str) -> httpx.Response:
            return http.post(p.API_PREFIX + "/auth/login", json={
                "username": "pat", "password": password, "device_id": device})

        assert attempt("wrong 1").json()["error"] == "bad_credentials"
        assert attempt(PASSWORD).status_code == 200  # a success resets the count
        for i in range(server_db.settings.max_failed_logins):
            assert attempt(f"wrong {i}").json()["error"] == "bad_credentials"
        locked = attempt(PASSWORD)
        assert locked.status_code == 401
        assert locked.json()["error"] == "account_locked"
        assert "minutes" in locked.json()["message"]
        with server_db.session() as s:
            admin.reset_password(s, server_db.settings, "pat", "an unlocked password")
        assert attempt("an unlocked password").status_code == 200
