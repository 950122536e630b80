"""Uploading the laptop's encrypted backup to the server: at most daily and after large
changes, resumable, never a half backup counted as good (docs/decisions/0012).

`BackupUploader.run` is blocking and Qt-free (the UI runs it off the GUI thread):

1. not enrolled (or revoked): nothing to do;
2. this laptop's key pair is made if missing and its public half registered with the server
   (so laptops enrolled before this version get one at their next run);
3. a backup file that an earlier run was uploading (``offsite_state.uploading_name``) is
   resumed if it still exists; otherwise, when due (``force``, nothing uploaded yet, the last
   upload older than ``max_age``, at least ``large_change`` changes since: see
   `state.change_measure`, or the backup the server took was removed here, as after an
   erasure), a fresh local backup is made (the app's own encrypted backup file, which carries
   the recovery and organisation slots and never the passphrase slot);
4. the file is declared (size, SHA-256), its missing chunks sent in order, then completed with
   the hashes of the backups the laptop still keeps (so backups removed here, e.g. after an
   erasure, leave the server too). Only ``complete`` makes it visible on the server.

A kill at any moment leaves either the previous state or an unfinished upload that the next run
resumes from the server's ``next_chunk``. Errors are recorded (``offsite_state.last_error``, a
code) and returned, never raised.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

import httpx
from sqlalchemy.orm import Session, sessionmaker

from coach_app.offsite import state as offsite_state
from coach_app.offsite.client import (
    OFFSITE_TIMEOUT,
    OffsiteClient,
    OffsiteError,
    Refused,
    Revoked,
)
from coach_app.storage.models_offsite import OffsiteStateRow
from coach_protocol.offsite import Upload

__all__ = [
    "LARGE_CHANGE",
    "MAX_AGE",
    "BackupUploader",
    "UploadOutcome",
    "UploadProgress",
    "file_sha256",
    "register_key",
]

log = logging.getLogger(__name__)

#: Upload at least once a day while enrolled and online ...
MAX_AGE = timedelta(hours=24)
#: ... and as soon as this many entities were saved or deleted since the last upload.
LARGE_CHANGE = 50


@dataclass(frozen=True)
class UploadProgress:
    """Reported after each chunk the server acknowledged."""

    chunks_done: int
    chunks: int
    size: int


@dataclass(frozen=True)
class UploadOutcome:
    """What one run did. ``error``: a code (``offline``, ``timeout``, ``server_error``,
    ``unexpected_answer``, ``revoked``, ``backup_quota_exceeded``, ...)."""

    outcome: Literal["uploaded", "not_due", "not_enrolled", "failed", "refused"]
    size: int | None = None
    chunks_sent: int = 0
    resumed: bool = False
    error: str | None = None


@dataclass(frozen=True)
class _Snapshot:
    """The upload state as read in one transaction."""

    uploading_name: str | None
    uploaded_sha256: str | None
    uploaded_at: datetime | None
    uploaded_bytes: int | None
    uploaded_measure: int | None

    @classmethod
    def of(cls, row: OffsiteStateRow) -> _Snapshot:
        return cls(
            row.uploading_name,
            row.uploaded_sha256,
            row.uploaded_at,
            row.uploaded_bytes,
            row.uploaded_measure,
        )


def _utc_now() -> datetime:
    return datetime.now(UTC)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def register_key(
    sessions: sessionmaker[Session], client: OffsiteClient, device_id: str, now: datetime
) -> None:
    """Make this laptop's key pair if missing and register its public half (once per device)."""
    with sessions() as session, session.begin():
        pair, registered_for = offsite_state.ensure_key_pair(session, now)
    if registered_for == device_id:
        return
    client.register_key(offsite_state.public_key_b64(pair))
    with sessions() as session, session.begin():
        offsite_state.mark_key_registered(session, device_id)
    log.info("laptop key registered for device %s", device_id)


