"""Victims, out-of-court work as practised, specialist pathways (issue 14).

Revision ID: 0015
Revises: 0011

Out-of-court decisions gain who decided (police-led or the joint panel), the YJS's own
recommendation apart from the decision, the assessment timescale dates, attendees, the
child's admission and the evidential standard, the Child Gravity Matrix score, police-led
outcomes the YJS was told of afterwards, and a conditional caution's prosecution decision.
Victims get their own records (victim, victim_offence: the victim audience), the safety
summary and consented report wording the practitioner sees, and (server) the redaction log.
Specialist pathways are records: pathway_referral (with outcome, waiting time, NRM and MAPPA
decisions) and pathway_meeting.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from yjdesk.models.types import TZDateTime
from yjdesk.store.migrations.util import side

revision = "0015"
down_revision = "0011"
branch_labels = None
depends_on = None

#: The out-of-court columns added, each with a maker (a Column joins one table only).
OOC_COLUMNS: tuple[tuple[str, Callable[[], sa.Column[object]]], ...] = (
    (
        "route",
        lambda: sa.Column("route", sa.String(length=16), server_default="panel", nullable=False),
    ),
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


OOC_NULLABLE = (
    ("screening_summary", sa.Text()),
    ("panel_date", sa.Date()),
    ("decision", sa.String(length=32)),
    ("rationale", sa.Text()),
)


def upgrade() -> None:
    with op.batch_alter_table("ooc_decision", schema=None) as batch_op:
        for _name, column in OOC_COLUMNS:
            batch_op.add_column(column())
        # A referral is recorded before it is assessed and decided.
        for name, kind in OOC_NULLABLE:
            batch_op.alter_column(name, existing_type=kind, nullable=True)
    # Outcomes recorded before: a partial completion is not completion (KPI 6), and an
    # out-of-court disposal is never "breached".
    op.execute(
        "UPDATE disposal SET outcome = 'not_completed' WHERE category = 'out_of_court' "
        "AND outcome = 'breached'"
    )
    op.execute(
        "UPDATE disposal SET outcome = 'not_completed' WHERE id IN (SELECT disposal_id "
        "FROM ooc_decision WHERE outcome = 'partially_completed' "
        "AND disposal_id IS NOT NULL)"
    )
    _victims_up()
    _pathways_up()


def _victims_up() -> None:
    op.create_table(
        "victim",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("preferred_contact", sa.String(length=16), nullable=True),
        sa.Column("enhanced_service", sa.Boolean(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=True),
        sa.Column("consent_to_contact", sa.Boolean(), nullable=True),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("lawful_basis", sa.Text(), nullable=True),
        sa.Column("views", sa.Text(), nullable=True),
        sa.Column("views_date", sa.Date(), nullable=True),
        sa.Column("safety_concerns", sa.Boolean(), nullable=True),
        sa.Column("safety_detail", sa.Text(), nullable=True),
        sa.Column("information_given", sa.Text(), nullable=True),
        sa.Column("information_date", sa.Date(), nullable=True),
        sa.Column("rj_offered", sa.Boolean(), nullable=True),
        sa.Column("rj_offered_date", sa.Date(), nullable=True),
        sa.Column("rj_not_offered_reason", sa.Text(), nullable=True),
        sa.Column("rj_type", sa.String(length=32), nullable=True),
        sa.Column("rj_took_part", sa.Boolean(), nullable=True),
        sa.Column("rj_date", sa.Date(), nullable=True),
        sa.Column("rj_outcome", sa.Text(), nullable=True),
        sa.Column("support_referrals", sa.Text(), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("last_contact_date", sa.Date(), nullable=True),
        sa.Column("redacted_at", TZDateTime(), nullable=True),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_victim_child_id_child"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim")),
    )
    with op.batch_alter_table("victim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_victim_child_id"), ["child_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_victim_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "victim_disclosure",
        sa.Column("victim_ref", sa.String(length=36), nullable=False),
        sa.Column("use", sa.String(length=16), nullable=False),
        sa.Column("psr_id", sa.String(length=36), nullable=True),
        sa.Column("consent_date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_victim_disclosure_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim_disclosure")),
    )
    with op.batch_alter_table("victim_disclosure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_victim_disclosure_child_id"), ["child_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_victim_disclosure_server_seq"), ["server_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_victim_disclosure_victim_ref"), ["victim_ref"], unique=False
        )

    op.create_table(
        "victim_offence",
        sa.Column("victim_id", sa.String(length=36), nullable=False),
        sa.Column("offence_id", sa.String(length=36), nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_victim_offence_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["offence_id"], ["offence.id"], name=op.f("fk_victim_offence_offence_id_offence")
        ),
        sa.ForeignKeyConstraint(
            ["victim_id"], ["victim.id"], name=op.f("fk_victim_offence_victim_id_victim")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim_offence")),
        sa.UniqueConstraint("victim_id", "offence_id", name=op.f("uq_victim_offence_victim_id")),
    )
    with op.batch_alter_table("victim_offence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_victim_offence_child_id"), ["child_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_victim_offence_offence_id"), ["offence_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_victim_offence_server_seq"), ["server_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_victim_offence_victim_id"), ["victim_id"], unique=False
        )

    op.create_table(
        "victim_safety_summary",
        sa.Column("victim_ref", sa.String(length=36), nullable=False),
        sa.Column("offence_id", sa.String(length=36), nullable=True),
        sa.Column("victim_kind", sa.String(length=16), nullable=False),
        sa.Column("concerns", sa.Boolean(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_victim_safety_summary_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["offence_id"], ["offence.id"], name=op.f("fk_victim_safety_summary_offence_id_offence")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim_safety_summary")),
    )
    with op.batch_alter_table("victim_safety_summary", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_victim_safety_summary_child_id"), ["child_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_victim_safety_summary_server_seq"), ["server_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_victim_safety_summary_victim_ref"), ["victim_ref"], unique=False
        )
    if side() == "server":
        op.create_table(
            "victim_redaction",
            sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("victim_id", sa.String(length=36), nullable=False),
            sa.Column("child_id", sa.String(length=36), nullable=False),
            sa.Column("at", TZDateTime(), nullable=False),
            sa.Column("last_contact_date", sa.Date(), nullable=True),
            sa.Column("retention_months", sa.Integer(), nullable=False),
            sa.Column("by", sa.String(length=120), nullable=False),
            sa.Column("fields", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_victim_redaction")),
        )
        with op.batch_alter_table("victim_redaction", schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f("ix_victim_redaction_victim_id"), ["victim_id"], unique=False
            )


def downgrade() -> None:
    with op.batch_alter_table("pathway_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pathway_meeting_server_seq"))
        batch_op.drop_index(batch_op.f("ix_pathway_meeting_referral_id"))
        batch_op.drop_index(batch_op.f("ix_pathway_meeting_child_id"))

    op.drop_table("pathway_meeting")
    with op.batch_alter_table("pathway_referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pathway_referral_server_seq"))
        batch_op.drop_index(batch_op.f("ix_pathway_referral_child_id"))

    op.drop_table("pathway_referral")
    if side() == "server":
        with op.batch_alter_table("victim_redaction", schema=None) as batch_op:
            batch_op.drop_index(batch_op.f("ix_victim_redaction_victim_id"))
        op.drop_table("victim_redaction")
    with op.batch_alter_table("victim_safety_summary", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_victim_safety_summary_victim_ref"))
        batch_op.drop_index(batch_op.f("ix_victim_safety_summary_server_seq"))
        batch_op.drop_index(batch_op.f("ix_victim_safety_summary_child_id"))

    op.drop_table("victim_safety_summary")
    with op.batch_alter_table("victim_offence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_victim_offence_victim_id"))
        batch_op.drop_index(batch_op.f("ix_victim_offence_server_seq"))
        batch_op.drop_index(batch_op.f("ix_victim_offence_offence_id"))
        batch_op.drop_index(batch_op.f("ix_victim_offence_child_id"))

    op.drop_table("victim_offence")
    with op.batch_alter_table("victim_disclosure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_victim_disclosure_victim_ref"))
        batch_op.drop_index(batch_op.f("ix_victim_disclosure_server_seq"))
        batch_op.drop_index(batch_op.f("ix_victim_disclosure_child_id"))

    op.drop_table("victim_disclosure")
    with op.batch_alter_table("victim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_victim_server_seq"))
        batch_op.drop_index(batch_op.f("ix_victim_child_id"))

    op.drop_table("victim")
    with op.batch_alter_table("ooc_decision", schema=None) as batch_op:
        for name, kind in OOC_NULLABLE:
            batch_op.alter_column(name, existing_type=kind, nullable=False)
        for name, _column in reversed(OOC_COLUMNS):
            batch_op.drop_column(name)


def _pathways_up() -> None:
    op.create_table(
        "pathway_referral",
        sa.Column("pathway", sa.String(length=32), nullable=False),
        sa.Column("referral_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("screening", sa.Text(), nullable=True),
        sa.Column("service", sa.String(length=200), nullable=True),
        sa.Column("first_seen_date", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("outcome_date", sa.Date(), nullable=True),
        sa.Column("reasonable_grounds", sa.String(length=16), nullable=True),
        sa.Column("reasonable_grounds_date", sa.Date(), nullable=True),
        sa.Column("conclusive_grounds", sa.String(length=16), nullable=True),
        sa.Column("conclusive_grounds_date", sa.Date(), nullable=True),
        sa.Column("mappa_category", sa.Integer(), nullable=True),
        sa.Column("mappa_level", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_pathway_referral_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pathway_referral")),
    )
    with op.batch_alter_table("pathway_referral", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pathway_referral_child_id"), ["child_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pathway_referral_server_seq"), ["server_seq"], unique=False
        )

    op.create_table(
        "pathway_meeting",
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("mappa_level", sa.Integer(), nullable=True),
        sa.Column("risk_level", sa.String(length=16), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_pathway_meeting_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["pathway_referral.id"],
            name=op.f("fk_pathway_meeting_referral_id_pathway_referral"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pathway_meeting")),
    )
    with op.batch_alter_table("pathway_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pathway_meeting_child_id"), ["child_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_pathway_meeting_referral_id"), ["referral_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pathway_meeting_server_seq"), ["server_seq"], unique=False
        )
