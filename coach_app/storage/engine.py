"""Opening the SQLCipher database with a raw 256-bit data key (DEK).

`open_database` returns a SQLAlchemy `Engine` whose connections are created by `sqlcipher3`,
keyed with `PRAGMA key = "x'<hex>'"` (raw key: no KDF, the vault already derived it), checked
with a read, then configured for safety (WAL, synchronous=FULL, foreign keys, secure delete,
temp store in memory; SQLCipher's memory security off, as decided in
docs/decisions/0005-memory-security.md).

The engine keeps its own copy of the key (a `bytearray`) so the pool can open connections;
`close_database` disposes the engine and zeroes that copy. The hex form of the key exists only
briefly inside `_key_pragma` and never reaches a log or an exception message.
"""

from __future__ import annotations

import logging
import re
import weakref
from pathlib import Path
from typing import Any

import sqlalchemy
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event
from sqlalchemy.engine import Engine, ExceptionContext
from sqlalchemy.pool import QueuePool

from coach_app.storage.errors import (
    DatabaseCorrupt,
    StorageError,
    StorageUnavailable,
    WrongDatabaseKey,
    classify_os_error,
    classify_sqlite_error,
)

__all__ = [
    "CONNECTION_PRAGMAS",
    "DEK_LENGTH",
    "check_integrity",
    "checkpoint",
    "close_database",
    "database_files",
    "open_database",
    "rekey",
    "storage_error",
]

log = logging.getLogger(__name__)

DEK_LENGTH = 32
PAGE_SIZE = 4096  # SQLCipher 4 default
BUSY_TIMEOUT_SECONDS = 10.0
#: Prepared statements each connection keeps (the driver's ``cached_statements``, default 100).
#: The driver's cache never evicts a statement used more than once for a new one: once full
#: (a fresh database's migrations alone fill 100), every statement it has not kept is prepared
#: again on each use, and SQLite prepares a visit insert with its full-text triggers anew each
#: time: 10 such statements per save cost 0.25 ms (issue 14).
STATEMENT_CACHE_SIZE = 1024
_CORRUPTION = re.compile(
    r"file is not a database|malformed|hmac|not an error|corrupt|decrypt", re.IGNORECASE
)
#: Set on every connection after the key is checked (benchmarks replay them as they are).
CONNECTION_PRAGMAS = (
    # Off, as SQLCipher's own default since 4.5: see docs/decisions/0005-memory-security.md.
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
)


class _Key:
    """The engine's own copy of the DEK; `wipe()` zeroes it."""

    def __init__(self, dek: bytes | bytearray) -> None:
        if len(dek) != DEK_LENGTH:
            raise ValueError(f"the data key must be {DEK_LENGTH} bytes")
        self.material = bytearray(dek)

    def wipe(self) -> None:
        for i in range(len(self.material)):
            self.material[i] = 0


_keys: weakref.WeakKeyDictionary[Engine, _Key] = weakref.WeakKeyDictionary()
#: The folder of each open engine's database, for `storage_error`.
_folders: weakref.WeakKeyDictionary[Engine, Path] = weakref.WeakKeyDictionary()


def _key_pragma(name: str, key: bytearray) -> str:
    return f"PRAGMA {name} = \"x'{key.hex()}'\""


def _is_corruption(exc: BaseException) -> bool:
    return isinstance(exc, sqlcipher.DatabaseError) and bool(_CORRUPTION.search(str(exc)))


def _pages_failing_hmac(connection: sqlcipher.Connection) -> int:
    return len(connection.execute("PRAGMA cipher_integrity_check").fetchall())


