"""Use cases of the off-laptop service: chunked uploads, backups kept per laptop, laptops'
public keys and handovers. Functions take a session and never commit; the route owns the
transaction. Errors a laptop can meet are `OffsiteError` with a code of
`coach_protocol.errors.ErrorCode` and an HTTP status.

Rules (docs/decisions/0012-zero-knowledge-backups-and-handover.md):

- an upload is visible only after ``complete`` found its chunks to add up to the declared size
  and SHA-256; an unfinished one is never listed, offered or counted;
- chunks arrive in order; the same chunk sent again with the same bytes is accepted again, with
  other bytes refused (``chunk_refused``), so a retry after a lost answer is harmless;
- a laptop has at most one unfinished backup upload: declaring the same file again resumes it,
  another file replaces it;
- after a backup completes, the laptop's complete backups beyond the newest ``keep`` are
  deleted, then the oldest until they fit the quota (the new one always stays); a file larger
  than the quota is refused when declared (``backup_quota_exceeded``);
- a handover's pids move from the sender's device to the receiver's in the transaction that
  records the receiver's confirmation, in every table keyed by (device_id, pid): the records
  are counted once, under the receiver, before and after.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import Select, Table, UniqueConstraint, delete, func, select, update
from sqlalchemy.orm import Session

from coach_protocol.errors import ErrorCode
from coach_protocol.offsite import CHUNK_BYTES, HandoverState
from coach_server.audit import record_action
from coach_server.models import Base, Device
from coach_server.models_offsite import DeviceKey, FileChunk, Handover, HandoverPid, StoredFile

__all__ = [
    "UNFINISHED_UPLOAD_TTL",
    "LastBackup",
    "OffsiteError",
    "StoredChunk",
    "begin_backup_upload",
    "begin_handover",
    "cancel_handover",
    "complete_upload",
    "confirm_handover",
    "current_backup_upload",
    "handovers_for",
    "last_backups",
    "list_backups",
    "peers",
    "put_chunk",
    "read_chunk",
    "register_public_key",
]

#: Unfinished uploads older than this are deleted (the laptop starts again).
UNFINISHED_UPLOAD_TTL = timedelta(days=7)
#: Handovers nobody confirmed within this time are deleted with their package.
UNCONFIRMED_HANDOVER_TTL = timedelta(days=30)

Purpose = Literal["backup", "handover"]


class OffsiteError(Exception):
    """A refusal the laptop should understand: ``status`` and ``code`` for the error body."""

    def __init__(self, status: int, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code: ErrorCode = code
        self.message = message


def _not_found(what: str) -> OffsiteError:
    return OffsiteError(404, "not_found", f"no such {what}")


def chunk_count(size: int, chunk_size: int) -> int:
    return max(1, math.ceil(size / chunk_size))


def expected_chunk_length(file: StoredFile, index: int) -> int:
    """Bytes chunk ``index`` must have: ``chunk_size`` but for the last, which has the rest."""
    last = chunk_count(file.size, file.chunk_size) - 1
    return file.chunk_size if index < last else file.size - file.chunk_size * last


# --------------------------------------------------------------------------- uploads


def _new_file(
    session: Session, device_id: str, purpose: Purpose, size: int, sha256: str, now: datetime
) -> StoredFile:
    file = StoredFile(
        id=str(uuid.uuid4()),
        device_id=device_id,
        purpose=purpose,
        state="uploading",
        size=size,
        sha256=sha256,
        chunk_size=CHUNK_BYTES,
        next_chunk=0,
        created_at=now,
    )
    session.add(file)
    session.flush()
    return file


def _delete_files(session: Session, ids: Sequence[str]) -> None:
    if ids:
        session.execute(delete(FileChunk).where(FileChunk.file_id.in_(ids)))
        session.execute(update(Handover).where(Handover.file_id.in_(ids)).values(file_id=None))
        session.execute(delete(StoredFile).where(StoredFile.id.in_(ids)))


def _purge_stale(session: Session, device_id: str, now: datetime) -> None:
    """Unfinished uploads past their time, and unconfirmed handovers past theirs."""
    stale = session.scalars(
        select(StoredFile.id).where(
            StoredFile.device_id == device_id,
            StoredFile.state == "uploading",
            StoredFile.created_at < now - UNFINISHED_UPLOAD_TTL,
        )
    ).all()
    _delete_files(session, stale)
    old = session.execute(
        select(Handover.package_id, Handover.file_id).where(
            Handover.sender_device_id == device_id,
            Handover.confirmed_at.is_(None),
            Handover.created_at < now - UNCONFIRMED_HANDOVER_TTL,
        )
    ).all()
    _delete_files(session, [f for _, f in old if f is not None])
    if old:
        packages = [p for p, _ in old]
        session.execute(delete(HandoverPid).where(HandoverPid.package_id.in_(packages)))
        session.execute(delete(Handover).where(Handover.package_id.in_(packages)))


def begin_backup_upload(
    session: Session, device: Device, *, size: int, sha256: str, quota_bytes: int, now: datetime
) -> StoredFile:
    """The laptop's unfinished backup upload of this file (resumed), or a new one replacing any
    other unfinished backup upload. ``backup_quota_exceeded`` (413) when ``size`` is larger
    than the quota."""
    if size > quota_bytes:
        raise OffsiteError(
            413,
            "backup_quota_exceeded",
            f"the backup has {size} bytes; this server keeps at most {quota_bytes} bytes of "
            "backups per laptop",
        )
    _purge_stale(session, device.id, now)
    unfinished = session.scalars(
        select(StoredFile).where(
            StoredFile.device_id == device.id,
            StoredFile.purpose == "backup",
            StoredFile.state == "uploading",
        )
    ).all()
    for file in unfinished:
        if file.size == size and file.sha256 == sha256:
            return file
    _delete_files(session, [f.id for f in unfinished])
    return _new_file(session, device.id, "backup", size, sha256, now)


def current_backup_upload(session: Session, device: Device) -> StoredFile | None:
    """The laptop's unfinished backup upload, if any."""
    return session.scalars(
        select(StoredFile)
        .where(
            StoredFile.device_id == device.id,
            StoredFile.purpose == "backup",
            StoredFile.state == "uploading",
        )
        .order_by(StoredFile.created_at.desc())
    ).first()


