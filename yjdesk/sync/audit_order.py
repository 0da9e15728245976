"""Audit events travel last and in their device's chain order (issue 11).

The service refuses an audit event that does not continue its device's hash chain, and one
about a child it does not know yet. Events are queued in one instant (their queue order
is not the chain's), and one may concern a child created in the same push: so they go
after every other row, sorted by ``device_seq``.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.sync.idlist import ids_of

Key = tuple[str, str]


def chain_order(session: Session, keys: list[Key]) -> list[Key]:
    """Audit events last (one may concern a child created in the same push), in their
    device's chain order (events queued in one instant have no order of their own; the
    service refuses an event that skips one)."""
    events = [k for k in keys if k[0] == "audit_event"]
    if not events:
        return keys
    ids = json.dumps([k[1] for k in events])
    seqs = {str(i): int(q) for i, q in session.execute(_chain_positions(), {"ids": ids})}
    return [k for k in keys if k[0] != "audit_event"] + sorted(
        events, key=lambda k: seqs.get(k[1], 0))


@cache
def _chain_positions() -> Any:
    """id and device_seq of the audit events in a JSON list of ids (built once)."""
    from yjdesk.models.audit import AuditEvent

    return select(AuditEvent.id, AuditEvent.device_seq).where(AuditEvent.id.in_(ids_of()))
