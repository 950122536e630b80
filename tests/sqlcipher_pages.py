"""Decrypt a SQLCipher 4 database file page by page, free pages included.

Used to prove that erased rows are gone from the file's pages (``secure_delete``), which a
query can never show. SQLCipher 4 defaults with a raw key: 4096-byte pages, AES-256-CBC, and a
reserve of 80 bytes at the end of each page (16-byte IV, then a 64-byte HMAC-SHA512). The first
16 bytes of page 1 are the salt; its encrypted part starts after them.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    body = page[SALT if first else 0 : PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(database: Path, key: bytes) -> list[bytes]:
    """Every page of the main file and of its WAL (if any), decrypted."""
    pages = []
    data = database.read_bytes()
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        pages.append(_decrypt_page(key, data[offset : offset + PAGE_SIZE], offset == 0))
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        frame = WAL_FRAME_HEADER + PAGE_SIZE
        for offset in range(WAL_HEADER, len(raw) - frame + 1, frame):
            page_number = int.from_bytes(raw[offset : offset + 4], "big")
            page = raw[offset + WAL_FRAME_HEADER : offset + frame]
            pages.append(_decrypt_page(key, page, page_number == 1))
    return pages
