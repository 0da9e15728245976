"""Developer tool: write a new migration by comparing the models with the current head.

    python scripts/autogen_migration.py 0007 "what it adds"

Review the output by hand: autogenerate misses renames and server defaults.
"""

from __future__ import annotations

import sys

from alembic import command
from sqlalchemy import create_engine

from yjdesk.store.schema import alembic_config


def main() -> None:
    rev_id, message = sys.argv[1], sys.argv[2]
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        cfg = alembic_config("client")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":
    main()
