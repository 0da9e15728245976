"""Sign-in that resists guessing (issue 11): failed sign-ins counted per account name
(known or not) and per client address in one table every service instance shares; the
per-credential counter it replaces is dropped.

Revision ID: 0017
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import yjdesk.models.types
from yjdesk.store.migrations.util import side

revision = "0017"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if side() != "server":
        return
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_start", yjdesk.models.types.TZDateTime(), nullable=False),
        sa.Column("locked_until", yjdesk.models.types.TZDateTime(), nullable=True),
        sa.Column("updated_at", yjdesk.models.types.TZDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
        info={"side": "server"},
    )
    with op.batch_alter_table("login_throttle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_throttle_updated_at"), ["updated_at"],
                              unique=False)
    with op.batch_alter_table("server_credential", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_logins")


def downgrade() -> None:
    if side() != "server":
        return
    with op.batch_alter_table("server_credential", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failed_logins", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("locked_until", yjdesk.models.types.TZDateTime(),
                                      nullable=True))
    with op.batch_alter_table("login_throttle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_throttle_updated_at"))
    op.drop_table("login_throttle")
