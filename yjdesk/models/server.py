"""Server-only tables of the sync service (ARCHITECTURE.md section 3): never on a laptop.

* :class:`ServerCredential` -- the Argon2 password hash of a :class:`UserAccount` (the
  synced user record itself carries no credentials).
* :class:`ServerDevice` -- a laptop registered by a sign-in; revoking it makes the service
  refuse it and tell it to wipe.
* :class:`ServerToken` -- access and refresh tokens, stored as SHA-256 hashes only.
* :class:`ServerCounter` -- the single change-feed counter row, locked by every writer so
  ``server_seq`` is assigned in commit order.
* :class:`RowRevision` -- every accepted revision of every synced row (three-way merges
  diff a laptop's base revision against the current one).
* :class:`FeedEntry` -- one entry per synced row: its current feed position and what
  decides who may pull it.
* :class:`PushBatch` -- the stored result of each applied push, for idempotent replays.
* :class:`LoginThrottle` -- failed sign-ins per account name (known or not) and per client
  address, shared by every instance of the service (``yjdesk.server.throttle``).
* :class:`DeviceChild` -- which children each device holds, so a child leaving a user's
  scope is reported as revoked until the device acknowledges the purge.
* :class:`VictimRedaction` -- the log of victims' details redacted at the end of the
  retention period.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base
from yjdesk.models.types import TZDateTime, utcnow

_SERVER = {"side": "server"}


class ServerCredential(Base):
    __tablename__ = "server_credential"
    __table_args__ = {"info": _SERVER}

    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), default=utcnow,
                                                    nullable=False)


class ServerDevice(Base):
    __tablename__ = "server_device"
    __table_args__ = {"info": _SERVER}

    #: The id the laptop made for itself.
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False,
                                         index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    registered_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), default=utcnow,
                                                       nullable=False)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    revoked_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    #: The team and user rows this device was last sent ("all", "team:<id>" or "none"); a
    #: change (the user moved team or role) makes the new set's rows be sent again.
    org_scope: Mapped[str | None] = mapped_column(String(64))


class ServerToken(Base):
    __tablename__ = "server_token"
    __table_args__ = {"info": _SERVER}

    #: SHA-256 (hex) of the token; the token itself is never stored.
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: "access" or "refresh".
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False,
                                         index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("server_device.id"), nullable=False,
                                           index=True)
    expires_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)


class ServerCounter(Base):
    __tablename__ = "server_counter"
    __table_args__ = {"info": _SERVER}

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class RowRevision(Base):
    __tablename__ = "row_revision"
    __table_args__ = {"info": _SERVER}

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: JSON object: every content field of the row at this revision, as wire values.
    fields_json: Mapped[str] = mapped_column(Text, nullable=False)
    updated_by: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)
    server_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    #: The device that pushed it (None for service-side writes).
    device_id: Mapped[str | None] = mapped_column(String(36))


class FeedEntry(Base):
    __tablename__ = "feed_entry"
    __table_args__ = (
        Index("ix_feed_entry_child_id_server_seq", "child_id", "server_seq"),
        {"info": _SERVER},
    )

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, unique=True)
    #: "child" (follows child_id), "org" (team and user rows: follows team_id),
    #: "global" (everyone) or "none" (never pulled, e.g. the audit log).
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    child_id: Mapped[str | None] = mapped_column(String(36))
    team_id: Mapped[str | None] = mapped_column(String(36), index=True)
    #: Who inside the child's scope may see the row ("identity", "case", "panel",
    #: "victim": ``yjdesk.services.visibility.Audience``).
    audience: Mapped[str] = mapped_column(String(16), nullable=False, server_default="case")


class PushBatch(Base):
    __tablename__ = "push_batch"
    __table_args__ = {"info": _SERVER}

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    #: The PushResponse as first sent (JSON).
    result_json: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), default=utcnow,
                                                    nullable=False)


class DeviceChild(Base):
    __tablename__ = "device_child"
    __table_args__ = {"info": _SERVER}

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: True once the child left the user's scope (reported until acknowledged).
    revoked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    changed_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), default=utcnow,
                                                    nullable=False)


class AuditChainBreak(Base):
    """A pushed audit event the service refused because it did not continue its device's
    chain (or claimed another user, device or child): reported to administrators with
    ``yjdesk-server audit breaks``. One row per refused event (re-sends are not repeated).
    """

    __tablename__ = "audit_chain_break"
    __table_args__ = {"info": _SERVER}

    #: The device the access token named (the one that pushed the event).
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    #: The device_seq the event claimed, and the one the chain expected next.
    device_seq: Mapped[int | None] = mapped_column(BigInteger)
    expected_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    reason: Mapped[str] = mapped_column(String(300), nullable=False)
    reported_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), default=utcnow,
                                                     nullable=False)


class LoginThrottle(Base):
    """Failed sign-ins counted for one key: ``account:<name>`` or ``address:<ip>``.

    Names that match no account get a row too (a *shadow* counter), so an unknown name is
    locked out exactly like a known one and cannot be told apart by its answers.
    """

    __tablename__ = "login_throttle"
    __table_args__ = {"info": _SERVER}

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    #: Failures in the current run (accounts: in a row; addresses: in the window).
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    #: When the current counting window began (addresses: failures older are forgotten).
    window_start: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)
    #: Sign-in for this key is refused until then.
    locked_until: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False, index=True)


class VictimRedaction(Base):
    """The log of victims' details redacted at the end of the retention period
    (``yjdesk-server victims redact``)."""

    __tablename__ = "victim_redaction"
    __table_args__ = {"info": _SERVER}

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    victim_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    child_id: Mapped[str] = mapped_column(String(36), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)
    last_contact_date: Mapped[dt.date | None] = mapped_column(Date)
    retention_months: Mapped[int] = mapped_column(nullable=False)
    #: Who ran the command (operating-system user or the name given).
    by: Mapped[str] = mapped_column(String(120), nullable=False)
    fields: Mapped[str] = mapped_column(Text, nullable=False)
