"""Victims as people, with their own privacy (YJB-REFERENCE section 7; issue 14).

A victim record belongs to the child whose offence it concerns (that is how the server
scopes it) and is linked to one or more of the child's offences. Its contact details, views
and restorative-justice work are in the ``victim`` audience: victim and RJ workers and
managers only (``yjdesk.services.victims.audience``). What the child's practitioner needs
for planning is a separate, deliberately written row in the ordinary case audience
(:class:`VictimSafetySummary`), and what a report may quote is a separate row written only
when the victim consented to that use (:class:`VictimDisclosure`). Neither carries a foreign
key to the victim row, which a practitioner's laptop never holds.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.types import TZDateTime


class Victim(ChildOwned, Synced, Base):
    __tablename__ = "victim"

    #: "person" or "organisation".
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default="person")
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    #: Code list "victim_contact_method".
    preferred_contact: Mapped[str | None] = mapped_column(String(16))
    #: Under 18 or otherwise vulnerable: the Victims' Code enhanced service.
    enhanced_service: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    needs: Mapped[str | None] = mapped_column(Text)
    #: Consent to contact by the YJS (None = not yet asked), its date and lawful basis.
    consent_to_contact: Mapped[bool | None] = mapped_column(Boolean)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    lawful_basis: Mapped[str | None] = mapped_column(Text)
    views: Mapped[str | None] = mapped_column(Text)
    views_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Safety concerns about the child (full detail; the practitioner sees the summary).
    safety_concerns: Mapped[bool | None] = mapped_column(Boolean)
    safety_detail: Mapped[str | None] = mapped_column(Text)
    information_given: Mapped[str | None] = mapped_column(Text)
    information_date: Mapped[dt.date | None] = mapped_column(Date)
    rj_offered: Mapped[bool | None] = mapped_column(Boolean)
    rj_offered_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Why restorative justice was not offered (the YOT records its reasons).
    rj_not_offered_reason: Mapped[str | None] = mapped_column(Text)
    #: Code list "rj_type".
    rj_type: Mapped[str | None] = mapped_column(String(32))
    rj_took_part: Mapped[bool | None] = mapped_column(Boolean)
    rj_date: Mapped[dt.date | None] = mapped_column(Date)
    rj_outcome: Mapped[str | None] = mapped_column(Text)
    support_referrals: Mapped[str | None] = mapped_column(Text)
    feedback: Mapped[str | None] = mapped_column(Text)
    #: The last contact with the victim: the retention period runs from it.
    last_contact_date: Mapped[dt.date | None] = mapped_column(Date)
    #: When the personal details were redacted at the end of the retention period.
    redacted_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())


class VictimOffence(ChildOwned, Synced, Base):
    """A victim linked to one of the child's offences."""

    __tablename__ = "victim_offence"
    __table_args__ = (UniqueConstraint("victim_id", "offence_id"),)

    victim_id: Mapped[str] = mapped_column(ForeignKey("victim.id"), nullable=False, index=True)
    offence_id: Mapped[str] = mapped_column(ForeignKey("offence.id"), nullable=False,
                                            index=True)


class VictimSafetySummary(ChildOwned, Synced, Base):
    """What planning needs to know about a victim's safety, for everyone on the case.

    Written by the victim worker, in words fit for the child's practitioner ("exclusion zone
    around Talbot Road"); no contact details. ``victim_ref`` names the victim record without
    a foreign key (the practitioner's laptop does not hold it)."""

    __tablename__ = "victim_safety_summary"

    victim_ref: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    offence_id: Mapped[str | None] = mapped_column(ForeignKey("offence.id"))
    #: "person" or "organisation" (no name).
    victim_kind: Mapped[str] = mapped_column(String(16), nullable=False, default="person")
    concerns: Mapped[bool | None] = mapped_column(Boolean)
    summary: Mapped[str | None] = mapped_column(Text)


class VictimDisclosure(ChildOwned, Synced, Base):
    """Words the victim agreed may be used in one document kind (a PSR or an assessment).

    Recorded by the victim worker with the date of that consent; only these words ever
    reach a child's document."""

    __tablename__ = "victim_disclosure"

    victim_ref: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    #: Code list "victim_disclosure_use": "psr" or "assessment".
    use: Mapped[str] = mapped_column(String(16), nullable=False)
    #: One report only, when the consent was for that report.
    psr_id: Mapped[str | None] = mapped_column(String(36))
    consent_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
