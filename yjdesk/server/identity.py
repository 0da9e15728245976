"""Identity comes from the token and the service's own history (issue 11).

* Audit events: the pushing device's id and user come from the access token; the event
  must concern a child the device holds and continue that device's own hash chain
  (``device_seq`` one more than the last stored event, ``prev_hash`` its hash, ``hash``
  recomputed). Anything else is refused and written down in ``audit_chain_break`` for
  administrators (``yjdesk-server audit breaks``).
* Separation of duties: who wrote or submitted an assessment, and who created or wrote a
  court report, is read from ``row_revision`` (what the service itself recorded), not from the
  fields the laptop sends.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, inspect, select
from sqlalchemy.orm import Session

from yjdesk.models.audit import AuditEvent
from yjdesk.models.server import AuditChainBreak, DeviceChild, RowRevision
from yjdesk.models.statuses import PsrStatus, StageStatus
from yjdesk.services import audit
from yjdesk.services.change_rules import ChangeLike, judges
from yjdesk.wire.codec import decoder

_BREAKS = "identity_audit_breaks"

NOT_YOUR_DEVICE = "an audit event can only be sent by the device that recorded it"
NOT_YOU = "an audit event must name you, the person signed in"
NOT_HELD = "an audit event must concern a child this device holds"


#: ``session.info`` keys a push fills for the rules of its batch (server.push): the chain
#: tail each device reached in this batch, and the batch's answers "the pusher holds this
#: child" (kept current as scope rows change), so a rule need not ask the database again.
BATCH_TAILS = "identity_batch_tails"
BATCH_IN_SCOPE = "push_batch_in_scope"


def remember_tail(session: Session, device_id: str, seq: int, digest: str) -> None:
    """An event of ``device_id`` was stored in this batch: it is the chain's tail now."""
    session.info.setdefault(BATCH_TAILS, {})[device_id] = (seq, digest)


def forget_tails(session: Session) -> None:
    session.info.pop(BATCH_TAILS, None)


