"""Case numbers made offline cannot collide (issue 18, finding 1).

Four laptops of two teams each add children offline (with an address and a final contact),
then sync in different orders against the real service: every child ends with its own
service number, every record is on the server, and each laptop shows the number after the
sync. A number a person typed that another child already has is refused in words.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import child_input
from tests.integration.serverkit import ServerDb, World
from tests.support.sync_laptop import Laptop, rows_of, server_rows
from tests.unit.casework_support import contact_input
from yjdesk.models import Child
from yjdesk.models.org import Role
from yjdesk.models.types import utcnow
from yjdesk.services import case_numbers
from yjdesk.services.casework.contacts import finalise
from yjdesk.services.children import AddressInput, add_address, create_child
from yjdesk.sync import conflicts

TODAY = dt.date.today()


def add_child_offline(laptop: Laptop, name: str, case_number: str = "") -> str:
    now = utcnow()
    with laptop.uow() as u:
        child = create_child(u.session, child_input(given_name=name, case_number=case_number),
                             TODAY)
        add_address(u.session, child.id, AddressInput(line1="1 High Street",
                                                      from_date=TODAY))
        finalise(u.session, child.id, contact_input(contact_at=now - dt.timedelta(hours=2)),
                 now=now)
        return child.id


@pytest.fixture
def four(live_server: str, world: World, server_db: ServerDb,
         tmp_path: Path) -> Iterator[list[Laptop]]:
    server_db.add_user("pam", Role.PRACTITIONER, world.north)
    server_db.add_user("suzy", Role.PRACTITIONER, world.south)
    laptops: list[Laptop] = []
    try:
        for name in ("pat", "pam", "sam", "suzy"):  # two of each team
            laptops.append(Laptop(live_server, name, tmp_path / name))
        yield laptops
    finally:
        for laptop in laptops:
            laptop.close()


@pytest.mark.parametrize("seed", [7])
def test_children_added_offline_on_four_laptops_get_unique_numbers(
        four: list[Laptop], server_db: ServerDb, seed: int) -> None:
    for laptop in four:
        laptop.sync()
    made: dict[str, Laptop] = {}
    for i, laptop in enumerate(four):
        for n in range(2):
            child_id = add_child_offline(laptop, f"Child{i}{n}")
            made[child_id] = laptop
            number = laptop.child(child_id).case_number
            assert case_numbers.is_provisional(number)
            assert "provisional" in case_numbers.shown(number)
    order = list(four) * 2
    random.Random(seed).shuffle(order)
    for laptop in order:
        result = laptop.sync()
        assert not result.failed, [f.reason for f in result.failed]
    for laptop in four:  # each hears the numbers the others' children got
        laptop.sync()
    _all_numbered_and_on_the_server(four, server_db, made)


def _all_numbered_and_on_the_server(four: list[Laptop], server_db: ServerDb,
                                    made: dict[str, Laptop]) -> None:
    on_server = server_rows(server_db, {"child"})
    numbers = [fields["case_number"] for (_, cid), (_, fields) in on_server.items()
               if cid in made]
    assert len(numbers) == len(made)
    assert len(set(numbers)) == len(made)
    assert all(case_numbers.number_value(str(n)) is not None for n in numbers), numbers
    everything = server_rows(server_db)
    for child_id, laptop in made.items():
        shown = laptop.child(child_id)
        assert shown is not None
        assert shown.case_number == on_server[("child", child_id)][1]["case_number"]
        assert not laptop.read(conflicts.failed_views)
    for laptop in four:
        for key, (rev, fields) in laptop.read(rows_of).items():
            assert key in everything, key
            assert everything[key] == (rev, fields), key


def test_four_laptops_syncing_at_the_same_moment_get_unique_numbers(
        four: list[Laptop], server_db: ServerDb) -> None:
    for laptop in four:
        laptop.sync()
    made: dict[str, Laptop] = {}
    for i, laptop in enumerate(four):
        for n in range(3):
            made[add_child_offline(laptop, f"Kid{i}{n}")] = laptop
    errors: list[BaseException] = []

    def sync(laptop: Laptop) -> None:
        try:
            assert not laptop.sync().waiting
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=sync, args=(laptop,)) for laptop in four]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    for laptop in four:
        laptop.sync()
    _all_numbered_and_on_the_server(four, server_db, made)


def test_a_typed_number_that_clashes_is_refused_in_words(
        four: list[Laptop], server_db: ServerDb) -> None:
    pat, _pam, sam, _suzy = four
    pat.sync()
    sam.sync()
    mine = add_child_offline(pat, "Typed", case_number="YJ-000777")
    theirs = add_child_offline(sam, "Same", case_number="YJ-000777")
    assert not pat.sync().failed
    result = sam.sync()
    reasons = {f.row_id: f.reason for f in result.failed}
    assert reasons[theirs] == ("case number YJ-000777 is already used; change it on "
                               "this child's record")
    listed = {v.row_id: v.reason for v in sam.read(conflicts.failed_views)}
    assert listed[theirs] == reasons[theirs]
    assert server_db.row("child", theirs) is None
    assert server_db.row("child", mine)["case_number"] == "YJ-000777"  # type: ignore[index]
    # the next service number skips nothing typed: a new child gets a fresh number
    fresh = add_child_offline(pat, "Fresh")
    pat.sync()
    number = pat.child(fresh).case_number
    assert case_numbers.number_value(number) is not None and number != "YJ-000777"
    assert isinstance(sam.child(theirs), Child)
