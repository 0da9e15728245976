"""Revocation that ends (issue 11, finding 1).

While a child is "revoked pending" for a device (it left the user's caseload and the
laptop has not yet confirmed the purge), the device may still send the edits it made
before: changes to rows the service already has, based on a revision the service had
recorded before the revocation. Never a new row, never a change to what decides who
holds the child (case manager, team, allocations and cover, court work), and only for
the policy's period (``sync.revoked_pending_days``, default 7): after that the child is
simply out of the device's scope, acknowledged or not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from yjdesk.models.server import DeviceChild
from yjdesk.models.types import utcnow
from yjdesk.server import feed
from yjdesk.services.policy import current_policy

NEW_ROW = ("this child has left your caseload: only changes you made before that can "
           "still be sent, not new records")
SCOPE_CHANGE = ("this child has left your caseload: who works with the child cannot be "
                "changed from this laptop any more")
TOO_LATE = ("this child has left your caseload: this change was made after that, or on "
            "a version the service did not have then")

ALL = frozenset({"*"})
#: table -> fields deciding who holds a child (``ALL``: any change to the row).
SCOPE_FIELDS: dict[str, frozenset[str]] = {
    "child": frozenset({"case_manager_id", "team_id"}),
    "allocation": ALL,
    "court_hearing": frozenset({"court_officer_id", "child_id", "hearing_date"}),
    "offence": frozenset({"victim_involved", "child_id"}),
    "ooc_decision": ALL,
}


def window(now: dt.datetime | None = None) -> dt.datetime:
    """Revocations older than this no longer let the device send anything."""
    days = current_policy().sync.revoked_pending_days
    return (now or utcnow()) - dt.timedelta(days=days)


#: Built once (building it cost more than running it, on every push).
PENDING = select(DeviceChild.child_id, DeviceChild.changed_at).where(
    DeviceChild.device_id == bindparam("device"), DeviceChild.revoked.is_(True),
    DeviceChild.changed_at >= bindparam("since", type_=DeviceChild.changed_at.type))


def pending(session: Session, device_id: str, now: dt.datetime | None = None
            ) -> dict[str, dt.datetime]:
    """The device's revoked-pending children still inside the period: child -> revoked at."""
    rows = session.connection().execute(PENDING, {"device": device_id, "since": window(now)})
    return {str(c): at for c, at in rows}


def insert_refusal() -> str:
    return NEW_ROW


def update_refusal(session: Session, table: str, row_id: str, base_rev: int,
                   stored: Mapping[str, Any], wire: Mapping[str, Any],
                   revoked_at: dt.datetime) -> str | None:
    """A change to a stored row of a revoked-pending child: allowed only as described."""
    fields = SCOPE_FIELDS.get(table)
    changed = {k for k, v in wire.items() if stored.get(k) != v}
    if fields is not None and changed and (fields is ALL or changed & fields
                                           or "deleted" in changed):
        return SCOPE_CHANGE
    if base_rev < 1:
        return TOO_LATE
    base = feed.revision(session, table, row_id, base_rev)
    if base is None:
        return TOO_LATE
    made = base.updated_at if base.updated_at.tzinfo else base.updated_at.replace(
        tzinfo=dt.UTC)
    at = revoked_at if revoked_at.tzinfo else revoked_at.replace(tzinfo=dt.UTC)
    if made > at:
        return TOO_LATE
    return None
