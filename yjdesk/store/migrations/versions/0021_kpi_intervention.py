"""The closed-intervention snapshot kept on the laptop (issue 15: the performance pack
counts it set-based). Laptop only; derived from the records and rebuilt by the pack when
empty (the triggers that keep it current are created by
``yjdesk.services.oversight.kpi.stored.refresh``).

Revision ID: 0021
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from yjdesk.store.migrations.util import side

revision = "0021"
down_revision = "0010"
branch_labels = None
depends_on = None

S = sa.String


def upgrade() -> None:
    if side() != "client":
        return
    op.create_table(
        "kpi_intervention",
        sa.Column("disposal_id", S(length=36), nullable=False),
        sa.Column("child_id", S(length=36), nullable=False),
        sa.Column("disposal_type", S(length=32), nullable=False),
        sa.Column("category", S(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("looked_after", S(length=20), nullable=True),
        sa.Column("child_in_need", S(length=20), nullable=True),
        sa.Column("cp_plan", S(length=20), nullable=True),
        sa.Column("acc_start", sa.Boolean(), nullable=True),
        sa.Column("acc_end", sa.Boolean(), nullable=True),
        sa.Column("start_stage_id", S(length=36), nullable=True),
        sa.Column("ete_start", S(length=32), nullable=True),
        sa.Column("hours_start", sa.Integer(), nullable=True),
        sa.Column("exit_id", S(length=36), nullable=True),
        sa.Column("ete_end", S(length=32), nullable=True),
        sa.Column("hours_offered_end", sa.Integer(), nullable=True),
        sa.Column("hours_attended_end", sa.Integer(), nullable=True),
        sa.Column("rj_engagement", S(length=32), nullable=True),
        sa.Column("continuing_support", S(length=32), nullable=True),
        sa.Column("la_start", S(length=20), nullable=True),
        sa.Column("cin_start", S(length=20), nullable=True),
        sa.Column("cp_start", S(length=20), nullable=True),
        sa.Column("eh_start", S(length=20), nullable=True),
        sa.Column("la_end", S(length=20), nullable=True),
        sa.Column("cin_end", S(length=20), nullable=True),
        sa.Column("cp_end", S(length=20), nullable=True),
        sa.Column("eh_end", S(length=20), nullable=True),
        sa.Column("last_stage_id", S(length=36), nullable=True),
        sa.Column("send", sa.Boolean(), nullable=True),
        sa.Column("ehcp", sa.Boolean(), nullable=True),
        sa.Column("learning_plan", sa.Boolean(), nullable=True),
        sa.Column("mental_health_need", sa.Boolean(), nullable=True),
        sa.Column("mental_health_intervention", S(length=16), nullable=True),
        sa.Column("substance_misuse_need", sa.Boolean(), nullable=True),
        sa.Column("substance_misuse_intervention", S(length=16), nullable=True),
        sa.PrimaryKeyConstraint("disposal_id", name=op.f("pk_kpi_intervention")),
        info={"side": "client"},
    )
    with op.batch_alter_table("kpi_intervention", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_intervention_child_id"), ["child_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_kpi_intervention_ended_on"), ["ended_on"],
                              unique=False)
    op.create_table(
        "kpi_dirty",
        sa.Column("child_id", S(length=36), nullable=False),
        sa.PrimaryKeyConstraint("child_id", name=op.f("pk_kpi_dirty")),
        info={"side": "client"},
    )


def downgrade() -> None:
    if side() != "client":
        return
    op.drop_table("kpi_dirty")
    with op.batch_alter_table("kpi_intervention", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_intervention_ended_on"))
        batch_op.drop_index(batch_op.f("ix_kpi_intervention_child_id"))
    op.drop_table("kpi_intervention")
