"""Reusable column types (after Warehouse's ``utils/db/types.py``)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from sqlalchemy import DateTime, Dialect, String, TypeDecorator
from sqlalchemy.orm import mapped_column


def new_id() -> str:
    """A new row id, made on the device that creates the row."""
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class TZDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime on every backend.

    SQLite has no time zones: values are stored as naive UTC and come back aware. A naive
    value given to the database is refused (it would be ambiguous).
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - defensive, SQLite returns datetimes
            value = dt.datetime.fromisoformat(value)
        result: dt.datetime = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
        return result


uuid_pk = Annotated[str, mapped_column(String(36), primary_key=True, default=new_id)]
uuid_fk = Annotated[str, mapped_column(String(36))]
utc_now = Annotated[dt.datetime, mapped_column(TZDateTime(), default=utcnow)]
code = Annotated[str, mapped_column(String(64))]
short_text = Annotated[str, mapped_column(String(200))]
