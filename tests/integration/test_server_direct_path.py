"""Push and pull answered straight from the ASGI scope (``server.app.App``) answer exactly
as through FastAPI's middlewares and routes: the same status, headers and body for good
requests and for every kind of refusal (protocol, body limit, malformed bodies, tokens)."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import httpx

from tests.integration.serverkit import PASSWORD, ServerDb
from yjdesk.models.org import Role
from yjdesk.server import app as service_app
from yjdesk.server.app import create_app
from yjdesk.wire import protocol as p

PROTOCOL = {p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)}


def _requests(token: str, child: str) -> list[tuple[str, dict[str, str], bytes]]:
    """(path, headers, body) of each request sent both ways."""
    auth = {**PROTOCOL, "Authorization": f"Bearer {token}",
            "Content-Type": "application/json"}
    push, pull = p.API_PREFIX + "/sync/push", p.API_PREFIX + "/sync/pull"

    def batch(fields: dict[str, Any]) -> bytes:
        return json.dumps({"batch_id": str(uuid.uuid4()), "changes": [
            {"table": "child", "id": child, "base_rev": 1, "fields": fields}]}).encode()
    edit = batch({"ete_hours": 7})
    out = [(pull, auth, b'{"cursor": 0, "limit": 500}'),
           (push, auth, edit),
           (push, auth, edit),  # the same batch again: answered from the stored answer
           (pull, auth, b'{"cursor": 0}'),
           (push, {**auth, "Content-Type": "application/merge-patch+json"}, edit),
           (pull, {**auth, "Content-Type": "text/plain"}, b'{"cursor": 0}'),
           (pull, {**auth, "Authorization": "Bearer nonsense"}, b'{"cursor": 0}'),
           (pull, {**auth, "Authorization": "Basic x"}, b'{"cursor": 0}'),
           (pull, {k: v for k, v in auth.items() if k != "Authorization"}, b'{"cursor": 0}'),
           (pull, {k: v for k, v in auth.items() if k != p.PROTOCOL_HEADER}, b'{"cursor": 0}'),
           (pull, {**auth, p.PROTOCOL_HEADER: "x"}, b'{"cursor": 0}'),
           (pull, {**auth, p.PROTOCOL_HEADER: str(p.PROTOCOL_MIN - 1)}, b'{"cursor": 0}'),
           (pull, auth, b'{"cursor": -1}'),
           (pull, auth, b'{"cursor": 99999999}'),  # a cursor never given: 409
           (push, {**auth, "Content-Length": "99999999999"}, b"{}"),
           (push, {**auth, "Content-Length": "ten"}, b"{}"),
           (push, auth, b'{"batch_id": "' + b"x" * (p.MAX_BODY_BYTES + 10) + b'"}'),
           (push, auth, batch({"given_name": "\ud800"})),  # a lone surrogate
           (push, auth, batch({"ete_hours": 1e999}))]
    out += [(path, auth, raw) for path in (push, pull)
            for raw in (b"", b"{", b"[]", b"null", b'{"batch_id": 5}', b"\xff\xfe",
                        b"[" * 100_000, b'{"cursor": 1e999}')]
    return out


Answer = tuple[int, dict[str, str], Any]


def test_push_and_pull_answer_alike_directly_and_through_the_framework(
        server_db: ServerDb) -> None:
    team = server_db.add_team("North Team", "NORTH")
    user = server_db.add_user("pat", Role.PRACTITIONER, team)
    child = server_db.add_child(team, user)
    direct, framework = create_app(server_db.settings), create_app(server_db.settings)
    framework.direct = False
    taken: list[str] = []
    hot = direct._hot

    async def spy(route: Any, scope: Any, receive: Any, send: Any) -> None:
        taken.append(scope["path"])
        await hot(route, scope, receive, send)
    direct._hot = spy  # type: ignore[method-assign,assignment]
    framework._hot = spy  # type: ignore[method-assign,assignment]

    async def go() -> list[tuple[Answer, Answer]]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=direct),
                                     base_url="http://test") as d, \
                httpx.AsyncClient(transport=httpx.ASGITransport(app=framework),
                                  base_url="http://test") as f:
            r = await f.post(p.API_PREFIX + "/auth/login", headers=PROTOCOL, json={
                "username": "pat", "password": PASSWORD, "device_id": str(uuid.uuid4())})
            assert r.status_code == 200, r.text
            pairs = []
            # each request to one app, then the same to the other (the same database,
            # token and device: a push applied by the first is answered again, from the
            # stored answer, by the second), first one way round, then the other
            for n, (path, headers, body) in enumerate(_requests(r.json()["access_token"],
                                                                child)):
                first, second = (d, f) if n % 2 == 0 else (f, d)
                one = await first.post(path, headers=headers, content=body)
                two = await second.post(path, headers=headers, content=body)
                a, b = (one, two) if n % 2 == 0 else (two, one)
                pairs.append(((a.status_code, dict(a.headers), a.json()),
                              (b.status_code, dict(b.headers), b.json())))
            # other methods on the hot paths go the framework's way: 405
            for http in (d, f):
                r = await http.get(p.API_PREFIX + "/sync/pull", headers=PROTOCOL)
                assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"
            return pairs
    try:
        pairs = asyncio.run(go())
    finally:
        for app in (direct, framework):
            app.service.threads.shutdown(wait=True)
            app.service.engine.dispose()
    for answer_direct, answer_framework in pairs:
        assert _same(answer_direct) == _same(answer_framework)
    # every push and pull went the direct way on the one app, none on the other
    assert len(taken) == len(pairs)
    statuses = [d[0] for d, _f in pairs]
    assert statuses[:4] == [200, 200, 200, 200], pairs[:4]
    assert {400, 401, 409, 413, 422, 426} <= set(statuses), statuses
    headers = pairs[0][0][1]
    assert headers[p.PROTOCOL_HEADER.lower()] == str(p.PROTOCOL_VERSION)
    assert headers["cache-control"] == "no-store"
    assert pairs[0][0][2]["rows"], "the first pull sent the child"


def _same(answer: Answer) -> Answer:
    """An answer without what a push's second sending changes: ``replayed`` (and so the
    length of the body)."""
    status, headers, body = answer
    if isinstance(body, dict) and "replayed" in body:
        body = {k: v for k, v in body.items() if k != "replayed"}
        headers = {k: v for k, v in headers.items() if k != "content-length"}
    return status, headers, body


def test_the_error_answers_are_written_once() -> None:
    """The exception handlers and the direct path answer from the same table."""
    app = service_app.FastAPI()
    service_app._install_error_handlers(app)
    assert set(service_app._ANSWERS) <= set(app.exception_handlers)


def test_push_and_pull_give_way_to_fastapi_telemetry(server_db: ServerDb) -> None:
    """While FastAPI's telemetry is on, push and pull go the framework's way, so they are
    traced as every other request. The check reads FastAPI's own (private) telemetry
    object: a FastAPI that renames it must fail here, not quietly stop tracing them."""
    app = create_app(server_db.settings)
    try:
        telemetry = app._native_telemetry
        assert callable(telemetry.enabled)
        assert not app._telemetry_on()
        telemetry.enabled = lambda: True  # type: ignore[method-assign]
        assert not app._telemetry_on(), "checked once a second, not per request"
        app._traced_until = 0.0
        assert app._telemetry_on()
    finally:
        app.service.threads.shutdown(wait=True)
        app.service.engine.dispose()
