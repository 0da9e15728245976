"""Alembic environment shared by the laptop store and the central database.

The caller passes an open connection (already inside its transaction) in
``config.attributes["connection"]`` and the store's side ("client" or "server") in
``config.attributes["side"]``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from yjdesk.models import register_every_table
from yjdesk.models.base import Base

register_every_table()  # both sides' tables (each side's are filtered below)

config = context.config
target_metadata = Base.metadata


def _include(obj: object, name: str | None, type_: str, reflected: bool,
             compare_to: object) -> bool:
    if type_ == "table":
        table = obj if compare_to is None or reflected else compare_to
        side = getattr(table, "info", {}).get("side", "both")
        wanted = config.attributes.get("side", "client")
        return side in ("both", wanted)
    return True


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=_include,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # command-line use against a URL (developers only)
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)
