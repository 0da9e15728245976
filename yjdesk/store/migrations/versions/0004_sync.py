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
    if side() == "server":
        _upgrade_server()


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


# --- server tables (the sync service: yjdesk/models/server.py) -------------------------------


def _upgrade_server() -> None:
    op.create_table('device_child',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('changed_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'child_id', name=op.f('pk_device_child')),
    info={'side': 'server'}
    )
    op.create_table('feed_entry',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_feed_entry')),
    sa.UniqueConstraint('server_seq', name=op.f('uq_feed_entry_server_seq')),
    info={'side': 'server'}
    )
    with op.batch_alter_table('feed_entry', schema=None) as batch_op:
        batch_op.create_index('ix_feed_entry_child_id_server_seq', ['child_id', 'server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_feed_entry_team_id'), ['team_id'], unique=False)

    op.create_table('push_batch',
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('result_json', sa.Text(), nullable=False),
    sa.Column('created_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_push_batch')),
    info={'side': 'server'}
    )
    op.create_table('row_revision',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('fields_json', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('table_name', 'row_id', 'rev', name=op.f('pk_row_revision')),
    info={'side': 'server'}
    )
    with op.batch_alter_table('row_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_row_revision_server_seq'), ['server_seq'], unique=False)

    op.create_table('server_counter',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_server_counter')),
    info={'side': 'server'}
    )
    # The one change-feed counter row every writer locks (ARCHITECTURE.md section 3).
    op.execute("INSERT INTO server_counter (name, value) VALUES ('feed', 0)")
    op.create_table('server_credential',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('changed_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_server_credential_user_id_user_account')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_server_credential')),
    info={'side': 'server'}
    )
    op.create_table('server_device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('registered_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('last_seen_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('revoked_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('org_scope', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_server_device_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_device')),
    info={'side': 'server'}
    )
    with op.batch_alter_table('server_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_server_device_user_id'), ['user_id'], unique=False)

    op.create_table('server_token',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('expires_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['server_device.id'], name=op.f('fk_server_token_device_id_server_device')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_server_token_user_id_user_account')),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_server_token')),
    info={'side': 'server'}
    )
    with op.batch_alter_table('server_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_server_token_device_id'), ['device_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_server_token_user_id'), ['user_id'], unique=False)


SERVER_TABLES = ("server_token", "server_device", "server_credential", "server_counter",
                 "row_revision", "push_batch", "feed_entry", "device_child")


def downgrade() -> None:
    if side() == "server":
        for name in SERVER_TABLES:
            op.drop_table(name)
    if side() == "client":
        for name in ("sync_shadow", "sync_pending", "sync_parked", "sync_conflict",
                     "sync_batch"):
            op.drop_table(name)
