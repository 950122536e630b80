"""Tables of the off-laptop work, in the same encrypted database
(docs/decisions/0012-zero-knowledge-backups-and-handover.md):

- ``laptop_key``: one row: this laptop's X25519 key pair (the private half exists nowhere
  else) and the device id the server has the public half for (None: not registered yet);
- ``offsite_state``: one row: the backup being uploaded (so a killed upload resumes with the
  same file), the last one the server confirmed (its SHA-256, time and size), the measure of
  change at that moment (to upload after large changes) and the last problem;
- ``outgoing_handover``: families sealed for another laptop and waiting for its confirmation,
  after which they are erased here;
- ``incoming_handover``: families imported from another laptop; until the server confirmed
  the handover their outbox rows are held (``held_states``: each pid's state to restore).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coach_app.storage.models import CODE_LENGTH, UUID_LENGTH, Base, UTCDateTime

__all__ = ["IncomingHandoverRow", "LaptopKeyRow", "OffsiteStateRow", "OutgoingHandoverRow"]


class LaptopKeyRow(Base):
    __tablename__ = "laptop_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    registered_for: Mapped[str | None] = mapped_column(String(UUID_LENGTH))


class OffsiteStateRow(Base):
    __tablename__ = "offsite_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uploading_name: Mapped[str | None] = mapped_column(String(200))
    uploaded_sha256: Mapped[str | None] = mapped_column(String(64))
    uploaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    uploaded_bytes: Mapped[int | None] = mapped_column(BigInteger)
    uploaded_measure: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class OutgoingHandoverRow(Base):
    __tablename__ = "outgoing_handover"

    package_id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    family_id: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    receiver_device_id: Mapped[str] = mapped_column(String(UUID_LENGTH))
    receiver_coach_name: Mapped[str] = mapped_column(String(100))
    via: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class IncomingHandoverRow(Base):
    __tablename__ = "incoming_handover"

    package_id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    family_id: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    sender_device_id: Mapped[str] = mapped_column(String(UUID_LENGTH))
    sender_coach_name: Mapped[str] = mapped_column(String(100))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    held_states: Mapped[str | None] = mapped_column(Text)
