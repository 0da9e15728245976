"""Assessments and countersigning (issue 3): assessment stages, their answers and events.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import yjdesk.models.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assessment_stage',
    sa.Column('disposal_id', sa.String(length=36), nullable=False),
    sa.Column('stage_type', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('form_version', sa.Integer(), nullable=False),
    sa.Column('previous_stage_id', sa.String(length=36), nullable=True),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('authoring_service', sa.String(length=120), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('submitted_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('submitted_by', sa.String(length=36), nullable=True),
    sa.Column('countersign_due_on', sa.Date(), nullable=True),
    sa.Column('countersigned_by', sa.String(length=36), nullable=True),
    sa.Column('countersigned_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('likelihood_reoffending', sa.String(length=16), nullable=True),
    sa.Column('likelihood_rationale', sa.Text(), nullable=True),
    sa.Column('rosh', sa.String(length=16), nullable=True),
    sa.Column('rosh_rationale', sa.Text(), nullable=True),
    sa.Column('safety_wellbeing', sa.String(length=16), nullable=True),
    sa.Column('safety_wellbeing_rationale', sa.Text(), nullable=True),
    sa.Column('mappa_eligible', sa.Boolean(), nullable=True),
    sa.Column('mappa_category', sa.Integer(), nullable=True),
    sa.Column('mappa_level', sa.Integer(), nullable=True),
    sa.Column('mappa_rationale', sa.Text(), nullable=True),
    sa.Column('intervention_level', sa.String(length=16), nullable=True),
    sa.Column('intervention_level_rationale', sa.Text(), nullable=True),
    sa.Column('contingency_plan', sa.Text(), nullable=True),
    sa.Column('plan_id', sa.String(length=36), nullable=True),
    sa.Column('accommodation_type', sa.String(length=32), nullable=True),
    sa.Column('accommodation_suitable', sa.Boolean(), nullable=True),
    sa.Column('ete_status', sa.String(length=32), nullable=True),
    sa.Column('ete_hours', sa.Integer(), nullable=True),
    sa.Column('send', sa.Boolean(), nullable=True),
    sa.Column('ehcp', sa.Boolean(), nullable=True),
    sa.Column('learning_plan', sa.Boolean(), nullable=True),
    sa.Column('mental_health_need', sa.Boolean(), nullable=True),
    sa.Column('mental_health_intervention', sa.String(length=16), nullable=True),
    sa.Column('substance_misuse_need', sa.Boolean(), nullable=True),
    sa.Column('substance_misuse_intervention', sa.String(length=16), nullable=True),
    sa.Column('criminal_exploitation', sa.Boolean(), nullable=True),
    sa.Column('sexual_exploitation', sa.Boolean(), nullable=True),
    sa.Column('county_lines', sa.String(length=24), nullable=True),
    sa.Column('missing_episodes', sa.Boolean(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_assessment_stage_author_id_user_account')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_assessment_stage_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['countersigned_by'], ['user_account.id'], name=op.f('fk_assessment_stage_countersigned_by_user_account')),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_assessment_stage_disposal_id_disposal')),
    sa.ForeignKeyConstraint(['previous_stage_id'], ['assessment_stage.id'], name=op.f('fk_assessment_stage_previous_stage_id_assessment_stage')),
    sa.ForeignKeyConstraint(['submitted_by'], ['user_account.id'], name=op.f('fk_assessment_stage_submitted_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_stage'))
    )
    with op.batch_alter_table('assessment_stage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_stage_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_stage_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_stage_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_stage_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_stage_previous_stage_id'), ['previous_stage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_stage_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_stage_status'), ['status'], unique=False)

    op.create_table('assessment_answer',
    sa.Column('stage_id', sa.String(length=36), nullable=False),
    sa.Column('question_key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('yet_to_clarify', sa.Boolean(), nullable=False),
    sa.Column('as_at', sa.Date(), nullable=False),
    sa.Column('carried_forward_from', sa.String(length=36), nullable=True),
    sa.Column('changed', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_assessment_answer_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stage_id'], ['assessment_stage.id'], name=op.f('fk_assessment_answer_stage_id_assessment_stage')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_answer')),
    sa.UniqueConstraint('stage_id', 'question_key', name=op.f('uq_assessment_answer_stage_id'))
    )
    with op.batch_alter_table('assessment_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_answer_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_answer_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_answer_stage_id'), ['stage_id'], unique=False)

    op.create_table('assessment_event',
    sa.Column('stage_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_assessment_event_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stage_id'], ['assessment_stage.id'], name=op.f('fk_assessment_event_stage_id_assessment_stage')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_assessment_event_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_event'))
    )
    with op.batch_alter_table('assessment_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_event_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_event_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_event_stage_id'), ['stage_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('assessment_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_event_stage_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_event_server_seq'))
        batch_op.drop_index(batch_op.f('ix_assessment_event_child_id'))

    op.drop_table('assessment_event')
    with op.batch_alter_table('assessment_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_answer_stage_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_answer_server_seq'))
        batch_op.drop_index(batch_op.f('ix_assessment_answer_child_id'))

    op.drop_table('assessment_answer')
    with op.batch_alter_table('assessment_stage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_stage_status'))
        batch_op.drop_index(batch_op.f('ix_assessment_stage_server_seq'))
        batch_op.drop_index(batch_op.f('ix_assessment_stage_previous_stage_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_stage_plan_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_stage_disposal_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_stage_child_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_stage_author_id'))

    op.drop_table('assessment_stage')
