"""Visit drafts: what a coach typed in the visit editor but has not saved yet.

Revision ID: 0002_visit_drafts
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_visit_drafts"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "visit_draft",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_visit_draft_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_draft_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_draft")),
    )
    with op.batch_alter_table("visit_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_draft_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_draft_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_draft_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_draft_family_id"))
    op.drop_table("visit_draft")
