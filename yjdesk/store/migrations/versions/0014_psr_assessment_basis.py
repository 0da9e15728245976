"""A court report's statement of how its ratings were assessed when no countersigned
assessment stands behind it (issue 12): it goes into the report instead of a warning.

Revision ID: 0014
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("psr", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assessment_basis", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("psr", schema=None) as batch_op:
        batch_op.drop_column("assessment_basis")
