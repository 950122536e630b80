"""Errors of the storage layer. Messages never contain key material or personal data."""

from __future__ import annotations

__all__ = ["DatabaseCorrupt", "MigrationError", "StorageError", "WrongDatabaseKey"]


class StorageError(Exception):
    """Base class of the errors raised by `coach_app.storage`."""


class WrongDatabaseKey(StorageError):
    """The data key does not open this database (or it is not a Coach Companion database)."""


class DatabaseCorrupt(StorageError):
    """The database file is damaged or was tampered with: a page failed its HMAC check or the
    b-tree is malformed. Restore from a backup; the data shown would otherwise be wrong."""


class MigrationError(StorageError):
    """The schema could not be brought to the current revision."""
