"""Server trust (issue 11): refused audit-chain events are kept for administrators.

``audit_chain_break`` (server only) lists pushed audit events the service refused because
they did not continue their device's hash chain, or named another user, device or child.

Revision ID: 0010
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from yjdesk.models.types import TZDateTime
from yjdesk.store.migrations.util import side

revision = "0010"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if side() != "server":
        return
    op.create_table(
        "audit_chain_break",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("device_seq", sa.BigInteger(), nullable=True),
        sa.Column("expected_seq", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("reported_at", TZDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "event_id"),
        info={"side": "server"},
    )


def downgrade() -> None:
    if side() != "server":
        return
    op.drop_table("audit_chain_break")
