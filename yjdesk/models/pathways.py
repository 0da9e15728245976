"""Specialist pathways as records, not flags (issue 14): referrals to CAMHS, speech and
language therapy, substance misuse services, the National Referral Mechanism, MAPPA,
children's social care / MASH and multi-agency exploitation meetings, each with its
outcome and waiting time; the meetings held under a referral (MAPPA, exploitation)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced


class PathwayReferral(ChildOwned, Synced, Base):
    __tablename__ = "pathway_referral"

    #: Code list "pathway": camhs, slt, substance_misuse, nrm, mappa, mash, exploitation.
    pathway: Mapped[str] = mapped_column(String(32), nullable=False)
    referral_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    #: The screening that led to it (e.g. the communication screening before SLT).
    screening: Mapped[str | None] = mapped_column(Text)
    #: Who it went to (service, team or panel).
    service: Mapped[str | None] = mapped_column(String(200))
    #: First appointment or first meeting: the waiting time runs to it.
    first_seen_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Code list "pathway_outcome" (what the service decided or did).
    outcome: Mapped[str | None] = mapped_column(String(32))
    outcome_date: Mapped[dt.date | None] = mapped_column(Date)
    #: NRM: reasonable grounds and conclusive grounds decisions ("nrm_decision").
    reasonable_grounds: Mapped[str | None] = mapped_column(String(16))
    reasonable_grounds_date: Mapped[dt.date | None] = mapped_column(Date)
    conclusive_grounds: Mapped[str | None] = mapped_column(String(16))
    conclusive_grounds_date: Mapped[dt.date | None] = mapped_column(Date)
    #: MAPPA: category (1-3) and level of management (1-3).
    mappa_category: Mapped[int | None] = mapped_column(Integer)
    mappa_level: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(Text)


class PathwayMeeting(ChildOwned, Synced, Base):
    """A meeting under a referral: a MAPPA meeting (with its level) or a multi-agency
    exploitation meeting (with its outcome)."""

    __tablename__ = "pathway_meeting"

    referral_id: Mapped[str] = mapped_column(ForeignKey("pathway_referral.id"), nullable=False,
                                             index=True)
    meeting_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    mappa_level: Mapped[int | None] = mapped_column(Integer)
    #: Exploitation meetings: the risk level agreed ("exploitation_risk").
    risk_level: Mapped[str | None] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(Text)