class BackupUploader:
    """Uploads this laptop's backups. ``make_backup`` makes a fresh local backup and returns its
    path; ``local_backups`` lists the backup files the laptop keeps (newest first)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        make_backup: Callable[[], Path],
        local_backups: Callable[[], Sequence[Path]],
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = OFFSITE_TIMEOUT,
        clock: Callable[[], datetime] = _utc_now,
        max_age: timedelta = MAX_AGE,
        large_change: int = LARGE_CHANGE,
        progress: Callable[[UploadProgress], None] | None = None,
    ) -> None:
        self._sessions = session_factory
        self._make_backup = make_backup
        self._local_backups = local_backups
        self._transport = transport
        self._timeout = timeout
        self._clock = clock
        self._max_age = max_age
        self._large_change = large_change
        self._progress = progress

    # ------------------------------------------------------------------------- deciding

    def due(self) -> bool:
        """Whether a run would upload (a resumable upload, or a backup that is due)."""
        with self._sessions() as session, session.begin():
            if offsite_state.credentials(session) is None:
                return False
            state = _Snapshot.of(offsite_state.ensure_offsite_state(session))
            measure = offsite_state.change_measure(session)
        return state.uploading_name is not None or self._is_due(state, measure)

    def _is_due(self, state: _Snapshot, measure: int) -> bool:
        if state.uploaded_at is None or state.uploaded_measure is None:
            return True
        if self._clock() - state.uploaded_at >= self._max_age:
            return True
        if abs(measure - state.uploaded_measure) >= self._large_change:
            return True
        return not self._still_kept(state)

    def _still_kept(self, state: _Snapshot) -> bool:
        """Whether the backup the server last took is still kept here. One removed here (after
        an erasure the backups holding the family go) is replaced on the server at once."""
        if state.uploaded_sha256 is None:
            return False
        same_size = [
            p
            for p in self._local_backups()
            if p.exists() and p.stat().st_size == state.uploaded_bytes
        ]
        return any(file_sha256(p) == state.uploaded_sha256 for p in same_size)

    def _choose(self, force: bool) -> tuple[Path, int, bool] | None:
        """(file, change measure, resumed) to upload, or None when nothing is due."""
        with self._sessions() as session, session.begin():
            state = _Snapshot.of(offsite_state.ensure_offsite_state(session))
            measure = offsite_state.change_measure(session)
        name = state.uploading_name
        if name is not None:
            for path in self._local_backups():
                if path.name == name:
                    return path, measure, True
        if not force and not self._is_due(state, measure):
            return None
        path = self._make_backup()
        with self._sessions() as session, session.begin():
            offsite_state.ensure_offsite_state(session).uploading_name = path.name
        return path, measure, False

    # -------------------------------------------------------------------------- running

    def run(self, *, force: bool = False) -> UploadOutcome:
        """Upload if due (or ``force``); see the module docstring."""
        with self._sessions() as session:
            creds = offsite_state.credentials(session)
        if creds is None:
            return UploadOutcome("not_enrolled")
        client = OffsiteClient(
            creds.server_url, creds.token, transport=self._transport, timeout=self._timeout
        )
        try:
            register_key(self._sessions, client, creds.device_id, self._clock())
            chosen = self._choose(force)
            if chosen is None:
                return UploadOutcome("not_due")
            path, measure, resumed = chosen
            return self._upload(client, path, measure, resumed)
        except Revoked as exc:
            return self._failed("failed", exc.code)
        except Refused as exc:
            refused = exc.code == "backup_quota_exceeded"
            if refused:
                self._forget_upload()
            log.info("backup upload refused: %s", exc.code)
            return self._failed("refused" if refused else "failed", exc.code)
        except OffsiteError as exc:
            log.info("backup upload failed: %s (%s)", exc.code, exc.detail)
            return self._failed("failed", exc.code)
        except FileNotFoundError:
            self._forget_upload()
            return self._failed("failed", "local_backup_missing")
        finally:
            client.close()

    def _upload(
        self, client: OffsiteClient, path: Path, measure: int, resumed: bool
    ) -> UploadOutcome:
        size = path.stat().st_size
        sha256 = file_sha256(path)
        upload = client.declare_backup(size, sha256)
        sent = 0
        for attempt in range(2):
            sent += self._send_chunks(client, path, upload)
            keep = [file_sha256(p) for p in self._local_backups() if p.exists()]
            if sha256 not in keep:
                keep.append(sha256)
            try:
                client.complete(upload.upload_id, keep)
                break
            except Refused as exc:
                if exc.code != "upload_mismatch" or attempt == 1:
                    raise
                log.warning("the server found the upload damaged; sending it again")
                upload = client.declare_backup(size, sha256)
        with self._sessions() as session, session.begin():
            state = offsite_state.ensure_offsite_state(session)
            state.uploading_name = None
            state.uploaded_sha256 = sha256
            state.uploaded_at = self._clock()
            state.uploaded_bytes = size
            state.uploaded_measure = measure
            state.last_error = None
            state.last_error_at = None
        log.info("backup uploaded: %d bytes in %d chunk(s)", size, upload.chunks)
        return UploadOutcome(
            "uploaded", size=size, chunks_sent=sent, resumed=resumed or upload.next_chunk > 0
        )

    def _send_chunks(self, client: OffsiteClient, path: Path, upload: Upload) -> int:
        sent = 0
        with open(path, "rb") as stream:
            for index in range(upload.next_chunk, upload.chunks):
                stream.seek(index * upload.chunk_size)
                data = stream.read(upload.chunk_size)
                upload = client.put_chunk(upload.upload_id, index, data)
                sent += 1
                if self._progress is not None:
                    self._progress(UploadProgress(index + 1, upload.chunks, upload.size))
        return sent

    def _forget_upload(self) -> None:
        with self._sessions() as session, session.begin():
            offsite_state.ensure_offsite_state(session).uploading_name = None

    def _failed(self, outcome: Literal["failed", "refused"], code: str) -> UploadOutcome:
        with self._sessions() as session, session.begin():
            state = offsite_state.ensure_offsite_state(session)
            state.last_error = code[:32]
            state.last_error_at = self._clock()
        return UploadOutcome(outcome, error=code)
