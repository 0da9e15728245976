"""The unit of work: one session, one transaction, commit or roll back as a whole.

Services receive the session from a unit of work and never create their own (Warehouse,
cosmicpython). The unit of work also carries who is acting, so every service can check
permissions and stamp ``updated_by``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from yjdesk.models.org import Role
from yjdesk.store import changes as change_log
from yjdesk.store.changes import NO_CHANGES, Changes
from yjdesk.store.engine import translate


@dataclass(frozen=True)
class Actor:
    """Who is doing something: the signed-in user, and on which device."""

    user_id: str
    role: Role
    team_id: str | None
    device_id: str = "local"
    display_name: str = ""


class UnitOfWork:
    """``with UnitOfWork(factory, actor) as uow: ...`` commits on success, else rolls back.

    sqlite errors raised inside are translated to the error taxonomy (disk full, locked...);
    nothing is half-written because the whole block is one transaction.
    """

    def __init__(self, session_factory: Callable[[], Session], actor: Actor,
                 database: Path | None = None) -> None:
        self._factory = session_factory
        self.actor = actor
        self._database = database
        self.session: Session
        #: What the committed work changed (tables and children); set when the block ends.
        self.changes: Changes = NO_CHANGES

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info["actor"] = self.actor
        self.session.begin()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                try:
                    self.session.commit()
                except DBAPIError as err:
                    self.session.rollback()
                    raise translate(err, self._database) from err
            else:
                self.session.rollback()
                if isinstance(exc, DBAPIError):
                    raise translate(exc, self._database) from exc
        finally:
            # steps committed with :meth:`commit` before a failure stay changed
            self.changes = change_log.committed(self.session)
            self.session.close()

    @property
    def tables_read(self) -> frozenset[str]:
        """The tables this unit of work has read so far (what a view's data came from)."""
        return change_log.tables_read(self.session)

    def commit(self) -> None:
        """Commit now and start a new transaction (for long operations in steps)."""
        try:
            self.session.commit()
        except DBAPIError as err:
            self.session.rollback()
            raise translate(err, self._database) from err
        self.session.begin()


def actor_of(session: Session) -> Actor:
    actor = session.info.get("actor")
    if not isinstance(actor, Actor):
        raise RuntimeError("session has no actor; use a UnitOfWork")
    return actor
