"""Passwords (Argon2id), devices and tokens.

Tokens are random and opaque; only their SHA-256 is stored. An access token lives
minutes; a refresh token lives weeks, is bound to one device and is replaced on every use
(a refresh token works once). Revoking a device refuses every token it holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from yjdesk.models.org import Role, UserAccount
from yjdesk.models.server import ServerCredential, ServerDevice, ServerToken
from yjdesk.models.types import utcnow
from yjdesk.server.errors import ApiError, device_revoked, unauthorized
from yjdesk.server.settings import Settings
from yjdesk.services.uow import Actor
from yjdesk.wire import protocol as p

ACCESS = "access"
REFRESH = "refresh"


def hasher(settings: Settings) -> PasswordHasher:
    return PasswordHasher(time_cost=settings.argon2_time_cost,
                          memory_cost=settings.argon2_memory_kib,
                          parallelism=settings.argon2_parallelism)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def set_password(session: Session, settings: Settings, user_id: str, password: str) -> None:
    """Store a new password hash and sign the user out everywhere."""
    cred = session.get(ServerCredential, user_id)
    digest = hasher(settings).hash(password)
    if cred is None:
        session.add(ServerCredential(user_id=user_id, password_hash=digest))
    else:
        cred.password_hash = digest
        cred.changed_at = utcnow()
        cred.failed_logins, cred.locked_until = 0, None
    session.execute(delete(ServerToken).where(ServerToken.user_id == user_id))


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _issue(session: Session, settings: Settings, user: UserAccount,
           device: ServerDevice) -> p.TokenResponse:
    now = utcnow()
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(48)
    session.add(ServerToken(token_hash=token_hash(access), kind=ACCESS, user_id=user.id,
                            device_id=device.id,
                            expires_at=now + dt.timedelta(seconds=settings.access_token_seconds)))
    session.add(ServerToken(token_hash=token_hash(refresh), kind=REFRESH, user_id=user.id,
                            device_id=device.id,
                            expires_at=now + dt.timedelta(days=settings.refresh_token_days)))
    session.execute(delete(ServerToken).where(ServerToken.device_id == device.id,
                                              ServerToken.expires_at < now))
    device.last_seen_at = now
    return p.TokenResponse(
        access_token=access, refresh_token=refresh, expires_in=settings.access_token_seconds,
        user=p.UserInfo(id=user.id, username=user.username, display_name=user.display_name,
                        role=Role(user.role).value, team_id=user.team_id),
        policy={"remember_me_allowed": settings.remember_me_allowed},
        server_protocol=settings.protocol_version)


_DUMMY: dict[int, str] = {}


class CommitThenRaise(Exception):
    """Keep what the transaction did (a failure count), then answer with ``error``."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.message)
        self.error = error


def _locked(settings: Settings) -> ApiError:
    return unauthorized(f"too many wrong passwords: sign-in is locked for "
                        f"{settings.lockout_minutes} minutes", "account_locked")


def login(session: Session, settings: Settings, req: p.LoginRequest) -> p.TokenResponse:
    """Sign in and register the laptop.

    A wrong password is counted (and the count committed) even though the call fails:
    after :data:`Settings.max_failed_logins` in a row the account is locked for
    :data:`Settings.lockout_minutes`, so passwords cannot be guessed at speed.
    """
    user = session.scalar(select(UserAccount).where(UserAccount.username == req.username,
                                                    UserAccount.deleted.is_(False)))
    cred = session.get(ServerCredential, user.id) if user is not None else None
    ph = hasher(settings)
    now = utcnow()
    if cred is not None and cred.locked_until is not None and _aware(cred.locked_until) > now:
        raise _locked(settings)
    try:
        if cred is None:
            # Spend the same time as a real check, so usernames cannot be probed.
            key = id(settings)
            _DUMMY.setdefault(key, ph.hash("not a password"))
            ph.verify(_DUMMY[key], req.password + "x")
        else:
            ph.verify(cred.password_hash, req.password)
    except (VerificationError, InvalidHashError):
        if cred is not None:
            cred.failed_logins += 1
            if cred.failed_logins >= settings.max_failed_logins:
                cred.failed_logins = 0
                cred.locked_until = now + dt.timedelta(minutes=settings.lockout_minutes)
            raise CommitThenRaise(unauthorized("wrong username or password",
                                               "bad_credentials")) from None
        raise unauthorized("wrong username or password", "bad_credentials") from None
    assert user is not None and cred is not None
    cred.failed_logins, cred.locked_until = 0, None
    if not user.active:
        raise unauthorized("this account has been disabled", "account_disabled")
    device = session.get(ServerDevice, req.device_id)
    if device is None:
        device = ServerDevice(id=req.device_id, user_id=user.id,
                              name=req.device_name or "laptop")
        session.add(device)
        session.flush()
    elif device.revoked_at is not None:
        raise device_revoked()
    elif device.user_id != user.id:
        raise ApiError(403, "device_in_use",
                       "this laptop is registered to another user; ask an administrator")
    if ph.check_needs_rehash(cred.password_hash):
        cred.password_hash = ph.hash(req.password)
    return _issue(session, settings, user, device)


def refresh(session: Session, settings: Settings, req: p.RefreshRequest) -> p.TokenResponse:
    row = session.get(ServerToken, token_hash(req.refresh_token))
    if row is None or row.kind != REFRESH or row.device_id != req.device_id:
        raise unauthorized("the sign-in has expired: sign in again")
    session.delete(row)
    if _aware(row.expires_at) < utcnow():
        raise unauthorized("the sign-in has expired: sign in again")
    device = session.get(ServerDevice, row.device_id)
    if device is None or device.revoked_at is not None:
        raise device_revoked()
    user = session.get(UserAccount, row.user_id)
    if user is None or not user.active or user.deleted:
        raise unauthorized("this account has been disabled", "account_disabled")
    return _issue(session, settings, user, device)


@dataclass(frozen=True)
class Caller:
    actor: Actor
    user: UserAccount


def authenticate(session: Session, authorization: str | None) -> Caller:
    """The signed-in user and device for a ``Bearer`` access token."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise unauthorized("sign in first: no access token was sent")
    token = authorization[7:].strip()
    if not token:
        raise unauthorized()
    found = session.execute(
        select(ServerToken, ServerDevice, UserAccount)
        .join(ServerDevice, ServerDevice.id == ServerToken.device_id)
        .join(UserAccount, UserAccount.id == ServerToken.user_id)
        .where(ServerToken.token_hash == token_hash(token))).first()
    if found is None:
        raise unauthorized()
    row, device, user = found
    if row.kind != ACCESS or _aware(row.expires_at) < utcnow():
        raise unauthorized()
    if device.revoked_at is not None:
        raise device_revoked()
    if not user.active or user.deleted:
        raise unauthorized("this account has been disabled", "account_disabled")
    actor = Actor(user_id=user.id, role=Role(user.role), team_id=user.team_id,
                  device_id=device.id, display_name=user.display_name)
    return Caller(actor, user)
