"""Court-order work on "My week" and the caseload's "next due" column (issue 13).

* Referral order panels planned (initial within the policy's working days, progress at least
  every 3 months, final at the end of the compliance period).
* Custody planning meetings (initial, reviews, release planning) not yet held.
* YRO requirements whose balance is not delivered as the end date nears.
* Transition to adult probation planning from 17 years 6 months (policy).

Registered in :data:`yjdesk.services.due.SOURCES`; kinds are "order_work".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.orders import CustodyMeeting, ReferralPanel
from yjdesk.models.statuses import PanelStatus
from yjdesk.services.policy import current_policy

if TYPE_CHECKING:
    from yjdesk.services.due import DueFact

KIND = "order_work"


def orders_due_facts(session: Session, child_ids: list[str]) -> dict[str, list[DueFact]]:
    from yjdesk.services.casework.levels import for_children
    from yjdesk.services.due import DueFact, add_facts, soon
    from yjdesk.services.orders.custody import MEETING_LABELS
    from yjdesk.services.orders.referral import PANEL_KINDS

    policy = current_policy()
    wanted = set(child_ids)
    out: dict[str, list[DueFact]] = {}
    if not wanted:
        return out
    rule = soon(policy.referral_order.due_soon_days)
    for child_id, kind, due in session.execute(
            select(ReferralPanel.child_id, ReferralPanel.kind, ReferralPanel.due_date)
            .where(not_deleted(ReferralPanel),
                   ReferralPanel.status == PanelStatus.PLANNED,
                   for_children(ReferralPanel.child_id, child_ids))):
        if child_id in wanted:
            out.setdefault(child_id, []).append(DueFact(
                due, "Referral order: %1", KIND, rule, args=(PANEL_KINDS.get(kind, kind),)))
    for child_id, kind, due in session.execute(
            select(CustodyMeeting.child_id, CustodyMeeting.kind, CustodyMeeting.due_date)
            .where(not_deleted(CustodyMeeting), CustodyMeeting.held_on.is_(None),
                   for_children(CustodyMeeting.child_id, child_ids))):
        if child_id in wanted:
            out.setdefault(child_id, []).append(DueFact(
                due, "Custody: %1 meeting", KIND, rule,
                args=(MEETING_LABELS.get(kind, kind),)))
    from yjdesk.services.orders.delivery import delivery_due
    from yjdesk.services.orders.events import assessment_reviews_due
    from yjdesk.services.orders.transition import transition_due

    for part in (delivery_due(session, wanted, policy),
                 transition_due(session, wanted, policy),
                 assessment_reviews_due(session, wanted, policy)):
        add_facts(out, part)
    return out

