"""Recording partnership board meetings and who attended (KPI 7)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import PermissionDenied
from yjdesk.models.base import not_deleted
from yjdesk.models.org import Role
from yjdesk.models.oversight import BoardAttendance, BoardMeeting
from yjdesk.services.codes import codelist
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors

RECORDERS = (Role.SERVICE_MANAGER, Role.ADMINISTRATOR)


def record_meeting(session: Session, held_on: dt.date | None, board: str,
                   attendance: dict[str, tuple[str, str]], today: dt.date,
                   notes: str = "") -> BoardMeeting:
    """A meeting and, per partner code, (status, member name)."""
    if actor_of(session).role not in RECORDERS:
        raise PermissionDenied("Board meetings are recorded by service managers or "
                               "administrators.")
    e = Errors()
    if held_on is None:
        e.add("held_on", "The meeting date is required.")
    elif held_on > today:
        e.add("held_on", "Record a meeting once it has been held.")
    e.require("board", board, "The board's name")
    if not attendance:
        e.add("attendance", "Record at least one partner's attendance.")
    partners, statuses = codelist("board_partner"), codelist("board_attendance")
    for partner, (status, _name) in attendance.items():
        if partner not in partners:
            e.add(f"attendance.{partner}", "Unknown partner.")
        elif status not in statuses:
            e.add(f"attendance.{partner}", "Choose attended, deputy, apologies, absent or "
                  "vacant.")
    e.raise_if_any()
    assert held_on is not None
    meeting = BoardMeeting(held_on=held_on, board=board.strip(), notes=notes.strip() or None)
    session.add(meeting)
    session.flush()
    for partner, (status, name) in attendance.items():
        session.add(BoardAttendance(meeting_id=meeting.id, partner=partner, status=status,
                                    member_name=name.strip() or None))
    session.flush()
    return meeting


def meetings(session: Session) -> list[BoardMeeting]:
    return list(session.scalars(select(BoardMeeting).where(not_deleted(BoardMeeting))
                                .order_by(BoardMeeting.held_on.desc())))
