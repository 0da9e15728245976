"""ACORNS contact records, their amendments, links to plan targets, safeguarding items."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.statuses import ContactStatus, SafeguardingStatus
from yjdesk.models.types import TZDateTime

#: The ACORNS text fields in their order on the form (Aim ... Safeguarding).
ACORNS_FIELDS = ("aim", "content", "outcome", "risk", "next_steps", "safeguarding")


class Contact(ChildOwned, Synced, Base):
    """One contact with (or attempt to see) the child, written up as an ACORNS record.

    ``status`` is "draft" while being written (autosaved, nothing required yet) and "final"
    once finalised. A final record is editable by its author for the policy window
    (``contacts.author_edit_window_hours``) after ``finalised_at``; after that a change is
    an amendment with a reason, the original text kept in :class:`ContactAmendment`.
    """

    __tablename__ = "contact"
    #: The due-work queries (last contact, last seen) read this index alone (migration 0012).
    __table_args__ = (Index("ix_contact_due", "status", "deleted", "child_id", "contact_at",
                            "attendance", "contact_type"),)

    status: Mapped[str] = mapped_column(String(8), default=ContactStatus.DRAFT, nullable=False,
                                        index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False,
                                           index=True)
    contact_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime(), index=True)
    contact_type: Mapped[str | None] = mapped_column(String(32))  # code list "contact_type"
    venue: Mapped[str | None] = mapped_column(String(32))  # code list "contact_venue"
    venue_detail: Mapped[str | None] = mapped_column(String(200))
    present: Mapped[str | None] = mapped_column(Text)  # who was present
    #: "attended", "dna_acceptable", "dna_unacceptable" (code list "attendance").
    attendance: Mapped[str | None] = mapped_column(String(32))
    aim: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    risk: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    safeguarding: Mapped[str | None] = mapped_column(Text)
    #: A safeguarding concern was raised in this contact (raises a :class:`SafeguardingItem`).
    safeguarding_concern: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    child_views: Mapped[str | None] = mapped_column(Text)  # in the child's own words
    finalised_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    #: Why a manager deleted it once it was locked (final, closed, countersigned or
    #: finalised); kept in the record's history (``services.locks``).
    deleted_reason: Mapped[str | None] = mapped_column(Text)


class ContactTargetLink(ChildOwned, Synced, Base):
    """A contact worked on a plan target."""

    __tablename__ = "contact_target_link"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), nullable=False, index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("plan_target.id"), nullable=False,
                                           index=True)


class ContactAmendment(ChildOwned, Synced, Base):
    """A change to a final contact record after its edit window: original text and reason."""

    __tablename__ = "contact_amendment"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), nullable=False, index=True)
    field: Mapped[str] = mapped_column(String(32), nullable=False)
    original_text: Mapped[str | None] = mapped_column(Text)
    new_text: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    amended_by: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    amended_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)


class SafeguardingItem(ChildOwned, Synced, Base):
    """A safeguarding concern on the team manager's list until closed."""

    __tablename__ = "safeguarding_item"

    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), index=True)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    #: "open", "acknowledged" or "closed".
    status: Mapped[str] = mapped_column(String(16), default=SafeguardingStatus.OPEN,
                                        nullable=False, index=True)
    raised_by: Mapped[str] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    raised_at: Mapped[dt.datetime] = mapped_column(TZDateTime(), nullable=False)
    acknowledged_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    manager_actions: Mapped[str | None] = mapped_column(Text)
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    closed_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    #: Why a manager deleted it once it was locked (final, closed, countersigned or
    #: finalised); kept in the record's history (``services.locks``).
    deleted_reason: Mapped[str | None] = mapped_column(Text)
