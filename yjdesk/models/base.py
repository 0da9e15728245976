"""The declarative base and the sync columns every synced table carries.

See ARCHITECTURE.md section 3. Every synced table mixes in :class:`Synced` (and
:class:`ChildOwned` where the row belongs to a child, so the server can scope it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from yjdesk.models.types import TZDateTime, new_id, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every ORM class, client and server.

    A table held by one side only says so in its table info: ``__table_args__ =
    {"info": {"side": "client"}}`` (laptop bookkeeping such as shadows and drafts) or
    ``"server"`` (credentials, the change feed). Tables without it are on both sides.
    """

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: TZDateTime(),
        str: String(200),
    }

    def __repr__(self) -> str:
        ident = getattr(self, "id", None)
        return f"<{type(self).__name__} {ident}>"


def not_deleted(entity: Any) -> ColumnElement[bool]:
    """The filter for live rows (not tombstones) of a synced model, an alias of one, or a
    table's columns (``table.c``): ``select(Child).where(not_deleted(Child))``."""
    clause: ColumnElement[bool] = entity.deleted.is_(False)
    return clause


class Synced:
    """The sync columns of ARCHITECTURE.md section 3.

    ``rev`` is the server revision of the row (0 = never accepted by the server);
    ``server_seq`` its position in the central change feed; ``deleted`` a tombstone.
    """

    __synced__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    rev: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    server_seq: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(
        TZDateTime(), default=utcnow, onupdate=utcnow, nullable=False
    )
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class ChildOwned:
    """Rows that belong to a child; ``child_id`` decides who may hold them."""

    @declared_attr
    def child_id(cls) -> Mapped[str]:
        return mapped_column(
            String(36), ForeignKey("child.id", ondelete="CASCADE"), nullable=False, index=True
        )


#: Column names sync owns; services never set them from user input.
SYNC_COLUMNS = frozenset({"id", "rev", "server_seq", "updated_at", "updated_by", "deleted"})


_SORTED: dict[int, tuple[Table, ...]] = {}


def sorted_tables() -> tuple[Table, ...]:
    """``Base.metadata.sorted_tables``, parents before children, worked out once per number
    of tables (a topological sort of every table: 3 ms, which the service's push and the
    laptop's pull pages paid on every call)."""
    key = len(Base.metadata.tables)
    found = _SORTED.get(key)
    if found is None:
        found = _SORTED[key] = tuple(Base.metadata.sorted_tables)
    return found
