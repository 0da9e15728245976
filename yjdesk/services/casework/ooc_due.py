"""What falls due in out-of-court work (policy ``out_of_court``): the YJS's assessment of a
referral, and informing the police, within their working-day timescales."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.casework import OocDecision
from yjdesk.services.casework.ooc_rules import timescales
from yjdesk.services.due import DueItem, state_for


def ooc_due(session: Session, child_ids: list[str], today: dt.date) -> dict[str, list[DueItem]]:
    wanted = set(child_ids)
    out: dict[str, list[DueItem]] = {}
    rows = session.execute(select(
        OocDecision.child_id, OocDecision.referral_date, OocDecision.bail_date,
        OocDecision.assessed_date, OocDecision.police_informed_date)
        .where(not_deleted(OocDecision), OocDecision.decision.is_(None)))
    for child_id, referral, bail, assessed, informed in rows:
        if child_id not in wanted:
            continue
        t = timescales(referral, bail, assessed, informed, today)
        if assessed is None and t.assess_due is not None:
            out.setdefault(child_id, []).append(DueItem(
                state_for(t.assess_due, today, 3), t.assess_due, "Out-of-court assessment",
                "ooc_assessment"))
        if informed is None and t.inform_due is not None:
            out.setdefault(child_id, []).append(DueItem(
                state_for(t.inform_due, today, 3), t.inform_due,
                "Inform the police (out of court)", "ooc_police"))
    return out
