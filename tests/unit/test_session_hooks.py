"""Every laptop session factory gets every session hook, however many came before it."""

from __future__ import annotations

import gc

from sqlalchemy.orm import Session, sessionmaker

from yjdesk.laptop import SESSION_HOOKS
from yjdesk.services import audit, row_rules
from yjdesk.services.assessments import signing
from yjdesk.store import changes
from yjdesk.sync import tracking


def _hooks(factory: sessionmaker[Session]) -> tuple[set[object], set[object]]:
    session = factory()
    try:
        return set(session.dispatch.before_flush), set(session.dispatch.after_flush)
    finally:
        session.close()


def test_a_new_factory_gets_the_hooks_even_where_a_dead_one_had_them() -> None:
    """``event.contains`` remembers a collected factory's class by ``id()``; a new factory
    whose class reuses that id used to be taken for hooked and ran with no audit, no dirty
    tracking and no lock guard (a rare 'nothing to push' in the sync tests)."""
    wanted = {audit._before_flush, tracking._before_flush, signing._guard,
              row_rules._before_flush}
    for _ in range(30):
        factory: sessionmaker[Session] = sessionmaker()
        for install in SESSION_HOOKS:
            install(factory)
            install(factory)  # still idempotent
        before, after = _hooks(factory)
        assert before == wanted
        assert after == {changes._after_flush, row_rules._after_flush}
        del factory
        gc.collect(1)
