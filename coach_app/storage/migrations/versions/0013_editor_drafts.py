"""Editor drafts: one table for the drafts of every editor (visit, family, person, goal).

The visit drafts move from ``visit_draft`` into ``editor_draft`` (kind "visit", the visit id
as ``subject_id``); a new family's draft has no family yet, so ``family_id`` may be empty.

Revision ID: 0013_editor_drafts
Revises: 0012_offsite
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_editor_drafts"
down_revision: str | None = "0012_offsite"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "editor_draft",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=True),
        sa.Column("subject_id", sa.String(length=36), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_editor_draft_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editor_draft")),
    )
    with op.batch_alter_table("editor_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_editor_draft_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_editor_draft_family_id"), ["family_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_editor_draft_subject_id"), ["subject_id"], unique=False
        )
    op.execute(
        "INSERT INTO editor_draft (id, kind, family_id, subject_id, revision, updated_at, payload) "
        "SELECT id, 'visit', family_id, visit_id, revision, updated_at, payload FROM visit_draft"
    )
    with op.batch_alter_table("visit_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_draft_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_draft_family_id"))
    op.drop_table("visit_draft")


def downgrade() -> None:
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
    op.execute(
        "INSERT INTO visit_draft (id, family_id, visit_id, revision, updated_at, payload) "
        "SELECT d.id, d.family_id, d.subject_id, d.revision, d.updated_at, d.payload "
        "FROM editor_draft d WHERE d.kind = 'visit' AND d.family_id IS NOT NULL "
        "AND (d.subject_id IS NULL OR d.subject_id IN (SELECT id FROM visit))"
    )
    with op.batch_alter_table("editor_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_editor_draft_subject_id"))
        batch_op.drop_index(batch_op.f("ix_editor_draft_family_id"))
        batch_op.drop_index(batch_op.f("ix_editor_draft_kind"))
    op.drop_table("editor_draft")
