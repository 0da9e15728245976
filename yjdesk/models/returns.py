"""The YJB quarterly returns the service has produced (issue 15).

Each return is kept: what was sent (its data-item file, the records per part, a digest per
child), when and by whom, and the SHA-256 of the zip. A resubmission for the same quarter
names the return it replaces and what changed since. Rows are written once and never
changed (sync rule); they belong to the service, not to a child.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, Synced
from yjdesk.models.types import TZDateTime


class DataReturn(Synced, Base):
    __tablename__ = "data_return"

    quarter_start: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    quarter_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    #: The data-item file it followed ("cld-2025-26 v1").
    specification: Mapped[str] = mapped_column(String(80), nullable=False)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    produced_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)
    produced_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    children: Mapped[int] = mapped_column(Integer, nullable=False)
    #: JSON: records written and left out (would be rejected) per part.
    records_json: Mapped[str] = mapped_column(Text, nullable=False)
    rejected: Mapped[int] = mapped_column(Integer, nullable=False)
    incomplete: Mapped[int] = mapped_column(Integer, nullable=False)
    #: The earlier return for the same quarter that this one replaces.
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("data_return.id"))
    #: JSON: children added, removed and changed since the return it replaces.
    changes_json: Mapped[str | None] = mapped_column(Text)
    #: zlib-compressed, base64 JSON {case number: digest} of what the return said.
    manifest: Mapped[str] = mapped_column(Text, nullable=False)
