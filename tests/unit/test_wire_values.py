"""A pulled or pushed field keeps the JSON kind it came as, and only JSON scalars pass."""

from __future__ import annotations

import json
import uuid

import pytest
from pydantic import ValidationError

from yjdesk.wire.protocol import PullResponse, PushRequest, RowState


def _field(text: str) -> object:
    page = PullResponse.model_validate_json(
        '{"rows": [{"table": "child", "id": "c1", "rev": 1, "server_seq": 1, '
        f'"child_id": "c1", "deleted": false, "fields": {{"a": {text}}}}}], '
        '"next_cursor": 1, "more": false}')
    return page.rows[0].fields["a"]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("true", bool, True), ("false", bool, False), ("0", int, 0), ("1", int, 1),
    ("1.0", float, 1.0), ("-0.0", float, -0.0), ("2.5e3", float, 2500.0),
    ("12345678901234567890", int, 12345678901234567890), ('"1"', str, "1"),
    ('"true"', str, "true"), ("null", type(None), None)])
def test_a_json_scalar_keeps_its_kind(text: str, kind: type, value: object) -> None:
    got = _field(text)
    assert type(got) is kind
    assert got == value


@pytest.mark.parametrize("text", ["[1]", "{}", '{"b": 1}'])
def test_anything_but_a_scalar_is_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        _field(text)


@pytest.mark.parametrize("value", [True, 0, 7, 1.5, "x", None])
def test_python_values_keep_their_kind(value: object) -> None:
    row = RowState(table="child", id="c1", rev=1, server_seq=1, child_id="c1",
                   deleted=False, fields={"a": value})  # type: ignore[dict-item]
    assert type(row.fields["a"]) is type(value)
    assert row.fields["a"] == value
    # and the same through a push's JSON and back
    push = PushRequest.model_validate_json(json.dumps({
        "batch_id": str(uuid.uuid4()), "changes": [{
            "table": "child", "id": str(uuid.uuid4()), "base_rev": 0,
            "fields": {"a": value}}]}))
    assert type(push.changes[0].fields["a"]) is type(value)
