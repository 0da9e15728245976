"""The caseload's current disposals from the index alone (issue 16: cold start < 1.5 s).

The caseload reads every child's ongoing disposals with their start dates (the latest one
is the child's current disposal). ``ix_disposal_ongoing`` had every column the read needs
but the start date, so each of the county's 8,600 ongoing disposals was looked up in the
table: on a cold start, pages of all of ``disposal`` decrypted for one date each (47-69 ms
of the database worker's first read; 7 ms from the index with the start date in it). The
start date is added last, so every query that used the index's columns before uses it as it
did.

Revision ID: 0024
Revises: 0023
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

BEFORE = ["outcome", "disposal_type", "category", "deleted", "child_id", "end_date"]


def upgrade() -> None:
    with op.batch_alter_table("disposal", schema=None) as batch_op:
        batch_op.drop_index("ix_disposal_ongoing")
        batch_op.create_index("ix_disposal_ongoing", [*BEFORE, "start_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("disposal", schema=None) as batch_op:
        batch_op.drop_index("ix_disposal_ongoing")
        batch_op.create_index("ix_disposal_ongoing", BEFORE, unique=False)
