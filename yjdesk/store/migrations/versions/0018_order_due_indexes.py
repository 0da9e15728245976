"""Court-order due items, set-based (issues 13 and 16): indexes for the caseload's queries.

The court-orders due provider asks, for every child at once, for the ongoing orders (their
ends, and the YROs' requirements), each requirement's delivered balance and the violations
reported this week. Disposal and delivery rows are read from these indexes instead of
decrypting the tables on a laptop store.

Revision ID: 0018
Revises: 0021
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("disposal", schema=None) as batch_op:
        batch_op.create_index("ix_disposal_ongoing", ["outcome", "disposal_type", "category",
                                                      "deleted", "child_id", "end_date"],
                              unique=False)
    with op.batch_alter_table("requirement_delivery", schema=None) as batch_op:
        batch_op.create_index("ix_requirement_delivery_balance",
                              ["requirement_id", "kind", "deleted", "quantity"], unique=False)
        batch_op.create_index("ix_requirement_delivery_kind_on", ["kind", "delivered_on"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("requirement_delivery", schema=None) as batch_op:
        batch_op.drop_index("ix_requirement_delivery_kind_on")
        batch_op.drop_index("ix_requirement_delivery_balance")
    with op.batch_alter_table("disposal", schema=None) as batch_op:
        batch_op.drop_index("ix_disposal_ongoing")
