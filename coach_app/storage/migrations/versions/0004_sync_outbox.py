"""Sync outbox: pids, the outbox of anonymised records, the device's sync state.

Revision ID: 0004_sync_outbox
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0004_sync_outbox"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_pid",
        sa.Column("pid", sa.String(length=36), nullable=False),
        sa.Column("entity_kind", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("status_month", sa.String(length=7), nullable=True),
        sa.PrimaryKeyConstraint("pid", name=op.f("pk_sync_pid")),
        sa.UniqueConstraint("entity_id", name=op.f("uq_sync_pid_entity_id")),
    )
    with op.batch_alter_table("sync_pid", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_pid_family_id"), ["family_id"], unique=False)

    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("pid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending', 'sent', 'rejected')", name=op.f("ck_sync_outbox_state_known")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("pid", name=op.f("uq_sync_outbox_pid")),
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_outbox_state"), ["state"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(length=500), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("device_token", sa.String(length=200), nullable=True),
        sa.Column("revoked", sa.Integer(), nullable=False),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("last_error_at", sa.DateTime(), nullable=True),
        sa.Column("high_water_mark", sa.Integer(), nullable=False),
        sa.Column("refreshed_month", sa.String(length=7), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_outbox_state"))
    op.drop_table("sync_outbox")
    with op.batch_alter_table("sync_pid", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_pid_family_id"))
    op.drop_table("sync_pid")
