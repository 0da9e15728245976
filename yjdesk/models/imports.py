"""Server-only bookkeeping of imports from the system being replaced (issue 15).

``import_key`` maps each record of the old system (its file and its own id) to the row it
became, with a digest of what was imported, so a second run of the same bundle changes
nothing and a corrected bundle updates only what changed. ``import_run`` records each run.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base
from yjdesk.models.types import TZDateTime


class ImportKey(Base):
    __tablename__ = "import_key"
    __table_args__ = (PrimaryKeyConstraint("source", "entity", "legacy_id"),
                      {"info": {"side": "server"}})

    #: The old system's name as the bundle gives it ("childview-blackpool").
    source: Mapped[str] = mapped_column(String(64))
    #: The bundle file the record came from ("children", "offences", ...).
    entity: Mapped[str] = mapped_column(String(32))
    legacy_id: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    #: SHA-256 of the row's imported values (unchanged digest: nothing to do).
    digest: Mapped[str] = mapped_column(String(64), nullable=False)
    run_id: Mapped[str] = mapped_column(String(36), nullable=False)


class ImportRun(Base):
    __tablename__ = "import_run"
    __table_args__ = {"info": {"side": "server"}}

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    source: Mapped[str] = mapped_column(String(64), nullable=False)
    bundle_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    started_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)
    finished_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    #: Who ran it (the operator named on the command line or the signed-in user).
    run_by: Mapped[str] = mapped_column(String(120), nullable=False)
    #: JSON: created / updated / unchanged per file.
    counts_json: Mapped[str] = mapped_column(Text, nullable=False)
