"""Laptop-only sync bookkeeping (ARCHITECTURE.md section 3): never synced.

* :class:`SyncPending` -- rows changed on this laptop since the server last accepted them.
* :class:`SyncShadow` -- the last server-accepted version of a pending row (for the
  three-way merge). A row with no pending edit is its own shadow, so shadows exist only for
  pending rows (copied from the row's committed state when it is first edited).
* :class:`SyncConflict` -- a field both sides changed; kept until a person resolves it.
* :class:`SyncBatch` -- a push written down before it is sent, so a crash between "the
  server committed" and "the laptop heard" resends the same ``batch_id``.
* :class:`SyncParked` -- a pulled row whose parent row has not arrived yet.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base
from yjdesk.models.types import TZDateTime, utcnow

_CLIENT = {"side": "client"}


class SyncPending(Base):
    __tablename__ = "sync_pending"
    __table_args__ = (Index("ix_sync_pending_child_id", "child_id"), {"info": _CLIENT})

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_id: Mapped[str | None] = mapped_column(String(36))
    queued_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), default=utcnow, nullable=False)
    #: Changes on every local edit: a push result clears the entry only if it still matches.
    edit_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    #: Set when the server refused the change; cleared by the next local edit of the row.
    failed_reason: Mapped[str | None] = mapped_column(Text)
    failed_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    #: Refusals in a row (issue 18): the back-off before the next automatic retry grows.
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0,
                                          server_default="0")
    #: When a refused row is sent again by itself (None: with its parent, once the parent
    #: is on the server; see :mod:`yjdesk.sync.waiting`).
    retry_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())


class SyncShadow(Base):
    __tablename__ = "sync_shadow"
    __table_args__ = {"info": _CLIENT}

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer, nullable=False)
    #: JSON object: field name -> wire value, as the server last accepted it.
    fields_json: Mapped[str] = mapped_column(Text, nullable=False)


class SyncConflict(Base):
    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_row", "table_name", "row_id"), {"info": _CLIENT})

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    child_id: Mapped[str | None] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    #: JSON wire values: this laptop's value and the server's.
    mine: Mapped[str] = mapped_column(Text, nullable=False)
    theirs: Mapped[str] = mapped_column(Text, nullable=False)
    their_author: Mapped[str | None] = mapped_column(String(120))
    their_time: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), default=utcnow,
                                                    nullable=False)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    #: "mine", "theirs" or "merged".
    resolution: Mapped[str | None] = mapped_column(String(16))


class SyncBatch(Base):
    __tablename__ = "sync_batch"
    __table_args__ = {"info": _CLIENT}

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), default=utcnow,
                                                    nullable=False)
    #: The exact PushRequest body, resent unchanged after a crash.
    body_json: Mapped[str] = mapped_column(Text, nullable=False)
    #: JSON object "table/row_id" -> edit_seq at the time the batch was made.
    marks_json: Mapped[str] = mapped_column(Text, nullable=False)


class SyncParked(Base):
    __tablename__ = "sync_parked"
    __table_args__ = {"info": _CLIENT}

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    #: The RowState as received (JSON).
    state_json: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
