"""Dependents follow their parent; refused rows are retried; nothing waits unexplained
(issue 18, finding 2).

Pat and Sam (two teams) each type the same case number for a child added offline, with
its allocation, address and final contact. Pat syncs first; Sam's child is refused in
words, and its three records wait for it -- listed, with the action that fixes them, and
``yjdesk sync`` exits 1 saying how many wait and why. After Sam changes the number (or the
clash goes away on the server, with no edit on Sam's laptop) the next sync sends the child
and every record that waited for it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.integration.serverkit import PASSWORD, ServerDb, World
from tests.integration.test_sync_numbering import add_child_offline
from tests.support.sync_laptop import Laptop
from yjdesk.cli import main
from yjdesk.models import Child, Contact, SyncPending
from yjdesk.models.types import utcnow
from yjdesk.services.children import ChildInput, update_child
from yjdesk.sync import waiting

TODAY = dt.date.today()
CLASH = "case number YJ-000777 is already used; change it on this child's record"


@pytest.fixture
def pair(live_server: str, world: World, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    pat = Laptop(live_server, "pat", tmp_path / "pat")
    sam = Laptop(live_server, "sam", tmp_path / "sam")
    try:
        pat.sync()
        sam.sync()
        yield pat, sam
    finally:
        pat.close()
        sam.close()


def _clash(pat: Laptop, sam: Laptop) -> tuple[str, str]:
    mine = add_child_offline(pat, "Typed", case_number="YJ-000777")
    theirs = add_child_offline(sam, "Same", case_number="YJ-000777")
    assert not pat.sync().waiting
    return mine, theirs


def _on_server(db: ServerDb, laptop: Laptop, child_id: str) -> None:
    """Every row of the child on the laptop is on the server, same revision."""
    with laptop.store.session() as s:
        from tests.support.sync_laptop import rows_of

        mine = {k: v for k, v in rows_of(s).items()
                if k[0] != "audit_event" and (k[1] == child_id or
                                              v[1].get("child_id") == child_id)}
    from tests.support.sync_laptop import server_rows

    theirs = server_rows(db, child_ids={child_id})
    assert len(mine) >= 4
    for key, value in mine.items():
        assert theirs.get(key) == value, key


def test_dependents_of_a_refused_child_wait_in_words_and_follow_it(
        pair: tuple[Laptop, Laptop], server_db: ServerDb, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    pat, sam = pair
    _mine, theirs = _clash(pat, sam)
    result = sam.sync()
    by_table = {(w.table, w.child_id): w for w in result.waiting}
    refused = by_table[("child", theirs)]
    assert refused.reason == f"refused by the server: {CLASH}"
    assert "change the case number" in refused.action
    for table in ("allocation", "child_address", "contact"):
        row = by_table[(table, theirs)]
        assert "which the server has not accepted yet" in row.reason
        assert CLASH in row.reason
        assert row.action.startswith("Fix Record of ")
    assert server_db.row("child", theirs) is None
    # the command line says how many wait and why, and exits 1
    sam.close()
    monkeypatch.setenv("YJDESK_PASSWORD", PASSWORD)
    assert main(["sync", "--data-dir", os.fspath(tmp_path / "sam")]) == 1
    out = capsys.readouterr().out
    assert ("4 records not on the server yet: 1 refused by the server, "
            "3 waiting for a record the server refused") in out
    assert CLASH in out and "To fix:" in out
    sam.reopen()
    # Sam changes the number: the child and everything that waited for it go
    with sam.uow() as u:
        data = ChildInput.from_child(u.session.get_one(Child, theirs))
        data.case_number = "YJ-000778"
        update_child(u.session, theirs, data, TODAY)
    result = sam.sync()
    assert result.waiting == [], result.waiting
    assert sam.read(waiting.unsent) == []
    _on_server(server_db, sam, theirs)
    with sam.store.session() as s:
        contact_id = s.scalar(select(Contact.id).where(Contact.child_id == theirs))
    assert server_db.row("contact", contact_id) is not None  # type: ignore[arg-type]


def test_a_refused_child_is_retried_without_an_edit_with_back_off(
        pair: tuple[Laptop, Laptop], server_db: ServerDb) -> None:
    pat, sam = pair
    mine, theirs = _clash(pat, sam)
    sam.sync()
    assert len(sam.sync().waiting) == 4  # tried again (first retry at the next sync)
    with sam.store.session() as s:
        p = s.get(SyncPending, ("child", theirs))
        assert p is not None and p.attempts == 2 and p.retry_at is not None
        assert p.retry_at.replace(tzinfo=dt.UTC) > utcnow()  # backing off now
    # Pat renumbers his child on the server side of things; Sam edits nothing.
    with pat.uow() as u:
        data = ChildInput.from_child(u.session.get_one(Child, mine))
        data.case_number = "YJ-000779"
        update_child(u.session, mine, data, TODAY)
    assert not pat.sync().waiting
    sam.sync()  # still backing off: not sent
    assert server_db.row("child", theirs) is None
    with sam.store.session() as s, s.begin():  # ... until the back-off is over
        s.execute(update(SyncPending).values(retry_at=utcnow() - dt.timedelta(seconds=1))
                  .where(SyncPending.table_name == "child"))
    result = sam.sync()
    assert result.waiting == [], result.waiting
    assert server_db.row("child", theirs)["case_number"] == "YJ-000777"  # type: ignore[index]
    _on_server(server_db, sam, theirs)
