"""Column values to and from the wire (JSON scalars), for every synced table.

Dates travel as ``YYYY-MM-DD``, datetimes as ISO-8601 UTC, enums as their value. The same
functions run on the laptop and on the server, so both sides agree on every value.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, Numeric, Table
from sqlalchemy.sql.schema import Column
from sqlalchemy.types import TypeDecorator

from yjdesk.models.base import Base, Synced
from yjdesk.models.types import TZDateTime

if TYPE_CHECKING:  # the wire models (pydantic) are not needed to open a store at start-up
    from yjdesk.wire.protocol import WireValue

#: Columns that are bookkeeping, not content: never sent as fields.
META_COLUMNS = frozenset({"rev", "server_seq", "updated_at", "updated_by"})


class CodecError(ValueError):
    """A wire value that does not fit its column."""


def references(table: Table) -> tuple[tuple[str, Table], ...]:
    """The columns of ``table`` naming another row by its id, each with that row's table --
    a column naming a row of ``table`` itself, or of a table that is not synced, included.
    (A pulled row waits for every row it names, :mod:`yjdesk.sync.pull`; a queued push
    only for a synced parent of another table, :mod:`yjdesk.sync.waiting`.)"""
    return tuple((fk.parent.name, fk.column.table) for fk in table.foreign_keys
                 if fk.parent.table is table and fk.column.name == "id")


def synced_tables() -> dict[str, Table]:
    """Every table whose class mixes in Synced, by name."""
    import yjdesk.models  # noqa: F401  (register all tables)

    # Keyed by the number of tables: ``registry.mappers`` builds a new set on every call
    # (0.2 ms, once a pushed row before this was cached).
    key = len(Base.metadata.tables)
    cached = _SYNCED.get(key)
    if cached is not None:
        return dict(cached)
    out: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced):
            table = mapper.local_table
            assert isinstance(table, Table)
            out[table.name] = table
    _SYNCED.clear()
    _SYNCED[key] = out
    return dict(out)


#: synced_tables() by the number of tables (recomputed when a model is added).
_SYNCED: dict[int, dict[str, Table]] = {}


@cache
def _content_columns(table: Table) -> tuple[Column[Any], ...]:
    return tuple(c for c in table.columns if c.name not in META_COLUMNS and c.name != "id")


def content_columns(table: Table) -> list[Column[Any]]:
    """The columns that travel as fields (everything but id and sync bookkeeping)."""
    return list(_content_columns(table))


@cache
def content_column_map(table: Table) -> Mapping[str, Column[Any]]:
    """:func:`content_columns` by name, built once a table (read-only): the push looked
    every pushed row's fields up in a dictionary it built again for each row, twice."""
    return MappingProxyType({c.name: c for c in _content_columns(table)})


#: Python types that are already wire values (``type(value) in ...``: exact types only).
_PLAIN = frozenset({str, int, float, bool})


def encode(column: Column[Any], value: Any) -> WireValue:
    if value is None or type(value) in _PLAIN:
        return value  # type: ignore[no-any-return]
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
    return decoder(column)(value)


Decoder = Callable[["WireValue"], Any]


def _kind(ctype: Any) -> str:
    """A column type's wire kind, in the order :func:`decoder` and :func:`same_decoded`
    both judge it by: a date-time (``TZDateTime`` or ``DateTime``), a date, true/false, a
    whole number, a number, an enumeration (itself a ``String``), else text."""
    if isinstance(ctype, TZDateTime | DateTime):
        return "datetime"
    if isinstance(ctype, Date):
        return "date"
    if isinstance(ctype, Boolean):
        return "bool"
    if isinstance(ctype, Integer):
        return "int"
    if isinstance(ctype, Float | Numeric):
        return "number"
    if isinstance(ctype, Enum):
        return "enum"
    return "text"


