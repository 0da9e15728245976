"""Fetching one live row by id: the one way a service says "not on this laptop"."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from yjdesk.errors import NotFound
from yjdesk.models.base import Synced

T = TypeVar("T", bound=Synced)


def fetch_live(session: Session, model: type[T], row_id: str, message: str) -> T:
    """The row ``row_id`` of ``model`` unless it is missing or a tombstone (then
    :class:`~yjdesk.errors.NotFound` with ``message``, in plain words)."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(message)
    return row


__all__ = ["fetch_live"]
