"""Encrypted backups of the coach's database: create, list, rotate, restore.

A backup is made in two steps, and nothing in between is ever plaintext:

1. a consistent snapshot of the live database through SQLite's online backup API, from a
   connection of the engine into a temporary database in the backups folder that is keyed with
   the same raw data key (SQLCipher encrypts every page it writes; the snapshot is checked not
   to start with the plaintext "SQLite format 3" header before it is used);
2. that snapshot file encrypted as a whole with ``backup_key(dek)`` (``encrypt_file``) into
   ``backups/coach-YYYYMMDDTHHMMSSZ.backup``, written atomically. The temporary snapshot is
   removed whatever happens.

So a backup file is the encrypted database, encrypted again under a key derived from the data
key: a backup made before a rekey needs the old data key (it cannot be restored after one).

Restoring decrypts into a temporary file in the data folder, opens it with the data key and
checks every page (``cipher_integrity_check``) and the b-trees (``quick_check``); only then does
it replace ``coach.db`` atomically. The live database must be closed (the workspace closes its
engine first). A damaged, tampered or foreign backup raises ``BackupCorrupt`` and leaves the
live database exactly as it was.

Rotation keeps the newest ``KEEP_NEWEST`` backups, plus the newest backup of each of the last
``KEEP_MONTHS`` calendar months (the current one included).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from coach_app.security import (
    BackupCorrupt,
    backup_key,
    decrypt_file,
    encrypt_file,
    fsync_folder,
)
from coach_app.storage.engine import (
    check_integrity,
    close_database,
    database_files,
    open_database,
)
from coach_app.storage.errors import DatabaseCorrupt, WrongDatabaseKey

__all__ = [
    "BACKUP_SUFFIX",
    "KEEP_MONTHS",
    "KEEP_NEWEST",
    "BackupCorrupt",
    "BackupFolder",
    "BackupInfo",
    "backup_due",
    "create_backup",
    "list_backups",
    "restore_backup",
    "rotate_backups",
]

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".backup"
KEEP_NEWEST = 10
KEEP_MONTHS = 6
_SQLITE_HEADER = b"SQLite format 3"
_NAME = re.compile(r"^coach-(\d{8}T\d{6}Z)(?:-(\d+))?\.backup$")
_STAMP = "%Y%m%dT%H%M%SZ"


class BackupFolder(Protocol):
    """The paths of a data folder that backups use (``coach_app.paths.DataFolder`` fits)."""

    @property
    def root(self) -> Path: ...

    @property
    def database(self) -> Path: ...

    @property
    def backups(self) -> Path: ...


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made (UTC, from its name) and its size."""

    path: Path
    created_at: datetime
    size: int
    sequence: int = 0  # 1, 2, ... for further backups made within the same second

    @property
    def name(self) -> str:
        return self.path.name


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, size, int(match.group(2) or 0))


def list_backups(folder: BackupFolder) -> list[BackupInfo]:
    """The backups in the folder, newest first. Files that are not backups are ignored."""
    if not folder.backups.is_dir():
        return []
    found = (_parse(p) for p in folder.backups.iterdir() if p.is_file())
    backups = [b for b in found if b is not None]
    backups.sort(key=lambda b: (b.created_at, b.sequence), reverse=True)
    return backups


