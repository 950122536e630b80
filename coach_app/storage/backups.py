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

A backup file carries the vault's recovery and organisation slots in its header
(``coach_app.security.backup``), so it can be restored on a new laptop with the recovery code
or the organisation's key (``restore_into_new_folder``).

Second folder: each backup is also copied (atomically) into
``<second folder>/CoachCompanion-backups-<set>/``, where ``<set>`` is derived from the data key
(HKDF, info ``backup-set-v1``; it names the laptop's backups without revealing anything), so
several laptops can share one network folder. The copies follow the same rotation. Backups
removed on purpose (after an erasure or a rekey, decision 0008) are listed by name in
``backups/removed.txt`` until they are gone from the second folder as well: a stick that was
not plugged in loses them the next time it is.

Failures to write are raised by cause (``DiskFull`` with the room a backup needs: twice the
database, for the snapshot and the encrypted file; ``FolderReadOnly``; ``NoPermission``;
``LockedByOtherProgram``); no partial backup file is left behind.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
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
    backup_set_id,
    decrypt_file,
    encrypt_file,
    fsync_folder,
)
from coach_app.security._atomic import atomic_output
from coach_app.storage.engine import (
    check_integrity,
    close_database,
    database_files,
    open_database,
)
from coach_app.storage.errors import (
    DatabaseCorrupt,
    StorageUnavailable,
    WrongDatabaseKey,
    classify_os_error,
    classify_sqlite_error,
)

__all__ = [
    "BACKUP_SUFFIX",
    "KEEP_MONTHS",
    "KEEP_NEWEST",
    "SECOND_FOLDER_PREFIX",
    "BackupCorrupt",
    "BackupFolder",
    "BackupInfo",
    "backup_due",
    "backup_set_folder",
    "copy_to_second_folder",
    "create_backup",
    "list_backups",
    "list_backups_in",
    "pending_removals",
    "remove_backups",
    "restore_backup",
    "restore_into_new_folder",
    "rotate_backups",
    "rotate_backups_in",
]

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".backup"
KEEP_NEWEST = 10
KEEP_MONTHS = 6
_SQLITE_HEADER = b"SQLite format 3"
_NAME = re.compile(r"^coach-(\d{8}T\d{6}Z)(?:-(\d+))?\.backup$")
_STAMP = "%Y%m%dT%H%M%SZ"
SECOND_FOLDER_PREFIX = "CoachCompanion-backups-"
_REMOVED_LIST = "removed.txt"


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


def list_backups_in(directory: Path) -> list[BackupInfo]:
    """The backups in ``directory``, newest first. Files that are not backups are ignored."""
    if not directory.is_dir():
        return []
    found = (_parse(p) for p in directory.iterdir() if p.is_file())
    backups = [b for b in found if b is not None]
    backups.sort(key=lambda b: (b.created_at, b.sequence), reverse=True)
    return backups


def list_backups(folder: BackupFolder) -> list[BackupInfo]:
    """The backups in the data folder's backups folder, newest first."""
    return list_backups_in(folder.backups)


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


def _room_for_a_backup(folder: BackupFolder) -> int:
    """Bytes a backup needs: the snapshot and the encrypted file, each about the database."""
    size = sum(p.stat().st_size for p in database_files(folder.database) if p.exists())
    return 2 * size


def _raise_by_cause(exc: BaseException, directory: Path, needed_bytes: int) -> None:
    cause: StorageUnavailable | None = None
    if isinstance(exc, OSError):
        cause = classify_os_error(exc, directory, needed_bytes=needed_bytes)
    elif isinstance(exc, sqlcipher.Error):
        cause = classify_sqlite_error(exc, directory, needed_bytes=needed_bytes)
    if cause is not None:
        raise cause from exc


def create_backup(
    engine: Engine,
    folder: BackupFolder,
    dek: bytes | bytearray,
    *,
    key_slots: bytes = b"",
    now: datetime | None = None,
) -> BackupInfo:
    """Back up the database of ``engine`` (keyed with ``dek``) into the backups folder.

    ``key_slots`` (``Vault.backup_key_slots()``) go into the header so the backup opens on a
    new laptop. Safe while the app is in use (the snapshot is one read transaction). Temp files
    are removed even on failure; the backup file appears only complete. Raises the cause of a
    failure to write (``DiskFull``, ``FolderReadOnly``, ...).
    """
    moment = now if now is not None else datetime.now(UTC)
    try:
        folder.backups.mkdir(parents=True, exist_ok=True)
        target = _unique_name(folder.backups, moment)
        with _temp_database(folder.backups, ".snapshot-") as snapshot:
            _snapshot(engine, snapshot, dek)
            encrypt_file(snapshot, target, backup_key(dek), key_slots=key_slots)
    except (OSError, sqlcipher.Error) as exc:
        _raise_by_cause(exc, folder.backups, _room_for_a_backup(folder))
        raise
    info = _parse(target)
    if info is None:  # pragma: no cover - the name is built to parse
        raise RuntimeError("the backup file name does not parse")
    log.info("backup written: %s (%d bytes)", info.name, info.size)
    return info


