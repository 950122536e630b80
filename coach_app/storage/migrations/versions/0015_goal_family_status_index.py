"""Open goals counted from an index: ``ix_goal_family_id_status`` replaces ``ix_goal_family_id``.

Revision ID: 0015_goal_family_status_index
Revises: 0014_search_by_family

The Families list counts each family's open goals (status planned or started). With an index
on ``family_id`` alone SQLite read every goal row to see its status; an index on
``(family_id, status)`` answers the count by itself, and serves every lookup by family as the
old index did (its first column). At 10,000 families (30,000 goals) the list's statement went
from 171 to 117 ms CPU (issue 14, ``benchmarks/bench_ui.py``).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015_goal_family_status_index"
down_revision: str | None = "0014_search_by_family"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain CREATE/DROP INDEX (no batch mode: recreating ``goal`` is not needed).
    op.create_index("ix_goal_family_id_status", "goal", ["family_id", "status"], unique=False)
    op.drop_index("ix_goal_family_id", table_name="goal")


def downgrade() -> None:
    op.create_index("ix_goal_family_id", "goal", ["family_id"], unique=False)
    op.drop_index("ix_goal_family_id_status", table_name="goal")
