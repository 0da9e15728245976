"""A role's scope statements are built and compiled once, not once a person
(``server.scope``, ``server.driver``): the person's ids and the day are parameters given at
each run (``scope.scope_params``), never values inside a statement another person's run
could reuse; a run without them fails rather than read anyone's scope."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import StatementError
from sqlalchemy.sql import ClauseElement

import yjdesk.server  # noqa: F401  (the service's tables)
from yjdesk.models.base import Base
from yjdesk.models.child import Child
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
def test_two_people_of_a_role_share_statements_that_hold_neither_ones_values(
        dialect_name: str, role: Role) -> None:
    dialect: Dialect = DIALECTS[dialect_name]
    first, second = _person(role), _person(role)
    for native in (False, True):
        for a, b in zip(_statements(first, dialect_name), _statements(second, dialect_name),
                        strict=True):
            assert a is b  # built once a role
            prepared = driver.statement(a, dialect, native=native)
            held = set(prepared.defaults.values())
            assert not held & {first.user_id, second.user_id, first.team_id,
                               second.team_id}
            # the person's values are parameters the run gives
            names = set(prepared.order) if prepared.order is not None else set(
                re.findall(r"%\((\w+)\)s", prepared.sql))
            assert {scope.USER_PARAM, scope.DAY_PARAM} <= names
            assert scope.USER_PARAM not in prepared.defaults
    values = scope.scope_params(second, dt.date(2026, 11, 20))
    assert values == {scope.USER_PARAM: second.user_id, scope.TEAM_PARAM: second.team_id,
                      scope.DAY_PARAM: dt.date(2026, 11, 20),
                      # the hearing dates that bring a court officer a child that day
                      scope.COURT_FROM_PARAM: dt.date(2026, 10, 23),
                      scope.COURT_TO_PARAM: dt.date(2027, 2, 18)}


def test_a_scope_statement_run_without_the_persons_values_fails() -> None:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    actor = _person(Role.PRACTITIONER)
    cond = scope.child_condition(actor)
    assert cond is not None
    with engine.connect() as conn:
        with pytest.raises(StatementError, match=scope.USER_PARAM):
            conn.execute(select(Child.id).where(cond)).all()
        assert conn.execute(select(Child.id).where(cond),
                            scope.scope_params(actor)).all() == []
        prepared = driver.statement(scope.children_where(cond), conn.dialect)
        with pytest.raises(KeyError):
            prepared.rows(conn, {})
        assert prepared.rows(conn, scope.scope_params(actor)) == []


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
