"""Case work: contacts, plans, reviews, compliance, out-of-court panel, exit (issue 4).

Revision ID: 0003
Revises: 0002

The revision slot is reserved in the chain so the feature areas can be built side by side;
the tables arrive with the feature.
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

import yjdesk.models.types  # noqa: F401
from yjdesk.store.migrations.util import side  # noqa: F401

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
