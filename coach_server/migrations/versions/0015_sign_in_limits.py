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
    op.add_column("leader_tokens", sa.Column("last_used_at", sa.DateTime(), nullable=True))
    # Plain ADD/DROP COLUMN (no foreign key), so SQLite does not rebuild tables others refer to.
    op.add_column("devices", sa.Column("replaced_by", sa.String(length=36), nullable=True))
    op.add_column(
        "enrolment_codes", sa.Column("replaces_device_id", sa.String(length=36), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("enrolment_codes", "replaces_device_id")
    op.drop_column("devices", "replaced_by")
    op.drop_column("leader_tokens", "last_used_at")
    with op.batch_alter_table("rate_limit_counters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rate_limit_counters_expires_at_ms"))
    op.drop_table("rate_limit_counters")
