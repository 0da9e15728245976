"""The local profile: whose laptop store this is, and on which device.

The first sign-in on a laptop creates the profile. Until the sync service supplies accounts
(issue 5), the first-run path creates the local user and team itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import NotFound, ValidationError
from yjdesk.models.local import LocalMeta
from yjdesk.models.org import Role, Team, UserAccount
from yjdesk.models.types import new_id
from yjdesk.services.uow import Actor

OWNER_KEY = "owner_user_id"
DEVICE_KEY = "device_id"


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(LocalMeta, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str | None) -> None:
    row = session.get(LocalMeta, key)
    if row is None:
        session.add(LocalMeta(key=key, value=value))
    else:
        row.value = value


def device_id(session: Session) -> str:
    """This laptop's id, made once per store."""
    dev = get_meta(session, DEVICE_KEY)
    if dev is None:
        dev = new_id()
        set_meta(session, DEVICE_KEY, dev)
    return dev


@dataclass(frozen=True)
class FirstRun:
    username: str
    display_name: str
    role: Role
    team_name: str
    team_code: str


def validate_first_run(data: FirstRun) -> None:
    errors: dict[str, str] = {}
    if not data.username.strip() or " " in data.username.strip():
        errors["username"] = "A user name is required, with no spaces."
    if not data.display_name.strip():
        errors["display_name"] = "Your name is required."
    if not data.team_name.strip():
        errors["team_name"] = "The team name is required."
    if not data.team_code.strip():
        errors["team_code"] = "A short team code is required."
    if errors:
        raise ValidationError(errors)


def create_owner(session: Session, data: FirstRun) -> Actor:
    """Create the team and user of a brand-new local profile and make them its owner."""
    validate_first_run(data)
    dev = device_id(session)
    team = session.scalar(select(Team).where(Team.code == data.team_code.strip()))
    if team is None:
        team = Team(name=data.team_name.strip(), code=data.team_code.strip())
        session.add(team)
        session.flush()
    user = UserAccount(username=data.username.strip(), display_name=data.display_name.strip(),
                       role=data.role, team_id=team.id)
    session.add(user)
    session.flush()
    set_meta(session, OWNER_KEY, user.id)
    return Actor(user.id, user.role, team.id, dev, user.display_name)


def owner_actor(session: Session) -> Actor:
    """The signed-in owner of this store as an :class:`Actor`."""
    user_id = get_meta(session, OWNER_KEY)
    if user_id is None:
        raise NotFound("This profile has no owner yet.")
    user = session.get(UserAccount, user_id)
    if user is None:
        raise NotFound("The profile's user record is missing.")
    return Actor(user.id, user.role, user.team_id, device_id(session), user.display_name)


def actor_for(session: Session, user_id: str) -> Actor:
    user = session.get(UserAccount, user_id)
    if user is None:
        raise NotFound("No such user.")
    return Actor(user.id, user.role, user.team_id, device_id(session), user.display_name)
