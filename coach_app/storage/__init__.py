"""Local storage: SQLCipher-encrypted SQLite through SQLAlchemy 2, with Alembic migrations.

Public API
----------
Opening and maintenance
    `open_database(path, dek) -> Engine`, `close_database(engine)`, `check_integrity(engine)
    -> list[str]`, `checkpoint(engine)`, `rekey(engine, new_dek)`, `database_files(path)`.
Migrations
    `migrate(engine)`, `current_revision(s)(engine)`, `head_revision()`, `head_revisions()`,
    `needs_migration(engine)`, `alembic_config(connection)`.
Unit of work (implements `coach_app.domain.UnitOfWork`)
    `SqlUnitOfWork(engine_or_session_factory)`, `make_session_factory(engine)`,
    `sql_uow_factory(engine)` -> a `uow_factory` for `CoachingService`.
Errors
    StorageError > WrongDatabaseKey, DatabaseCorrupt, MigrationError, SecondCopyFailed,
    StorageUnavailable > DiskFull, FolderReadOnly, NoPermission, LockedByOtherProgram,
    FolderMissing; `FolderInUse` (from `coach_app.folder_lock`, re-exported);
    `classify_os_error`, `classify_sqlite_error` name the cause of a raw error.
One app per data folder
    `FolderLock(folder)`: `acquire()` (`FolderInUse`), `release()`, `held`.

Typical composition::

    engine = open_database(path, dek)
    migrate(engine)
    service = CoachingService(sql_uow_factory(engine))
    ...
    close_database(engine)  # on lock: closes connections, zeroes the engine's key copy
"""

from coach_app.folder_lock import FolderLock
from coach_app.storage.engine import (
    check_integrity,
    checkpoint,
    close_database,
    database_files,
    open_database,
    rekey,
)
from coach_app.storage.errors import (
    DatabaseCorrupt,
    DiskFull,
    FolderInUse,
    FolderMissing,
    FolderReadOnly,
    LockedByOtherProgram,
    MigrationError,
    NoPermission,
    SecondCopyFailed,
    StorageError,
    StorageUnavailable,
    WrongDatabaseKey,
    classify_os_error,
    classify_sqlite_error,
)
from coach_app.storage.migrate import (
    alembic_config,
    current_revision,
    current_revisions,
    head_revision,
    head_revisions,
    migrate,
    needs_migration,
)
from coach_app.storage.uow import SqlUnitOfWork, make_session_factory, sql_uow_factory

__all__ = [
    "DatabaseCorrupt",
    "DiskFull",
    "FolderInUse",
    "FolderLock",
    "FolderMissing",
    "FolderReadOnly",
    "LockedByOtherProgram",
    "MigrationError",
    "NoPermission",
    "SecondCopyFailed",
    "SqlUnitOfWork",
    "StorageError",
    "StorageUnavailable",
    "WrongDatabaseKey",
    "alembic_config",
    "check_integrity",
    "checkpoint",
    "classify_os_error",
    "classify_sqlite_error",
    "close_database",
    "current_revision",
    "current_revisions",
    "database_files",
    "head_revision",
    "head_revisions",
    "make_session_factory",
    "migrate",
    "needs_migration",
    "open_database",
    "rekey",
    "sql_uow_factory",
]
