"""Core records: teams, users, the child, relationships, offences, disposals, allocations,
the audit log and laptop bookkeeping.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import yjdesk.models.types
from yjdesk.store.migrations.util import side

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.Integer(), nullable=False),
    sa.Column('at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=True),
    sa.Column('entity', sa.String(length=64), nullable=True),
    sa.Column('entity_id', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('device_id', 'device_seq', name=op.f('uq_audit_event_device_id'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_user_id'), ['user_id'], unique=False)

    if side() == "client":
        op.create_table('local_meta',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_local_meta')),
        info={'side': 'client'}
        )
    op.create_table('team',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('local_authority', sa.String(length=120), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team')),
    sa.UniqueConstraint('code', name=op.f('uq_team_code'))
    )
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_server_seq'), ['server_seq'], unique=False)

    op.create_table('user_account',
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum('practitioner', 'court_officer', 'team_manager', 'service_manager', 'administrator', name='role', native_enum=False, length=32), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('qualification', sa.String(length=64), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_user_account_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_account_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_user_account_team_id'), ['team_id'], unique=False)

    op.create_table('child',
    sa.Column('case_number', sa.String(length=32), nullable=False),
    sa.Column('pnc_number', sa.String(length=32), nullable=True),
    sa.Column('given_name', sa.String(length=80), nullable=False),
    sa.Column('family_name', sa.String(length=80), nullable=False),
    sa.Column('preferred_name', sa.String(length=80), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=False),
    sa.Column('gender', sa.String(length=32), nullable=False),
    sa.Column('ethnicity', sa.String(length=32), nullable=False),
    sa.Column('looked_after', sa.Enum('currently', 'previously', 'never', 'yet_to_clarify', name='status_history', native_enum=False, length=20), nullable=False),
    sa.Column('child_in_need', sa.Enum('currently', 'previously', 'never', 'yet_to_clarify', name='status_history', native_enum=False, length=20), nullable=False),
    sa.Column('cp_plan', sa.Enum('currently', 'previously', 'never', 'yet_to_clarify', name='status_history', native_enum=False, length=20), nullable=False),
    sa.Column('home_local_authority', sa.String(length=120), nullable=True),
    sa.Column('placing_local_authority', sa.String(length=120), nullable=True),
    sa.Column('diversity_needs', sa.Text(), nullable=True),
    sa.Column('communication_needs', sa.Text(), nullable=True),
    sa.Column('ect_result', sa.String(length=32), nullable=True),
    sa.Column('ete_status', sa.String(length=32), nullable=True),
    sa.Column('ete_provider', sa.String(length=160), nullable=True),
    sa.Column('ete_hours', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('case_manager_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_manager_id'], ['user_account.id'], name=op.f('fk_child_case_manager_id_user_account')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_child_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_child')),
    sa.UniqueConstraint('case_number', name=op.f('uq_child_case_number'))
    )
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_child_case_manager_id'), ['case_manager_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_child_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_child_team_id'), ['team_id'], unique=False)

    op.create_table('allocation',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('allocation_role', sa.String(length=16), nullable=False),
    sa.Column('from_date', sa.Date(), nullable=False),
    sa.Column('to_date', sa.Date(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_allocation_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_allocation_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allocation'))
    )
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_allocation_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_allocation_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_allocation_user_id'), ['user_id'], unique=False)

    op.create_table('child_address',
    sa.Column('line1', sa.String(length=160), nullable=False),
    sa.Column('line2', sa.String(length=160), nullable=True),
    sa.Column('town', sa.String(length=80), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('from_date', sa.Date(), nullable=False),
    sa.Column('to_date', sa.Date(), nullable=True),
    sa.Column('accommodation_type', sa.String(length=32), nullable=True),
    sa.Column('suitable', sa.Boolean(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_child_address_child_id_child'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_child_address'))
    )
    with op.batch_alter_table('child_address', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_child_address_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_child_address_server_seq'), ['server_seq'], unique=False)

    op.create_table('disposal',
    sa.Column('disposal_type', sa.String(length=32), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('decision_body', sa.String(length=160), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('outcome_date', sa.Date(), nullable=True),
    sa.Column('responsible_officer_id', sa.String(length=36), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_disposal_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['responsible_officer_id'], ['user_account.id'], name=op.f('fk_disposal_responsible_officer_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disposal'))
    )
    with op.batch_alter_table('disposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disposal_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disposal_server_seq'), ['server_seq'], unique=False)

    op.create_table('relationship',
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('relationship_type', sa.String(length=32), nullable=False),
    sa.Column('parental_responsibility', sa.Boolean(), nullable=False),
    sa.Column('lives_with_child', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_relationship_child_id_child'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relationship'))
    )
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationship_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationship_server_seq'), ['server_seq'], unique=False)

    op.create_table('disposal_requirement',
    sa.Column('disposal_id', sa.String(length=36), nullable=False),
    sa.Column('requirement_code', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('mandatory', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_disposal_requirement_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_disposal_requirement_disposal_id_disposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disposal_requirement'))
    )
    with op.batch_alter_table('disposal_requirement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disposal_requirement_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disposal_requirement_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disposal_requirement_server_seq'), ['server_seq'], unique=False)

    op.create_table('offence',
    sa.Column('offence_date', sa.Date(), nullable=False),
    sa.Column('offence_code', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('gravity', sa.Integer(), nullable=False),
    sa.Column('victim_involved', sa.Boolean(), nullable=False),
    sa.Column('serious_violence', sa.Boolean(), nullable=False),
    sa.Column('disposal_id', sa.String(length=36), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_offence_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_offence_disposal_id_disposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offence'))
    )
    with op.batch_alter_table('offence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_offence_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_offence_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_offence_server_seq'), ['server_seq'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('offence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_offence_server_seq'))
        batch_op.drop_index(batch_op.f('ix_offence_disposal_id'))
        batch_op.drop_index(batch_op.f('ix_offence_child_id'))

    op.drop_table('offence')
    with op.batch_alter_table('disposal_requirement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disposal_requirement_server_seq'))
        batch_op.drop_index(batch_op.f('ix_disposal_requirement_disposal_id'))
        batch_op.drop_index(batch_op.f('ix_disposal_requirement_child_id'))

    op.drop_table('disposal_requirement')
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relationship_server_seq'))
        batch_op.drop_index(batch_op.f('ix_relationship_child_id'))

    op.drop_table('relationship')
    with op.batch_alter_table('disposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disposal_server_seq'))
        batch_op.drop_index(batch_op.f('ix_disposal_child_id'))

    op.drop_table('disposal')
    with op.batch_alter_table('child_address', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_child_address_server_seq'))
        batch_op.drop_index(batch_op.f('ix_child_address_child_id'))

    op.drop_table('child_address')
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_allocation_user_id'))
        batch_op.drop_index(batch_op.f('ix_allocation_server_seq'))
        batch_op.drop_index(batch_op.f('ix_allocation_child_id'))

    op.drop_table('allocation')
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_child_team_id'))
        batch_op.drop_index(batch_op.f('ix_child_server_seq'))
        batch_op.drop_index(batch_op.f('ix_child_case_manager_id'))

    op.drop_table('child')
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_account_team_id'))
        batch_op.drop_index(batch_op.f('ix_user_account_server_seq'))

    op.drop_table('user_account')
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_server_seq'))

    op.drop_table('team')
    if side() == "client":
        op.drop_table('local_meta')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_user_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_server_seq'))
        batch_op.drop_index(batch_op.f('ix_audit_event_child_id'))

    op.drop_table('audit_event')
