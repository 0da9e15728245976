"""The offline lease: a laptop that has not reached the sync service for too long stops
opening its records until it signs in online again.

The service sets the grace (``offline_grace_days``, default 14) and sends it with every
token; the laptop keeps it, with the time it last reached the service, *inside* the
encrypted store (so neither can be edited without the password). After the password
unlocks the store, :func:`check` refuses to go on -- closing the store again -- when:

* the last contact is older than the grace (a laptop kept offline, e.g. stolen and kept
  off the network so a revocation cannot reach it); or
* the clock is more than a day *behind* the last contact (it was turned back to stretch
  the lease).

The check runs at every sign-in and at every unlock of an idle-locked window (a laptop left
signed in does not escape it). An online sign-in (the service confirms the password and
that the laptop is not revoked) or a completed sync renews the lease. Profiles not connected
to a service have no lease.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from yjdesk.errors import KnownError, Message
from yjdesk.models.types import utcnow
from yjdesk.services.profile import get_meta, set_meta
from yjdesk.store import LocalStore
from yjdesk.sync import state

LAST_CONTACT = "sync.last_contact_at"
GRACE_DAYS = "sync.offline_grace_days"
DEFAULT_GRACE_DAYS = 14
#: How far the clock may be behind the last contact (time zones, a drifting clock).
CLOCK_SLACK = dt.timedelta(days=1)


class LeaseExpired(KnownError):
    title = "Sign in online to continue"


def grace_days(session: Session) -> int:
    value = get_meta(session, GRACE_DAYS)
    try:
        return max(1, int(value)) if value else DEFAULT_GRACE_DAYS
    except ValueError:
        return DEFAULT_GRACE_DAYS


def renew(session: Session, policy: dict[str, Any] | None = None,
          now: dt.datetime | None = None) -> None:
    """The service was reached just now (and sent ``policy``): the lease starts again."""
    set_meta(session, LAST_CONTACT, (now or utcnow()).isoformat())
    days = (policy or {}).get("offline_grace_days")
    if isinstance(days, int) and not isinstance(days, bool) and days >= 1:
        set_meta(session, GRACE_DAYS, str(days))


def last_contact(session: Session) -> dt.datetime | None:
    values = [state.last_synced(session)]
    raw = get_meta(session, LAST_CONTACT)
    if raw:
        values.append(dt.datetime.fromisoformat(raw))
    known = [v for v in values if v is not None]
    return max(known) if known else None


def check(session: Session, now: dt.datetime | None = None) -> None:
    """Raise :class:`LeaseExpired` if this connected profile must sign in online first."""
    if state.account_of(session) is None:
        return  # not connected to a service: nothing to lease
    now = now or utcnow()
    contact = last_contact(session)
    if contact is None:  # a profile from before the lease existed: start it now
        renew(session, now=now)
        return
    days = grace_days(session)
    if contact - now > CLOCK_SLACK:
        raise LeaseExpired(Message(
            "This laptop's clock is earlier than the last time it reached the sync service. "
            "Correct the date and time, connect to the network and sign in again."))
    if now - contact > dt.timedelta(days=days):
        away = (now - contact).days
        raise LeaseExpired(Message(
            "This laptop has not reached the sync service for %1 days; your service allows "
            "%2 days offline. Connect to the network and sign in again, so the service can "
            "confirm this laptop may still open the records.", away, days))


def check_store(store: LocalStore) -> None:
    """:func:`check` in its own transaction (e.g. when a locked window is unlocked)."""
    session = store.session()
    session.info["sync_apply"] = True
    with session, session.begin():
        check(session)
