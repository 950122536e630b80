"""sign-in limits, idle time-out and re-enrolment: rate_limit_counters,
leader_tokens.last_used_at, enrolment_codes.replaces_device_id, devices.replaced_by

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 17:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rate_limit_counters",
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("expires_at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_limit_counters")),
    )
    with op.batch_alter_table("rate_limit_counters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rate_limit_counters_expires_at_ms"), ["expires_at_ms"], unique=False
        )
    with op.batch_alter_table("leader_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_used_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("replaced_by", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_devices_replaced_by_devices"), "devices", ["replaced_by"], ["id"]
        )
    with op.batch_alter_table("enrolment_codes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("replaces_device_id", sa.String(length=36), nullable=True)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_enrolment_codes_replaces_device_id_devices"),
            "devices",
            ["replaces_device_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("enrolment_codes", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_enrolment_codes_replaces_device_id_devices"), type_="foreignkey"
        )
        batch_op.drop_column("replaces_device_id")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_devices_replaced_by_devices"), type_="foreignkey")
        batch_op.drop_column("replaced_by")
    with op.batch_alter_table("leader_tokens", schema=None) as batch_op:
        batch_op.drop_column("last_used_at")
    with op.batch_alter_table("rate_limit_counters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rate_limit_counters_expires_at_ms"))
    op.drop_table("rate_limit_counters")
