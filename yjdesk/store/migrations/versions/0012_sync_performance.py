"""Sync and caseload performance (issue 16): a covering index for the due-work queries.

The caseload's "next due" column asks, for every child at once, for the last final contact
and the last attended face-to-face contact. Contact rows are large (the ACORNS text), so on
an encrypted laptop store a table scan decrypts most of the file; this index answers both
questions from the index alone.

Revision ID: 0012
Revises: 0014
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index("ix_contact_due", ["status", "deleted", "child_id", "contact_at",
                                                 "attendance", "contact_type"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_due")