def _own_upload(session: Session, device: Device, upload_id: str) -> StoredFile:
    file = session.get(StoredFile, upload_id)
    if file is None or file.device_id != device.id:
        raise _not_found("upload")
    return file


def put_chunk(
    session: Session, device: Device, upload_id: str, index: int, data: bytes
) -> StoredFile:
    """Store chunk ``index`` of the laptop's unfinished upload (see the module's rules)."""
    file = _own_upload(session, device, upload_id)
    total = chunk_count(file.size, file.chunk_size)
    if not 0 <= index < total:
        raise OffsiteError(422, "chunk_refused", f"chunk {index} is outside 0 to {total - 1}")
    digest = hashlib.sha256(data).hexdigest()
    if file.state == "complete" or index < file.next_chunk:
        held = session.scalar(
            select(FileChunk.sha256).where(FileChunk.file_id == file.id, FileChunk.index == index)
        )
        if held != digest:
            raise OffsiteError(409, "chunk_refused", f"chunk {index} differs from the one held")
        return file
    if index > file.next_chunk:
        raise OffsiteError(
            409, "chunk_refused", f"chunk {index} came before chunk {file.next_chunk}"
        )
    if len(data) != expected_chunk_length(file, index):
        raise OffsiteError(
            422,
            "chunk_refused",
            f"chunk {index} has {len(data)} bytes, not {expected_chunk_length(file, index)}",
        )
    claimed = session.execute(
        update(StoredFile)
        .where(StoredFile.id == file.id, StoredFile.next_chunk == index)
        .values(next_chunk=index + 1)
        .execution_options(synchronize_session=False)
    )
    if getattr(claimed, "rowcount", 0) != 1:  # another request stored it meanwhile
        raise OffsiteError(409, "chunk_refused", f"chunk {index} arrived twice at once")
    session.add(FileChunk(file_id=file.id, index=index, sha256=digest, data=data))
    session.flush()
    session.refresh(file)
    return file


def _content_sha256(session: Session, file: StoredFile) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    rows = session.execute(
        select(FileChunk.data)
        .where(FileChunk.file_id == file.id)
        .order_by(FileChunk.index)
        .execution_options(yield_per=8)
    )
    for (data,) in rows:
        digest.update(data)
        size += len(data)
    return digest.hexdigest(), size


@dataclass(frozen=True)
class Completion:
    file: StoredFile
    mismatch: bool = False


