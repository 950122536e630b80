"""Tables of the sync outbox (DESIGN.md section 6), in the same encrypted database.

- ``sync_pid``: the random pseudonymous id (pid) of each local entity that has produced a
  record, with the owning family (so erasure finds every pid of a family after its rows are
  gone) and the memo of the family's programme status (for the record's ``status_month``).
- ``sync_outbox``: one row per pid: the latest anonymised record (already a JSON payload), its
  version (the per-pid counter the server upserts on), and its delivery state.
- ``sync_state``: one row: the server, the device's credentials (only ever inside this
  encrypted database), the last success and error, and the server's high-water mark.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coach_app.storage.models import CODE_LENGTH, UUID_LENGTH, Base, UTCDateTime

__all__ = ["OutboxRow", "PidRow", "SyncStateRow"]

OUTBOX_STATES = ("pending", "sent", "rejected")


class PidRow(Base):
    __tablename__ = "sync_pid"

    pid: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    entity_kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    entity_id: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    family_id: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    status: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    status_month: Mapped[str | None] = mapped_column(String(7))


class OutboxRow(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (
        CheckConstraint("state IN ('pending', 'sent', 'rejected')", name="state_known"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)
    attempts: Mapped[int] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(200))


class SyncStateRow(Base):
    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str | None] = mapped_column(String(500))
    device_id: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    device_token: Mapped[str | None] = mapped_column(String(200))
    revoked: Mapped[int] = mapped_column(Integer)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(200))
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    high_water_mark: Mapped[int] = mapped_column(Integer)
    refreshed_month: Mapped[str | None] = mapped_column(String(7))
