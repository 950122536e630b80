"""Merge the visit drafts, search index and sync outbox branches into one head.

Revision ID: 0005_merge_features
Revises: 0002_visit_drafts, 0003_search_index, 0004_sync_outbox
Create Date: 2026-11-28
"""

from collections.abc import Sequence

revision: str = "0005_merge_features"
down_revision: str | Sequence[str] | None = (
    "0002_visit_drafts",
    "0003_search_index",
    "0004_sync_outbox",
)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
