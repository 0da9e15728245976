"""Locked means locked: deleting a locked record follows the rule of its text (issue 11).

A final contact, a closed safeguarding item, a countersigned assessment stage and a
finalised court report cannot be rewritten by whoever holds them, and so cannot be
deleted by them either. Only a team or service manager may delete (tombstone) one, and
must say why: the reason (``deleted_reason``) stays in the record's history.

:func:`tombstone_refusal` is a pure function of the row before, the row after and the
caller's role, called by the laptop's services and by the sync service's push path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from yjdesk.errors import Message, Sentence, Word
from yjdesk.models.org import Role
from yjdesk.models.statuses import ContactStatus, PsrStatus, SafeguardingStatus, StageStatus

MANAGERS = frozenset({Role.TEAM_MANAGER, Role.SERVICE_MANAGER})

#: table -> (status field, locked status, words for the record).
LOCKED: dict[str, tuple[str, str, str]] = {
    "contact": ("status", ContactStatus.FINAL, "final contact record"),
    "safeguarding_item": ("status", SafeguardingStatus.CLOSED, "closed safeguarding item"),
    "assessment_stage": ("status", StageStatus.COUNTERSIGNED, "countersigned assessment"),
    "psr": ("status", PsrStatus.FINALISED, "finalised court report"),
}
TOMBSTONE_FIELDS = frozenset({"deleted", "deleted_reason"})


def is_locked(table: str, row: Mapping[str, Any] | None) -> bool:
    entry = LOCKED.get(table)
    return row is not None and entry is not None and row.get(entry[0]) == entry[1]


def is_tombstone(table: str, before: Mapping[str, Any] | None,
                 after: Mapping[str, Any]) -> bool:
    """The change deletes a locked record and changes nothing else."""
    if not is_locked(table, before) or not after.get("deleted"):
        return False
    assert before is not None
    changed = {k for k, v in after.items() if before.get(k) != v}
    return changed <= TOMBSTONE_FIELDS


def tombstone_refusal(table: str, before: Mapping[str, Any] | None,
                      after: Mapping[str, Any], role: Role | str) -> str | None:
    """A refusal when a locked record is deleted, or a deleted one restored, by someone
    other than a manager, or deleted without a reason; None otherwise (including every
    change that neither deletes nor restores)."""
    if not is_locked(table, before):
        return None
    words = LOCKED[table][2]
    assert before is not None
    if before.get("deleted") and not after.get("deleted", True):
        # a manager's deletion is undone by a manager only
        return None if role in MANAGERS else \
            Message("only a team or service manager can restore a deleted %1", Word(words))
    if not after.get("deleted"):
        return None
    if role not in MANAGERS:
        return Message("only a team or service manager can delete a %1", Word(words))
    if not str(after.get("deleted_reason") or "").strip():
        return Message("say why the %1 is deleted: the reason is kept in its history",
                       Word(words))
    if not is_tombstone(table, before, after):
        return Message("a %1 cannot be changed while it is deleted", Word(words))
    return None


def delete_locked(session: Any, row: Any, reason: str) -> None:
    """Delete (tombstone) a locked record on the laptop, as a manager, saying why."""
    from yjdesk.errors import PermissionDenied, ValidationError
    from yjdesk.services.uow import actor_of

    table = row.__table__.name
    before = {c: getattr(row, c) for c in ("status", "deleted_reason")}
    after = {**before, "deleted": True, "deleted_reason": (reason or "").strip() or None}
    refusal = tombstone_refusal(table, before, after, actor_of(session).role)
    if refusal and refusal.startswith("say why"):
        raise ValidationError({"deleted_reason": Sentence(refusal)})
    if refusal:
        raise PermissionDenied(Sentence(refusal))
    row.deleted = True
    row.deleted_reason = after["deleted_reason"]
    session.flush()
