"""Helpers for migration scripts."""

from __future__ import annotations

from alembic import context


def side() -> str:
    """"client" for a laptop store, "server" for the central database."""
    return str(context.config.attributes.get("side", "client"))
