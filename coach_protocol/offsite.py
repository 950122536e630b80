"""Bodies of the off-laptop API: encrypted backups, laptop public keys and family handovers.

Everything here carries ciphertext sizes, hashes of ciphertext, ids and times: never a name,
a note or a key that opens anything (docs/decisions/0012-zero-knowledge-backups-and-handover.md).

Uploads (of a backup or of a handover package) are chunked and resumable:

1. ``POST /api/v1/backups/uploads`` (or ``POST /api/v1/handovers``) declares the file's size and
   SHA-256 and answers an :class:`Upload` (its id, the chunk size, the next chunk expected);
   declaring a backup again with the same hash resumes the unfinished upload;
2. ``PUT /api/v1/uploads/{upload_id}/chunks/{index}`` sends chunk ``index`` (0-based, raw
   bytes, ``application/octet-stream``, exactly ``chunk_size`` bytes but the last); chunks go in
   order, and a chunk sent again with the same bytes is accepted again (idempotent);
3. ``POST /api/v1/uploads/{upload_id}/complete`` makes it visible, only if the chunks add up to
   the declared size and hash. Until then it is never listed, offered or counted.

Downloads are by chunk too (``GET .../chunks/{index}``), so a download can resume.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from coach_protocol.fields import Pid, whole_number

__all__ = [
    "CHUNK_BYTES",
    "MAX_HANDOVER_PIDS",
    "MAX_UPLOAD_BYTES",
    "BackupInfo",
    "BackupList",
    "BackupUploadRequest",
    "CompleteRequest",
    "DeviceKeyRequest",
    "HandoverInfo",
    "HandoverList",
    "HandoverOffer",
    "HandoverState",
    "PeerDevice",
    "PeerList",
    "Upload",
]

#: Bytes per chunk: half the server's 1 MiB request limit, so headers and proxies fit beside it.
CHUNK_BYTES: Final = 512 * 1024
#: The largest file one upload may declare (4 GiB); a laptop's quota is usually lower.
MAX_UPLOAD_BYTES: Final = 4 * 1024**3
#: At most this many pids change hands in one handover.
MAX_HANDOVER_PIDS: Final = 100_000

Sha256Hex = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{64}$", min_length=64, max_length=64),
    Field(description="SHA-256 of the ciphertext, lower-case hex.", examples=["ab" * 32]),
]
Uuid4 = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
        min_length=36,
        max_length=36,
    ),
    Field(examples=["3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b"]),
]
PublicKeyB64 = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9+/]{43}=$", min_length=44, max_length=44),
    Field(
        description="A raw 32-byte X25519 public key, standard base64.",
        examples=["7H1p0vR4nd0mK3yB4s364Ch4r4ct3rsL0ngEx4mpl3Q="],
    ),
]
FileSize = Annotated[
    int,
    Field(ge=1, le=MAX_UPLOAD_BYTES, description="Bytes of ciphertext."),
    BeforeValidator(whole_number),
]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


class BackupUploadRequest(_Request):
    """Declares a backup file before its chunks are sent."""

    size: FileSize
    sha256: Sha256Hex


class CompleteRequest(_Request):
    """Finishes an upload. ``keep_sha256``: for a backup, the hashes of the backups the laptop
    still keeps; the server then drops this laptop's other complete backups (e.g. those made
    before an erasure, which the laptop removed). None keeps the last N as usual."""

    keep_sha256: list[Sha256Hex] | None = Field(default=None, max_length=1000)


class Upload(_Response):
    """An unfinished upload: what the server expects next."""

    upload_id: str
    purpose: Literal["backup", "handover"]
    size: int
    sha256: str
    chunk_size: int
    chunks: int = Field(description="Chunks in the whole file: ceil(size / chunk_size).")
    next_chunk: int = Field(description="The first chunk the server does not hold yet.")


class BackupInfo(_Response):
    """A complete backup of the calling laptop (the newest first in a list)."""

    backup_id: str
    completed_at: datetime
    size: int
    sha256: str
    chunk_size: int
    chunks: int


class BackupList(_Response):
    backups: list[BackupInfo]
    keep: int = Field(description="How many complete backups the server keeps per laptop.")
    quota_bytes: int = Field(description="The most bytes of backups kept for one laptop.")


class DeviceKeyRequest(_Request):
    """The laptop's X25519 public key for handovers (its private half never leaves it)."""

    public_key: PublicKeyB64


class PeerDevice(_Response):
    """Another enrolled laptop that can receive a family: its coach and public key."""

    device_id: str
    coach_name: str
    public_key: str


class PeerList(_Response):
    devices: list[PeerDevice]


class HandoverOffer(_Request):
    """Announces a sealed family package for another laptop.

    ``package_id`` is chosen by the sender (a random UUID4, sealed into the package), ``pids``
    are the family's pseudonymous ids that move to the receiver when it confirms. With
    ``via`` ``server`` the package's chunks follow as for a backup; with ``file`` the coach
    carries the file and only the offer is kept here."""

    package_id: Uuid4
    receiver_device_id: Uuid4
    via: Literal["server", "file"]
    size: FileSize
    sha256: Sha256Hex
    pids: list[Pid] = Field(max_length=MAX_HANDOVER_PIDS)


HandoverState = Literal["uploading", "waiting", "confirmed"]


class HandoverInfo(_Response):
    """A handover as its sender or receiver sees it."""

    package_id: str
    sender_device_id: str
    sender_coach_name: str
    receiver_device_id: str
    receiver_coach_name: str
    via: Literal["server", "file"]
    state: HandoverState
    size: int
    sha256: str
    chunk_size: int
    chunks: int
    created_at: datetime
    confirmed_at: datetime | None


class HandoverList(_Response):
    handovers: list[HandoverInfo]