def complete_upload(
    session: Session,
    device: Device,
    upload_id: str,
    *,
    keep: int,
    quota_bytes: int,
    keep_sha256: Sequence[str] | None,
    now: datetime,
) -> Completion:
    """Make the upload visible if its chunks add up to the declared size and hash.

    Idempotent: completing a complete file answers it again. ``upload_incomplete`` (409) when
    chunks are missing. A content that does not match (``mismatch``) is deleted by the caller
    in its own transaction (`discard_upload`), so the laptop starts again."""
    file = _own_upload(session, device, upload_id)
    if file.state == "complete":
        return Completion(file)
    total = chunk_count(file.size, file.chunk_size)
    if file.next_chunk < total:
        raise OffsiteError(
            409, "upload_incomplete", f"chunks {file.next_chunk} to {total - 1} are missing"
        )
    sha256, size = _content_sha256(session, file)
    if sha256 != file.sha256 or size != file.size:
        return Completion(file, mismatch=True)
    claimed = session.execute(
        update(StoredFile)
        .where(StoredFile.id == file.id, StoredFile.state == "uploading")
        .values(state="complete", completed_at=now)
        .execution_options(synchronize_session=False)
    )
    session.refresh(file)
    if getattr(claimed, "rowcount", 0) == 1 and file.purpose == "backup":
        _prune_backups(session, device.id, file, keep, quota_bytes, keep_sha256)
    return Completion(file)


def discard_upload(session: Session, device: Device, upload_id: str) -> None:
    """Delete an unfinished upload whose content did not match its declaration."""
    file = _own_upload(session, device, upload_id)
    if file.state == "uploading":
        _delete_files(session, [file.id])


def _prune_backups(
    session: Session,
    device_id: str,
    newest: StoredFile,
    keep: int,
    quota_bytes: int,
    keep_sha256: Sequence[str] | None,
) -> None:
    backups = session.scalars(
        select(StoredFile)
        .where(
            StoredFile.device_id == device_id,
            StoredFile.purpose == "backup",
            StoredFile.state == "complete",
            StoredFile.id != newest.id,
        )
        .order_by(StoredFile.completed_at.desc(), StoredFile.id)
    ).all()
    if keep_sha256 is not None:
        wanted = set(keep_sha256)
        backups = [b for b in backups if b.sha256 in wanted]
    kept = list(backups[: max(0, keep - 1)])
    total = newest.size + sum(b.size for b in kept)
    while kept and total > quota_bytes:
        total -= kept.pop().size
    kept_ids = {b.id for b in kept}
    others = session.scalars(
        select(StoredFile.id).where(
            StoredFile.device_id == device_id,
            StoredFile.purpose == "backup",
            StoredFile.state == "complete",
            StoredFile.id != newest.id,
        )
    ).all()
    _delete_files(session, [i for i in others if i not in kept_ids])


def list_backups(session: Session, device: Device) -> list[StoredFile]:
    """The laptop's complete backups, newest first."""
    return list(
        session.scalars(
            select(StoredFile)
            .where(
                StoredFile.device_id == device.id,
                StoredFile.purpose == "backup",
                StoredFile.state == "complete",
            )
            .order_by(StoredFile.completed_at.desc(), StoredFile.id)
        )
    )


@dataclass(frozen=True)
class StoredChunk:
    data: bytes
    sha256: str


def read_chunk(session: Session, file: StoredFile, index: int) -> StoredChunk:
    if file.state != "complete":
        raise _not_found("file")
    row = session.execute(
        select(FileChunk.data, FileChunk.sha256).where(
            FileChunk.file_id == file.id, FileChunk.index == index
        )
    ).first()
    if row is None:
        raise _not_found("chunk")
    return StoredChunk(bytes(row[0]), row[1])


def own_backup(session: Session, device: Device, backup_id: str) -> StoredFile:
    file = session.get(StoredFile, backup_id)
    if (
        file is None
        or file.device_id != device.id
        or file.purpose != "backup"
        or file.state != "complete"
    ):
        raise _not_found("backup")
    return file


@dataclass(frozen=True)
class LastBackup:
    completed_at: datetime
    size: int


