"""Column values to and from the wire (JSON scalars), for every synced table.

Dates travel as ``YYYY-MM-DD``, datetimes as ISO-8601 UTC, enums as their value. The same
functions run on the laptop and on the server, so both sides agree on every value.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, Numeric, Table
from sqlalchemy.sql.schema import Column

from yjdesk.models.base import Base, Synced
from yjdesk.models.types import TZDateTime
from yjdesk.wire.protocol import WireValue

#: Columns that are bookkeeping, not content: never sent as fields.
META_COLUMNS = frozenset({"rev", "server_seq", "updated_at", "updated_by"})


class CodecError(ValueError):
    """A wire value that does not fit its column."""


def synced_tables() -> dict[str, Table]:
    """Every table whose class mixes in Synced, by name."""
    import yjdesk.models  # noqa: F401  (register all tables)

    out: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced):
            table = mapper.local_table
            assert isinstance(table, Table)
            out[table.name] = table
    return out


def content_columns(table: Table) -> list[Column[Any]]:
    """The columns that travel as fields (everything but id and sync bookkeeping)."""
    return [c for c in table.columns if c.name not in META_COLUMNS and c.name != "id"]


def encode(column: Column[Any], value: Any) -> WireValue:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        member: WireValue = value.value
        return member
    if isinstance(value, dt.datetime):
        moment: dt.datetime = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return moment.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool | int | float | str):
        return value
    raise CodecError(f"{column.name}: cannot send a {type(value).__name__}")


def decode(column: Column[Any], value: WireValue) -> Any:
    """The Python value for ``column`` from a wire value; :class:`CodecError` if it does not fit."""
    if value is None:
        if not column.nullable:
            raise CodecError(f"{column.name} cannot be empty")
        return None
    ctype = column.type
    try:
        if isinstance(ctype, TZDateTime | DateTime):
            if not isinstance(value, str):
                raise CodecError(f"{column.name} must be a date-time")
            parsed = dt.datetime.fromisoformat(value)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
        if isinstance(ctype, Date):
            if not isinstance(value, str):
                raise CodecError(f"{column.name} must be a date")
            return dt.date.fromisoformat(value)
        if isinstance(ctype, Boolean):
            if not isinstance(value, bool):
                raise CodecError(f"{column.name} must be true or false")
            return value
        if isinstance(ctype, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise CodecError(f"{column.name} must be a whole number")
            return value
        if isinstance(ctype, Float | Numeric):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise CodecError(f"{column.name} must be a number")
            return value
        if isinstance(ctype, Enum):
            allowed = list(ctype.enums)
            if value not in allowed:
                raise CodecError(f"{column.name} must be one of {', '.join(allowed)}")
            enum_class = ctype.enum_class
            return enum_class(value) if enum_class is not None else value
        if not isinstance(value, str):
            raise CodecError(f"{column.name} must be text")
        length = getattr(ctype, "length", None)
        if length is not None and len(value) > length:
            raise CodecError(f"{column.name} is longer than {length} characters")
        return value
    except ValueError as exc:
        if isinstance(exc, CodecError):
            raise
        raise CodecError(f"{column.name}: {exc}") from exc


def row_fields(obj: Any) -> dict[str, WireValue]:
    """All content fields of an ORM object, encoded."""
    table: Table = obj.__table__
    return {c.name: encode(c, getattr(obj, _attr_name(obj, c))) for c in content_columns(table)}


def _attr_name(obj: Any, column: Column[Any]) -> str:
    mapper = type(obj).__mapper__
    return str(mapper.get_property_by_column(column).key)
