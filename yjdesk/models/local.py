"""Laptop-only bookkeeping (never synced)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base


class LocalMeta(Base):
    """Key/value facts about this store: device id, signed-in user, sync cursor, ..."""

    __tablename__ = "local_meta"
    __table_args__ = {"info": {"side": "client"}}

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