def last_backups(session: Session) -> dict[str, LastBackup]:
    """Per device id: its newest complete backup's time and size (for leaders)."""
    newest = (
        select(StoredFile.device_id, func.max(StoredFile.completed_at).label("at"))
        .where(StoredFile.purpose == "backup", StoredFile.state == "complete")
        .group_by(StoredFile.device_id)
        .subquery()
    )
    rows = session.execute(
        select(StoredFile.device_id, StoredFile.completed_at, StoredFile.size).join(
            newest,
            (StoredFile.device_id == newest.c.device_id) & (StoredFile.completed_at == newest.c.at),
        )
    )
    found: dict[str, LastBackup] = {}
    for device_id, at, size in rows:
        if at is not None:
            found[device_id] = LastBackup(at, int(size))
    return found


# ------------------------------------------------------------------------- public keys


def register_public_key(session: Session, device: Device, public_key: str, now: datetime) -> None:
    """Keep the laptop's X25519 public key (replacing an earlier one)."""
    try:
        raw = base64.b64decode(public_key, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise OffsiteError(422, "invalid_request", "the public key is not 32 bytes of base64")
    held = session.get(DeviceKey, device.id)
    if held is None:
        session.add(DeviceKey(device_id=device.id, public_key=public_key, registered_at=now))
    elif held.public_key != public_key:
        held.public_key = public_key
        held.registered_at = now


def peers(session: Session, device: Device) -> list[tuple[Device, str]]:
    """Other laptops that can receive a family: not revoked, with a public key."""
    rows = session.execute(
        select(Device, DeviceKey.public_key)
        .join(DeviceKey, DeviceKey.device_id == Device.id)
        .where(Device.id != device.id, Device.revoked_at.is_(None))
        .order_by(Device.coach_name, Device.id)
    ).all()
    return [(d, key) for d, key in rows]


def public_key_of(session: Session, device_id: str) -> str | None:
    held = session.get(DeviceKey, device_id)
    return held.public_key if held is not None else None


# --------------------------------------------------------------------------- handovers


def begin_handover(
    session: Session,
    device: Device,
    *,
    package_id: str,
    receiver_device_id: str,
    via: Literal["server", "file"],
    size: int,
    sha256: str,
    pids: Sequence[str],
    quota_bytes: int,
    now: datetime,
) -> Handover:
    """Record an offer (and, via the server, an upload for its package). Offering the same
    package again resumes it. ``handover_refused`` when the receiver is this laptop, unknown,
    revoked or has no public key yet, or the package is larger than the quota."""
    _purge_stale(session, device.id, now)
    existing = session.get(Handover, package_id)
    if existing is not None:
        if existing.sender_device_id != device.id or existing.sha256 != sha256:
            raise OffsiteError(409, "handover_refused", "this package id is taken")
        return existing
    receiver = session.get(Device, receiver_device_id)
    if (
        receiver is None
        or receiver.id == device.id
        or receiver.revoked_at is not None
        or public_key_of(session, receiver.id) is None
    ):
        raise OffsiteError(
            409, "handover_refused", "the receiving laptop is unknown, revoked or has no key"
        )
    if size > quota_bytes:
        raise OffsiteError(
            413, "backup_quota_exceeded", f"the package has {size} bytes, more than the quota"
        )
    file_id = None
    if via == "server":
        file_id = _new_file(session, device.id, "handover", size, sha256, now).id
    handover = Handover(
        package_id=package_id,
        sender_device_id=device.id,
        receiver_device_id=receiver.id,
        via=via,
        file_id=file_id,
        size=size,
        sha256=sha256,
        created_at=now,
    )
    session.add(handover)
    session.flush()
    session.add_all(HandoverPid(package_id=package_id, pid=pid) for pid in sorted(set(pids)))
    record_action(
        session,
        actor=f"device:{device.id}",
        action="handover.offered",
        target=f"{package_id}>{receiver.id}",
        at=now,
    )
    return handover


def handover_state(session: Session, handover: Handover) -> HandoverState:
    if handover.confirmed_at is not None:
        return "confirmed"
    if handover.file_id is not None:
        file = session.get(StoredFile, handover.file_id)
        if file is not None and file.state != "complete":
            return "uploading"
    return "waiting"


def handovers_for(
    session: Session, device: Device, role: Literal["incoming", "outgoing"]
) -> list[Handover]:
    column = Handover.receiver_device_id if role == "incoming" else Handover.sender_device_id
    return list(
        session.scalars(select(Handover).where(column == device.id).order_by(Handover.created_at))
    )


def own_handover(session: Session, device: Device, package_id: str) -> Handover:
    handover = session.get(Handover, package_id)
    if handover is None or device.id not in (
        handover.sender_device_id,
        handover.receiver_device_id,
    ):
        raise _not_found("handover")
    return handover


def handover_file(session: Session, device: Device, package_id: str) -> StoredFile:
    """The package's ciphertext, for its receiver (or sender)."""
    handover = own_handover(session, device, package_id)
    file = session.get(StoredFile, handover.file_id) if handover.file_id else None
    if file is None or file.state != "complete":
        raise _not_found("package")
    return file


def cancel_handover(session: Session, device: Device, package_id: str, now: datetime) -> None:
    """The sender withdraws a handover the receiver has not confirmed (package deleted);
    ``handover_refused`` (409) once it is confirmed."""
    handover = own_handover(session, device, package_id)
    if handover.sender_device_id != device.id:
        raise OffsiteError(403, "forbidden", "only the sending laptop withdraws a handover")
    if handover.confirmed_at is not None:
        raise OffsiteError(409, "handover_refused", "the receiver has confirmed it already")
    if handover.file_id is not None:
        _delete_files(session, [handover.file_id])
    session.execute(delete(HandoverPid).where(HandoverPid.package_id == package_id))
    session.execute(delete(Handover).where(Handover.package_id == package_id))
    record_action(
        session,
        actor=f"device:{device.id}",
        action="handover.cancelled",
        target=f"{package_id}>{handover.receiver_device_id}",
        at=now,
    )


def _pid_tables() -> list[Table]:
    """Every table keyed by a device and a pid: the records the server holds per laptop."""
    return [
        table
        for table in Base.metadata.sorted_tables
        if "device_id" in table.c and "pid" in table.c and table.name != "handover_pids"
    ]


def _unique_keys(table: Table) -> list[list[str]]:
    """The column sets (without ``device_id``) that must be unique per device in ``table``."""
    keys = []
    candidates = [
        table.primary_key,
        *(c for c in table.constraints if isinstance(c, UniqueConstraint)),
    ]
    for constraint in candidates:
        names = [c.name for c in constraint.columns]
        if "device_id" in names and "pid" in names:
            keys.append([n for n in names if n != "device_id"])
    return keys


def _move_rows(
    table: Table, session: Session, sender: str, receiver: str, pids: Select[str]
) -> None:
    """Move the sender's rows of ``pids`` to the receiver; a row the receiver already holds
    under the same key (it sent that record itself meanwhile) wins, the sender's is dropped."""
    mine = table.alias("held_by_receiver")
    for key in _unique_keys(table):
        clash = (
            select(mine.c.device_id)
            .where(mine.c.device_id == receiver, *(mine.c[n] == table.c[n] for n in key))
            .exists()
        )
        session.execute(
            delete(table).where(table.c.device_id == sender, table.c.pid.in_(pids), clash)
        )
    session.execute(
        update(table)
        .where(table.c.device_id == sender, table.c.pid.in_(pids))
        .values(device_id=receiver)
    )


def confirm_handover(session: Session, device: Device, package_id: str, now: datetime) -> int:
    """The receiver confirms it imported the package: the offered pids move from the sender's
    device to the receiver's in every record table, and the package is deleted. Returns how
    many pids moved; confirming again changes nothing."""
    handover = own_handover(session, device, package_id)
    if handover.receiver_device_id != device.id:
        raise OffsiteError(403, "forbidden", "only the receiving laptop confirms a handover")
    if handover.confirmed_at is not None:
        return 0
    pids = select(HandoverPid.pid).where(HandoverPid.package_id == package_id)
    for table in _pid_tables():
        _move_rows(table, session, handover.sender_device_id, device.id, pids)
    moved = int(
        session.scalar(
            select(func.count())
            .select_from(HandoverPid)
            .where(HandoverPid.package_id == package_id)
        )
        or 0
    )
    handover.confirmed_at = now
    if handover.file_id is not None:
        _delete_files(session, [handover.file_id])
    session.execute(delete(HandoverPid).where(HandoverPid.package_id == package_id))
    record_action(
        session,
        actor=f"device:{device.id}",
        action="handover.confirmed",
        target=f"{package_id}<{handover.sender_device_id}",
        at=now,
    )
    return moved
