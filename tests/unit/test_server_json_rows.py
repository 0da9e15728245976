"""``row_writes.json_rows``: the rows a statement reads with ``json_to_recordset``, written
by pydantic's JSON writer, are the text ``json.dumps`` wrote for them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from yjdesk.server.row_writes import json_rows

AWKWARD: list[Any] = [
    "Siân O'Neil \"Nan\" \\ 100%", "line one\nline two\t\u2603", "\x00\x1f\x7f", "",
    "emoji \U0001f600", "</script>", 0, -1, 2**62, -1 - 2**62, 2**70, True, False, None,
    1.5, 1e16, "2026-12-07T06:00:00.123456", "2026-03-29",
]


def test_rows_are_the_text_json_dumps_writes() -> None:
    rows = [{"t": "child", "v": value, "n": i} for i, value in enumerate(AWKWARD)]
    expected = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    assert json_rows(rows) == expected
    assert json.loads(json_rows(rows)) == rows
    assert json_rows([]) == "[]"


def test_text_that_cannot_be_utf8_is_a_value_error() -> None:
    """The row writer's callers catch ValueError and send the rows as single INSERTs,
    whose driver judges the value as it always has."""
    with pytest.raises(ValueError):
        json_rows([{"t": "\ud800"}])
