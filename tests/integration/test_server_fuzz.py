"""Fuzz the push endpoint with generated payloads, over real HTTP.

Every response must be 2xx or 4xx (never 5xx) with a JSON error body for 4xx, and a
request whose rows were all refused must leave the database exactly as it was.
"""

from __future__ import annotations

import json
import string
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.serverkit import ApiClient, ServerDb, World
from yjdesk.wire import protocol as p
from yjdesk.wire.codec import content_columns, synced_tables

TABLES = sorted(synced_tables())
FIELD_NAMES = sorted({c.name for t in synced_tables().values() for c in content_columns(t)})

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), st.text(alphabet="\x00\ud800abc", max_size=5),
    st.sampled_from(["2026-13-45", "2026-01-01", "2026-01-01T25:00:00", "yes", "NaN"]),
)
json_values = st.recursive(scalars, lambda kids: st.one_of(
    st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=10), kids, max_size=4)),
    max_leaves=12)


def ids(world_ids: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(world_ids), st.uuids().map(str),
                     st.text(alphabet=string.printable + "\x00é", min_size=36, max_size=36),
                     st.text(max_size=40))


def row_changes(world_ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({
        "table": st.one_of(st.sampled_from(TABLES), st.text(max_size=70)),
        "id": ids(world_ids),
        "base_rev": st.one_of(st.integers(min_value=-2, max_value=5), st.integers()),
        "fields": st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=8)),
                                  json_values, max_size=6),
    }, optional={"deleted": st.one_of(st.booleans(), json_values),
                 "extra": json_values})


def bodies(world_ids: list[str]) -> st.SearchStrategy[Any]:
    return st.one_of(
        json_values,
        st.fixed_dictionaries({
            "batch_id": st.one_of(st.uuids().map(str), st.text(max_size=40)),
            "changes": st.lists(row_changes(world_ids), max_size=4),
        }),
        st.fixed_dictionaries({"batch_id": st.uuids().map(str),
                               "changes": st.lists(row_changes(world_ids), min_size=1,
                                                   max_size=3)}),
    )


@pytest.fixture
def laptop(live_server: str, world: World) -> Iterator[ApiClient]:
    c = ApiClient(live_server, "pat")
    c.login()
    yield c
    c.close()


def _check(laptop: ApiClient, server_db: ServerDb, raw: bytes) -> None:
    before = server_db.snapshot()
    r = laptop.http.post(p.API_PREFIX + "/sync/push", content=raw, headers={
        "Authorization": f"Bearer {laptop.token}", "Content-Type": "application/json"})
    assert r.status_code < 500, (raw[:300], r.status_code, r.text[:300])
    body = r.json()
    if r.status_code >= 400:
        assert set(body) == {"error", "message"} and body["message"], body
        assert server_db.snapshot() == before
        return
    assert r.status_code == 200
    result = p.PushResponse.model_validate(body)
    if all(row.status == "rejected" for row in result.results):
        assert server_db.snapshot() == before


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(data=st.data())
def test_push_never_5xx_and_bad_input_changes_nothing(
        data: st.DataObject, laptop: ApiClient, server_db: ServerDb, world: World) -> None:
    world_ids = [world.north_child, world.south_child, world.pat, world.north]
    body = data.draw(bodies(world_ids))
    raw = json.dumps(body, allow_nan=True).encode("utf-8", "surrogatepass")
    _check(laptop, server_db, raw)


@pytest.mark.parametrize("raw", [
    b'{"batch_id": "' + b"a" * 36 + b'", "changes": [{"table": "child", "id": "'
    + b"b" * 36 + b'", "base_rev": 1e400, "fields": {}}]}',
    b'{"batch_id": "\\ud800' + b"a" * 35 + b'", "changes": []}',
    b'{"batch_id": "\\u0000' + b"a" * 35 + b'", "changes": []}',
    b'{"batch_id": "' + b"a" * 36 + b'", "changes": [' + b"{}," * 600 + b"{}]}",
    b'{"batch_id": "' + b"a" * 36 + b'", "changes": [], "changes": 5}',
    b'\xef\xbb\xbf{}',
    b"[" * 5000 + b"]" * 5000,
])
def test_hand_made_bad_bodies(laptop: ApiClient, server_db: ServerDb, raw: bytes) -> None:
    _check(laptop, server_db, raw)


def test_bad_pull_and_ack_bodies(laptop: ApiClient) -> None:
    for path, body in (("/sync/pull", {"cursor": 2 ** 80}),
                       ("/sync/pull", {"cursor": -1}),
                       ("/sync/pull", {"cursor": 0, "limit": 10 ** 6}),
                       ("/sync/ack-revoke", {"child_ids": ["\x00" * 36, "é" * 36, 5]}),
                       ("/sync/ack-revoke", {"child_ids": ["\x00" * 36, str(uuid.uuid4())]})):
        r = laptop.post(path, body)
        assert r.status_code < 500, (path, body, r.text)
