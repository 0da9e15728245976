"""The push's form validation decodes the stored row's fields, or takes the stored Python
values where decoding gives them back (``server.registry._python`` with ``stored``): the
values the shared field rules see must be the same either way, for every synced table."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Boolean, Date, Enum, Float, Integer, Numeric, String

from yjdesk.models.types import TZDateTime
from yjdesk.server import registry
from yjdesk.server.feed import wire_row
from yjdesk.wire import codec
from yjdesk.wire.codec import content_columns, synced_tables


def _samples(column: Any) -> list[Any]:
    """Stored Python values a column can hold (None, ordinary, and values the codec
    refuses: too long, an empty non-nullable)."""
    ctype = column.type
    if isinstance(ctype, TZDateTime):
        return [None, dt.datetime(2026, 12, 7, 1, 2, 3, tzinfo=dt.UTC)]
    if isinstance(ctype, Enum):
        return [None, *(ctype.enum_class(v) if ctype.enum_class else v for v in ctype.enums)]
    if isinstance(ctype, Date):
        return [None, dt.date(2011, 2, 28)]
    if isinstance(ctype, Boolean):
        return [None, True, False]
    if isinstance(ctype, Integer):
        return [None, 0, 37]
    if isinstance(ctype, Float | Numeric):
        return [None, 1.5]
    if isinstance(ctype, String):
        length = ctype.length or 10
        return [None, "", "Smith", "x" * (length + 1)]
    return [None]


def _python_values(table: Any, stored: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    wire = wire_row(table, stored)
    return registry._python(table, wire), registry._python(table, wire, None, stored)


def test_stored_values_give_what_decoding_gives_on_every_synced_table() -> None:
    taken = 0
    for table in synced_tables().values():
        columns = content_columns(table)
        samples = {c.name: _samples(c) for c in columns}
        for k in range(max(len(v) for v in samples.values())):
            stored = {name: values[k % len(values)] for name, values in samples.items()}
            decoded, reused = _python_values(table, stored)
            assert reused == decoded, table.name
            assert [type(v) for v in reused.values()] == [type(v) for v in decoded.values()]
            taken += sum(1 for name in codec.same_decoded(table) if name in stored)
    assert taken > 0


def test_enums_and_date_times_are_decoded_not_taken_from_the_stored_row() -> None:
    child = synced_tables()["child"]
    kept = codec.same_decoded(child)
    assert "date_of_birth" in kept and "ete_hours" in kept and "given_name" in kept
    enum_column = next(c for c in content_columns(child) if isinstance(c.type, Enum))
    assert enum_column.name not in kept
    member = next(iter(enum_column.type.enum_class))  # type: ignore[attr-defined]
    assert isinstance(member, enum.Enum)
    # a stored value of another type than decoding gives (here the enum's plain text) is
    # never what the rules see: the wire value is decoded
    stored = {c.name: None for c in content_columns(child)}
    wire = wire_row(child, {**stored, enum_column.name: member})
    got = registry._python(child, wire, None, {**stored, enum_column.name: member.value})
    assert got[enum_column.name] is member
    # a value not of the column's type in the stored row is decoded from the wire too
    got = registry._python(child, {**wire, "date_of_birth": "2011-02-28"}, None,
                           {**stored, "date_of_birth": dt.datetime(2011, 2, 28, 0, 0)})
    assert got["date_of_birth"] == dt.date(2011, 2, 28)
    assert type(got["date_of_birth"]) is dt.date