def backup_set_folder(second_folder: Path, dek: bytes | bytearray) -> Path:
    """This laptop's folder inside the chosen second folder (see the module docstring)."""
    return second_folder / f"{SECOND_FOLDER_PREFIX}{backup_set_id(dek)}"


def pending_removals(folder: BackupFolder) -> list[str]:
    """Names of backups removed on purpose that may still be in the second folder."""
    path = folder.backups / _REMOVED_LIST
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except FileNotFoundError:
        return []
    return [name for name in lines if _NAME.match(name)]


def _write_removals(folder: BackupFolder, names: Iterable[str]) -> None:
    path = folder.backups / _REMOVED_LIST
    unique = sorted(set(names))
    if not unique:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    with atomic_output(path) as stream:
        stream.write("".join(f"{name}\n" for name in unique).encode("ascii"))


def remove_backups(
    folder: BackupFolder, names: Iterable[str], second: Path | None = None
) -> list[str]:
    """Remove the named backups from the data folder and, if reachable, from ``second`` (this
    laptop's set folder there). Names not removed from the second folder are remembered and
    removed by the next ``copy_to_second_folder``. Returns the names removed locally."""
    wanted = [name for name in names if _NAME.match(name)]
    removed = [name for name in wanted if (folder.backups / name).exists()]
    _remove(folder.backups / name for name in wanted)
    remaining = set(pending_removals(folder)) | set(wanted)
    if second is not None and second.is_dir():
        try:
            _remove(second / name for name in remaining)
            remaining = {name for name in remaining if (second / name).exists()}
        except OSError:
            log.info("the second backup folder could not be cleaned now")
    _write_removals(folder, remaining)
    log.info("%d backup(s) removed on purpose", len(removed))
    return removed


def copy_to_second_folder(
    folder: BackupFolder, second: Path, now: datetime | None = None
) -> list[BackupInfo]:
    """Bring ``second`` (this laptop's set folder, created if missing) up to date: copy every
    local backup it lacks (atomically), remove the backups removed on purpose, rotate.

    Returns the backups copied. Raises the cause when the folder cannot be written (a stick
    not plugged in: ``FileNotFoundError`` for its parent, which the caller reports).
    """
    copied: list[BackupInfo] = []
    try:
        if not second.parent.is_dir():
            raise FileNotFoundError(2, "the second backup folder is not there", str(second.parent))
        second.mkdir(exist_ok=True)
        present = {b.name for b in list_backups_in(second)}
        for backup in reversed(list_backups(folder)):  # oldest first: rotation keeps order
            if backup.name in present:
                continue
            target = second / backup.name
            with open(backup.path, "rb") as source, atomic_output(target) as stream:
                shutil.copyfileobj(source, stream, 1024 * 1024)
            copied.append(BackupInfo(target, backup.created_at, backup.size, backup.sequence))
        leftovers = pending_removals(folder)
        _remove(second / name for name in leftovers)
        _write_removals(folder, [name for name in leftovers if (second / name).exists()])
        rotate_backups_in(second, now)
    except OSError as exc:
        needed = max((b.size for b in list_backups(folder)), default=0)
        _raise_by_cause(exc, second.parent if not second.exists() else second, needed)
        raise
    if copied:
        log.info("%d backup(s) copied to the second folder", len(copied))
    return copied


def rotate_backups_in(directory: Path, now: datetime | None = None) -> list[Path]:
    """Delete old backups in ``directory``; return the removed paths.

    Kept: the ``KEEP_NEWEST`` newest, and the newest of each of the last ``KEEP_MONTHS``
    calendar months counted back from ``now`` (UTC; the current month included).
    """
    moment = (now if now is not None else datetime.now(UTC)).astimezone(UTC)
    backups = list_backups_in(directory)
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


def rotate_backups(folder: BackupFolder, now: datetime | None = None) -> list[Path]:
    """Rotate the data folder's backups (see ``rotate_backups_in``)."""
    return rotate_backups_in(folder.backups, now)


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


def restore_into_new_folder(path: Path, folder: BackupFolder, dek: bytes | bytearray) -> None:
    """Put the database of the backup at ``path`` into a data folder that has none yet (a new
    laptop). Checked like ``restore_backup``; raises ``BackupCorrupt`` when it does not decrypt
    with ``dek`` or fails its checks, and the cause when the folder cannot be written.
    """
    try:
        folder.root.mkdir(parents=True, exist_ok=True)
        with _temp_database(folder.root, ".coach.db.restore-") as restored:
            decrypt_file(path, restored, backup_key(dek))
            _verify(restored, dek)
            _remove(database_files(restored)[1:])
            _remove(database_files(folder.database))  # a leftover of an interrupted restore
            os.replace(restored, folder.database)
        fsync_folder(folder.root)
    except OSError as exc:
        _raise_by_cause(exc, folder.root, 2 * path.stat().st_size if path.exists() else 0)
        raise
    log.info("backup restored into a new data folder: %s", path.name)
