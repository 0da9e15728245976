"""The scope's children read as a UNION of its alternatives (``scope.children_where``, so
each can use its index) are exactly the children its condition selects, for every role
that does not see everything, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.conftest import TODAY
from tests.integration.serverkit import ServerDb
from yjdesk.demo import generator as demo
from yjdesk.models.child import Child
from yjdesk.models.org import Role, UserAccount
from yjdesk.server import scope
from yjdesk.server.scope import SEE_ALL, SPECIALIST_ALLOCATION
from yjdesk.services.uow import Actor


def test_the_union_of_the_alternatives_is_the_condition(server_db: ServerDb) -> None:
    with server_db.engine.begin() as conn:
        demo.generate(conn, "tiny", today=TODAY)
    with server_db.session() as s:
        users = [(u.id, u.team_id) for u in s.scalars(select(UserAccount))]
        children = list(s.scalars(select(Child.id).order_by(Child.id)))
    # every specialist's own allocations, and court work, beside the demo's caseloads
    for i, (_role, code) in enumerate(sorted(SPECIALIST_ALLOCATION.items())):
        server_db.put("allocation", {
            "child_id": children[i], "user_id": users[i % len(users)][0],
            "allocation_role": code, "from_date": dt.date(2020, 1, 1), "to_date": None})
    server_db.allocate(children[-1], users[0][0], role="court_officer")
    roles = [r for r in Role if r not in SEE_ALL]
    seen: dict[Role, int] = {}
    with server_db.session() as s:
        conn = s.connection()
        for user_id, team_id in users:
            for role in roles:
                actor = Actor(user_id=user_id, role=role, team_id=team_id,
                              device_id="", display_name="")
                cond = scope.child_condition(actor)
                assert cond is not None
                values = scope.scope_params(actor)
                expected = set(conn.execute(select(Child.id).where(cond), values).scalars())
                got = list(conn.execute(scope.children_where(cond), values).scalars())
                assert len(got) == len(set(got))  # each child once
                assert set(got) == expected, (role, user_id)
                seen[role] = seen.get(role, 0) + len(expected)
    # the comparison meant something: team-wide roles see more than their own caseload
    assert seen[Role.TEAM_MANAGER] > seen[Role.PRACTITIONER] > 0
    assert all(seen[r] > 0 for r in SPECIALIST_ALLOCATION)
