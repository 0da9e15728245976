"""Install a session-factory listener once, without asking SQLAlchemy whether it is there.

``sqlalchemy.event.contains`` keys its registry by ``id()`` of the target, and for a
``sessionmaker`` the target is the Session subclass that factory made. That registry entry
outlives the class: once a closed store's factory is garbage-collected, a new factory's class
may get the same ``id()``, and ``event.contains`` then answers True for a listener that was
never attached to it. A store opened that way silently ran without its flush hooks (no audit,
no dirty tracking, no lock guard) -- seen as a rare test failure where a fresh child had
nothing to push. So the listeners each factory has are remembered here, per factory class.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

_INSTALLED: weakref.WeakKeyDictionary[type, set[tuple[str, Callable[..., Any]]]] = (
    weakref.WeakKeyDictionary())


def listen_once(factory: sessionmaker[Session], identifier: str,
                fn: Callable[..., Any]) -> None:
    """``event.listen(factory, identifier, fn)`` unless this factory already has it."""
    installed = _INSTALLED.setdefault(factory.class_, set())
    if (identifier, fn) in installed:
        return
    event.listen(factory, identifier, fn)
    installed.add((identifier, fn))
