"""Narrower scopes inside a child: each feed entry's audience (issue 14).

Revision ID: 0008
Revises: 0006

The central feed records, per row, who inside the child's scope may see it
(``yjdesk.services.visibility``). Existing rows are ordinary case records, except the child
rows themselves, which everyone holding the child sees.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from yjdesk.store.migrations.util import side

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if side() == "server":
        with op.batch_alter_table("feed_entry", schema=None) as batch_op:
            batch_op.add_column(sa.Column("audience", sa.String(length=16),
                                          server_default="case", nullable=False))
        op.execute("UPDATE feed_entry SET audience = 'identity' WHERE table_name = 'child'")


def downgrade() -> None:
    if side() == "server":
        with op.batch_alter_table("feed_entry", schema=None) as batch_op:
            batch_op.drop_column("audience")
