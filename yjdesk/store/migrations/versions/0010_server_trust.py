"""Server trust (issue 11): refused audit-chain events are kept for administrators, and a
locked record deleted by a manager keeps the reason.

``audit_chain_break`` (server only) lists pushed audit events the service refused because
they did not continue their device's hash chain, or named another user, device or child.
``deleted_reason`` (both sides) on contact, safeguarding_item, assessment_stage and psr.

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


LOCKABLE = ("assessment_stage", "contact", "psr", "safeguarding_item")


def upgrade() -> None:
    for table in LOCKABLE:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("deleted_reason", sa.Text(), nullable=True))
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
    for table in LOCKABLE:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("deleted_reason")
    if side() != "server":
        return
    op.drop_table("audit_chain_break")
