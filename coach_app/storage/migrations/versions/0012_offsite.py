"""Off-laptop backups and handover: this laptop's key pair, the upload state, families waiting
for their receiver's confirmation.

Revision ID: 0012_offsite
Revises: 0007_dated_history
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_offsite"
down_revision: str | None = "0007_dated_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "laptop_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("registered_for", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_laptop_key")),
    )
    op.create_table(
        "offsite_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uploading_name", sa.String(length=200), nullable=True),
        sa.Column("uploaded_sha256", sa.String(length=64), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(), nullable=True),
        sa.Column("uploaded_bytes", sa.BigInteger(), nullable=True),
        sa.Column("uploaded_measure", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.String(length=32), nullable=True),
        sa.Column("last_error_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offsite_state")),
    )
    op.create_table(
        "outgoing_handover",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("receiver_device_id", sa.String(length=36), nullable=False),
        sa.Column("receiver_coach_name", sa.String(length=100), nullable=False),
        sa.Column("via", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_outgoing_handover")),
    )
    with op.batch_alter_table("outgoing_handover", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outgoing_handover_family_id"), ["family_id"], unique=False
        )
    op.create_table(
        "incoming_handover",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("sender_device_id", sa.String(length=36), nullable=False),
        sa.Column("sender_coach_name", sa.String(length=100), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("held_states", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_incoming_handover")),
    )
    with op.batch_alter_table("incoming_handover", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incoming_handover_family_id"), ["family_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("incoming_handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incoming_handover_family_id"))
    op.drop_table("incoming_handover")
    with op.batch_alter_table("outgoing_handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outgoing_handover_family_id"))
    op.drop_table("outgoing_handover")
    op.drop_table("offsite_state")
    op.drop_table("laptop_key")