def backup_due(
    folder: BackupFolder, now: datetime, max_age: timedelta = timedelta(hours=24)
) -> bool:
    """True when there is no backup yet or the newest one is older than ``max_age``."""
    backups = list_backups(folder)
    return not backups or now - backups[0].created_at >= max_age


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def _temp_database(folder: Path, prefix: str) -> Iterator[Path]:
    """A fresh temporary path in ``folder``; it and its companions are removed afterwards."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(fd)
    path = Path(name)
    path.unlink()  # SQLite creates it; an empty file would be taken as an empty database
    try:
        yield path
    finally:
        _remove([*database_files(path), Path(f"{path}-journal")])


def _key_pragma(dek: bytes | bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(dek).hex()}'\""


def _snapshot(engine: Engine, target: Path, dek: bytes | bytearray) -> None:
    """Copy the live database, consistently and still encrypted, into ``target``."""
    destination = sqlcipher.connect(str(target))
    try:
        destination.execute("PRAGMA cipher_log_level = NONE")
        destination.execute(_key_pragma(dek))
        with engine.connect() as connection:
            source: Any = connection.connection.dbapi_connection
            source.backup(destination)  # one step: a single consistent read transaction
    finally:
        destination.close()
    with open(target, "rb") as stream:
        if stream.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER:
            raise RuntimeError("the database snapshot is not encrypted; no backup was written")


def _unique_name(folder: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime(_STAMP)
    candidate = folder / f"coach-{stamp}{BACKUP_SUFFIX}"
    counter = 1
    while candidate.exists():
        candidate = folder / f"coach-{stamp}-{counter}{BACKUP_SUFFIX}"
        counter += 1
    return candidate


def create_backup(
    engine: Engine,
    folder: BackupFolder,
    dek: bytes | bytearray,
    *,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up the database of ``engine`` (keyed with ``dek``) into the backups folder.

    Safe while the app is in use (the snapshot is one read transaction). Temp files are removed
    even on failure; the backup file appears only complete.
    """
    moment = now if now is not None else datetime.now(UTC)
    folder.backups.mkdir(parents=True, exist_ok=True)
    target = _unique_name(folder.backups, moment)
    with _temp_database(folder.backups, ".snapshot-") as snapshot:
        _snapshot(engine, snapshot, dek)
        encrypt_file(snapshot, target, backup_key(dek))
    info = _parse(target)
    if info is None:  # pragma: no cover - the name is built to parse
        raise RuntimeError("the backup file name does not parse")
    log.info("backup written: %s (%d bytes)", info.name, info.size)
    return info


def rotate_backups(folder: BackupFolder, now: datetime | None = None) -> list[Path]:
    """Delete old backups; return the removed paths.

    Kept: the ``KEEP_NEWEST`` newest, and the newest of each of the last ``KEEP_MONTHS``
    calendar months counted back from ``now`` (UTC; the current month included).
    """
    moment = (now if now is not None else datetime.now(UTC)).astimezone(UTC)
    backups = list_backups(folder)
    keep = {b.path for b in backups[:KEEP_NEWEST]}
    months: set[tuple[int, int]] = set()
    year, month = moment.year, moment.month
    for _ in range(KEEP_MONTHS):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    seen: set[tuple[int, int]] = set()
    for backup in backups:  # newest first: the first one met in a month is its newest
        key = (backup.created_at.year, backup.created_at.month)
        if key in months and key not in seen:
            seen.add(key)
            keep.add(backup.path)
    removed = [b.path for b in backups if b.path not in keep]
    _remove(removed)
    if removed:
        log.info("backup rotation removed %d file(s)", len(removed))
    return removed


def _verify(path: Path, dek: bytes | bytearray) -> None:
    """Open the decrypted database with the data key and check every page and b-tree."""
    try:
        engine = open_database(path, dek, pool_size=1)
    except (WrongDatabaseKey, DatabaseCorrupt) as exc:
        raise BackupCorrupt(
            "the backup decrypted, but the database in it does not open with this data key"
        ) from exc
    try:
        problems = check_integrity(engine)
        with engine.connect() as connection:
            raw: Any = connection.connection.dbapi_connection
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        close_database(engine)
    if problems:
        raise BackupCorrupt(f"the database in the backup fails its checks ({len(problems)})")


def _settle_live_database(database: Path, dek: bytes | bytearray) -> None:
    """Fold a leftover WAL into the live database before its companions are deleted.

    Deleting a WAL with committed frames would lose data if the replacement below then
    failed; checkpointing first makes deleting it safe. A live database that no longer opens
    (the reason to restore, often) keeps its WAL until the replacement.
    """
    wal = Path(f"{database}-wal")
    if not database.exists() or not wal.exists() or wal.stat().st_size == 0:
        return
    try:
        connection = sqlcipher.connect(str(database))
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(_key_pragma(dek))
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
    except sqlcipher.DatabaseError:
        log.info("the live database did not open before restore; its WAL is discarded")


def restore_backup(path: Path, folder: BackupFolder, dek: bytes | bytearray) -> None:
    """Replace the database with the backup at ``path``. The database must be closed.

    Raises ``BackupCorrupt`` (the live database untouched) when the backup is damaged,
    tampered with or was made with another data key.
    """
    with _temp_database(folder.root, ".coach.db.restore-") as restored:
        decrypt_file(path, restored, backup_key(dek))
        _verify(restored, dek)
        _remove(database_files(restored)[1:])
        _settle_live_database(folder.database, dek)
        _remove(database_files(folder.database)[1:])
        os.replace(restored, folder.database)
    fsync_folder(folder.root)
    log.info("backup restored: %s", path.name)
