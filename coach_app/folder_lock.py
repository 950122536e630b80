"""One app per data folder: an operating-system lock on ``coach.lock`` in the folder.

The lock is an advisory whole-file lock taken through the ``filelock`` library (``flock`` on
POSIX, ``LockFileEx`` on Windows), never a "soft" lock made of a file's existence: the kernel
drops it when the holding process ends for any reason, kill -9 and power loss included, so a
crash never leaves a stale lock behind (see docs/decisions/0007-one-app-per-data-folder.md).

Two ``FolderLock`` objects on the same folder exclude each other even inside one process
(each opens its own file description). A lock may be taken on one thread and released on
another. The lock file itself holds nothing and is left in place. This module stays light
(standard library and ``filelock``): the app takes the lock before the storage layer loads.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

__all__ = ["LOCK_FILE_NAME", "FolderInUse", "FolderLock"]

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "coach.lock"


class FolderInUse(Exception):
    """Another running Coach Companion (or an IT command) holds this data folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        super().__init__("the data folder is in use by another Coach Companion process")


class FolderLock:
    """The exclusive right to use one data folder.

    ``acquire()`` never waits: it raises ``FolderInUse`` when another process (or another
    ``FolderLock`` in this process) holds the folder, and ``OSError`` when the lock file cannot
    be made (a read-only folder, no permission). Acquiring a held lock again is a no-op;
    ``release()`` of a lock not held is a no-op.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_FILE_NAME
        self._lock = FileLock(
            self.path,
            timeout=0,
            thread_local=False,
            fallback_to_soft=False,  # a soft lock would outlive a crash
            preserve_lock_file=True,  # deleting it would race with another process's open
        )

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> None:
        if self._lock.is_locked:
            return
        try:
            self._lock.acquire()
        except Timeout:
            raise FolderInUse(self.folder) from None
        log.info("data folder lock taken")

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
            log.info("data folder lock released")

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