def _connect(path: Path, key: _Key) -> sqlcipher.Connection:
    try:
        connection = sqlcipher.connect(
            str(path),
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_SECONDS,
            cached_statements=STATEMENT_CACHE_SIZE,
        )
    except sqlcipher.Error as exc:
        cause = classify_sqlite_error(exc, path.parent)
        if cause is not None:
            raise cause from None
        raise
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(_key_pragma("key", key.material))
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher.DatabaseError as exc:
            # The first page did not decrypt. Tell a wrong key (no page decrypts) from a damaged
            # file (only some pages fail their HMAC).
            total_pages = max(1, path.stat().st_size // PAGE_SIZE)
            if 0 < _pages_failing_hmac(connection) < total_pages:
                raise DatabaseCorrupt(
                    "the database's first page is damaged (HMAC check failed)"
                ) from None
            raise WrongDatabaseKey(
                "the data key does not open this database (or the file is not one)"
            ) from exc
        for statement in CONNECTION_PRAGMAS:
            connection.execute(statement).fetchall()
    except sqlcipher.Error as exc:
        connection.close()
        cause = classify_sqlite_error(exc, path.parent)
        if cause is not None:
            raise cause from None
        raise
    except BaseException:
        connection.close()
        raise
    return connection


def _storage_error(original: BaseException, folder: Path) -> StorageError | None:
    """`DatabaseCorrupt` for HMAC or b-tree failures, the cause-specific `StorageUnavailable`
    (disk full, read-only, no permission, locked) for the rest, or None for another error."""
    if isinstance(original, StorageUnavailable):
        return original
    if _is_corruption(original):
        return DatabaseCorrupt(
            f"the database is damaged or was tampered with: {type(original).__name__}"
        )
    cause = classify_sqlite_error(original, folder)
    if cause is None and isinstance(original, OSError):
        cause = classify_os_error(original, folder)
    return cause


def storage_error(engine: Engine, original: BaseException) -> StorageError | None:
    """The storage error the engine's error handler raises for the driver error `original`
    (see `open_database`), for statements run on the driver directly
    (`coach_app.storage.driver`); None if it raises none (or the engine is closed)."""
    folder = _folders.get(engine)
    return None if folder is None else _storage_error(original, folder)


def _error_translator(folder: Path) -> Any:
    def translate(context: ExceptionContext) -> None:
        """Raise `_storage_error`'s error for the driver's, if any."""
        original = context.original_exception
        cause = _storage_error(original, folder)
        if cause is original:
            raise cause
        if cause is not None:
            raise cause from context.sqlalchemy_exception

    return translate


def open_database(path: Path, dek: bytes | bytearray, *, pool_size: int = 4) -> Engine:
    """Open (or create) the encrypted database at `path` with the 32-byte data key `dek`.

    Raises `WrongDatabaseKey` if the key does not open the file (the file is left untouched)
    and `DatabaseCorrupt` if the file is damaged. Errors met later while using the engine are
    raised as `DatabaseCorrupt` when a page fails its check, and by their cause (`DiskFull`,
    `FolderReadOnly`, `NoPermission`, `LockedByOtherProgram`) when the folder cannot be written;
    a failed write is rolled back, so the database stays as it was.
    """
    key = _Key(dek)
    path = Path(path)
    _check_writable(path)

    def creator() -> sqlcipher.Connection:
        return _connect(path, key)

    engine = sqlalchemy.create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=pool_size,
    )
    event.listen(engine, "handle_error", _error_translator(path.parent))
    _keys[engine] = key
    _folders[engine] = path.parent
    try:
        with engine.connect():  # open one connection now: a wrong key fails here, not later
            pass
    except BaseException:
        close_database(engine)
        raise
    log.info("database opened")
    return engine


def _check_writable(path: Path) -> None:
    """Raise the cause (``NoPermission``, ``FolderReadOnly``, ...) when an existing database
    file cannot be opened for writing. SQLite would open it read-only without a word, and the
    coach would learn it only when a visit (or its draft) could not be saved."""
    if not path.exists():
        return
    try:
        with open(path, "r+b"):
            pass
    except OSError as exc:
        cause = classify_os_error(exc, path.parent)
        if cause is not None:
            raise cause from exc
        raise


def close_database(engine: Engine) -> None:
    """Dispose the engine (closing its connections) and zero its copy of the key."""
    engine.dispose()
    key = _keys.pop(engine, None)
    if key is not None:
        key.wipe()


def _raw(connection: sqlalchemy.Connection) -> Any:
    return connection.connection.dbapi_connection


def check_integrity(engine: Engine) -> list[str]:
    """Check every page's HMAC (`cipher_integrity_check`) and the b-trees (`quick_check`).

    Returns the problems found (page numbers and structure messages, no data); empty if the
    database is sound.
    """
    problems: list[str] = []
    with engine.connect() as connection:
        raw = _raw(connection)
        try:
            problems.extend(row[0] for row in raw.execute("PRAGMA cipher_integrity_check"))
            quick = [row[0] for row in raw.execute("PRAGMA quick_check")]
        except sqlcipher.DatabaseError as exc:
            problems.append(f"{type(exc).__name__}: {exc}")
            return problems
    if quick != ["ok"]:
        problems.extend(quick)
    return problems


def checkpoint(engine: Engine) -> tuple[int, int, int]:
    """Copy the WAL into the database file and truncate the WAL (`wal_checkpoint(TRUNCATE)`).

    Returns SQLite's (busy, log frames, checkpointed frames).
    """
    with engine.connect() as connection:
        row = _raw(connection).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    busy, frames, done = (int(v) for v in row)
    return busy, frames, done


def rekey(engine: Engine, new_dek: bytes | bytearray) -> None:
    """Re-encrypt the whole database with `new_dek` (`PRAGMA rekey`).

    Other connections of the engine are closed first; the engine then opens new connections
    with the new key. Call it when no other work is running on the engine.
    """
    new_key = _Key(new_dek)
    old_key = _keys.get(engine)
    if old_key is None:
        raise ValueError("this engine was not opened by open_database or is closed")
    engine.dispose()
    with engine.connect() as connection:
        raw = _raw(connection)
        raw.execute(_key_pragma("rekey", new_key.material)).fetchall()
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.invalidate()  # never return a connection keyed with the old key to the pool
    old_key.material[:] = new_key.material
    new_key.wipe()
    engine.dispose()
    log.info("database rekeyed")


def database_files(path: Path) -> list[Path]:
    """The database file and its WAL and shared-memory companions."""
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