@cache
def decoder(column: Column[Any]) -> Decoder:
    """:func:`decode` for one column, with the column's type looked at once."""
    name = column.name
    nullable = bool(column.nullable)
    ctype = column.type
    kind = _kind(ctype)

    def empty() -> None:
        if not nullable:
            raise CodecError(f"{name} cannot be empty")

    if kind == "datetime":
        def decode_datetime(value: WireValue) -> Any:
            if value is None:
                return empty()
            if not isinstance(value, str):
                raise CodecError(f"{name} must be a date-time")
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError as exc:
                raise CodecError(f"{name}: {exc}") from exc
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
        return decode_datetime
    if kind == "date":
        def decode_date(value: WireValue) -> Any:
            if value is None:
                return empty()
            if not isinstance(value, str):
                raise CodecError(f"{name} must be a date")
            try:
                return dt.date.fromisoformat(value)
            except ValueError as exc:
                raise CodecError(f"{name}: {exc}") from exc
        return decode_date
    if kind == "bool":
        def decode_bool(value: WireValue) -> Any:
            if value is None:
                return empty()
            if not isinstance(value, bool):
                raise CodecError(f"{name} must be true or false")
            return value
        return decode_bool
    if kind == "int":
        def decode_int(value: WireValue) -> Any:
            if value is None:
                return empty()
            if isinstance(value, bool) or not isinstance(value, int):
                raise CodecError(f"{name} must be a whole number")
            return value
        return decode_int
    if kind == "number":
        def decode_number(value: WireValue) -> Any:
            if value is None:
                return empty()
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise CodecError(f"{name} must be a number")
            return value
        return decode_number
    if kind == "enum" and isinstance(ctype, Enum):  # (the check narrows its type)
        allowed = list(ctype.enums)
        enum_class = ctype.enum_class

        def decode_enum(value: WireValue) -> Any:
            if value is None:
                return empty()
            if value not in allowed:
                raise CodecError(f"{name} must be one of {', '.join(allowed)}")
            try:
                return enum_class(value) if enum_class is not None else value
            except ValueError as exc:
                raise CodecError(f"{name}: {exc}") from exc
        return decode_enum
    length = getattr(ctype, "length", None)

    def decode_text(value: WireValue) -> Any:
        if value is None:
            return empty()
        if not isinstance(value, str):
            raise CodecError(f"{name} must be text")
        if length is not None and len(value) > length:
            raise CodecError(f"{name} is longer than {length} characters")
        return value
    return decode_text


#: The Python type whose values :func:`decoder` gives back as they were encoded, by kind:
#: text, whole numbers and true/false as the very object, a date as an equal one. Not an
#: enumeration's (its member), a number's (an int for a float column) or a date-time's
#: (the moment in UTC).
_DECODES_TO_ITSELF: Mapping[str, type] = MappingProxyType(
    {"date": dt.date, "bool": bool, "int": int, "text": str})


@cache
def same_decoded(table: Table) -> Mapping[str, type]:
    """A table's content columns whose stored Python value of type ``T`` is what decoding
    its wire value gives, with ``T`` (a value of another type, or a type decorator's
    column other than a date-time, is left to the decoder)."""
    out: dict[str, type] = {}
    for column in _content_columns(table):
        if isinstance(column.type, TypeDecorator):
            continue
        kind = _DECODES_TO_ITSELF.get(_kind(column.type))
        if kind is not None:
            out[column.name] = kind
    return MappingProxyType(out)


@cache
def decoders(table: Table) -> Mapping[str, Decoder]:
    """:func:`decoder` of each of a table's content columns by name, built once a table
    (read-only): a push decodes every field of every pushed row, some twice, and looking
    the column's decoder up through :func:`decode` on each value cost about as much as
    the decoding."""
    return MappingProxyType({c.name: decoder(c) for c in _content_columns(table)})


def row_fields(obj: Any) -> dict[str, WireValue]:
    """All content fields of an ORM object, encoded."""
    table: Table = obj.__table__
    return {c.name: encode(c, getattr(obj, _attr_name(obj, c))) for c in content_columns(table)}


def _attr_name(obj: Any, column: Column[Any]) -> str:
    mapper = type(obj).__mapper__
    return str(mapper.get_property_by_column(column).key)
