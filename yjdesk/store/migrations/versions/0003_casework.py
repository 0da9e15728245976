"""Case work: contacts, plans, reviews, compliance, out-of-court panel, exit (issue 4).

Revision ID: 0003
Revises: 0002

Every table here is synced (ChildOwned + Synced) and exists on both sides.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import yjdesk.models.types  # noqa: F401
from yjdesk.store.migrations.util import side  # noqa: F401

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contact',
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('contact_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('contact_type', sa.String(length=32), nullable=True),
    sa.Column('venue', sa.String(length=32), nullable=True),
    sa.Column('venue_detail', sa.String(length=200), nullable=True),
    sa.Column('present', sa.Text(), nullable=True),
    sa.Column('attendance', sa.String(length=32), nullable=True),
    sa.Column('aim', sa.Text(), nullable=True),
    sa.Column('content', sa.Text(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('risk', sa.Text(), nullable=True),
    sa.Column('next_steps', sa.Text(), nullable=True),
    sa.Column('safeguarding', sa.Text(), nullable=True),
    sa.Column('safeguarding_concern', sa.Boolean(), nullable=False),
    sa.Column('child_views', sa.Text(), nullable=True),
    sa.Column('finalised_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_contact_author_id_user_account')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_contact_child_id_child'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_contact_at'), ['contact_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_status'), ['status'], unique=False)
    op.create_table('compliance_record',
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('disposal_id', sa.String(length=36), nullable=True),
    sa.Column('enforcement_needed', sa.Boolean(), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=True),
    sa.Column('reason_not_taken', sa.Text(), nullable=True),
    sa.Column('alternatives_tried', sa.Text(), nullable=True),
    sa.Column('panel_date', sa.Date(), nullable=True),
    sa.Column('panel_outcome', sa.Text(), nullable=True),
    sa.Column('breach_date', sa.Date(), nullable=True),
    sa.Column('breach_outcome', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_compliance_record_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_compliance_record_contact_id_contact')),
    sa.ForeignKeyConstraint(['decided_by'], ['user_account.id'], name=op.f('fk_compliance_record_decided_by_user_account')),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_compliance_record_disposal_id_disposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_compliance_record'))
    )
    with op.batch_alter_table('compliance_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_compliance_record_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_compliance_record_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_compliance_record_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_compliance_record_server_seq'), ['server_seq'], unique=False)
    op.create_table('contact_amendment',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=32), nullable=False),
    sa.Column('original_text', sa.Text(), nullable=True),
    sa.Column('new_text', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('amended_by', sa.String(length=36), nullable=False),
    sa.Column('amended_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['amended_by'], ['user_account.id'], name=op.f('fk_contact_amendment_amended_by_user_account')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_contact_amendment_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_amendment_contact_id_contact')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_amendment'))
    )
    with op.batch_alter_table('contact_amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_amendment_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_amendment_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_amendment_server_seq'), ['server_seq'], unique=False)
    op.create_table('exit_plan',
    sa.Column('disposal_id', sa.String(length=36), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('ete_status', sa.String(length=32), nullable=True),
    sa.Column('ete_hours_offered', sa.Integer(), nullable=True),
    sa.Column('ete_hours_attended', sa.Integer(), nullable=True),
    sa.Column('accommodation_type', sa.String(length=32), nullable=True),
    sa.Column('accommodation_suitable', sa.Boolean(), nullable=True),
    sa.Column('rj_engagement', sa.String(length=32), nullable=True),
    sa.Column('continuing_support', sa.String(length=32), nullable=True),
    sa.Column('receiving_service', sa.String(length=200), nullable=True),
    sa.Column('support_detail', sa.Text(), nullable=True),
    sa.Column('strategies', sa.Text(), nullable=True),
    sa.Column('child_feedback', sa.Text(), nullable=True),
    sa.Column('family_feedback', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('signed_off_by', sa.String(length=36), nullable=True),
    sa.Column('signed_off_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_exit_plan_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_exit_plan_disposal_id_disposal')),
    sa.ForeignKeyConstraint(['signed_off_by'], ['user_account.id'], name=op.f('fk_exit_plan_signed_off_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exit_plan'))
    )
    with op.batch_alter_table('exit_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exit_plan_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exit_plan_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exit_plan_server_seq'), ['server_seq'], unique=False)
    op.create_table('plan',
    sa.Column('disposal_id', sa.String(length=36), nullable=True),
    sa.Column('assessment_stage_id', sa.String(length=36), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('child_words', sa.Text(), nullable=True),
    sa.Column('contingency_wellbeing', sa.Text(), nullable=True),
    sa.Column('contingency_others', sa.Text(), nullable=True),
    sa.Column('victim_safety', sa.Text(), nullable=True),
    sa.Column('control_curfew', sa.Boolean(), nullable=False),
    sa.Column('control_exclusion', sa.Boolean(), nullable=False),
    sa.Column('control_police_links', sa.Boolean(), nullable=False),
    sa.Column('external_controls', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_plan_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['assessment_stage_id'], ['assessment_stage.id'], name=op.f('fk_plan_assessment_stage_id_assessment_stage')),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_plan_disposal_id_disposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan'))
    )
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_assessment_stage_id'), ['assessment_stage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_server_seq'), ['server_seq'], unique=False)
    op.create_table('safeguarding_item',
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('raised_by', sa.String(length=36), nullable=False),
    sa.Column('raised_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('acknowledged_by', sa.String(length=36), nullable=True),
    sa.Column('acknowledged_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('manager_actions', sa.Text(), nullable=True),
    sa.Column('closed_by', sa.String(length=36), nullable=True),
    sa.Column('closed_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['acknowledged_by'], ['user_account.id'], name=op.f('fk_safeguarding_item_acknowledged_by_user_account')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_safeguarding_item_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['closed_by'], ['user_account.id'], name=op.f('fk_safeguarding_item_closed_by_user_account')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_safeguarding_item_contact_id_contact')),
    sa.ForeignKeyConstraint(['raised_by'], ['user_account.id'], name=op.f('fk_safeguarding_item_raised_by_user_account')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_safeguarding_item_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safeguarding_item'))
    )
    with op.batch_alter_table('safeguarding_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safeguarding_item_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_safeguarding_item_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_safeguarding_item_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_safeguarding_item_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_safeguarding_item_team_id'), ['team_id'], unique=False)
    op.create_table('case_event',
    sa.Column('event_type', sa.String(length=32), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('offence_id', sa.String(length=36), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_case_event_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['offence_id'], ['offence.id'], name=op.f('fk_case_event_offence_id_offence')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_event'))
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_event_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_event_server_seq'), ['server_seq'], unique=False)
    op.create_table('ooc_decision',
    sa.Column('referral_date', sa.Date(), nullable=False),
    sa.Column('offence_id', sa.String(length=36), nullable=True),
    sa.Column('screening_summary', sa.Text(), nullable=False),
    sa.Column('panel_date', sa.Date(), nullable=False),
    sa.Column('decision', sa.String(length=32), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('delivered_date', sa.Date(), nullable=True),
    sa.Column('delivered_by', sa.String(length=160), nullable=True),
    sa.Column('child_understood', sa.Boolean(), nullable=False),
    sa.Column('parent_understood', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=True),
    sa.Column('outcome_date', sa.Date(), nullable=True),
    sa.Column('disposal_id', sa.String(length=36), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_ooc_decision_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_ooc_decision_disposal_id_disposal')),
    sa.ForeignKeyConstraint(['offence_id'], ['offence.id'], name=op.f('fk_ooc_decision_offence_id_offence')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ooc_decision'))
    )
    with op.batch_alter_table('ooc_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ooc_decision_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ooc_decision_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ooc_decision_server_seq'), ['server_seq'], unique=False)
    op.create_table('plan_target',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('area', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=160), nullable=False),
    sa.Column('child_words', sa.Text(), nullable=True),
    sa.Column('planned_sessions', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_plan_target_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_target_plan_id_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_target'))
    )
    with op.batch_alter_table('plan_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_target_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_target_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_target_server_seq'), ['server_seq'], unique=False)
    op.create_table('contact_target_link',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_contact_target_link_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_target_link_contact_id_contact')),
    sa.ForeignKeyConstraint(['target_id'], ['plan_target.id'], name=op.f('fk_contact_target_link_target_id_plan_target')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_target_link'))
    )
    with op.batch_alter_table('contact_target_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_target_link_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_target_link_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_target_link_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_target_link_target_id'), ['target_id'], unique=False)
    op.create_table('ooc_condition',
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('mandatory', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_ooc_condition_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decision_id'], ['ooc_decision.id'], name=op.f('fk_ooc_condition_decision_id_ooc_decision')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ooc_condition'))
    )
    with op.batch_alter_table('ooc_condition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ooc_condition_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ooc_condition_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ooc_condition_server_seq'), ['server_seq'], unique=False)
    op.create_table('review',
    sa.Column('trigger', sa.String(length=32), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('plan_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('what_changed', sa.Text(), nullable=True),
    sa.Column('other_agency_info', sa.Text(), nullable=True),
    sa.Column('plan_changed', sa.Boolean(), nullable=False),
    sa.Column('no_change_reason', sa.Text(), nullable=True),
    sa.Column('reviewed_by', sa.String(length=36), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_review_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['case_event.id'], name=op.f('fk_review_event_id_case_event')),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_review_plan_id_plan')),
    sa.ForeignKeyConstraint(['reviewed_by'], ['user_account.id'], name=op.f('fk_review_reviewed_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_status'), ['status'], unique=False)

    # ### end Alembic commands ###


def downgrade() -> None:
    op.drop_table('review')
    op.drop_table('ooc_condition')
    op.drop_table('contact_target_link')
    op.drop_table('plan_target')
    op.drop_table('ooc_decision')
    op.drop_table('case_event')
    op.drop_table('safeguarding_item')
    op.drop_table('plan')
    op.drop_table('exit_plan')
    op.drop_table('contact_amendment')
    op.drop_table('compliance_record')
    op.drop_table('contact')
