"""The invariant of issue 18, tried on random histories (hypothesis).

After any sequence of offline work, refusals (typed case numbers that clash across two
laptops of two teams), fixes and syncs against the real service: every row on a laptop is
on the server as it is here, or it is listed by :func:`yjdesk.sync.waiting.unsent` with a
reason and an action a person can take. And once every clash is fixed, two more syncs
leave nothing waiting.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.conftest import child_input
from tests.integration.serverkit import ServerDb, World
from tests.support.sync_laptop import Laptop, rows_of, server_rows
from yjdesk.models import Child, SyncPending
from yjdesk.services.children import (
    AddressInput,
    ChildInput,
    add_address,
    create_child,
    update_child,
)
from yjdesk.sync import waiting

TODAY = dt.date.today()
NUMBERS = ["YJ-600001", "YJ-600002", ""]  # typed (may clash), or left to the service

op = st.one_of(
    st.tuples(st.just("new"), st.integers(0, 1), st.sampled_from(NUMBERS)),
    st.tuples(st.just("address"), st.integers(0, 1), st.integers(0, 5)),
    st.tuples(st.just("edit"), st.integers(0, 1), st.integers(0, 5)),
    st.tuples(st.just("fix"), st.integers(0, 1), st.integers(0, 5)),
    st.tuples(st.just("sync"), st.integers(0, 1), st.just(0)),
)


def check_invariant(laptop: Laptop, db: ServerDb) -> None:
    listed = {(u.table, u.row_id): u for u in laptop.read(waiting.unsent)}
    for u in listed.values():
        assert u.reason and u.action, u
    on_server = server_rows(db)
    for key, value in laptop.read(rows_of).items():
        if on_server.get(key) != value:
            assert key in listed, (key, value, on_server.get(key))
    pending = laptop.read(lambda s: list(s.execute(
        select(SyncPending.table_name, SyncPending.row_id)).all()))
    for key in pending:
        assert key in listed or key[0] == "audit_event", key


def _children(laptop: Laptop, mine: list[str]) -> list[str]:
    return [c for c in mine if laptop.child(c) is not None]


def _fix(laptop: Laptop, child_id: str) -> None:
    with laptop.uow() as u:
        data = ChildInput.from_child(u.session.get_one(Child, child_id))
        data.case_number = f"YJ-F{uuid.uuid4().hex[:8].upper()}"
        update_child(u.session, child_id, data, TODAY)


@pytest.mark.parametrize("server_db", ["sqlite"], indirect=True)
@settings(max_examples=6, deadline=None, derandomize=True,
          phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=4, max_size=12))
@example(ops=[("new", 0, "YJ-600001"), ("new", 1, "YJ-600001"), ("address", 1, 0),
              ("sync", 0, 0), ("sync", 1, 0), ("edit", 1, 0), ("sync", 1, 0),
              ("new", 1, ""), ("sync", 1, 0)])  # a clash, its dependents, an edit
def test_every_row_is_on_the_server_or_listed_with_a_reason(
        live_server: str, world: World, server_db: ServerDb, tmp_path: Path,
        ops: list[tuple[str, int, object]]) -> None:
    run = tmp_path / uuid.uuid4().hex[:8]
    laptops = [Laptop(live_server, "pat", run / "pat"), Laptop(live_server, "sam", run / "sam")]
    made: list[list[str]] = [[], []]
    try:
        for lap in laptops:
            lap.sync()
        for kind, i, arg in ops:
            lap, mine = laptops[i], made[i]
            kids = _children(lap, mine)
            if kind == "new":
                with lap.uow() as u:
                    number = str(arg)
                    taken = u.session.scalar(select(Child.id).where(
                        Child.case_number == number)) if number else None
                    if taken is None:
                        mine.append(create_child(u.session, child_input(
                            given_name=f"K{len(mine)}", case_number=number), TODAY).id)
            elif kind == "address" and kids:
                with lap.uow() as u:
                    add_address(u.session, kids[int(str(arg)) % len(kids)],
                                AddressInput(line1="2 Low Road", from_date=TODAY))
            elif kind == "edit" and kids:
                lap.edit(Child, kids[int(str(arg)) % len(kids)], ete_provider=f"P{arg}")
            elif kind == "fix" and kids:
                _fix(lap, kids[int(str(arg)) % len(kids)])
            elif kind == "sync":
                lap.sync()
                check_invariant(lap, server_db)
        for lap in laptops:
            lap.sync()
            check_invariant(lap, server_db)
        # fix every refusal the laptops list; then nothing may be left waiting
        for lap in laptops:
            for u in lap.read(waiting.unsent):
                if u.table == "child" and "already used" in u.reason:
                    _fix(lap, u.row_id)
        for _ in range(2):
            for lap in laptops:
                lap.sync()
        for lap in laptops:
            assert lap.read(waiting.unsent) == []
            check_invariant(lap, server_db)
            on_server = server_rows(server_db)
            for key, value in lap.read(rows_of).items():
                assert on_server.get(key) == value, key
    finally:
        for lap in laptops:
            lap.close()
