"""Failed sign-ins, counted in the database so every instance of the service shares them.

Two limits, both kept in :class:`~yjdesk.models.server.LoginThrottle` rows:

* **per account name** -- :data:`ServiceSettings.max_failed_logins` wrong passwords in a row lock
  sign-in for that name for :data:`ServiceSettings.lockout_minutes`. A name that matches no account
  (or a disabled one) gets the same *shadow* counter and the same lock-out, so the answers
  never tell a guesser which names exist.
* **per client address** -- more than :data:`ServiceSettings.address_max_failures` failures from
  one address within :data:`ServiceSettings.address_window_minutes` refuse every sign-in from it
  (429 with ``Retry-After``) until the window passes: password spraying across many names
  from one place stops. Only failures count, so an office behind one NAT address signing
  in at 9 a.m. is not refused.

Every count is one atomic ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``: the row lock
it takes is held to the end of the transaction, so parallel wrong passwords are each
counted (50 at once on PostgreSQL leave the account locked), whatever the number of
service processes behind the proxy.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from sqlalchemy import Table, case, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from yjdesk.models.server import LoginThrottle
from yjdesk.server.errors import ApiError, unauthorized
from yjdesk.server.settings import ServiceSettings

T: Table = LoginThrottle.__table__  # type: ignore[assignment]
#: Rows untouched for this long (and not locked) are removed now and then.
STALE_AFTER = dt.timedelta(days=2)


def account_key(username: str) -> str:
    return "account:" + username.strip().casefold()[:180]


def address_key(address: str | None) -> str:
    return "address:" + (address or "unknown")[:180]


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def locked(settings: ServiceSettings) -> ApiError:
    return unauthorized(f"too many wrong passwords: sign-in is locked for "
                        f"{settings.lockout_minutes} minutes", "account_locked")


def too_many(seconds: float) -> ApiError:
    minutes = max(1, math.ceil(seconds / 60))
    return ApiError(429, "too_many_attempts",
                    f"too many failed sign-ins from this network address: try again in "
                    f"{minutes} minute{'s' if minutes != 1 else ''}",
                    retry_after=max(1, math.ceil(seconds)))


def refusal(session: Session, settings: ServiceSettings, username: str, address: str | None,
            now: dt.datetime) -> ApiError | None:
    """Why a sign-in must be refused before its password is even checked (None: go on)."""
    akey, ikey = account_key(username), address_key(address)
    rows = {r.key: r for r in session.scalars(
        select(LoginThrottle).where(LoginThrottle.key.in_((akey, ikey))))}
    window = dt.timedelta(minutes=settings.address_window_minutes)
    ip = rows.get(ikey)
    if ip is not None and ip.failures >= settings.address_max_failures:
        ends = _aware(ip.window_start) + window
        if ends > now:
            return too_many((ends - now).total_seconds())
    acct = rows.get(akey)
    if acct is not None and acct.locked_until is not None and _aware(acct.locked_until) > now:
        return locked(settings)
    return None


def _insert(session: Session) -> Any:
    return pg_insert(T) if session.get_bind().dialect.name == "postgresql" else sqlite_insert(T)


def record_failure(session: Session, settings: ServiceSettings, username: str, address: str | None,
                   now: dt.datetime) -> bool:
    """Count one failed sign-in for the name and the address; True if the name is now locked."""
    akey = account_key(username)
    stmt = _insert(session).values(key=akey, failures=1, window_start=now, locked_until=None,
                                   updated_at=now)
    failures = session.execute(stmt.on_conflict_do_update(
        index_elements=[T.c.key],
        set_={"failures": T.c.failures + 1, "updated_at": now},
    ).returning(T.c.failures)).scalar_one()
    locked_now = failures >= settings.max_failed_logins
    if locked_now:  # this transaction holds the row lock: nobody else counts meanwhile
        session.execute(update(T).where(T.c.key == akey).values(
            failures=0, locked_until=now + dt.timedelta(minutes=settings.lockout_minutes)))
    cutoff = now - dt.timedelta(minutes=settings.address_window_minutes)
    stmt = _insert(session).values(key=address_key(address), failures=1, window_start=now,
                                   locked_until=None, updated_at=now)
    expired = T.c.window_start <= cutoff
    session.execute(stmt.on_conflict_do_update(
        index_elements=[T.c.key],
        set_={"failures": case((expired, 1), else_=T.c.failures + 1),
              "window_start": case((expired, now), else_=T.c.window_start),
              "updated_at": now}))
    if random.random() < 0.02:
        forget_stale(session, now)
    return locked_now


def record_success(session: Session, username: str, now: dt.datetime) -> bool:
    """Clear the name's run of failures; False if it was locked meanwhile (then refuse).

    The check and the reset are one statement, so a right password racing a burst of wrong
    ones cannot slip in after the lock was set.
    """
    row = session.execute(update(T).where(T.c.key == account_key(username))
                          .values(failures=0, updated_at=now)
                          .returning(T.c.locked_until)).first()
    return row is None or row[0] is None or _aware(row[0]) <= now


def clear(session: Session, username: str) -> None:
    """Forget the name's failures and lock (an administrator set a new password)."""
    session.execute(delete(T).where(T.c.key == account_key(username)))


def forget_stale(session: Session, now: dt.datetime) -> None:
    old = now - STALE_AFTER
    session.execute(delete(T).where(T.c.updated_at < old)
                    .where((T.c.locked_until.is_(None)) | (T.c.locked_until < now)))
