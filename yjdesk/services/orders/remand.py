"""Remand under LASPO 2012: a remand to local authority accommodation (RLAA) or to youth
detention accommodation (RYDA) makes the child looked after by the designated authority
from the remand date until the remand ends (s.104; s.92 with Children Act 1989 s.22C).

The looked-after types, and the minimum age for RYDA, are data
(``resources/rules/youth_sentencing.json``, family ``remand``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child, StatusHistory
from yjdesk.models.orders import CustodyEpisode
from yjdesk.models.statuses import CustodyKind, CustodyStatus
from yjdesk.services.codes import codelist
from yjdesk.services.orders.rulesets import rule_set
from yjdesk.services.validation import Errors

LASPO_SETS = {"first": "First set of conditions (LASPO s.98)",
              "second": "Second set of conditions (LASPO s.99)"}


@dataclass
class RemandInput:
    remand_type: str
    designated_authority: str | None = None
    establishment: str | None = None
    laspo_condition_set: str | None = None
    laspo_conditions: str | None = None


def makes_looked_after(remand_type: str, on: dt.date) -> bool:
    return remand_type in (rule_set("remand", on).get("looked_after_types") or [])


def remand_errors(child: Child, data: RemandInput, on: dt.date) -> dict[str, str]:
    """What a remand that makes the child looked after must record (plain words)."""
    e = Errors()
    if not makes_looked_after(data.remand_type, on):
        return e.errors
    if not (data.designated_authority or "").strip():
        e.add("designated_authority", "A remand to local authority or youth detention "
              "accommodation makes the child looked after: give the designated local "
              "authority.")
    if data.remand_type == CustodyKind.REMAND_YDA:
        lo = int(rule_set("remand", on).get("yda_min_age") or 12)
        if child.age_on(on) < lo:
            e.add("remand_type", "A child under %1 cannot be remanded to youth detention "
                  "accommodation.", lo)
        if data.laspo_condition_set not in LASPO_SETS:
            e.add("laspo_condition_set", "Record which LASPO set of conditions the court "
                  "found met (first, s.98, or second, s.99).")
        if data.establishment and data.establishment not in codelist("secure_establishment"):
            e.add("establishment", "Choose the establishment from the list.")
    return e.errors


def start_remand(session: Session, child: Child, data: RemandInput, on: dt.date,
                 disposal_id: str | None) -> CustodyEpisode | None:
    """Open the remand episode; the child becomes looked after (LASPO) from ``on``."""
    if not makes_looked_after(data.remand_type, on):
        return None
    episode = CustodyEpisode(
        child_id=child.id, disposal_id=disposal_id, kind=data.remand_type,
        status=CustodyStatus.IN_CUSTODY, placement_date=on,
        establishment=data.establishment if data.remand_type == CustodyKind.REMAND_YDA
        else None,
        designated_authority=(data.designated_authority or "").strip(),
        looked_after_from=on, prior_looked_after=str(child.looked_after),
        laspo_condition_set=data.laspo_condition_set
        if data.remand_type == CustodyKind.REMAND_YDA else None,
        laspo_conditions=(data.laspo_conditions or "").strip() or None)
    session.add(episode)
    child.looked_after = StatusHistory.CURRENTLY
    session.flush()
    if data.remand_type == CustodyKind.REMAND_YDA:
        from yjdesk.services.orders.custody import schedule_meetings

        schedule_meetings(session, episode, None)  # planning starts on remand
        session.flush()
    return episode


def open_remands(session: Session, child_id: str) -> list[CustodyEpisode]:
    return list(session.scalars(select(CustodyEpisode).where(
        CustodyEpisode.child_id == child_id, not_deleted(CustodyEpisode),
        CustodyEpisode.kind.in_((CustodyKind.REMAND_LA, CustodyKind.REMAND_YDA)),
        CustodyEpisode.ended_on.is_(None))))


def end_remands(session: Session, child_id: str, on: dt.date) -> None:
    """A remand ends: the LASPO looked-after status ends with it (unless the child was
    looked after before the remand)."""
    episodes = open_remands(session, child_id)
    for episode in episodes:
        end = max(on, episode.placement_date)
        episode.ended_on = end
        episode.looked_after_to = end
        episode.status = CustodyStatus.ENDED
    if episodes:
        child = session.get(Child, child_id)
        prior = episodes[0].prior_looked_after
        if child is not None and prior != StatusHistory.CURRENTLY:
            child.looked_after = StatusHistory.PREVIOUSLY
    session.flush()
