"""More of the performance pack kept stored on the laptop (issue 15: the national pack in
under 3 s): the first formal disposal of each child (first-time entrants), the reoffending
cohort members of every quarter with their reoffence counts, and the done assessment stages
with the start of each child's next one (the needs profile's latest stage per period).
Laptop only; derived from the records, kept current through ``kpi_dirty`` and rebuilt by
the pack when empty (``yjdesk.services.oversight.kpi.stored``).

Revision ID: 0023
Revises: 0022
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from yjdesk.store.migrations.util import side

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

S = sa.String
YES_NO = ("parent_mental_health", "parent_substance_misuse", "parent_offending",
          "domestic_abuse_witnessed", "bereavement", "mental_health_need",
          "mental_health_diagnosis", "self_harm_or_suicide_attempt", "substance_misuse_need",
          "health_at_risk", "send", "ehcp", "speech_language_need", "criminal_exploitation",
          "sexual_exploitation", "missing_episodes")
STATUSES = ("looked_after_status", "child_in_need_status", "cp_plan_status",
            "early_help_status")


def upgrade() -> None:
    if side() != "client":
        return
    op.create_table(
        "kpi_first_formal",
        sa.Column("child_id", S(length=36), nullable=False),
        sa.Column("disposal_id", S(length=36), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("child_id", name=op.f("pk_kpi_first_formal")),
        info={"side": "client"},
    )
    with op.batch_alter_table("kpi_first_formal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_first_formal_decision_date"),
                              ["decision_date"], unique=False)
    op.create_table(
        "kpi_reoffence",
        sa.Column("disposal_id", S(length=36), nullable=False),
        sa.Column("child_id", S(length=36), nullable=False),
        sa.Column("index_on", sa.Date(), nullable=False),
        sa.Column("reoffences", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("disposal_id", name=op.f("pk_kpi_reoffence")),
        info={"side": "client"},
    )
    with op.batch_alter_table("kpi_reoffence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_reoffence_child_id"), ["child_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_kpi_reoffence_index_on"), ["index_on"],
                              unique=False)
    op.create_table(
        "kpi_stage",
        sa.Column("id", S(length=36), nullable=False),
        sa.Column("child_id", S(length=36), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("next_on", sa.Date(), nullable=True),
        sa.Column("previous_convictions", sa.Integer(), nullable=True),
        sa.Column("age_at_first_conviction", sa.Integer(), nullable=True),
        *(sa.Column(c, sa.Boolean(), nullable=True) for c in YES_NO),
        *(sa.Column(c, S(length=20), nullable=True) for c in STATUSES),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_stage")),
        info={"side": "client"},
    )
    with op.batch_alter_table("kpi_stage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_stage_child_id"), ["child_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_kpi_stage_started_on"), ["started_on"],
                              unique=False)


def downgrade() -> None:
    if side() != "client":
        return
    for table, indexes in (("kpi_stage", ("child_id", "started_on")),
                           ("kpi_reoffence", ("child_id", "index_on")),
                           ("kpi_first_formal", ("decision_date",))):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for col in indexes:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{col}"))
        op.drop_table(table)
