"""computed summaries shared by the worker processes: summary_states

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 00:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "summary_states",
        sa.Column("last_seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("devices", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("threshold", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data_as_of", sa.DateTime(), nullable=True),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("figures", sa.LargeBinary(), nullable=False),
        sa.Column("withheld", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint(
            "last_seq", "devices", "month", "threshold", name=op.f("pk_summary_states")
        ),
    )


def downgrade() -> None:
    op.drop_table("summary_states")
