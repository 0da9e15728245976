"""Sync bookkeeping: shadows, conflicts, change feed, credentials, devices (issue 5).

Revision ID: 0004
Revises: 0003

The revision slot is reserved in the chain so the feature areas can be built side by side;
the tables arrive with the feature.
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

import yjdesk.models.types  # noqa: F401
from yjdesk.store.migrations.util import side  # noqa: F401

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if side() == "client":
        _upgrade_client()


def _upgrade_client() -> None:
    op.create_table('sync_batch',
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('body_json', sa.Text(), nullable=False),
    sa.Column('marks_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_sync_batch')),
    info={'side': 'client'}
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=True),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('mine', sa.Text(), nullable=False),
    sa.Column('theirs', sa.Text(), nullable=False),
    sa.Column('their_author', sa.String(length=120), nullable=True),
    sa.Column('their_time', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('created_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('resolved_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    info={'side': 'client'}
    )
    op.create_index('ix_sync_conflict_row', 'sync_conflict', ['table_name', 'row_id'], unique=False)
    op.create_table('sync_parked',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('state_json', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_parked')),
    info={'side': 'client'}
    )
    op.create_table('sync_pending',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=True),
    sa.Column('queued_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('edit_seq', sa.BigInteger(), nullable=False),
    sa.Column('failed_reason', sa.Text(), nullable=True),
    sa.Column('failed_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_pending')),
    info={'side': 'client'}
    )
    op.create_index('ix_sync_pending_child_id', 'sync_pending', ['child_id'], unique=False)
    op.create_table('sync_shadow',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('fields_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_shadow')),
    info={'side': 'client'}
    )


def downgrade() -> None:
    if side() == "client":
        for name in ("sync_shadow", "sync_pending", "sync_parked", "sync_conflict",
                     "sync_batch"):
            op.drop_table(name)
