"""Administration on the central database (used by ``yjdesk-server`` and by tests).

Teams, users and allocations written here are ordinary synced rows: each is a new revision
in the change feed, so laptops receive them at their next pull.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.org import Role, Team, UserAccount
from yjdesk.models.server import ServerDevice, ServerToken
from yjdesk.models.types import new_id, utcnow
from yjdesk.server import auth, feed
from yjdesk.server.settings import ServiceSettings


class AdminError(Exception):
    """A refused administrative action, with a one-line explanation."""


def put_row(session: Session, table_name: str, row_id: str, values: dict[str, Any],
           *, new: bool) -> None:
    """Write one synced row as a new revision (``values`` are Python column values)."""
    table = feed.tables()[table_name]
    current = None if new else feed.load(session, table, row_id, lock=True)
    seqs = feed.DeferredCounter(session)
    feed.write_row(session, seqs, table, row_id, values, user_id=None, device_id=None,
                   current=current)
    seqs.finish()


def team_by_code(session: Session, code: str) -> Team:
    team = session.scalar(select(Team).where(Team.code == code))
    if team is None:
        raise AdminError(f"no team with code {code!r}")
    return team


def user_by_name(session: Session, username: str) -> UserAccount:
    user = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if user is None:
        raise AdminError(f"no user called {username!r}")
    return user


def add_team(session: Session, name: str, code: str,
             local_authority: str | None = None) -> str:
    if session.scalar(select(Team.id).where(Team.code == code)) is not None:
        raise AdminError(f"a team with code {code!r} already exists")
    team_id = new_id()
    put_row(session, "team", team_id, {"name": name, "code": code,
                                      "local_authority": local_authority}, new=True)
    return team_id


def add_user(session: Session, settings: ServiceSettings, *, username: str, display_name: str,
             role: Role, password: str, team_code: str | None = None,
             team_id: str | None = None) -> str:
    if session.scalar(select(UserAccount.id).where(UserAccount.username == username)):
        raise AdminError(f"a user called {username!r} already exists")
    if team_code is not None:
        team_id = team_by_code(session, team_code).id
    user_id = new_id()
    put_row(session, "user_account", user_id,
           {"username": username, "display_name": display_name, "role": role,
            "team_id": team_id, "active": True}, new=True)
    auth.set_password(session, settings, user_id, password)
    return user_id


def set_active(session: Session, username: str, active: bool) -> None:
    user = user_by_name(session, username)
    put_row(session, "user_account", user.id, {"active": active}, new=False)
    if not active:
        session.query(ServerToken).filter(ServerToken.user_id == user.id).delete()


def reset_password(session: Session, settings: ServiceSettings, username: str,
                   password: str) -> None:
    auth.set_password(session, settings, user_by_name(session, username).id, password)


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    username: str
    name: str
    registered_at: dt.datetime
    last_seen_at: dt.datetime | None
    revoked: bool


def list_devices(session: Session) -> list[DeviceInfo]:
    rows = session.execute(
        select(ServerDevice, UserAccount.username)
        .join(UserAccount, UserAccount.id == ServerDevice.user_id)
        .order_by(UserAccount.username, ServerDevice.registered_at))
    return [DeviceInfo(d.id, name, d.name, d.registered_at, d.last_seen_at,
                       d.revoked_at is not None) for d, name in rows]


def revoke_device(session: Session, device_id: str) -> None:
    device = session.get(ServerDevice, device_id)
    if device is None:
        raise AdminError(f"no device {device_id!r}")
    # Its tokens stay until they expire: every use of one now answers "device_revoked",
    # which is what tells the laptop to wipe itself.
    device.revoked_at = device.revoked_at or utcnow()


def allocate(session: Session, *, case_number: str, username: str,
             role: str = "case_manager", today: dt.date | None = None) -> str:
    """Make ``username`` the child's case manager (or cover / court officer) from today.

    A new case manager ends the previous case-manager allocation and becomes
    ``child.case_manager_id``; the child moves to the worker's team.
    """
    if role not in ("case_manager", "cover", "court_officer"):
        raise AdminError("role must be case_manager, cover or court_officer")
    child = session.scalar(select(Child).where(Child.case_number == case_number))
    if child is None:
        raise AdminError(f"no child with case number {case_number!r}")
    user = user_by_name(session, username)
    day = today or dt.datetime.now(dt.UTC).date()
    table = feed.tables()["allocation"]
    if role == "case_manager":
        rows = session.execute(select(table.c.id).where(
            table.c.child_id == child.id, table.c.allocation_role == "case_manager",
            not_deleted(table.c), table.c.to_date.is_(None))).all()
        for (allocation_id,) in rows:
            put_row(session, "allocation", allocation_id,
                   {"to_date": day - dt.timedelta(days=1)}, new=False)
        put_row(session, "child", child.id,
               {"case_manager_id": user.id, "team_id": user.team_id or child.team_id},
               new=False)
    allocation_id = new_id()
    put_row(session, "allocation", allocation_id,
           {"child_id": child.id, "user_id": user.id, "allocation_role": role,
            "from_date": day, "to_date": None}, new=True)
    session.expire_all()
    return allocation_id
