"""Backup files: authenticated chunks, atomic output, tampering detected."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach_app.security import BackupCorrupt, backup_key, decrypt_file, encrypt_file

KEY = backup_key(bytes(range(32)))
CHUNK = 64
HEADER = 33  # version 2: 29 bytes, then the key slots length (no slots in these tests)
SEALED_CHUNK = CHUNK + 16


def test_backup_key_is_hkdf_of_the_dek_and_differs_from_it() -> None:
    dek = bytearray(range(32))
    assert backup_key(dek) == KEY
    assert len(KEY) == 32
    assert bytes(dek) != KEY
    assert backup_key(bytes(32)) != KEY
    with pytest.raises(ValueError, match="32 bytes"):
        backup_key(b"short")


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 1000])
def test_round_trip(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    (tmp_path / "db").write_bytes(data)
    encrypt_file(tmp_path / "db", tmp_path / "db.bak", KEY, chunk_size=CHUNK)
    sealed = (tmp_path / "db.bak").read_bytes()
    assert size < 16 or data[:16] not in sealed
    chunks = max(1, -(-size // CHUNK))
    assert len(sealed) == HEADER + size + 16 * chunks
    decrypt_file(tmp_path / "db.bak", tmp_path / "restored", KEY)
    assert (tmp_path / "restored").read_bytes() == data


def test_default_chunk_size_round_trip(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 5)
    (tmp_path / "db").write_bytes(data)
    encrypt_file(tmp_path / "db", tmp_path / "db.bak", KEY)
    decrypt_file(tmp_path / "db.bak", tmp_path / "restored", KEY)
    assert (tmp_path / "restored").read_bytes() == data


@pytest.fixture
def sealed(tmp_path: Path) -> bytes:
    (tmp_path / "db").write_bytes(os.urandom(4 * CHUNK + 10))
    encrypt_file(tmp_path / "db", tmp_path / "db.bak", KEY, chunk_size=CHUNK)
    return (tmp_path / "db.bak").read_bytes()


def chunks_of(sealed: bytes) -> list[bytes]:
    body = sealed[HEADER:]
    return [body[start : start + SEALED_CHUNK] for start in range(0, len(body), SEALED_CHUNK)]


def assert_refused(tmp_path: Path, content: bytes, key: bytes = KEY) -> None:
    (tmp_path / "bad.bak").write_bytes(content)
    target = tmp_path / "restored"
    with pytest.raises(BackupCorrupt):
        decrypt_file(tmp_path / "bad.bak", target, key)
    assert not target.exists()
    assert [path.name for path in tmp_path.iterdir() if path.suffix == ".tmp"] == []


def test_every_flipped_byte_is_detected(tmp_path: Path, sealed: bytes) -> None:
    for position in range(len(sealed)):
        damaged = bytearray(sealed)
        damaged[position] ^= 0x01
        assert_refused(tmp_path, bytes(damaged))


def test_truncation_reordering_and_appending_are_detected(tmp_path: Path, sealed: bytes) -> None:
    header, chunks = sealed[:HEADER], chunks_of(sealed)
    assert len(chunks) == 5
    for keep in range(len(chunks)):  # cut at every chunk boundary
        assert_refused(tmp_path, header + b"".join(chunks[:keep]))
    assert_refused(tmp_path, sealed[:-1])
    assert_refused(tmp_path, sealed[:10])
    swapped = [chunks[1], chunks[0], *chunks[2:]]
    assert_refused(tmp_path, header + b"".join(swapped))
    assert_refused(tmp_path, sealed + chunks[0])
    assert_refused(tmp_path, header + b"".join([*chunks[:-1], chunks[-2], chunks[-1]]))


def test_chunks_from_another_backup_are_detected(tmp_path: Path, sealed: bytes) -> None:
    encrypt_file(tmp_path / "db", tmp_path / "other.bak", KEY, chunk_size=CHUNK)
    other = (tmp_path / "other.bak").read_bytes()
    assert other != sealed  # a fresh salt per file
    assert_refused(tmp_path, sealed[:HEADER] + other[HEADER:])


def test_wrong_key_is_refused_and_an_existing_target_is_left_alone(
    tmp_path: Path, sealed: bytes
) -> None:
    assert_refused(tmp_path, sealed, backup_key(bytes(32)))
    (tmp_path / "restored").write_bytes(b"previous")
    with pytest.raises(BackupCorrupt):
        decrypt_file(tmp_path / "db.bak", tmp_path / "restored", backup_key(bytes(32)))
    assert (tmp_path / "restored").read_bytes() == b"previous"


def test_not_a_backup(tmp_path: Path) -> None:
    assert_refused(tmp_path, b"SQLite format 3\x00" + bytes(100))
    assert_refused(tmp_path, b"")


def test_key_slots_ride_in_the_authenticated_header(tmp_path: Path) -> None:
    from coach_app.security import read_key_slots

    source = tmp_path / "plain"
    source.write_bytes(b"database pages" * 100)
    sealed_path = tmp_path / "sealed"
    encrypt_file(source, sealed_path, KEY, key_slots=b'{"slots":[]}', chunk_size=64)
    assert read_key_slots(sealed_path) == b'{"slots":[]}'
    # Another slot text of the same length: every chunk then fails.
    tampered = sealed_path.read_bytes().replace(b'{"slots":[]}', b'{"slots":[1]'[:12])
    assert tampered != sealed_path.read_bytes()
    assert_refused(tmp_path, tampered)


def test_version_1_files_still_decrypt(tmp_path: Path) -> None:
    import struct

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from coach_app.security.backup import _file_cipher

    header = struct.pack(">8sBI16s", b"CCBACKUP", 1, 64, b"\x01" * 16)
    cipher: AESGCM = _file_cipher(KEY, b"\x01" * 16)
    body = cipher.encrypt((0).to_bytes(12, "big"), b"old backup", header + struct.pack(">QB", 0, 1))
    old = tmp_path / "old.backup"
    old.write_bytes(header + body)
    decrypt_file(old, tmp_path / "plain", KEY)
    assert (tmp_path / "plain").read_bytes() == b"old backup"
