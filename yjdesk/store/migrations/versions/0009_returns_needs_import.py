"""The YJB quarterly return, the needs profile, wider services at start and end, and the
import bookkeeping (issue 15).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import yjdesk.models.types
from yjdesk.store.migrations.util import side

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('data_return',
    sa.Column('quarter_start', sa.Date(), nullable=False),
    sa.Column('quarter_end', sa.Date(), nullable=False),
    sa.Column('specification', sa.String(length=80), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('produced_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('produced_by', sa.String(length=36), nullable=True),
    sa.Column('children', sa.Integer(), nullable=False),
    sa.Column('records_json', sa.Text(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('incomplete', sa.Integer(), nullable=False),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('changes_json', sa.Text(), nullable=True),
    sa.Column('manifest', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['produced_by'], ['user_account.id'], name=op.f('fk_data_return_produced_by_user_account')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['data_return.id'], name=op.f('fk_data_return_supersedes_id_data_return')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_return'))
    )
    with op.batch_alter_table('data_return', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_return_quarter_start'), ['quarter_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_data_return_server_seq'), ['server_seq'], unique=False)

    with op.batch_alter_table('assessment_stage', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parent_mental_health', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('parent_substance_misuse', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('parent_offending', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('domestic_abuse_witnessed', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('bereavement', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('mental_health_diagnosis', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('self_harm_or_suicide_attempt', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('speech_language_need', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('health_at_risk', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('age_at_first_conviction', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('previous_convictions', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('looked_after_status', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('child_in_need_status', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('cp_plan_status', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('early_help_status', sa.String(length=20), nullable=True))

    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.add_column(sa.Column('originating_person_id', sa.String(length=64), nullable=True))

    with op.batch_alter_table('exit_plan', schema=None) as batch_op:
        batch_op.add_column(sa.Column('looked_after_end', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('child_in_need_end', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('cp_plan_end', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('early_help_end', sa.String(length=20), nullable=True))

    if side() == "server":
        op.create_table('import_key',
        sa.Column('source', sa.String(length=64), nullable=False),
        sa.Column('entity', sa.String(length=32), nullable=False),
        sa.Column('legacy_id', sa.String(length=64), nullable=False),
        sa.Column('table_name', sa.String(length=64), nullable=False),
        sa.Column('row_id', sa.String(length=36), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('run_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('source', 'entity', 'legacy_id', name=op.f('pk_import_key'))
        )
        op.create_table('import_run',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('source', sa.String(length=64), nullable=False),
        sa.Column('bundle_sha256', sa.String(length=64), nullable=False),
        sa.Column('started_at', yjdesk.models.types.TZDateTime(), nullable=False),
        sa.Column('finished_at', yjdesk.models.types.TZDateTime(), nullable=True),
        sa.Column('run_by', sa.String(length=120), nullable=False),
        sa.Column('counts_json', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_run'))
        )


def downgrade() -> None:
    if side() == "server":
        op.drop_table('import_run')
        op.drop_table('import_key')
    with op.batch_alter_table('exit_plan', schema=None) as batch_op:
        batch_op.drop_column('early_help_end')
        batch_op.drop_column('cp_plan_end')
        batch_op.drop_column('child_in_need_end')
        batch_op.drop_column('looked_after_end')

    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.drop_column('originating_person_id')

    with op.batch_alter_table('assessment_stage', schema=None) as batch_op:
        batch_op.drop_column('early_help_status')
        batch_op.drop_column('cp_plan_status')
        batch_op.drop_column('child_in_need_status')
        batch_op.drop_column('looked_after_status')
        batch_op.drop_column('previous_convictions')
        batch_op.drop_column('age_at_first_conviction')
        batch_op.drop_column('health_at_risk')
        batch_op.drop_column('speech_language_need')
        batch_op.drop_column('self_harm_or_suicide_attempt')
        batch_op.drop_column('mental_health_diagnosis')
        batch_op.drop_column('bereavement')
        batch_op.drop_column('domestic_abuse_witnessed')
        batch_op.drop_column('parent_offending')
        batch_op.drop_column('parent_substance_misuse')
        batch_op.drop_column('parent_mental_health')

    with op.batch_alter_table('data_return', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_data_return_server_seq'))
        batch_op.drop_index(batch_op.f('ix_data_return_quarter_start'))

    op.drop_table('data_return')
