"""Passwords (Argon2id), devices and tokens.

Tokens are random and opaque; only their SHA-256 is stored. An access token lives
minutes; a refresh token lives weeks, is bound to one device and is replaced on every use
(a refresh token works once). Revoking a device refuses every token it holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.org import Role, UserAccount
from yjdesk.models.server import ServerCredential, ServerDevice, ServerToken
from yjdesk.models.types import utcnow
from yjdesk.server import driver, throttle
from yjdesk.server.errors import ApiError, device_revoked, unauthorized
from yjdesk.server.settings import ServiceSettings
from yjdesk.services.uow import Actor
from yjdesk.wire import protocol as p

ACCESS = "access"
REFRESH = "refresh"
#: A refresh token already swapped for a new one, kept until it expires to catch reuse.
ROTATED = "rotated"
log = logging.getLogger(__name__)


def hasher(settings: ServiceSettings) -> PasswordHasher:
    return PasswordHasher(time_cost=settings.argon2_time_cost,
                          memory_cost=settings.argon2_memory_kib,
                          parallelism=settings.argon2_parallelism)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def set_password(session: Session, settings: ServiceSettings, user_id: str, password: str) -> None:
    """Store a new password hash and sign the user out everywhere."""
    cred = session.get(ServerCredential, user_id)
    digest = hasher(settings).hash(password)
    if cred is None:
        session.add(ServerCredential(user_id=user_id, password_hash=digest))
    else:
        cred.password_hash = digest
        cred.changed_at = utcnow()
    user = session.get(UserAccount, user_id)
    if user is not None:
        throttle.clear(session, user.username)
    session.execute(delete(ServerToken).where(ServerToken.user_id == user_id))


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _issue(session: Session, settings: ServiceSettings, user: UserAccount,
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
        policy={"remember_me_allowed": settings.remember_me_allowed,
                "offline_grace_days": settings.offline_grace_days},
        server_protocol=settings.protocol_version)


_DUMMY: dict[tuple[int, int, int], str] = {}
_DUMMY_LOCK = threading.Lock()


def dummy_hash(settings: ServiceSettings) -> str:
    """A hash to check unknown names against: made once per Argon2 cost, never per call."""
    key = (settings.argon2_time_cost, settings.argon2_memory_kib, settings.argon2_parallelism)
    with _DUMMY_LOCK:
        if key not in _DUMMY:
            _DUMMY[key] = hasher(settings).hash(secrets.token_urlsafe(32))
        return _DUMMY[key]


def _bad_credentials() -> ApiError:
    return unauthorized("wrong username or password", "bad_credentials")


def login(transaction: Callable[[], AbstractContextManager[Session]], settings: ServiceSettings,
          req: p.LoginRequest, address: str | None = None) -> p.TokenResponse:
    """Sign in and register the laptop.

    Every name is treated alike, whether it names an account or not: one Argon2 check (an
    unknown name against :func:`dummy_hash`), the same failure counting and the same
    lock-out (:mod:`yjdesk.server.throttle`). A disabled account with the right password
    answers exactly like a wrong password, so the answer never confirms a password.
    Failures are counted in their own committed transaction; the Argon2 check runs
    outside any transaction (no connection or row lock held while it works).
    """
    now = utcnow()
    with transaction() as session:
        refused = throttle.refusal(session, settings, req.username, address, now)
        found = session.execute(
            select(UserAccount, ServerCredential.password_hash)
            .outerjoin(ServerCredential, ServerCredential.user_id == UserAccount.id)
            .where(UserAccount.username == req.username,
                   not_deleted(UserAccount))).first()
    if refused is not None:
        raise refused
    user, digest = (found[0], found[1]) if found is not None else (None, None)
    ph = hasher(settings)
    try:
        ph.verify(digest or dummy_hash(settings), req.password)
        ok = digest is not None and user is not None and user.active
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        with transaction() as session:
            throttle.record_failure(session, settings, req.username, address, utcnow())
        raise _bad_credentials()
    assert user is not None and digest is not None
    with transaction() as session:
        if not throttle.record_success(session, req.username, utcnow()):
            raise throttle.locked(settings)
        user = session.get(UserAccount, user.id)
        if user is None or not user.active or user.deleted:
            raise _bad_credentials()
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
        if ph.check_needs_rehash(digest):
            cred = session.get(ServerCredential, user.id)
            if cred is not None:
                cred.password_hash = ph.hash(req.password)
        return _issue(session, settings, user, device)


def refresh(session: Session, settings: ServiceSettings, req: p.RefreshRequest) -> p.TokenResponse:
    """Swap a refresh token for a new pair; the old one is kept, marked ``rotated``.

    A rotated token presented again means two parties hold this device's session (a
    stolen token, or a copied laptop): every token of the device is revoked, so both must
    sign in with the password again, and the event is logged.
    """
    digest = token_hash(req.refresh_token)
    row = session.execute(
        update(ServerToken).where(ServerToken.token_hash == digest,
                                  ServerToken.kind == REFRESH,
                                  ServerToken.device_id == req.device_id)
        .values(kind=ROTATED)
        .returning(ServerToken.user_id, ServerToken.device_id, ServerToken.expires_at)).first()
    if row is None:
        old = session.get(ServerToken, digest)
        if old is not None and old.kind == ROTATED and old.device_id == req.device_id:
            revoke_device_tokens(session, old.device_id)
            log.warning("refresh token reused for device %s (user %s): every token of the "
                        "device revoked", old.device_id, old.user_id)
            raise ReuseDetected(unauthorized(
                "this sign-in was used twice, so it has been ended for safety: sign in "
                "again", "token_reused"))
        raise unauthorized("the sign-in has expired: sign in again")
    user_id, device_id, expires_at = row
    if _aware(expires_at) < utcnow():
        raise unauthorized("the sign-in has expired: sign in again")
    device = session.get(ServerDevice, device_id)
    if device is None or device.revoked_at is not None:
        raise device_revoked()
    user = session.get(UserAccount, user_id)
    if user is None or not user.active or user.deleted:
        raise unauthorized("this account has been disabled", "account_disabled")
    return _issue(session, settings, user, device)


class ReuseDetected(Exception):
    """Keep the revocation (commit), then answer with ``error``."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.message)
        self.error = error