def tail(session: Session, device_id: str) -> tuple[int, str]:
    """The last stored event of a device's chain: ``(device_seq, hash)``, or the genesis."""
    known = session.info.get(BATCH_TAILS, {}).get(device_id)
    if known is not None:
        return known  # type: ignore[no-any-return]
    row = session.execute(
        select(AuditEvent.device_seq, AuditEvent.hash)
        .where(AuditEvent.device_id == device_id)
        .order_by(AuditEvent.device_seq.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row else (0, audit.GENESIS)


def device_holds(session: Session, actor: Any, child_id: str) -> bool:
    """The device holds the child now, or held it (revoked, not yet purged), or the child
    is not on the service at all (one the laptop made that the service has not accepted
    yet, say for a clashing case number: its events must not block the device's chain)."""
    from yjdesk.models.child import Child
    from yjdesk.server import scope

    if session.info.get(BATCH_IN_SCOPE, {}).get(child_id):
        return True  # the push already knows the pusher holds it (and so that it exists)
    if session.scalar(select(Child.id).where(Child.id == child_id)) is None:
        return True
    held = session.scalar(select(exists().where(DeviceChild.device_id == actor.device_id,
                                                DeviceChild.child_id == child_id)))
    return bool(held) or scope.child_in_scope(session, actor, child_id)


def _event_values(change: ChangeLike, row_id: str) -> dict[str, Any]:
    """The pushed event's hashed fields as the column values an ORM event would hold
    (decoded by the wire codec), for :func:`audit.hash_of`: building an ``AuditEvent``
    for each pushed event was most of the rules' CPU in a push of audit events."""
    columns = change.table.c
    values: dict[str, Any] = {name: decoder(columns[name])(change.proposed.get(name))
                              for name in audit.HASHED_FIELDS if name != "id"}
    values["id"] = row_id
    return values


@judges("audit_event")
def audit_event_refusal(change: ChangeLike) -> str | None:
    """A new audit event: the token's device and user, a held child, the next link."""
    if change.current is not None:
        return None
    actor, proposed = change.actor, change.proposed
    row_id = str(change.row_id)
    expected, last_hash = tail(change.session, actor.device_id)
    claimed = proposed.get("device_seq")
    message: str | None = None
    if proposed.get("device_id") != actor.device_id:
        message = NOT_YOUR_DEVICE
    elif proposed.get("user_id") not in (None, actor.user_id):
        message = NOT_YOU
    elif proposed.get("child_id") and not device_holds(change.session, actor,
                                                       str(proposed["child_id"])):
        message = NOT_HELD
    elif claimed != expected + 1:
        message = (f"the audit trail of this device is broken: event {claimed} arrived "
                   f"where event {expected + 1} was expected")
    elif proposed.get("prev_hash") != last_hash:
        message = ("the audit trail of this device is broken: the event does not follow "
                   "the previous one")
    elif audit.hash_of(last_hash, _event_values(change, row_id)) != proposed.get("hash"):
        message = "the audit trail of this device is broken: the event does not match its hash"
    if message is not None:
        change.session.info.setdefault(_BREAKS, []).append(dict(
            device_id=actor.device_id, event_id=row_id[:36], user_id=actor.user_id,
            device_seq=claimed if isinstance(claimed, int) and not isinstance(claimed, bool)
            and abs(claimed) < 2 ** 62 else None,
            expected_seq=expected + 1, reason=message[:300]))
    return message


def forget_breaks(session: Session) -> None:
    """Drop the refusals noted so far (the push is being applied again)."""
    session.info.pop(_BREAKS, None)


def report_breaks(session: Session) -> int:
    """Write down the audit events refused in this batch (after their rows rolled back)."""
    found: list[dict[str, Any]] = session.info.pop(_BREAKS, [])
    written = 0
    for item in found:
        key = (item["device_id"], item["event_id"])
        if session.get(AuditChainBreak, key) is None:
            session.add(AuditChainBreak(**item))
            written += 1
    session.flush()
    return written


@dataclass(frozen=True)
class BreakLine:
    device_id: str
    user_id: str
    event_id: str
    device_seq: int | None
    expected_seq: int
    reason: str
    reported_at: Any


def list_breaks(session: Session, device_id: str | None = None) -> list[BreakLine]:
    """Refused audit events (and stored chains that no longer verify), per device."""
    stmt = select(AuditChainBreak).order_by(AuditChainBreak.device_id,
                                            AuditChainBreak.reported_at)
    if device_id:
        stmt = stmt.where(AuditChainBreak.device_id == device_id)
    out = [BreakLine(b.device_id, b.user_id, b.event_id, b.device_seq, b.expected_seq,
                     b.reason, b.reported_at) for b in session.scalars(stmt)]
    for broken in audit.verify_chain(session, device_id):
        user = session.scalar(select(AuditEvent.user_id).where(
            AuditEvent.id == broken.event_id)) or ""
        out.append(BreakLine(broken.device_id, user, broken.event_id, broken.device_seq,
                             broken.device_seq, f"stored chain: {broken.reason}", None))
    return out


# --- separation of duties, from the service's own history ---------------------------------

_HAS_HISTORY: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def _has_history(session: Session) -> bool:
    """The database keeps the service's history (a laptop store running the same rules
    in a test does not)."""
    bind = session.get_bind()
    key = getattr(bind, "engine", bind)
    if key not in _HAS_HISTORY:
        # on the session's own connection: a second one would wait for this one's lock
        _HAS_HISTORY[key] = inspect(session.connection()).has_table("row_revision")
    return _HAS_HISTORY[key]


def _history(session: Session, table: str, row_ids: Iterable[str]) -> list[RowRevision]:
    ids = sorted(set(row_ids))
    if not ids or session is None or not _has_history(session):
        return []
    from yjdesk.server.feed import write_pending_revisions

    write_pending_revisions(session)  # this push's own revisions count too
    return list(session.scalars(
        select(RowRevision).where(RowRevision.table_name == table,
                                  RowRevision.row_id.in_(ids))
        .order_by(RowRevision.row_id, RowRevision.rev)))


def writers(session: Session, table: str, row_ids: Iterable[str], workflow: frozenset[str],
            *, creation_writes: bool = True, submitted: str | None = None) -> set[str]:
    """Users the service recorded as writing these rows: changing any field outside
    ``workflow`` (or creating the row, when ``creation_writes``), or moving its status to
    ``submitted``."""
    out: set[str] = set()
    previous: dict[str, dict[str, Any]] = {}
    for rev in _history(session, table, row_ids):
        fields = json.loads(rev.fields_json)
        before = previous.get(rev.row_id)
        previous[rev.row_id] = fields
        if rev.updated_by is None:
            continue
        if before is None:
            if creation_writes or (submitted is not None
                                   and fields.get("status") == submitted):
                out.add(rev.updated_by)
            continue
        changed = {k for k, v in fields.items() if before.get(k) != v}
        moved_to_submitted = submitted is not None and "status" in changed \
            and fields.get("status") == submitted
        if changed - workflow or moved_to_submitted:
            out.add(rev.updated_by)
    return out


STAGE_WORKFLOW = frozenset({"status", "submitted_at", "submitted_by", "countersign_due_on",
                            "countersigned_by", "countersigned_at", "content_hash"})
PSR_WORKFLOW = frozenset({"status", "submitted_at", "checked_by_id", "checked_at",
                          "finalised_at", "finalised_by_id", "content_hash", "author_id",
                          "due_date", "requested_on", "kind", "hearing_id", "child_id"})
WROTE_OR_SUBMITTED = "nobody can countersign an assessment they wrote or submitted"
WROTE_REPORT = "a manager cannot quality-check a report they wrote"


def _answer_ids(session: Session, stage_id: str) -> list[str]:
    from yjdesk.models.assessment import AssessmentAnswer

    return list(session.scalars(select(AssessmentAnswer.id).where(
        AssessmentAnswer.stage_id == stage_id)))


@judges("assessment_stage")
def countersigner_did_not_write(change: ChangeLike) -> str | None:
    """Whoever countersigns did not write, answer or submit the stage (server history)."""
    if change.proposed.get("status") != StageStatus.COUNTERSIGNED:
        return None
    if change.current is None:
        return WROTE_OR_SUBMITTED  # creating it countersigned: the signer wrote it
    if change.current.get("status") == StageStatus.COUNTERSIGNED:
        return None
    stage_id = str(change.row_id)
    session, me = change.session, change.actor.user_id
    people = writers(session, "assessment_stage", [stage_id], STAGE_WORKFLOW,
                     submitted=StageStatus.SUBMITTED)
    people |= writers(session, "assessment_answer", _answer_ids(session, stage_id),
                      frozenset())
    if me in people:
        return WROTE_OR_SUBMITTED
    return None


@judges("psr")
def checker_did_not_write(change: ChangeLike) -> str | None:
    """Whoever checks a report as court ready did not create or write any of it (server
    history: the user who created the row on the service counts, whatever ``author_id``
    the report names)."""
    if change.proposed.get("status") != PsrStatus.COURT_READY:
        return None
    if change.current is None:
        return WROTE_REPORT  # creating it court ready: the checker created it
    if change.current.get("status") == PsrStatus.COURT_READY:
        return None
    report_id = str(change.row_id)
    people = writers(change.session, "psr", [report_id], PSR_WORKFLOW)
    if change.actor.user_id in people:
        return WROTE_REPORT
    return None


RULES = [audit_event_refusal, countersigner_did_not_write, checker_did_not_write]


def chain_order(changes: list[Any]) -> list[Any]:
    """The batch with its audit events last, in chain order (``device_seq``).

    An event may concern a child created in the same batch (so it goes after it), and a
    laptop queues several events in one instant, so their order in its queue is not the
    chain's."""
    events = [c for c in changes if c.table == "audit_event"]
    if not events:
        return changes

    def seq(c: Any) -> int:
        value = c.fields.get("device_seq")
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    return [c for c in changes if c.table != "audit_event"] + sorted(events, key=seq)
