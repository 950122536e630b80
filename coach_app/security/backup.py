"""Encryption of backup files with a key derived from the data key.

``backup_key(dek)`` is HKDF-SHA256(dek, info ``backup-v1``). A backup file is::

    header = b"CCBACKUP" | version (1 byte, = 1) | chunk size (4 bytes, big-endian) | salt (16)
    chunk* = AES-256-GCM(file key, nonce = chunk index as 12 bytes big-endian,
                         plaintext chunk, associated data = header | index (8) | final flag (1))

The file key is HKDF-SHA256(backup key, salt, info ``backup-file-v1``), fresh for every file,
so chunk-index nonces never repeat under one key. Every chunk but the last holds exactly
``chunk size`` bytes of plaintext; the last one (possibly empty) has the final flag set, so
truncation, reordering, splicing and appended data are all detected (``BackupCorrupt``).
Both directions write their output atomically: a failed run leaves no output file.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coach_app.security._atomic import atomic_output
from coach_app.security.errors import BackupCorrupt

__all__ = ["DEFAULT_CHUNK_SIZE", "backup_key", "decrypt_file", "encrypt_file"]

_MAGIC = b"CCBACKUP"
_VERSION = 1
_HEADER = struct.Struct(">8sBI16s")
_TAG_BYTES = 16
DEFAULT_CHUNK_SIZE = 1024 * 1024
_MIN_CHUNK_SIZE = 16
_MAX_CHUNK_SIZE = 64 * 1024 * 1024


def backup_key(dek: bytes | bytearray) -> bytes:
    """The key for backups of the database keyed with ``dek``."""
    if len(dek) != 32:
        raise ValueError("the data key must be 32 bytes")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"backup-v1").derive(dek)


def _file_cipher(key: bytes, salt: bytes) -> AESGCM:
    if len(key) != 32:
        raise ValueError("the backup key must be 32 bytes")
    file_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"backup-file-v1")
    return AESGCM(file_key.derive(key))


def _chunk_ad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if final else 0)


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    remaining = size
    while remaining > 0:
        part = stream.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def encrypt_file(
    src: Path | str, dst: Path | str, key: bytes, *, chunk_size: int = DEFAULT_CHUNK_SIZE
) -> None:
    """Encrypt ``src`` into ``dst`` (replaced atomically)."""
    if not _MIN_CHUNK_SIZE <= chunk_size <= _MAX_CHUNK_SIZE:
        raise ValueError("chunk_size is out of range")
    header = _HEADER.pack(_MAGIC, _VERSION, chunk_size, os.urandom(16))
    cipher = _file_cipher(key, header[-16:])
    with open(src, "rb") as source, atomic_output(Path(dst)) as target:
        target.write(header)
        chunk = _read_exactly(source, chunk_size)
        index = 0
        while True:
            following = _read_exactly(source, chunk_size)
            final = not following
            target.write(cipher.encrypt(_nonce(index), chunk, _chunk_ad(header, index, final)))
            if final:
                break
            chunk, index = following, index + 1


def decrypt_file(src: Path | str, dst: Path | str, key: bytes) -> None:
    """Decrypt ``src`` into ``dst`` (replaced atomically); ``BackupCorrupt`` if not authentic."""
    with open(src, "rb") as source:
        header = _read_exactly(source, _HEADER.size)
        if len(header) != _HEADER.size:
            raise BackupCorrupt("the backup file is too short to be a backup")
        magic, version, chunk_size, salt = _HEADER.unpack(header)
        if magic != _MAGIC or version != _VERSION:
            raise BackupCorrupt("the file is not a backup of a known format")
        if not _MIN_CHUNK_SIZE <= chunk_size <= _MAX_CHUNK_SIZE:
            raise BackupCorrupt("the backup file header is damaged")
        cipher = _file_cipher(key, salt)
        with atomic_output(Path(dst)) as target:
            sealed = _read_exactly(source, chunk_size + _TAG_BYTES)
            index = 0
            while True:
                following = _read_exactly(source, chunk_size + _TAG_BYTES)
                final = not following
                try:
                    plain = cipher.decrypt(_nonce(index), sealed, _chunk_ad(header, index, final))
                except InvalidTag:
                    raise BackupCorrupt(
                        "the backup is damaged, truncated, tampered with, or made with another key"
                    ) from None
                target.write(plain)
                if final:
                    break
                sealed, index = following, index + 1
