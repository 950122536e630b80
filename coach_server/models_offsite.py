"""Tables of the off-laptop service: laptops' public keys, stored ciphertext files (backups and
handover packages) in chunks, and handovers. Nothing here can be decrypted by the server.

- ``device_keys``: each laptop's X25519 public key (for sealing a family to it);
- ``offsite_files``: one uploaded file of ciphertext: its owner, purpose (``backup`` or
  ``handover``), declared size and SHA-256, chunk size, how many chunks arrived in order
  (``next_chunk``) and its state. Only ``complete`` files are ever listed or offered;
- ``offsite_chunks``: the bytes, per chunk, with each chunk's SHA-256;
- ``handovers`` and ``handover_pids``: a package offered by one laptop to another and the pids
  that move to the receiver when it confirms.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from coach_server.models import Base, UTCDateTime

__all__ = ["DeviceKey", "FileChunk", "Handover", "HandoverPid", "StoredFile"]


class DeviceKey(Base):
    """A laptop's X25519 public key (base64 of the raw 32 bytes)."""

    __tablename__ = "device_keys"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(44))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StoredFile(Base):
    """An uploaded file of ciphertext; visible only once ``state`` is ``complete``."""

    __tablename__ = "offsite_files"
    __table_args__ = (
        CheckConstraint("purpose IN ('backup', 'handover')", name="purpose_known"),
        CheckConstraint("state IN ('uploading', 'complete')", name="state_known"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    chunk_size: Mapped[int] = mapped_column(Integer)
    next_chunk: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class FileChunk(Base):
    """The bytes of one chunk of a stored file."""

    __tablename__ = "offsite_chunks"

    file_id: Mapped[str] = mapped_column(
        ForeignKey("offsite_files.id", ondelete="CASCADE"), primary_key=True
    )
    index: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Handover(Base):
    """A family package from one laptop to another (ids, sizes and times only)."""

    __tablename__ = "handovers"
    __table_args__ = (CheckConstraint("via IN ('server', 'file')", name="via_known"),)

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    receiver_device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    via: Mapped[str] = mapped_column(String(8))
    file_id: Mapped[str | None] = mapped_column(ForeignKey("offsite_files.id", ondelete="SET NULL"))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class HandoverPid(Base):
    """A pid that moves from the sender's device to the receiver's on confirmation."""

    __tablename__ = "handover_pids"

    package_id: Mapped[str] = mapped_column(
        ForeignKey("handovers.package_id", ondelete="CASCADE"), primary_key=True
    )
    pid: Mapped[str] = mapped_column(String(36), primary_key=True)
