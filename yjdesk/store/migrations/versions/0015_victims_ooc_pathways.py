"""Victims, out-of-court work as practised, specialist pathways (issue 14).

Revision ID: 0015
Revises: 0011

Out-of-court decisions gain who decided (police-led or the joint panel), the YJS's own
recommendation apart from the decision, the assessment timescale dates, attendees, the
child's admission and the evidential standard, the Child Gravity Matrix score, police-led
outcomes the YJS was told of afterwards, and a conditional caution's prosecution decision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0011"
branch_labels = None
depends_on = None

OOC_COLUMNS = (
    ("route", lambda: sa.Column("route", sa.String(length=16), server_default="panel",
                                nullable=False)),
    ("yjs_recommendation", lambda: sa.Column("yjs_recommendation", sa.String(length=32))),
    ("recommendation_rationale", lambda: sa.Column("recommendation_rationale", sa.Text())),
    ("assessed_date", lambda: sa.Column("assessed_date", sa.Date())),
    ("bail_date", lambda: sa.Column("bail_date", sa.Date())),
    ("police_informed_date", lambda: sa.Column("police_informed_date", sa.Date())),
    ("panel_attendees", lambda: sa.Column("panel_attendees", sa.Text())),
    ("admission", lambda: sa.Column("admission", sa.String(length=16))),
    ("evidential_standard_met", lambda: sa.Column("evidential_standard_met", sa.Boolean())),
    ("gravity_score", lambda: sa.Column("gravity_score", sa.Integer())),
    ("told_date", lambda: sa.Column("told_date", sa.Date())),
    ("non_compliance_date", lambda: sa.Column("non_compliance_date", sa.Date())),
    ("prosecution_decision", lambda: sa.Column("prosecution_decision", sa.String(length=32))),
    ("prosecution_decision_date", lambda: sa.Column("prosecution_decision_date", sa.Date())),
)


def upgrade() -> None:
    with op.batch_alter_table("ooc_decision", schema=None) as batch_op:
        for _name, column in OOC_COLUMNS:
            batch_op.add_column(column())
    # Outcomes recorded before: a partial completion is not completion (KPI 6), and an
    # out-of-court disposal is never "breached".
    op.execute("UPDATE disposal SET outcome = 'not_completed' WHERE category = 'out_of_court' "
               "AND outcome = 'breached'")
    op.execute("UPDATE disposal SET outcome = 'not_completed' WHERE id IN (SELECT disposal_id "
               "FROM ooc_decision WHERE outcome = 'partially_completed' "
               "AND disposal_id IS NOT NULL)")


def downgrade() -> None:
    with op.batch_alter_table("ooc_decision", schema=None) as batch_op:
        for name, _column in reversed(OOC_COLUMNS):
            batch_op.drop_column(name)
