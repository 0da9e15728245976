"""The caseload's due facts kept on the laptop (issue 16: a 20,000-child caseload's due
items in one query). Laptop only; derived from the records, filled on first use and kept
current by ``yjdesk.services.due_store``.

Revision ID: 0022
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from yjdesk.store.migrations.util import side

revision = "0022"
down_revision = "0018"
branch_labels = None
depends_on = None

S = sa.String


def upgrade() -> None:
    if side() != "client":
        return
    op.create_table(
        "due_fact",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("child_id", S(length=36), nullable=False),
        sa.Column("source", S(length=24), nullable=False),
        sa.Column("kind", S(length=32), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("soon", S(length=8), nullable=False),
        sa.Column("shown_from", sa.Date(), nullable=True),
        sa.Column("shown_until", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_due_fact")),
        info={"side": "client"},
    )
    with op.batch_alter_table("due_fact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_due_fact_child_id"), ["child_id"], unique=False)
    op.create_table(
        "due_dirty",
        sa.Column("child_id", S(length=36), nullable=False),
        sa.PrimaryKeyConstraint("child_id", name=op.f("pk_due_dirty")),
        info={"side": "client"},
    )


def downgrade() -> None:
    if side() != "client":
        return
    op.drop_table("due_dirty")
    with op.batch_alter_table("due_fact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_due_fact_child_id"))
    op.drop_table("due_fact")
