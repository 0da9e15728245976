"""Field-level three-way merge against a reference model (hypothesis).

Three laptops edit three fields of one child in random order, each against the revision it
last pulled (or never pulls again). After every push the service's answer (applied /
merged / conflict, the new revision, the conflicting values) and the stored row must match
a tiny model of ARCHITECTURE.md section 3: a field the server did not change since the
laptop's base is applied, the same value on both sides is no change, and a field both
changed is a conflict in which the server keeps its value.
"""

from __future__ import annotations

import uuid
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.serverkit import ServerDb, World
from yjdesk.models.org import Role
from yjdesk.server import push
from yjdesk.server.settings import Hooks, session_factory
from yjdesk.services.uow import Actor
from yjdesk.wire import protocol as p

FIELDS: dict[str, list[Any]] = {"ete_hours": [1, 2, 3], "ete_provider": ["A", "B"],
                                "pnc_number": ["2010/0123456X", "2011/0000001Y"]}
steps = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(sorted(FIELDS)),
                           st.integers(0, 2), st.booleans()), min_size=1, max_size=12)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=steps)
def test_merge_matches_the_model(script: list[tuple[int, str, int, bool]],
                                 server_db: ServerDb, world: World) -> None:
    child = server_db.add_child(world.north, world.pat)
    factory = session_factory(server_db.engine)
    actor = Actor(world.pat, Role.PRACTITIONER, world.north, "model-device")
    start = server_db.row("child", child)
    assert start is not None
    server = {name: start[name] for name in FIELDS}
    history = {1: dict(server)}
    rev = 1
    laptops = [(1, dict(server)) for _ in range(3)]  # (base rev, base fields)

    for who, name, pick, pulls in script:
        value = FIELDS[name][pick % len(FIELDS[name])]
        base_rev, _ = laptops[who]
        base = history[base_rev]
        # The model's answer.
        if server[name] == value:
            expected, applies = ("applied" if base_rev == rev else "merged"), False
        elif base_rev == rev or base[name] == server[name]:
            expected, applies = ("applied" if base_rev == rev else "merged"), True
        else:
            expected, applies = "conflict", False
        req = p.PushRequest(batch_id=str(uuid.uuid4()), changes=[p.RowChange(
            table="child", id=child, base_rev=base_rev, fields={name: value})])
        with factory() as s, s.begin():
            [result] = push.push(s, actor, req, Hooks()).results
        assert result.status == expected, (who, name, value, base_rev, rev)
        if expected == "conflict":
            [c] = result.conflicts
            assert (c.field, c.server_value, c.client_value) == (name, server[name], value)
        else:
            assert result.conflicts == []
        if applies:
            rev += 1
            server[name] = value
            history[rev] = dict(server)
        assert result.rev == rev
        if pulls:
            laptops[who] = (rev, dict(server))

    stored = server_db.row("child", child)
    assert stored is not None
    assert {name: stored[name] for name in FIELDS} == server
    assert stored["rev"] == rev
