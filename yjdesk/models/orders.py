"""Court orders as the law runs them (issue 13): referral order panels and contracts, the
enforcement ledger, YRO requirement delivery, custody / remand / resettlement and the
transition to adult probation.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.statuses import (
    ContractStatus,
    CustodyStatus,
    PanelStatus,
    ReferralOrderStatus,
)
from yjdesk.models.types import TZDateTime


class ReferralOrder(ChildOwned, Synced, Base):
    """The referral order's own facts beside its disposal: the compliance period runs from
    the contract's signing, not the court date."""

    __tablename__ = "referral_order"

    disposal_id: Mapped[str] = mapped_column(ForeignKey("disposal.id"), nullable=False,
                                             index=True)
    length_months: Mapped[int] = mapped_column(Integer, nullable=False)
    #: The court ordered a parent or guardian to attend the panels.
    parent_ordered: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False,
                                        default=ReferralOrderStatus.AWAITING_PANEL)
    initial_panel_due: Mapped[dt.date] = mapped_column(Date, nullable=False)
    contract_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Months added by the court on the panel's report (at most 3; 12 in total).
    extension_months: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    extension_court_date: Mapped[dt.date | None] = mapped_column(Date)
    compliance_end: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    #: On satisfactory completion the conviction is spent.
    conviction_spent_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Referral back to court: the panel's written report and the date it went.
    referral_report: Mapped[str | None] = mapped_column(Text)
    referred_back_on: Mapped[dt.date | None] = mapped_column(Date)


class ReferralPanel(ChildOwned, Synced, Base):
    """A youth offender panel meeting (initial, progress, final, breach / referral back)."""

    __tablename__ = "referral_panel"

    referral_order_id: Mapped[str] = mapped_column(ForeignKey("referral_order.id"),
                                                   nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # PanelKind
    status: Mapped[str] = mapped_column(String(16), nullable=False,
                                        default=PanelStatus.PLANNED)
    due_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Panel members, one name per line: YJS members and community volunteers.
    yjs_members: Mapped[str | None] = mapped_column(Text)
    volunteers: Mapped[str | None] = mapped_column(Text)
    #: Who else attended, one per line (the child, parent, victim, ...).
    attendees: Mapped[str | None] = mapped_column(Text)
    child_attended: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    parent_attended: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    #: contract_agreed, continue, varied, refer_back, completed, not_completed, adjourned.
    outcome: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)


