"""Atomic file replacement: temp file in the same folder, fsync, ``os.replace``, fsync folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_output", "atomic_write_bytes", "fsync_folder", "remove_stale_temp_files"]


def temp_prefix(target: Path) -> str:
    return f".{target.name}."


TEMP_SUFFIX = ".tmp"


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":  # pragma: no cover - Windows cannot fsync a directory
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file whose content replaces ``target`` only if the block succeeds.

    The data is flushed and fsynced before ``os.replace``; the folder is fsynced after it.
    On any exception the temp file is removed and ``target`` is left untouched.
    """
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    temp_path = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_path, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise
    fsync_folder(folder)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically and durably."""
    with atomic_output(target) as stream:
        stream.write(data)


def remove_stale_temp_files(target: Path) -> None:
    """Remove temp files a killed writer of ``target`` may have left behind."""
    for stale in target.parent.glob(temp_prefix(target) + "*" + TEMP_SUFFIX):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