def revoke_device_tokens(session: Session, device_id: str) -> int:
    """End every session of a device (it must sign in with a password again)."""
    result = session.execute(delete(ServerToken).where(ServerToken.device_id == device_id))
    return int(getattr(result, "rowcount", 0) or 0)


@dataclass(frozen=True)
class SignedIn:
    """The signed-in user's fields a request needs (read with the token, no ORM object)."""

    id: str
    username: str
    display_name: str


@dataclass(frozen=True)
class Caller:
    actor: Actor
    user: SignedIn


#: ``session.info`` key: device id -> its ``org_scope``, as :func:`authenticate` read it
#: (the pull needs it and would otherwise read the device again).
DEVICE_ORG_SCOPE = "auth_device_org_scope"

_TOKENS = ServerToken.__table__
_DEVICES = ServerDevice.__table__
_USERS = UserAccount.__table__
#: Built once: building a statement costs more than running this one (every request).
#: Plain columns, run on the driver's cursor of the session's connection
#: (:mod:`yjdesk.server.driver`): loading three ORM objects, and then SQLAlchemy's own
#: execution of the statement, each cost more than the indexed query itself.
TOKEN_QUERY = (select(_TOKENS.c.kind, _TOKENS.c.expires_at, _DEVICES.c.id.label("device_id"),
                       _DEVICES.c.revoked_at, _DEVICES.c.org_scope,
                       _USERS.c.id.label("user_id"), _USERS.c.username,
                       _USERS.c.display_name, _USERS.c.role, _USERS.c.team_id,
                       _USERS.c.active, _USERS.c.deleted)
                .select_from(_TOKENS.join(_DEVICES, _DEVICES.c.id == _TOKENS.c.device_id)
                             .join(_USERS, _USERS.c.id == _TOKENS.c.user_id))
                .where(_TOKENS.c.token_hash == bindparam("digest")))


def bearer_digest(authorization: str | None) -> str:
    """The stored hash of a ``Bearer`` access token (refused when none was sent)."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise unauthorized("sign in first: no access token was sent")
    token = authorization[7:].strip()
    if not token:
        raise unauthorized()
    return token_hash(token)


def caller_of(session: Session, found: Sequence[Any] | None) -> Caller:
    """The signed-in user and device from a token's row as :data:`TOKEN_QUERY` read it
    (None: no such token), refused unless the token is an unexpired access token of a
    device that is not revoked and an account that is active."""
    if found is None:
        raise unauthorized()
    (kind, expires_at, device_id, revoked_at, org_scope, user_id, username, display_name,
     role, team_id, active, deleted) = found
    if kind != ACCESS or _aware(expires_at) < utcnow():
        raise unauthorized()
    if revoked_at is not None:
        raise device_revoked()
    if not active or deleted:
        raise unauthorized("this account has been disabled", "account_disabled")
    actor = Actor(user_id=user_id, role=Role(role), team_id=team_id,
                  device_id=device_id, display_name=display_name)
    session.info[DEVICE_ORG_SCOPE] = {device_id: org_scope}
    return Caller(actor, SignedIn(user_id, username, display_name))


def authenticate(session: Session, authorization: str | None) -> Caller:
    """The signed-in user and device for a ``Bearer`` access token."""
    digest = bearer_digest(authorization)
    conn = session.connection()
    return caller_of(session, driver.statement(TOKEN_QUERY, conn.dialect).first(
        conn, {"digest": digest}))
