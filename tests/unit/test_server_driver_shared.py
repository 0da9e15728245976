"""Statements of one structure share one compiled form on the driver's cursor
(``server.driver``): each person's scope statement (their ids as bound values) is compiled
once a structure, not once a person, and still runs with that person's own values."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement

import yjdesk.server  # noqa: F401  (the service's tables)
from yjdesk.models.org import Role
from yjdesk.server import driver, pull, scope
from yjdesk.services.uow import Actor

DIALECTS = {"sqlite": sqlite.pysqlite.dialect(), "postgresql": postgresql.psycopg.dialect()}
ROLES = [Role.PRACTITIONER, Role.COURT_OFFICER, Role.TEAM_MANAGER, Role.VICTIM_WORKER,
         Role.POLICE_OFFICER, Role.PANEL_VOLUNTEER]


def _person(role: Role) -> Actor:
    return Actor(user_id=str(uuid.uuid4()), role=role, team_id=str(uuid.uuid4()),
                 device_id=str(uuid.uuid4()), display_name="")


def _statements(actor: Actor, dialect: str) -> list[ClauseElement]:
    cond = scope.child_condition(actor)
    assert cond is not None
    page, _params = scope.feed_page(actor, set(), set(), dialect=dialect)
    return [pull._signed_in_query(cond, page), pull._scope_state_query(cond),
            scope.children_where(cond)]


@pytest.mark.parametrize("dialect_name", sorted(DIALECTS))
@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
def test_each_persons_statement_runs_with_their_own_values(dialect_name: str,
                                                           role: Role) -> None:
    dialect: Dialect = DIALECTS[dialect_name]
    first, second = _person(role), _person(role)
    for native in (False, True):
        for a, b in zip(_statements(first, dialect_name), _statements(second, dialect_name),
                        strict=True):
            shared_a = driver.statement(a, dialect, native=native)
            shared_b = driver.statement(b, dialect, native=native)
            own_b = driver._compiled(b, dialect, native)
            # the second person's statement as if compiled on its own: the same SQL,
            # parameter order, values, conversions and result types
            assert shared_b.sql == own_b.sql == shared_a.sql
            assert shared_b.order == own_b.order
            assert shared_b.defaults == own_b.defaults
            assert [n for n, _ in shared_b.binds] == [n for n, _ in own_b.binds]
            assert len(shared_b.results) == len(own_b.results)
            # ... and each person's own ids, never the other's
            values_a, values_b = set(shared_a.defaults.values()), set(shared_b.defaults.values())
            assert second.user_id in values_b and first.user_id not in values_b
            assert first.user_id in values_a and second.user_id not in values_a


def test_a_structure_is_compiled_once() -> None:
    dialect = DIALECTS["postgresql"]
    compiled: list[object] = []
    real = driver._compile

    def counting(*args: object) -> object:
        compiled.append(args[0])
        return real(*args)  # type: ignore[arg-type]
    driver._compile = counting  # type: ignore[assignment]
    try:
        people = [_person(Role.PRACTITIONER) for _ in range(5)]
        for person in people:
            driver.statement(_statements(person, "postgresql")[0], dialect, native=True)
    finally:
        driver._compile = real  # type: ignore[assignment]
    assert len(compiled) <= 1  # (none when an earlier test compiled the structure)
