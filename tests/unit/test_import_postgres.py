"""The import on the central PostgreSQL database (where it writes with COPY) stores exactly
what the same bundle stores on SQLite (plain INSERTs): every imported row, its revision,
its feed entry and its import key, value for value; and a re-run changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.orm import Session

from tests.unit.test_import_bundle import (
    _server,
    demo_bundle,  # noqa: F401  (the fixture)
)
from yjdesk.models.imports import ImportKey
from yjdesk.models.server import FeedEntry, RowRevision, ServerCounter
from yjdesk.server import import_engine as imp
from yjdesk.server.settings import make_engine
from yjdesk.services.imports.bundle import FILES
from yjdesk.store.schema import upgrade

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_engine(postgres_cluster) -> Any:
    admin = create_engine(postgres_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS imp"))
        conn.execute(text("CREATE DATABASE imp"))
    admin.dispose()
    engine = make_engine(str(postgres_cluster.url("imp")))
    upgrade(engine, side="server")
    yield engine
    engine.dispose()


def _import(engine: Engine, bundle: Path) -> int:
    with Session(engine) as s, s.begin():
        plan = imp.plan(s, bundle, imp.Mapping({}))
        assert plan.ok
        imp.apply(s, plan, run_by="test", user_id=None)
        return plan.total("create")


def _contents(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every imported table's rows with row ids replaced by the old system's ids (the new
    ids are random) and the write time left out."""
    with Session(engine) as s:
        legacy = {k.row_id: f"{k.entity}:{k.legacy_id}" for k in s.scalars(select(ImportKey))}

        def norm(v: Any) -> Any:
            return legacy.get(v, v) if isinstance(v, str) else v

        out: dict[str, list[tuple[Any, ...]]] = {}
        for f in FILES:
            table = f.model.__table__
            cols = [c for c in table.c if c.name != "updated_at"]
            out[f.entity] = sorted((tuple(norm(v) for v in r) for r in
                                    s.execute(select(*cols))), key=repr)
        # (an import key's digest covers the row's values, new row ids included)
        for model, skip in ((RowRevision, ("updated_at",)), (FeedEntry, ()),
                            (ImportKey, ("run_id", "digest"))):
            cols = [c for c in model.__table__.c if c.name not in skip]
            rows = [tuple(norm(v) for v in r) for r in s.execute(select(*cols))]
            if model is RowRevision:  # the wire values name rows by id too
                rows = [tuple(_swap(v, legacy) if isinstance(v, str) else v for v in r)
                        for r in rows]
            out[model.__tablename__] = sorted(rows, key=repr)
    return out


def _swap(value: str, legacy: dict[str, str]) -> str:
    for row_id, name in legacy.items():
        if row_id in value:
            value = value.replace(row_id, name)
    return value


def test_the_import_stores_the_same_on_postgresql_as_on_sqlite(
        demo_bundle: tuple[Path, Path], pg_engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    _, bundle = demo_bundle
    lite = _server(tmp_path / "lite.db")
    try:
        total = _import(lite, bundle)
        assert _import(pg_engine, bundle) == total
        expected, got = _contents(lite), _contents(pg_engine)
    finally:
        lite.dispose()
    assert len(got["children"]) == 40 and len(got["row_revision"]) == total
    assert len(got["feed_entry"]) == total and len(got["import_key"]) == total
    for name, rows in expected.items():
        assert got[name] == rows, f"{name} differs between PostgreSQL and SQLite"
    with Session(pg_engine) as s, s.begin():
        again = imp.plan(s, bundle, imp.Mapping({}))
        assert again.total("unchanged") == total and not again.pending
        assert s.scalar(select(ServerCounter.value).where(ServerCounter.name == "feed")) == total
