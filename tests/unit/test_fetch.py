"""fetch_live: one live row by id, or NotFound in plain words (missing or a tombstone)."""

from __future__ import annotations

import pytest

from yjdesk.errors import NotFound
from yjdesk.models import Child
from yjdesk.services.fetch import fetch_live


def test_live_row_missing_row_and_tombstone(uow, child_id: str) -> None:
    with uow() as u:
        assert fetch_live(u.session, Child, child_id, "gone").id == child_id
        with pytest.raises(NotFound, match="not on this laptop"):
            fetch_live(u.session, Child, "no-such-id", "This child is not on this laptop.")
        u.session.get_one(Child, child_id).deleted = True
        u.session.flush()
        with pytest.raises(NotFound, match="tombstoned"):
            fetch_live(u.session, Child, child_id, "tombstoned")
