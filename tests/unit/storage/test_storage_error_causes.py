"""Raw operating-system and SQLite errors are named by their cause (both sides of each)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from coach_app.storage import (
    DiskFull,
    FolderMissing,
    FolderReadOnly,
    LockedByOtherProgram,
    NoPermission,
    classify_os_error,
    classify_sqlite_error,
)
from coach_app.storage.errors import MIN_ROOM_BYTES


@pytest.mark.parametrize(
    ("number", "cause"),
    [
        (errno.ENOSPC, DiskFull),
        (errno.EDQUOT, DiskFull),
        (errno.EFBIG, DiskFull),
        (errno.EROFS, FolderReadOnly),
        (errno.EACCES, NoPermission),
        (errno.EPERM, NoPermission),
        (errno.EBUSY, LockedByOtherProgram),
        (errno.ENOENT, FolderMissing),
    ],
)
def test_os_errors_by_cause(tmp_path: Path, number: int, cause: type) -> None:
    error = OSError(number, "x", str(tmp_path / "coach.db"))
    found = classify_os_error(error)
    assert isinstance(found, cause)
    assert found.folder == tmp_path


def test_other_os_errors_are_not_guessed(tmp_path: Path) -> None:
    assert classify_os_error(OSError(errno.EINVAL, "x", str(tmp_path / "f"))) is None


def test_disk_full_says_what_is_free_and_what_is_needed(tmp_path: Path) -> None:
    small = classify_os_error(OSError(errno.ENOSPC, "x"), tmp_path, needed_bytes=1)
    assert isinstance(small, DiskFull)
    assert small.needed_bytes == MIN_ROOM_BYTES  # never less than room for a save
    assert small.free_bytes is not None
    large = classify_os_error(OSError(errno.ENOSPC, "x"), tmp_path, needed_bytes=10**9)
    assert isinstance(large, DiskFull)
    assert large.needed_bytes == 10**9


class FakeSqliteError(Exception):
    def __init__(self, code: int | None, message: str = "") -> None:
        super().__init__(message)
        if code is not None:
            self.sqlite_errorcode = code


@pytest.mark.parametrize(
    ("code", "cause"),
    [
        (13, DiskFull),  # SQLITE_FULL
        (5, LockedByOtherProgram),  # SQLITE_BUSY
        (5 | (1 << 8), LockedByOtherProgram),  # SQLITE_BUSY_RECOVERY (extended)
        (6, LockedByOtherProgram),  # SQLITE_LOCKED
        (8, NoPermission),  # SQLITE_READONLY on a writable mount
        (14, NoPermission),  # SQLITE_CANTOPEN on a writable mount
    ],
)
def test_sqlite_errors_by_result_code(tmp_path: Path, code: int, cause: type) -> None:
    assert isinstance(classify_sqlite_error(FakeSqliteError(code), tmp_path), cause)


def test_sqlite_errors_without_a_code_use_sqlite_s_words(tmp_path: Path) -> None:
    found = classify_sqlite_error(FakeSqliteError(None, "database or disk is full"), tmp_path)
    assert isinstance(found, DiskFull)
    assert classify_sqlite_error(FakeSqliteError(None, "no such table: x"), tmp_path) is None
    assert classify_sqlite_error(FakeSqliteError(1), tmp_path) is None  # SQLITE_ERROR
