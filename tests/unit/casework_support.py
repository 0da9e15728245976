"""Shared helpers for the case-work unit tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import TODAY
from yjdesk.models.org import Role, UserAccount
from yjdesk.services.casework.contacts import ContactInput
from yjdesk.services.justice import DisposalInput, add_disposal
from yjdesk.services.uow import Actor

#: "Now" for the tests: the afternoon of TODAY.
NOW = dt.datetime(TODAY.year, TODAY.month, TODAY.day, 15, 0, tzinfo=dt.UTC)


def make_user(session: Session, actor: Actor, role: Role, username: str) -> Actor:
    user = UserAccount(username=username, display_name=username.title(), role=role,
                       team_id=actor.team_id)
    session.add(user)
    session.flush()
    return Actor(user.id, role, actor.team_id, actor.device_id, user.display_name)


def contact_input(**overrides: object) -> ContactInput:
    base: dict[str, object] = dict(
        contact_at=NOW - dt.timedelta(hours=3), contact_type="home_visit",
        venue="child_home", present="Jay and his mum", attendance="attended",
        aim="Work on the victim awareness session", content="We talked about the incident.",
        outcome="Jay wrote a letter of apology.", risk="No change in risk.",
        next_steps="Next visit Tuesday.", safeguarding="None identified.",
        child_views="I want to sort things out.")
    base.update(overrides)
    return ContactInput(**base)  # type: ignore[arg-type]


def caution(session: Session, child_id: str, start: dt.date = TODAY,
            months: int = 3, kind: str = "youth_conditional_caution") -> str:
    end = dt.date(start.year + (start.month + months - 1) // 12,
                  (start.month + months - 1) % 12 + 1, min(start.day, 28))
    return add_disposal(session, child_id, DisposalInput(
        disposal_type=kind, decision_date=start, start_date=start, end_date=end)).id


def count(session: Session, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)
