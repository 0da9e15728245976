"""The laptop's store: every session hook (flush hooks and the like) is installed here.

Each hook runs on every session of :attr:`LaptopStore.session_factory`, in this order:

1. :func:`yjdesk.services.audit.install` -- stamps ``updated_by``/``updated_at`` on each
   synced row a session with an actor changes and appends the audit event.
2. :func:`yjdesk.sync.tracking.install` -- queues each created, changed or tombstoned synced
   row for the next push (and keeps the last accepted version for the three-way merge).
3. :func:`yjdesk.services.assessments.lock.install_lock_guard` -- refuses any change to a
   countersigned assessment stage or its answers, whatever code path tried.
4. :func:`yjdesk.services.row_rules.install` -- judges every row the transaction wrote by
   the rules the sync service runs on it (who did it, locked records, the case-work and
   court-report workflow) just before it commits, and refuses the commit with the
   service's words: a row the service would refuse for them is never queued.
5. :func:`yjdesk.store.changes.install` -- records the tables and children each transaction
   wrote (and the tables it read), so views learn what changed (published after each
   database task and each sync; never typed by hand).
6. :func:`yjdesk.services.due_store.install` -- puts the child of every row the due-item
   rules read into ``due_dirty`` before the transaction commits (from the change record),
   so the caseload's stored due facts are worked out again for exactly those children.

A session with ``info["sync_apply"]`` set (the sync engine writing what the server sent)
skips the first four; the change record (5) and the due facts (6) see its writes too, so
views and due items follow a sync.
The sync service's sessions run none of them: the server applies its own rules in the push
path.
"""

from __future__ import annotations

from typing import ClassVar

from yjdesk.errors import KnownError
from yjdesk.paths import Paths
from yjdesk.services import audit, due_store, row_rules
from yjdesk.services.assessments.lock import install_lock_guard
from yjdesk.store import LocalStore, SessionHook, changes, keys
from yjdesk.sync import tracking

SESSION_HOOKS: tuple[SessionHook, ...] = (audit.install, tracking.install,
                                          install_lock_guard, row_rules.install,
                                          changes.install, due_store.install)


class LaptopStore(LocalStore):
    """The encrypted local store of a laptop profile, with :data:`SESSION_HOOKS` installed."""

    session_hooks: ClassVar[tuple[SessionHook, ...] | None] = SESSION_HOOKS

    @classmethod
    def create(cls, paths: Paths, password: str, kdf: keys.KdfParams | None = None, *,
               bind_to_device: bool | None = None) -> LocalStore:
        """As :meth:`LocalStore.create`; binding to the device follows the machine policy
        ``security.bind_store_to_device`` unless ``bind_to_device`` says otherwise."""
        if bind_to_device is None:
            bind_to_device = _policy_binds(paths)
        return super().create(paths, password, kdf, bind_to_device=bind_to_device)


def _policy_binds(paths: Paths) -> bool:
    from yjdesk.config import load_settings

    try:
        return load_settings(paths).policy().security.bind_store_to_device
    except (KeyError, KnownError):
        return False


__all__ = ["SESSION_HOOKS", "LaptopStore"]
