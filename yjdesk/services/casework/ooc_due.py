"""What falls due in out-of-court work (policy ``out_of_court``): the YJS's assessment of a
referral, and informing the police, within their working-day timescales."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.casework import OocDecision
from yjdesk.services.casework.levels import for_children
from yjdesk.services.casework.ooc_rules import timescales
from yjdesk.services.due import DueFact, soon


def ooc_due_facts(session: Session, child_ids: list[str]) -> dict[str, list[DueFact]]:
    wanted = set(child_ids)
    out: dict[str, list[DueFact]] = {}
    rows = session.execute(select(
        OocDecision.child_id, OocDecision.referral_date, OocDecision.bail_date,
        OocDecision.assessed_date, OocDecision.police_informed_date)
        .where(not_deleted(OocDecision), OocDecision.decision.is_(None),
               for_children(OocDecision.child_id, child_ids)))
    for child_id, referral, bail, assessed, informed in rows:
        if child_id not in wanted:
            continue
        # the due dates only: whether they are missed is the day's business
        t = timescales(referral, bail, assessed, informed, dt.date.min)
        if assessed is None and t.assess_due is not None:
            out.setdefault(child_id, []).append(DueFact(
                t.assess_due, "Out-of-court assessment", "ooc_assessment", soon(3)))
        if informed is None and t.inform_due is not None:
            out.setdefault(child_id, []).append(DueFact(
                t.inform_due, "Inform the police (out of court)", "ooc_police", soon(3)))
    return out

