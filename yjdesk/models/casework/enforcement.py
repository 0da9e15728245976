"""Compliance and enforcement: non-compliance, warnings, compliance panel, breach."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced


class ComplianceRecord(ChildOwned, Synced, Base):
    """One episode of non-compliance and what was done about it.

    An unacceptable absence recorded on a contact creates one with the decision pending
    (``enforcement_needed`` None). Whenever enforcement was needed but not taken
    (``action`` "none"), ``reason_not_taken`` is required.
    """

    __tablename__ = "compliance_record"

    event_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    #: "unacceptable_absence" or "other_non_compliance" (code list "non_compliance").
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    detail: Mapped[str | None] = mapped_column(Text)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    disposal_id: Mapped[str | None] = mapped_column(ForeignKey("disposal.id"), index=True)
    enforcement_needed: Mapped[bool | None] = mapped_column(Boolean)
    action: Mapped[str | None] = mapped_column(String(32))  # code list "compliance_action"
    reason_not_taken: Mapped[str | None] = mapped_column(Text)
    alternatives_tried: Mapped[str | None] = mapped_column(Text)
    panel_date: Mapped[dt.date | None] = mapped_column(Date)
    panel_outcome: Mapped[str | None] = mapped_column(Text)
    breach_date: Mapped[dt.date | None] = mapped_column(Date)
    breach_outcome: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
