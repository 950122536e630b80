"""Encryption of backup files with a key derived from the data key.

``backup_key(dek)`` is HKDF-SHA256(dek, info ``backup-v1``). A backup file (version 2) is::

    header = b"CCBACKUP" | version (1 byte, = 2) | chunk size (4 bytes, big-endian) | salt (16)
             | key slots length (4 bytes, big-endian) | key slots (ASCII JSON, see below)
    chunk* = AES-256-GCM(file key, nonce = chunk index as 12 bytes big-endian,
                         plaintext chunk, associated data = header | index (8) | final flag (1))

The file key is HKDF-SHA256(backup key, salt, info ``backup-file-v1``), fresh for every file,
so chunk-index nonces never repeat under one key. Every chunk but the last holds exactly
``chunk size`` bytes of plaintext; the last one (possibly empty) has the final flag set, so
truncation, reordering, splicing and appended data are all detected (``BackupCorrupt``).
Both directions write their output atomically: a failed run leaves no output file.

The key slots let a backup be opened on a new laptop, where no vault exists: they are the
vault's recovery slot and (if any) organisation slot, copied verbatim with the key generation
they wrap (``Vault.backup_key_slots``), as canonical JSON
``{"format": "coach-companion-backup-slots", "version": 1, "key_generation": n,
"slots": [...]}`` in the vault file's slot format. The passphrase slot is never included, so
a backup is opened with the recovery code or the organisation's private key only. The slots
are part of the header and so of every chunk's associated data: a slot swapped in from another
backup makes the file fail to decrypt. Version 1 files (no slots; made before) still decrypt
with the data key. Upload to the server (DESIGN.md section 11) sends these same files.
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

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "backup_key",
    "backup_set_id",
    "decrypt_file",
    "encrypt_file",
    "read_key_slots",
]

_MAGIC = b"CCBACKUP"
_VERSION = 2
_VERSIONS = (1, 2)
_HEADER = struct.Struct(">8sBI16s")
_SLOTS_LENGTH = struct.Struct(">I")
_MAX_SLOTS_BYTES = 64 * 1024
_TAG_BYTES = 16
DEFAULT_CHUNK_SIZE = 1024 * 1024
_MIN_CHUNK_SIZE = 16
_MAX_CHUNK_SIZE = 64 * 1024 * 1024


def backup_key(dek: bytes | bytearray) -> bytes:
    """The key for backups of the database keyed with ``dek``."""
    if len(dek) != 32:
        raise ValueError("the data key must be 32 bytes")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"backup-v1").derive(dek)


def backup_set_id(dek: bytes | bytearray) -> str:
    """A short name for this data key's backups (HKDF, info ``backup-set-v1``; 10 hex digits).

    It tells one laptop's backups from another's in a shared folder and reveals nothing about
    the key. It stays the same after a restore on a new laptop and changes with a rekey.
    """
    if len(dek) != 32:
        raise ValueError("the data key must be 32 bytes")
    return (
        HKDF(algorithm=hashes.SHA256(), length=5, salt=None, info=b"backup-set-v1")
        .derive(bytes(dek))
        .hex()
    )


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
    src: Path | str,
    dst: Path | str,
    key: bytes,
    *,
    key_slots: bytes = b"",
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> None:
    """Encrypt ``src`` into ``dst`` (replaced atomically), carrying ``key_slots`` in the header."""
    if not _MIN_CHUNK_SIZE <= chunk_size <= _MAX_CHUNK_SIZE:
        raise ValueError("chunk_size is out of range")
    if len(key_slots) > _MAX_SLOTS_BYTES:
        raise ValueError("key_slots is too large")
    header = (
        _HEADER.pack(_MAGIC, _VERSION, chunk_size, os.urandom(16))
        + _SLOTS_LENGTH.pack(len(key_slots))
        + key_slots
    )
    cipher = _file_cipher(key, header[_HEADER.size - 16 : _HEADER.size])
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


def _read_header(source: BinaryIO) -> tuple[bytes, int, bytes, bytes]:
    """(whole header, chunk size, salt, key slots) of an open backup file."""
    fixed = _read_exactly(source, _HEADER.size)
    if len(fixed) != _HEADER.size:
        raise BackupCorrupt("the backup file is too short to be a backup")
    magic, version, chunk_size, salt = _HEADER.unpack(fixed)
    if magic != _MAGIC or version not in _VERSIONS:
        raise BackupCorrupt("the file is not a backup of a known format")
    if not _MIN_CHUNK_SIZE <= chunk_size <= _MAX_CHUNK_SIZE:
        raise BackupCorrupt("the backup file header is damaged")
    if version == 1:
        return fixed, chunk_size, salt, b""
    length_bytes = _read_exactly(source, _SLOTS_LENGTH.size)
    if len(length_bytes) != _SLOTS_LENGTH.size:
        raise BackupCorrupt("the backup file is too short to be a backup")
    (length,) = _SLOTS_LENGTH.unpack(length_bytes)
    if length > _MAX_SLOTS_BYTES:
        raise BackupCorrupt("the backup file header is damaged")
    slots = _read_exactly(source, length)
    if len(slots) != length:
        raise BackupCorrupt("the backup file is too short to be a backup")
    return fixed + length_bytes + slots, chunk_size, salt, slots


def read_key_slots(src: Path | str) -> bytes:
    """The key slots a backup carries (empty for version 1 files); ``BackupCorrupt``."""
    with open(src, "rb") as source:
        return _read_header(source)[3]


def decrypt_file(src: Path | str, dst: Path | str, key: bytes) -> None:
    """Decrypt ``src`` into ``dst`` (replaced atomically); ``BackupCorrupt`` if not authentic."""
    with open(src, "rb") as source:
        header, chunk_size, salt, _ = _read_header(source)
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
