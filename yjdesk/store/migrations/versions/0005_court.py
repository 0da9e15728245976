"""Court work: hearings, the offences before the court, pre-sentence and stand-down
reports, their gatekeeping history, proposed requirements and sending (issue 6).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import yjdesk.models.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('court_hearing',
    sa.Column('court_code', sa.String(length=32), nullable=False),
    sa.Column('court_name', sa.String(length=160), nullable=False),
    sa.Column('hearing_date', sa.Date(), nullable=False),
    sa.Column('hearing_time', sa.String(length=5), nullable=True),
    sa.Column('hearing_type', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('legal_representative', sa.String(length=160), nullable=True),
    sa.Column('legal_rep_firm', sa.String(length=160), nullable=True),
    sa.Column('legal_rep_email', sa.String(length=200), nullable=True),
    sa.Column('court_officer_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('remand_type', sa.String(length=32), nullable=True),
    sa.Column('outcome_notes', sa.Text(), nullable=True),
    sa.Column('outcome_recorded_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('outcome_recorded_by', sa.String(length=36), nullable=True),
    sa.Column('disposal_id', sa.String(length=36), nullable=True),
    sa.Column('next_hearing_id', sa.String(length=36), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_court_hearing_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['court_officer_id'], ['user_account.id'], name=op.f('fk_court_hearing_court_officer_id_user_account')),
    sa.ForeignKeyConstraint(['disposal_id'], ['disposal.id'], name=op.f('fk_court_hearing_disposal_id_disposal')),
    sa.ForeignKeyConstraint(['outcome_recorded_by'], ['user_account.id'], name=op.f('fk_court_hearing_outcome_recorded_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_court_hearing'))
    )
    with op.batch_alter_table('court_hearing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_court_hearing_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_court_hearing_court_officer_id'), ['court_officer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_court_hearing_disposal_id'), ['disposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_court_hearing_hearing_date'), ['hearing_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_court_hearing_server_seq'), ['server_seq'], unique=False)

    op.create_table('court_hearing_offence',
    sa.Column('hearing_id', sa.String(length=36), nullable=False),
    sa.Column('offence_id', sa.String(length=36), nullable=False),
    sa.Column('plea', sa.String(length=16), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_court_hearing_offence_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['hearing_id'], ['court_hearing.id'], name=op.f('fk_court_hearing_offence_hearing_id_court_hearing')),
    sa.ForeignKeyConstraint(['offence_id'], ['offence.id'], name=op.f('fk_court_hearing_offence_offence_id_offence')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_court_hearing_offence'))
    )
    with op.batch_alter_table('court_hearing_offence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_court_hearing_offence_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_court_hearing_offence_hearing_id'), ['hearing_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_court_hearing_offence_offence_id'), ['offence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_court_hearing_offence_server_seq'), ['server_seq'], unique=False)

    op.create_table('psr',
    sa.Column('hearing_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('sources', sa.Text(), nullable=True),
    sa.Column('offence_analysis', sa.Text(), nullable=True),
    sa.Column('circumstances', sa.Text(), nullable=True),
    sa.Column('maturity', sa.Text(), nullable=True),
    sa.Column('needs', sa.Text(), nullable=True),
    sa.Column('strengths', sa.Text(), nullable=True),
    sa.Column('likelihood_of_reoffending', sa.String(length=16), nullable=True),
    sa.Column('reoffending_rationale', sa.Text(), nullable=True),
    sa.Column('risk_of_serious_harm', sa.String(length=16), nullable=True),
    sa.Column('serious_harm_rationale', sa.Text(), nullable=True),
    sa.Column('safety_wellbeing', sa.String(length=16), nullable=True),
    sa.Column('safety_wellbeing_rationale', sa.Text(), nullable=True),
    sa.Column('conclusion', sa.Text(), nullable=True),
    sa.Column('proposal_disposal_type', sa.String(length=32), nullable=True),
    sa.Column('proposal_months', sa.Integer(), nullable=True),
    sa.Column('proposal_detail', sa.Text(), nullable=True),
    sa.Column('source_stage_id', sa.String(length=36), nullable=True),
    sa.Column('source_stage_countersigned_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('submitted_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('checked_by_id', sa.String(length=36), nullable=True),
    sa.Column('checked_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('finalised_at', yjdesk.models.types.TZDateTime(), nullable=True),
    sa.Column('finalised_by_id', sa.String(length=36), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_psr_author_id_user_account')),
    sa.ForeignKeyConstraint(['checked_by_id'], ['user_account.id'], name=op.f('fk_psr_checked_by_id_user_account')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_psr_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['finalised_by_id'], ['user_account.id'], name=op.f('fk_psr_finalised_by_id_user_account')),
    sa.ForeignKeyConstraint(['hearing_id'], ['court_hearing.id'], name=op.f('fk_psr_hearing_id_court_hearing')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_psr'))
    )
    with op.batch_alter_table('psr', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_psr_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_hearing_id'), ['hearing_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_server_seq'), ['server_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_source_stage_id'), ['source_stage_id'], unique=False)

    op.create_table('psr_requirement',
    sa.Column('psr_id', sa.String(length=36), nullable=False),
    sa.Column('requirement_code', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_psr_requirement_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['psr_id'], ['psr.id'], name=op.f('fk_psr_requirement_psr_id_psr')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_psr_requirement'))
    )
    with op.batch_alter_table('psr_requirement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_psr_requirement_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_requirement_psr_id'), ['psr_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_requirement_server_seq'), ['server_seq'], unique=False)

    op.create_table('psr_review',
    sa.Column('psr_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('by_id', sa.String(length=36), nullable=False),
    sa.Column('at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('comments', sa.Text(), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['user_account.id'], name=op.f('fk_psr_review_by_id_user_account')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_psr_review_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['psr_id'], ['psr.id'], name=op.f('fk_psr_review_psr_id_psr')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_psr_review'))
    )
    with op.batch_alter_table('psr_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_psr_review_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_review_psr_id'), ['psr_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_review_server_seq'), ['server_seq'], unique=False)

    op.create_table('psr_sent',
    sa.Column('psr_id', sa.String(length=36), nullable=False),
    sa.Column('recipient_type', sa.String(length=16), nullable=False),
    sa.Column('recipient_name', sa.String(length=200), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('sent_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('sent_by_id', sa.String(length=36), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', yjdesk.models.types.TZDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_psr_sent_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['psr_id'], ['psr.id'], name=op.f('fk_psr_sent_psr_id_psr')),
    sa.ForeignKeyConstraint(['sent_by_id'], ['user_account.id'], name=op.f('fk_psr_sent_sent_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_psr_sent'))
    )
    with op.batch_alter_table('psr_sent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_psr_sent_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_sent_psr_id'), ['psr_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_psr_sent_server_seq'), ['server_seq'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('psr_sent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_psr_sent_server_seq'))
        batch_op.drop_index(batch_op.f('ix_psr_sent_psr_id'))
        batch_op.drop_index(batch_op.f('ix_psr_sent_child_id'))

    op.drop_table('psr_sent')
    with op.batch_alter_table('psr_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_psr_review_server_seq'))
        batch_op.drop_index(batch_op.f('ix_psr_review_psr_id'))
        batch_op.drop_index(batch_op.f('ix_psr_review_child_id'))

    op.drop_table('psr_review')
    with op.batch_alter_table('psr_requirement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_psr_requirement_server_seq'))
        batch_op.drop_index(batch_op.f('ix_psr_requirement_psr_id'))
        batch_op.drop_index(batch_op.f('ix_psr_requirement_child_id'))

    op.drop_table('psr_requirement')
    with op.batch_alter_table('psr', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_psr_source_stage_id'))
        batch_op.drop_index(batch_op.f('ix_psr_server_seq'))
        batch_op.drop_index(batch_op.f('ix_psr_hearing_id'))
        batch_op.drop_index(batch_op.f('ix_psr_child_id'))
        batch_op.drop_index(batch_op.f('ix_psr_author_id'))

    op.drop_table('psr')
    with op.batch_alter_table('court_hearing_offence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_court_hearing_offence_server_seq'))
        batch_op.drop_index(batch_op.f('ix_court_hearing_offence_offence_id'))
        batch_op.drop_index(batch_op.f('ix_court_hearing_offence_hearing_id'))
        batch_op.drop_index(batch_op.f('ix_court_hearing_offence_child_id'))

    op.drop_table('court_hearing_offence')
    with op.batch_alter_table('court_hearing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_court_hearing_server_seq'))
        batch_op.drop_index(batch_op.f('ix_court_hearing_hearing_date'))
        batch_op.drop_index(batch_op.f('ix_court_hearing_disposal_id'))
        batch_op.drop_index(batch_op.f('ix_court_hearing_court_officer_id'))
        batch_op.drop_index(batch_op.f('ix_court_hearing_child_id'))

    op.drop_table('court_hearing')