class ReferralContract(ChildOwned, Synced, Base):
    """One version of the contract; a variation makes a new version."""

    __tablename__ = "referral_contract"

    referral_order_id: Mapped[str] = mapped_column(ForeignKey("referral_order.id"),
                                                   nullable=False, index=True)
    panel_id: Mapped[str | None] = mapped_column(ForeignKey("referral_panel.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    status: Mapped[str] = mapped_column(String(16), nullable=False,
                                        default=ContractStatus.DRAFT)
    reparation: Mapped[str | None] = mapped_column(Text)
    activities: Mapped[str | None] = mapped_column(Text)
    other_terms: Mapped[str | None] = mapped_column(Text)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    signed_by_child: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    panel_member_name: Mapped[str | None] = mapped_column(String(160))
    content_hash: Mapped[str | None] = mapped_column(String(64))


class EnforcementStep(ChildOwned, Synced, Base):
    """One line of an order's enforcement ledger: a warning (with its 12-month warned
    period), breach action, a manager-signed exceptional reason, a referral to the panel."""

    __tablename__ = "enforcement_step"

    disposal_id: Mapped[str] = mapped_column(ForeignKey("disposal.id"), nullable=False,
                                             index=True)
    compliance_record_id: Mapped[str | None] = mapped_column(
        ForeignKey("compliance_record.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)  # EnforcementKind
    step_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    failure_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    failure: Mapped[str] = mapped_column(Text, nullable=False)
    warned_period_end: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    given_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    signed_off_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    signed_off_at: Mapped[dt.datetime | None] = mapped_column(TZDateTime())
    court_decision: Mapped[str | None] = mapped_column(Text)


class RequirementDelivery(ChildOwned, Synced, Base):
    """Delivery recorded against a requirement: hours done, activity days, sessions,
    curfew / electronic monitoring violations reported by the monitoring provider."""

    __tablename__ = "requirement_delivery"
    #: A requirement's balance from the index alone; violations reported lately (issue 16).
    __table_args__ = (Index("ix_requirement_delivery_balance", "requirement_id", "kind",
                            "deleted", "quantity"),
                      Index("ix_requirement_delivery_kind_on", "kind", "delivered_on"))

    requirement_id: Mapped[str] = mapped_column(ForeignKey("disposal_requirement.id"),
                                                nullable=False, index=True)
    delivered_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    #: hours, activity_day, session, violation.
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    reported_by: Mapped[str | None] = mapped_column(String(160))
    detail: Mapped[str | None] = mapped_column(Text)


class CustodyEpisode(ChildOwned, Synced, Base):
    """A remand (RLAA / RYDA) or custodial sentence, from placement to release and licence."""

    __tablename__ = "custody_episode"

    disposal_id: Mapped[str | None] = mapped_column(ForeignKey("disposal.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # CustodyKind
    status: Mapped[str] = mapped_column(String(16), nullable=False,
                                        default=CustodyStatus.IN_CUSTODY)
    #: Code list "secure_establishment" (YOI, STC, SCH, secure school); none for RLAA.
    establishment: Mapped[str | None] = mapped_column(String(32))
    placement_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    # --- remand (LASPO 2012) ---
    designated_authority: Mapped[str | None] = mapped_column(String(120))
    looked_after_from: Mapped[dt.date | None] = mapped_column(Date)
    looked_after_to: Mapped[dt.date | None] = mapped_column(Date)
    #: The child's looked-after answer before the remand, restored when it ends.
    prior_looked_after: Mapped[str | None] = mapped_column(String(20))
    #: Which LASPO set of conditions was met for RYDA ("first" s.98 / "second" s.99).
    laspo_condition_set: Mapped[str | None] = mapped_column(String(16))
    laspo_conditions: Mapped[str | None] = mapped_column(Text)
    # --- sentence ---
    release_date: Mapped[dt.date | None] = mapped_column(Date)
    accommodation_confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    accommodation_detail: Mapped[str | None] = mapped_column(Text)
    ete_confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    ete_detail: Mapped[str | None] = mapped_column(Text)
    licence_conditions: Mapped[str | None] = mapped_column(Text)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)


class CustodyMeeting(ChildOwned, Synced, Base):
    """A resettlement planning meeting: initial, review or release planning."""

    __tablename__ = "custody_meeting"

    episode_id: Mapped[str] = mapped_column(ForeignKey("custody_episode.id"), nullable=False,
                                            index=True)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)  # CustodyMeetingKind
    due_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    attendees: Mapped[str | None] = mapped_column(Text)
    actions: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class TransitionPlan(ChildOwned, Synced, Base):
    """Transition to adult probation at 18: the plan, the handover, the transfer, its review."""

    __tablename__ = "transition_plan"

    disposal_id: Mapped[str | None] = mapped_column(ForeignKey("disposal.id"))
    eligible: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    eligibility_reason: Mapped[str | None] = mapped_column(Text)
    needs: Mapped[str | None] = mapped_column(Text)
    strengths: Mapped[str | None] = mapped_column(Text)
    probation_must_know: Mapped[str | None] = mapped_column(Text)
    child_views: Mapped[str | None] = mapped_column(Text)
    introductions: Mapped[str | None] = mapped_column(Text)
    probation_contact: Mapped[str | None] = mapped_column(String(160))
    info_handover_on: Mapped[dt.date | None] = mapped_column(Date)
    info_shared: Mapped[str | None] = mapped_column(Text)
    transfer_date: Mapped[dt.date | None] = mapped_column(Date)
    #: community_order, licence or none.
    transfer_type: Mapped[str | None] = mapped_column(String(16))
    review_outcome: Mapped[str | None] = mapped_column(Text)
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
