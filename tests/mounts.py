"""Real small and read-only file systems for storage-error tests (Linux, as root).

``small_filesystem(path, size)`` mounts a tmpfs with a size limit; ``read_only(path)`` bind-mounts
a folder onto itself and remounts that bind read-only, which stops root too (``chmod`` does not).
Both skip the test, with the reason, where the platform or the account cannot mount.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here ({result.stderr.strip() or result.returncode})")


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def _require_mounting() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("mounting a test file system needs Linux")
    if os.geteuid() != 0:
        pytest.skip("mounting a test file system needs root (CI runs as root)")


@contextlib.contextmanager
def small_filesystem(path: Path, size_bytes: int) -> Iterator[Path]:
    """A tmpfs of ``size_bytes`` at ``path`` for the duration of the block."""
    _require_mounting()
    path.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_bytes},mode=0755", "tmpfs", str(path))
    try:
        yield path
    finally:
        _umount(path)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` (an existing folder) read-only for everyone, root included, during the block."""
    _require_mounting()
    _mount("--bind", str(path), str(path))
    try:
        _mount("-o", "remount,bind,ro", str(path))
        yield path
    finally:
        _umount(path)


def fill(folder: Path) -> Path:
    """Write a file in ``folder`` until its drive is full; return the file."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb", buffering=0) as stream:
        with contextlib.suppress(OSError):
            while True:
                stream.write(block)
        small = b"\0" * 512
        with contextlib.suppress(OSError):
            while True:
                stream.write(small)
    return filler
