"""Dated history: goals' and families' status histories, adults' CEFR levels of Dutch, and the
outbox's bookkeeping for protocol version 2.

Revision ID: 0007_dated_history
Revises: 0006_contentless_search

Existing data migrates: each goal's status history is rebuilt from what is stored (the day it
was opened is the earlier of the day it was typed and its first dated progress entry; each
progress entry with a status change becomes a history entry on its date; the current status
closes the history if the entries do not end with it), and each family gets one entry for its
current status (intake or active: from its start date, else from the day it was typed; paused,
completed or withdrawn: from its last edit, the latest day it is known to have had it). Dates of typing (UTC) are taken in the
programme's default time zone, Europe/Amsterdam.

The outbox learns which pids the server ever acknowledged (``acknowledged_version``, kept by a
trigger when a row becomes ``sent``), so nothing is ever sent for a pid the server never had.
The sync state gets the outbox's record format (1: protocol version 1 records; 0: never built)
and the time zone; the monthly refresh of age bands and the family status memo go.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0007_dated_history"
down_revision: str | None = "0006_contentless_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ZONE = ZoneInfo("Europe/Amsterdam")
_TRIGGER = "sync_outbox_acknowledged"


def _local_day(value: datetime | str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC).astimezone(_ZONE).date()


def _day(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _create_tables() -> None:
    op.create_table(
        "goal_status_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
            name=op.f("fk_goal_status_change_goal_id_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_status_change")),
    )
    with op.batch_alter_table("goal_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goal_status_change_goal_id"), ["goal_id"], unique=False
        )

    op.create_table(
        "family_status_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_family_status_change_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_status_change")),
    )
    with op.batch_alter_table("family_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_family_status_change_family_id"), ["family_id"], unique=False
        )

    op.create_table(
        "language_level",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=32), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_language_level_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_language_level_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_language_level")),
    )
    with op.batch_alter_table("language_level", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_language_level_family_id"), ["family_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_language_level_person_id"), ["person_id"], unique=False
        )


def _goal_histories(bind: sa.Connection) -> None:
    progress: dict[str, list[sa.Row]] = {}
    for row in bind.execute(
        sa.text(
            "SELECT id, goal_id, entry_date, recorded_at, from_status, to_status "
            "FROM progress_entry WHERE to_status IS NOT NULL ORDER BY goal_id, position"
        )
    ):
        progress.setdefault(row.goal_id, []).append(row)
    entries: list[dict[str, object]] = []
    goals = bind.execute(sa.text("SELECT id, status, created_at, updated_at FROM goal"))
    for goal in goals:
        changes = progress.get(goal.id, [])
        created = _local_day(goal.created_at)
        assert created is not None
        opened = min([created, *(_day(c.entry_date) for c in changes)])  # type: ignore[type-var]
        history: list[tuple[str, str, date, object]] = []  # id, status, day, recorded_at
        first_status = changes[0].from_status if changes else goal.status
        history.append((str(uuid.uuid4()), first_status, opened, goal.created_at))
        for change in changes:
            # The progress entry and its history entry share the id (the journal line of a
            # status change follows its entry when the history is corrected).
            day = max(_day(change.entry_date), history[-1][2])  # type: ignore[type-var]
            history.append((change.id, change.to_status, day, change.recorded_at))
        if history[-1][1] != goal.status:
            updated = _local_day(goal.updated_at) or opened
            history.append(
                (str(uuid.uuid4()), goal.status, max(updated, history[-1][2]), goal.updated_at)
            )
        for position, (entry_id, status, day, recorded_at) in enumerate(history):
            entries.append(
                {
                    "id": entry_id,
                    "goal_id": goal.id,
                    "position": position,
                    "status": status,
                    "happened_on": day.isoformat(),  # SQLAlchemy's SQLite date format
                    "recorded_at": recorded_at,
                }
            )
    if entries:
        bind.execute(
            sa.text(
                "INSERT INTO goal_status_change "
                "(id, goal_id, position, status, happened_on, recorded_at) "
                "VALUES (:id, :goal_id, :position, :status, :happened_on, :recorded_at)"
            ),
            entries,
        )


def _family_histories(bind: sa.Connection) -> None:
    entries: list[dict[str, object]] = []
    today = datetime.now(_ZONE).date()
    families = bind.execute(
        sa.text("SELECT id, status, start_date, created_at, updated_at FROM family")
    )
    for family in families:
        created = _local_day(family.created_at)
        assert created is not None
        start = _day(family.start_date)
        if family.status in ("intake", "active"):
            # As the app dates a new family's first status: its start date unless that lies
            # ahead, else the day it was typed.
            day = start if start is not None and start <= today else created
        else:
            day = _local_day(family.updated_at) or created
        entries.append(
            {
                "id": str(uuid.uuid4()),
                "family_id": family.id,
                "status": family.status,
                "happened_on": day.isoformat(),
                "recorded_at": family.updated_at,
            }
        )
    if entries:
        bind.execute(
            sa.text(
                "INSERT INTO family_status_change "
                "(id, family_id, status, happened_on, recorded_at) "
                "VALUES (:id, :family_id, :status, :happened_on, :recorded_at)"
            ),
            entries,
        )


def _outbox_bookkeeping(bind: sa.Connection) -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("acknowledged_version", sa.Integer(), nullable=True))
    # Sent rows: the server has their version. Other rows past version 1 may have had an
    # earlier version acknowledged: counted as received (a tombstone is then still sent).
    bind.execute(
        sa.text(
            "UPDATE sync_outbox SET acknowledged_version = CASE "
            "WHEN state = 'sent' THEN version WHEN version > 1 THEN version - 1 ELSE NULL END"
        )
    )
    with op.batch_alter_table("sync_pid", schema=None) as batch_op:
        batch_op.drop_column("status")
        batch_op.drop_column("status_month")
    had_state = bind.execute(sa.text("SELECT count(*) FROM sync_state")).scalar_one() > 0
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("refreshed_month")
        batch_op.add_column(sa.Column("outbox_format", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))
    if not had_state:
        bind.execute(
            sa.text(
                "INSERT INTO sync_state (id, revoked, high_water_mark) VALUES (1, 0, 0)"
            )
        )
    # 1: the outbox holds protocol version 1 records; 0: it was never built.
    bind.execute(
        sa.text("UPDATE sync_state SET outbox_format = :format"),
        {"format": 1 if had_state else 0},
    )
    op.execute(
        f"CREATE TRIGGER {_TRIGGER} AFTER UPDATE OF state ON sync_outbox "
        "WHEN NEW.state = 'sent' BEGIN "
        "UPDATE sync_outbox SET acknowledged_version = NEW.version WHERE seq = NEW.seq; "
        "END"
    )


def upgrade() -> None:
    bind = op.get_bind()
    _create_tables()
    _goal_histories(bind)
    _family_histories(bind)
    _outbox_bookkeeping(bind)


def downgrade() -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {_TRIGGER}")
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
        batch_op.drop_column("outbox_format")
        batch_op.add_column(sa.Column("refreshed_month", sa.String(length=7), nullable=True))
    with op.batch_alter_table("sync_pid", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("status_month", sa.String(length=7), nullable=True))
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_column("acknowledged_version")
    # Goals' progress entries and families' statuses still hold the current state.
    for table in ("language_level", "family_status_change", "goal_status_change"):
        op.drop_table(table)
