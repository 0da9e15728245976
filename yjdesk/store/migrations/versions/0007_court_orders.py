"""Court orders as the law runs them (issue 13): referral order panels and contracts, the
enforcement ledger, requirement delivery, custody / remand / resettlement, transition to
probation; conviction date on disposals, weekly hours and end dates on requirements.

Revision ID: 0007
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import yjdesk.models.types  # noqa: F401
from yjdesk.store.migrations.util import side  # noqa: F401

revision = "0007"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('custody_episode',
    sa.Column('disposal_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('establishment', sa.String(length=32), nullable=True),
    sa.Column('placement_date', sa.Date(), nullable=False),
    sa.Column('designated_authority', sa.String(length=120), nullable=True),
    sa.Column('looked_after_from', sa.Date(), nullable=True),
    sa.Column('looked_after_to', sa.Date(), nullable=True),
    sa.Column('prior_looked_after', sa.String(length=20), nullable=True),
    sa.Column('laspo_condition_set', sa.String(length=16), nullable=True),
    sa.Column('laspo_conditions', sa.Text(), nullable=True),
    sa.Column('release_date', sa.Date(), nullable=True),
    sa.Column('accommodation_confirmed_on', sa.Date(), nullable=True),
    sa.Column('accommodation_detail', sa.Text(), nullable=True),
    sa.Column('ete_confirmed_on', sa.Date(), nullable=True),
    sa.Column('ete_detail', sa.Text(), nullable=True),
    sa.Column('licence_conditions', sa.Text(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_custody_episode_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_custody_episode_disposal_id_disposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_episode'))
    )
    with op.batch_alter_table('custody_episode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_episode_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_episode_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_episode_server_seq'), ['server_seq'], unique=False)

    op.create_table('referral_order',
    sa.Column('disposal_id', sa.String(length=36), nullable=False),
    sa.Column('length_months', sa.Integer(), nullable=False),
    sa.Column('parent_ordered', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('initial_panel_due', sa.Date(), nullable=False),
    sa.Column('contract_signed_on', sa.Date(), nullable=True),
    sa.Column('extension_months', sa.Integer(), nullable=False),
    sa.Column('extension_court_date', sa.Date(), nullable=True),
    sa.Column('compliance_end', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('conviction_spent_on', sa.Date(), nullable=True),
    sa.Column('referral_report', sa.Text(), nullable=True),
    sa.Column('referred_back_on', sa.Date(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_referral_order_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_referral_order_disposal_id_disposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_order'))
    )
    with op.batch_alter_table('referral_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_order_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_order_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_order_server_seq'), ['server_seq'], unique=False)

    op.create_table('transition_plan',
    sa.Column('disposal_id', sa.String(length=36), nullable=True),
    sa.Column('eligible', sa.Boolean(), nullable=False),
    sa.Column('eligibility_reason', sa.Text(), nullable=True),
    sa.Column('needs', sa.Text(), nullable=True),
    sa.Column('strengths', sa.Text(), nullable=True),
    sa.Column('probation_must_know', sa.Text(), nullable=True),
    sa.Column('child_views', sa.Text(), nullable=True),
    sa.Column('introductions', sa.Text(), nullable=True),
    sa.Column('probation_contact', sa.String(length=160), nullable=True),
    sa.Column('info_handover_on', sa.Date(), nullable=True),
    sa.Column('info_shared', sa.Text(), nullable=True),
    sa.Column('transfer_date', sa.Date(), nullable=True),
    sa.Column('transfer_type', sa.String(length=16), nullable=True),
    sa.Column('review_outcome', sa.Text(), nullable=True),
    sa.Column('reviewed_on', sa.Date(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_transition_plan_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_transition_plan_disposal_id_disposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transition_plan'))
    )
    with op.batch_alter_table('transition_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transition_plan_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_transition_plan_server_seq'), ['server_seq'], unique=False)

    op.create_table('custody_meeting',
    sa.Column('episode_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('attendees', sa.Text(), nullable=True),
    sa.Column('actions', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_custody_meeting_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['episode_id'], ['custody_episode.id'], name=op.f('fk_custody_meeting_episode_id_custody_episode')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_meeting'))
    )
    with op.batch_alter_table('custody_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_meeting_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_meeting_episode_id'), ['episode_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_meeting_server_seq'), ['server_seq'], unique=False)

    op.create_table('enforcement_step',
    sa.Column('disposal_id', sa.String(length=36), nullable=False),
    sa.Column('compliance_record_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('step_date', sa.Date(), nullable=False),
    sa.Column('failure_date', sa.Date(), nullable=False),
    sa.Column('failure', sa.Text(), nullable=False),
    sa.Column('warned_period_end', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('given_by', sa.String(length=36), nullable=True),
    sa.Column('signed_off_by', sa.String(length=36), nullable=True),
    sa.Column('signed_off_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('court_decision', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_enforcement_step_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['compliance_record_id'], ['compliance_record.id'], name=op.f('fk_enforcement_step_compliance_record_id_compliance_record')),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_enforcement_step_disposal_id_disposal')),
    sa.ForeignKeyConstraint(['given_by'], ['user_account.id'], name=op.f('fk_enforcement_step_given_by_user_account')),
    sa.ForeignKeyConstraint(['signed_off_by'], ['user_account.id'], name=op.f('fk_enforcement_step_signed_off_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enforcement_step'))
    )
    with op.batch_alter_table('enforcement_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enforcement_step_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enforcement_step_compliance_record_id'), ['compliance_record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enforcement_step_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enforcement_step_server_seq'), ['server_seq'], unique=False)

    op.create_table('referral_panel',
    sa.Column('referral_order_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('yjs_members', sa.Text(), nullable=True),
    sa.Column('volunteers', sa.Text(), nullable=True),
    sa.Column('attendees', sa.Text(), nullable=True),
    sa.Column('child_attended', sa.Boolean(), nullable=False),
    sa.Column('parent_attended', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_referral_panel_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['referral_order_id'], ['referral_order.id'], name=op.f('fk_referral_panel_referral_order_id_referral_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_panel'))
    )
    with op.batch_alter_table('referral_panel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_panel_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_panel_referral_order_id'), ['referral_order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_panel_server_seq'), ['server_seq'], unique=False)

    op.create_table('requirement_delivery',
    sa.Column('requirement_id', sa.String(length=36), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('reported_by', sa.String(length=160), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_requirement_delivery_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requirement_id'], ['disposal_requirement.id'], name=op.f('fk_requirement_delivery_requirement_id_disposal_requirement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirement_delivery'))
    )
    with op.batch_alter_table('requirement_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requirement_delivery_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_requirement_delivery_requirement_id'), ['requirement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_requirement_delivery_server_seq'), ['server_seq'], unique=False)

    op.create_table('referral_contract',
    sa.Column('referral_order_id', sa.String(length=36), nullable=False),
    sa.Column('panel_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reparation', sa.Text(), nullable=True),
    sa.Column('activities', sa.Text(), nullable=True),
    sa.Column('other_terms', sa.Text(), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_by_child', sa.Boolean(), nullable=False),
    sa.Column('panel_member_name', sa.String(length=160), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_referral_contract_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['panel_id'], ['referral_panel.id'], name=op.f('fk_referral_contract_panel_id_referral_panel')),
    sa.ForeignKeyConstraint(['referral_order_id'], ['referral_order.id'], name=op.f('fk_referral_contract_referral_order_id_referral_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_contract'))
    )
    with op.batch_alter_table('referral_contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_contract_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_contract_referral_order_id'), ['referral_order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_contract_server_seq'), ['server_seq'], unique=False)

    with op.batch_alter_table('disposal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('conviction_date', sa.Date(), nullable=True))

    with op.batch_alter_table('disposal_requirement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hours_per_week', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('end_date', sa.Date(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('disposal_requirement', schema=None) as batch_op:
        batch_op.drop_column('end_date')
        batch_op.drop_column('hours_per_week')

    with op.batch_alter_table('disposal', schema=None) as batch_op:
        batch_op.drop_column('conviction_date')

    with op.batch_alter_table('referral_contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_contract_server_seq'))
        batch_op.drop_index(batch_op.f('ix_referral_contract_referral_order_id'))
        batch_op.drop_index(batch_op.f('ix_referral_contract_child_id'))

    op.drop_table('referral_contract')
    with op.batch_alter_table('requirement_delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requirement_delivery_server_seq'))
        batch_op.drop_index(batch_op.f('ix_requirement_delivery_requirement_id'))
        batch_op.drop_index(batch_op.f('ix_requirement_delivery_child_id'))

    op.drop_table('requirement_delivery')
    with op.batch_alter_table('referral_panel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_panel_server_seq'))
        batch_op.drop_index(batch_op.f('ix_referral_panel_referral_order_id'))
        batch_op.drop_index(batch_op.f('ix_referral_panel_child_id'))

    op.drop_table('referral_panel')
    with op.batch_alter_table('enforcement_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enforcement_step_server_seq'))
        batch_op.drop_index(batch_op.f('ix_enforcement_step_disposal_id'))
        batch_op.drop_index(batch_op.f('ix_enforcement_step_compliance_record_id'))
        batch_op.drop_index(batch_op.f('ix_enforcement_step_child_id'))

    op.drop_table('enforcement_step')
    with op.batch_alter_table('custody_meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_meeting_server_seq'))
        batch_op.drop_index(batch_op.f('ix_custody_meeting_episode_id'))
        batch_op.drop_index(batch_op.f('ix_custody_meeting_child_id'))

    op.drop_table('custody_meeting')
    with op.batch_alter_table('transition_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transition_plan_server_seq'))
        batch_op.drop_index(batch_op.f('ix_transition_plan_child_id'))

    op.drop_table('transition_plan')
    with op.batch_alter_table('referral_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_order_server_seq'))
        batch_op.drop_index(batch_op.f('ix_referral_order_disposal_id'))
        batch_op.drop_index(batch_op.f('ix_referral_order_child_id'))

    op.drop_table('referral_order')
    with op.batch_alter_table('custody_episode', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_episode_server_seq'))
        batch_op.drop_index(batch_op.f('ix_custody_episode_disposal_id'))
        batch_op.drop_index(batch_op.f('ix_custody_episode_child_id'))

    op.drop_table('custody_episode')
