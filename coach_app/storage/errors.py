"""Errors of the storage layer. Messages never contain key material or personal data.

Failures to read or write the data folder are raised by their cause, each with what the UI
needs to give the right advice (``StorageUnavailable`` and its subclasses):

- ``DiskFull``: no room left on the drive (SQLITE_FULL, ``ENOSPC``, ``EDQUOT``, ``EFBIG``);
  carries the folder, the bytes free and an estimate of the bytes the operation needs.
- ``FolderReadOnly``: the folder is on a read-only drive or mount (SQLITE_READONLY, ``EROFS``).
- ``NoPermission``: the account may not write or read there (``EACCES``, ``EPERM``,
  SQLITE_PERM, SQLITE_CANTOPEN on a folder that exists).
- ``LockedByOtherProgram``: another program holds the file (SQLITE_BUSY/LOCKED after the busy
  timeout, ``EBUSY``, Windows sharing and lock violations).
- ``DatabaseCorrupt``: the file is damaged (only this one calls for a backup).

``classify_os_error`` and ``classify_sqlite_error`` turn a raw ``OSError`` or SQLite error into
one of these (or None when the cause is none of them). Result codes: https://sqlite.org/rescode.html.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from coach_app.folder_lock import FolderInUse

__all__ = [
    "DatabaseCorrupt",
    "DiskFull",
    "FolderInUse",
    "FolderMissing",
    "FolderReadOnly",
    "LockedByOtherProgram",
    "MigrationError",
    "NoPermission",
    "SecondCopyFailed",
    "StorageError",
    "StorageUnavailable",
    "WrongDatabaseKey",
    "classify_os_error",
    "classify_sqlite_error",
    "free_bytes",
]

MIN_ROOM_BYTES = 16 * 1024 * 1024  # asked for a save: a transaction, its WAL and checkpoint


class StorageError(Exception):
    """Base class of the errors raised by `coach_app.storage`."""


class WrongDatabaseKey(StorageError):
    """The data key does not open this database (or it is not a Coach Companion database)."""


class DatabaseCorrupt(StorageError):
    """The database file is damaged or was tampered with: a page failed its HMAC check or the
    b-tree is malformed. Restore from a backup; the data shown would otherwise be wrong."""


class MigrationError(StorageError):
    """The schema could not be brought to the current revision."""


class StorageUnavailable(StorageError):
    """The data folder cannot be written or read for a reason outside the app.

    ``folder`` is the folder concerned (never a file's content). Nothing was changed: the
    operation that met it was rolled back or left its target untouched.
    """

    def __init__(self, message: str, folder: Path) -> None:
        self.folder = Path(folder)
        super().__init__(message)


class DiskFull(StorageUnavailable):
    """No room left. ``free_bytes``: free now (None if unknown); ``needed_bytes``: an estimate
    of the room the operation needs (at least ``MIN_ROOM_BYTES``)."""

    def __init__(self, folder: Path, *, free_bytes: int | None, needed_bytes: int) -> None:
        self.free_bytes = free_bytes
        self.needed_bytes = needed_bytes
        super().__init__("the drive of the data folder is full", folder)


class FolderReadOnly(StorageUnavailable):
    def __init__(self, folder: Path) -> None:
        super().__init__("the folder is on a read-only drive or mount", folder)


class NoPermission(StorageUnavailable):
    def __init__(self, folder: Path) -> None:
        super().__init__("this account may not write to the folder", folder)


class LockedByOtherProgram(StorageUnavailable):
    def __init__(self, folder: Path) -> None:
        super().__init__("another program holds a file of the folder", folder)


class FolderMissing(StorageUnavailable):
    """The folder (or the drive it is on) is not there: a USB stick not plugged in, a network
    share not connected."""

    def __init__(self, folder: Path) -> None:
        super().__init__("the folder is not there", folder)


class SecondCopyFailed(StorageError):
    """The backup was made on this laptop, but copying it to the second folder failed.

    ``backup``: the backup made (None when only a catch-up copy was tried); ``cause``: why.
    """

    def __init__(self, backup: object, cause: StorageUnavailable) -> None:
        self.backup = backup
        self.cause = cause
        super().__init__(f"the copy to the second backup folder failed: {type(cause).__name__}")


_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS}
_PERMISSION = {errno.EACCES, errno.EPERM}
_BUSY = {errno.EBUSY, errno.ETXTBSY}
_WINDOWS_LOCKED = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WINDOWS_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WINDOWS_READ_ONLY = {19}  # ERROR_WRITE_PROTECT
_WINDOWS_MISSING = {3, 21, 53, 67}  # PATH_NOT_FOUND, NOT_READY, BAD_NETPATH, BAD_NET_NAME

# Primary SQLite result codes (low byte of the extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
_CODE_BY_MESSAGE = {  # sqlite3ErrStr() texts of the primary codes
    "access permission denied": SQLITE_PERM,
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "attempt to write a readonly database": SQLITE_READONLY,
    "disk i/o error": SQLITE_IOERR,
    "database or disk is full": SQLITE_FULL,
    "unable to open database file": SQLITE_CANTOPEN,
}


def free_bytes(folder: Path) -> int | None:
    """Free bytes on the drive of ``folder`` (its nearest existing parent), None if unknown."""
    probe = Path(folder)
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def _disk_full(folder: Path, needed_bytes: int) -> DiskFull:
    return DiskFull(
        folder, free_bytes=free_bytes(folder), needed_bytes=max(needed_bytes, MIN_ROOM_BYTES)
    )


def classify_os_error(
    exc: OSError, folder: Path | None = None, *, needed_bytes: int = 0
) -> StorageUnavailable | None:
    """The cause of ``exc`` as a ``StorageUnavailable``, or None when it is none of ours.

    ``folder`` defaults to the folder of the file the error names.
    """
    where = folder
    if where is None:
        where = Path(exc.filename).parent if exc.filename else Path(".")
    winerror = getattr(exc, "winerror", None)
    if exc.errno in _FULL or winerror in _WINDOWS_FULL:
        return _disk_full(where, needed_bytes)
    if exc.errno in _READ_ONLY or winerror in _WINDOWS_READ_ONLY:
        return FolderReadOnly(where)
    if winerror in _WINDOWS_LOCKED or exc.errno in _BUSY:
        return LockedByOtherProgram(where)
    if exc.errno in _PERMISSION:
        return NoPermission(where)
    if exc.errno == errno.ENOENT or winerror in _WINDOWS_MISSING:
        return FolderMissing(where)
    return None


def _is_read_only(folder: Path) -> bool:
    """Whether the folder's file system is mounted read-only (POSIX ``statvfs``)."""
    import os

    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def classify_sqlite_error(
    exc: BaseException, folder: Path, *, needed_bytes: int = 0
) -> StorageUnavailable | None:
    """The cause of a SQLite (``sqlcipher3``) error by its result code, or None."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        # Some paths (the online backup API) raise without a result code: use SQLite's text.
        code = _CODE_BY_MESSAGE.get(str(exc).strip().lower(), -1)
        if code < 0:
            return None
    primary = code & 0xFF
    if primary == SQLITE_FULL:
        return _disk_full(folder, needed_bytes)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return LockedByOtherProgram(folder)
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN, SQLITE_IOERR):
        if _is_read_only(folder):
            return FolderReadOnly(folder)
        if primary == SQLITE_IOERR:
            room = free_bytes(folder)
            if room is not None and room < MIN_ROOM_BYTES:
                return _disk_full(folder, needed_bytes)
            return None
        return NoPermission(folder)
    return None
