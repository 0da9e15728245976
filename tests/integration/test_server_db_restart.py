"""The service across a PostgreSQL restart: the first requests after it succeed.

The service's pooled connections die with the database. Each checked-out connection's
transaction is begun at checkout (``settings._begin_at_checkout``, in place of SQLAlchemy's
ping before every checkout), and a connection whose ``BEGIN`` fails is replaced there, with
every other connection made before it: no request is answered 503 for a connection the
database closed while it sat in the pool.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from tests.integration.conftest import serve, service_database
from tests.integration.pgcluster import Cluster
from tests.integration.serverkit import (
    ApiClient,
    change,
    make_world,
)
from yjdesk.server.settings import make_engine


@pytest.mark.postgres
def test_requests_after_a_database_restart_succeed_at_once(own_cluster: Cluster) -> None:
    db = service_database(own_cluster, "yjr")
    world = make_world(db)
    try:
        with serve(db.settings) as live, ApiClient(live, "pat") as pat, \
                ApiClient(live, "nina") as nina:
            pat.login()
            nina.login()
            pat.pull_all()
            nina.pull_all()
            # several requests at once, so the pool holds several connections
            failures: list[str] = []

            def pull_from_zero(client: ApiClient) -> None:
                r = client.post("/sync/pull", {"cursor": 0, "limit": 500})
                if r.status_code != 200:
                    failures.append(r.text)
            threads = [threading.Thread(target=pull_from_zero, args=(c,))
                       for c in (pat, nina) * 4]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert failures == []

            own_cluster.kill_immediately()  # every pooled connection dies with it
            own_cluster.restart()

            # the first requests after the restart: each answered, none refused
            answers = [pat.post("/sync/pull", {"cursor": pat.cursor, "limit": 500}),
                       nina.post("/sync/pull", {"cursor": nina.cursor, "limit": 500}),
                       pat.push_raw([change("child", world.north_child,
                                            {"ete_hours": 7}, base_rev=1)]),
                       nina.post("/sync/pull", {"cursor": nina.cursor, "limit": 500})]
            assert [r.status_code for r in answers] == [200, 200, 200, 200], \
                [r.text for r in answers]
            assert answers[2].json()["results"][0]["status"] == "applied"
            rows = answers[3].json()["rows"]
            assert [(r["id"], r["fields"]["ete_hours"]) for r in rows] == \
                [(world.north_child, 7)]
    finally:
        db.engine.dispose()


@pytest.mark.postgres
def test_the_service_engine_still_changes_isolation_and_commits(
        own_cluster: Cluster) -> None:
    """The transaction begun at checkout gives way to AUTOCOMMIT (psycopg refuses to
    change it inside a transaction), and an ordinary transaction still commits or rolls
    back whole."""
    db = service_database(own_cluster, "yjr")
    engine = make_engine(db.service_url)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("UPDATE server_counter SET value = value + 5 "
                              "WHERE name = 'feed'"))
        with engine.connect() as conn:  # the autocommitted change is there
            assert conn.execute(text("SELECT value FROM server_counter "
                                     "WHERE name = 'feed'")).scalar_one() == 5
        with engine.connect() as conn:
            conn.execute(text("UPDATE server_counter SET value = 100 WHERE name = 'feed'"))
            conn.rollback()
        with engine.begin() as conn:
            assert conn.execute(text("SELECT value FROM server_counter "
                                     "WHERE name = 'feed'")).scalar_one() == 5
            conn.execute(text("UPDATE server_counter SET value = 6 WHERE name = 'feed'"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM server_counter "
                                     "WHERE name = 'feed'")).scalar_one() == 6
    finally:
        engine.dispose()
        db.engine.dispose()
