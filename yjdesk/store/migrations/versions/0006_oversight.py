"""Oversight, supervision, quality audits and the partnership board (issue 7).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import yjdesk.models.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('board_meeting',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('board', sa.String(length=120), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_meeting'))
    )
    with op.batch_alter_table('board_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_board_meeting_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_board_meeting_server_seq'), ['server_seq'], unique=False)
    op.create_table('board_attendance',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('partner', sa.String(length=32), nullable=False),
    sa.Column('member_name', sa.String(length=160), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['board_meeting.id'], name=op.f('fk_board_attendance_meeting_id_board_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_attendance'))
    )
    with op.batch_alter_table('board_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_board_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_board_attendance_server_seq'), ['server_seq'], unique=False)
    op.create_table('oversight_record',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('practitioner_id', sa.String(length=36), nullable=True),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_oversight_record_author_id_user_account')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_oversight_record_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['practitioner_id'], ['user_account.id'], name=op.f('fk_oversight_record_practitioner_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_oversight_record'))
    )
    with op.batch_alter_table('oversight_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_oversight_record_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_oversight_record_recorded_on'), ['recorded_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_oversight_record_server_seq'), ['server_seq'], unique=False)
    op.create_table('quality_audit',
    sa.Column('auditor_id', sa.String(length=36), nullable=False),
    sa.Column('practitioner_id', sa.String(length=36), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('audited_on', sa.Date(), nullable=False),
    sa.Column('case_type', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('acknowledged', sa.Boolean(), nullable=False),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.Column('practitioner_response', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['auditor_id'], ['user_account.id'], name=op.f('fk_quality_audit_auditor_id_user_account')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_quality_audit_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['practitioner_id'], ['user_account.id'], name=op.f('fk_quality_audit_practitioner_id_user_account')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_quality_audit_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_audit'))
    )
    with op.batch_alter_table('quality_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quality_audit_audited_on'), ['audited_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_audit_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_audit_practitioner_id'), ['practitioner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_audit_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_audit_team_id'), ['team_id'], unique=False)
    op.create_table('oversight_action',
    sa.Column('oversight_id', sa.String(length=36), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_oversight_action_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['oversight_id'], ['oversight_record.id'], name=op.f('fk_oversight_action_oversight_id_oversight_record')),
    sa.ForeignKeyConstraint(['owner_id'], ['user_account.id'], name=op.f('fk_oversight_action_owner_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_oversight_action'))
    )
    with op.batch_alter_table('oversight_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_oversight_action_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_oversight_action_oversight_id'), ['oversight_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_oversight_action_server_seq'), ['server_seq'], unique=False)
    op.create_table('quality_audit_answer',
    sa.Column('audit_id', sa.String(length=36), nullable=False),
    sa.Column('question', sa.String(length=48), nullable=False),
    sa.Column('score', sa.String(length=16), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['quality_audit.id'], name=op.f('fk_quality_audit_answer_audit_id_quality_audit')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_quality_audit_answer_child_id_child'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_audit_answer'))
    )
    with op.batch_alter_table('quality_audit_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quality_audit_answer_audit_id'), ['audit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_audit_answer_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_audit_answer_server_seq'), ['server_seq'], unique=False)


def downgrade() -> None:
    op.drop_table('quality_audit_answer')
    op.drop_table('quality_audit')
    op.drop_table('oversight_action')
    op.drop_table('oversight_record')
    op.drop_table('board_attendance')
    op.drop_table('board_meeting')
