"""Fetching live rows: one by id (the one way a service says "not on this laptop"), or a
child's rows of one kind."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import NotFound
from yjdesk.models.base import Base, Synced, not_deleted

T = TypeVar("T", bound=Synced)
B = TypeVar("B", bound=Base)


def fetch_live(session: Session, model: type[T], row_id: str, message: str) -> T:
    """The row ``row_id`` of ``model`` unless it is missing or a tombstone (then
    :class:`~yjdesk.errors.NotFound` with ``message``, in plain words)."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(message)
    return row


def child_rows(session: Session, model: type[B], child_id: str, *order_by: Any) -> list[B]:
    """Every live row of ``model`` (a synced, child-owned model) that belongs to
    ``child_id``, in ``order_by`` order."""
    return list(session.scalars(select(model).where(
        model.__table__.c.child_id == child_id, not_deleted(model)).order_by(*order_by)))


__all__ = ["child_rows", "fetch_live"]
