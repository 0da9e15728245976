"""The central schema made by ``upgrade(side="server")`` is exactly what the models say,
on SQLite and on PostgreSQL, and has no laptop-only tables."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from tests.integration.serverkit import ServerDb
from yjdesk.models import register_every_table
from yjdesk.models.base import Base


def test_server_schema_matches_models(server_db: ServerDb) -> None:
    register_every_table()  # the laptop-only tables too, to check none is made here
    def include(obj: Any, name: str | None, type_: str, reflected: bool,
                compare_to: Any) -> bool:
        if type_ == "table":
            table = compare_to if compare_to is not None else obj
            if name == "alembic_version":
                return False
            return bool(table.info.get("side", "both") in ("both", "server"))
        return True

    with server_db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_object": include, "compare_type": True, "render_as_batch": True})
        diffs = compare_metadata(ctx, Base.metadata)
        names = set(inspect(conn).get_table_names())
    assert diffs == []
    client_only = {t.name for t in Base.metadata.sorted_tables
                   if t.info.get("side") == "client"}
    assert not names & client_only
    assert {"server_counter", "feed_entry", "row_revision", "server_credential"} <= names
