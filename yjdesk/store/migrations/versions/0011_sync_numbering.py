"""Sync numbering and retries (issue 18).

* Server: the ``case_number`` counter row; the service numbers a child pushed with a
  provisional reference from it, starting after the highest ``YJ-`` number already used.
* Laptop: ``sync_pending.attempts`` and ``retry_at``, so a refused row is sent again on
  later syncs with a growing back-off (and with its parent, once the parent is accepted).

Revision ID: 0011
Revises: 0012
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

from yjdesk.models.types import TZDateTime
from yjdesk.store.migrations.util import side

revision = "0011"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if side() == "server":
        bind = op.get_bind()
        highest = 0
        for (number,) in bind.execute(sa.text(
                "SELECT case_number FROM child WHERE case_number LIKE 'YJ-%'")):
            match = re.match(r"^YJ-(\d{6,})$", number or "")
            if match:
                highest = max(highest, int(match.group(1)))
        bind.execute(sa.text("INSERT INTO server_counter (name, value) "
                             "VALUES ('case_number', :v)"), {"v": highest})
    if side() == "client":
        with op.batch_alter_table("sync_pending", schema=None) as batch_op:
            batch_op.add_column(sa.Column("attempts", sa.Integer(), server_default="0",
                                          nullable=False))
            batch_op.add_column(sa.Column("retry_at", TZDateTime(), nullable=True))


def downgrade() -> None:
    if side() == "server":
        op.execute("DELETE FROM server_counter WHERE name = 'case_number'")
    if side() == "client":
        with op.batch_alter_table("sync_pending", schema=None) as batch_op:
            batch_op.drop_column("retry_at")
            batch_op.drop_column("attempts")
