"""The append-only audit log (ARCHITECTURE.md section 5).

Each device keeps a hash chain: every event stores the hash of the one before it on the
same device, so removing or altering a stored row is detectable. Rows are pushed to the
server, where the service's database role may only insert into the table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, Synced


class AuditEvent(Synced, Base):
    __tablename__ = "audit_event"
    __table_args__ = (UniqueConstraint("device_id", "device_seq"),)

    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    #: 1, 2, 3 ... per device: the chain's order.
    device_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[dt.datetime] = mapped_column(nullable=False)
    user_id: Mapped[str | None] = mapped_column(String(36), index=True)
    #: "view", "create", "update", "delete", "sign_in", "export", ...
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    child_id: Mapped[str | None] = mapped_column(String(36), index=True)
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    #: JSON: the fields changed (names only for views), or other context.
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
