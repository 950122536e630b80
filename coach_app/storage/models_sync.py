"""Tables of the sync outbox (DESIGN.md section 6), in the same encrypted database.

- ``sync_pid``: the random pseudonymous id (pid) of each local entity that has produced a
  record, with the owning family (so erasure finds every pid of a family after its rows are
  gone).
- ``sync_outbox``: one row per pid: the latest anonymised record (already a JSON payload), its
  version (the per-pid counter the server upserts on), its delivery state, and the latest
  version the server acknowledged (``acknowledged_version``, set by a trigger whenever a row
  becomes ``sent``; None while the server has never received the pid).
- ``sync_state``: one row: the server, the device's credentials (only ever inside this
  encrypted database), the last success and error, the server's high-water mark, the format
  of the outbox's records (``outbox_format``; older formats are rebuilt) and the programme's
  time zone the records' months and weeks are taken in.
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
    acknowledged_version: Mapped[int | None] = mapped_column(Integer)


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
    outbox_format: Mapped[int | None] = mapped_column(Integer)
    time_zone: Mapped[str | None] = mapped_column(String(64))
