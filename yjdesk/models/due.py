"""Laptop-only, derived due-item tables (never synced; rebuilt from the records at any time).

:class:`DueFactRow` keeps every child's due facts (:class:`yjdesk.services.due.DueFact`:
the date something falls due, how near is "soon", and the days it shows), as the rules in
:data:`yjdesk.services.due.SOURCES` state them, so the caseload reads each child's most
urgent item with one query instead of running every rule over every child. Nothing stored
depends on today's date. Every transaction that writes a record a rule reads puts the
record's child into :class:`DueDirty` (a session hook); the children there are worked out
again before the stored facts are read (see :mod:`yjdesk.services.due_store`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base

CLIENT = {"info": {"side": "client"}}


class DueFactRow(Base):
    __tablename__ = "due_fact"
    __table_args__ = CLIENT

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    child_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    #: the rule's name in :data:`yjdesk.services.due.SOURCES`
    source: Mapped[str] = mapped_column(String(24), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    label: Mapped[str] = mapped_column(Text, nullable=False)
    due: Mapped[dt.date] = mapped_column(Date, nullable=False)
    soon: Mapped[str] = mapped_column(String(8), nullable=False)
    shown_from: Mapped[dt.date | None] = mapped_column(Date)
    shown_until: Mapped[dt.date | None] = mapped_column(Date)


class DueDirty(Base):
    """Children whose stored due facts are out of date (filled by a session hook)."""

    __tablename__ = "due_dirty"
    __table_args__ = CLIENT

    child_id: Mapped[str] = mapped_column(String(36), primary_key=True)
