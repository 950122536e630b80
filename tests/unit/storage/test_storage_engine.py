"""Opening the encrypted database: key checks, pragmas, corruption, integrity, rekey."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from storage_helpers import seed_family

from coach_app.domain import CoachingService, Municipality
from coach_app.storage import (
    DatabaseCorrupt,
    WrongDatabaseKey,
    check_integrity,
    checkpoint,
    close_database,
    database_files,
    migrate,
    open_database,
    rekey,
    sql_uow_factory,
)

ENSCHEDE = Municipality("GM0153", "Enschede")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled_database(db_path: Path, dek: bytearray, families: int = 3) -> list[str]:
    engine = open_database(db_path, dek)
    migrate(engine)
    service = CoachingService(sql_uow_factory(engine))
    ids = [seed_family(service, f"F{i}")[0] for i in range(families)]
    checkpoint(engine)
    close_database(engine)
    return ids


def test_connections_are_configured_for_safety(engine: Engine) -> None:
    with engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.execute(text(f"PRAGMA {name}")).scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("temp_store") == 2  # MEMORY
        # Off by decision (docs/decisions/0005-memory-security.md), as SQLCipher's default.
        assert str(pragma("cipher_memory_security")) == "0"
        assert str(pragma("cipher_version")).startswith("4.")


def test_wrong_key_raises_and_leaves_the_file_untouched(db_path: Path, dek: bytearray) -> None:
    _filled_database(db_path, dek)
    before = {p.name: _digest(p) for p in database_files(db_path) if p.exists()}

    with pytest.raises(WrongDatabaseKey) as raised:
        open_database(db_path, bytearray(os.urandom(32)))

    assert {p.name: _digest(p) for p in database_files(db_path) if p.exists()} == before
    assert dek.hex() not in str(raised.value)
    assert dek.hex() not in repr(raised.value.__cause__)


def test_a_key_of_the_wrong_length_is_refused(db_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        open_database(db_path, b"short")


def test_right_key_reopens_the_data(db_path: Path, dek: bytearray) -> None:
    ids = _filled_database(db_path, dek)
    engine = open_database(db_path, dek)
    try:
        listed = CoachingService(sql_uow_factory(engine)).list_families()
        assert sorted(str(f.id) for f in listed) == sorted(ids)
        assert check_integrity(engine) == []
    finally:
        close_database(engine)


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_flipped_byte_in_a_data_page_is_detected_never_returned(
    db_path: Path, dek: bytearray
) -> None:
    _filled_database(db_path, dek, families=30)
    pages = db_path.stat().st_size // 4096
    assert pages > 10
    _flip(db_path, (pages - 2) * 4096 + 1000)  # a page near the end: table data

    engine = open_database(db_path, dek)  # page 1 is fine, so it opens
    try:
        assert any("HMAC" in p for p in check_integrity(engine))
        service = CoachingService(sql_uow_factory(engine))

        def read_everything() -> None:
            for summary in service.list_families():
                service.export_family(summary.id)

        with pytest.raises(DatabaseCorrupt):
            read_everything()
    finally:
        close_database(engine)


def test_flipped_byte_in_the_first_page_is_reported_as_corrupt(
    db_path: Path, dek: bytearray
) -> None:
    _filled_database(db_path, dek, families=5)
    _flip(db_path, 2000)
    with pytest.raises(DatabaseCorrupt):
        open_database(db_path, dek)


def test_rekey_changes_the_key(db_path: Path, dek: bytearray) -> None:
    ids = _filled_database(db_path, dek)
    new_dek = bytearray(os.urandom(32))
    engine = open_database(db_path, dek)
    rekey(engine, new_dek)
    # The same engine keeps working (new connections use the new key).
    assert len(CoachingService(sql_uow_factory(engine)).list_families()) == len(ids)
    close_database(engine)

    with pytest.raises(WrongDatabaseKey):
        open_database(db_path, dek)
    engine = open_database(db_path, new_dek)
    try:
        assert len(CoachingService(sql_uow_factory(engine)).list_families()) == len(ids)
    finally:
        close_database(engine)


def test_checkpoint_empties_the_wal(engine: Engine, db_path: Path) -> None:
    CoachingService(sql_uow_factory(engine)).create_family(
        display_name="A family", municipality=ENSCHEDE
    )
    wal = Path(f"{db_path}-wal")
    assert wal.stat().st_size > 0
    busy, _, _ = checkpoint(engine)
    assert busy == 0
    assert wal.stat().st_size == 0


def test_close_database_zeroes_the_engines_key_copy(db_path: Path, dek: bytearray) -> None:
    engine = open_database(db_path, dek)
    close_database(engine)
    assert any(dek)  # the caller's key is the caller's: left alone
    # The engine's own copy of the key is zeroed: it can no longer connect.
    with pytest.raises(WrongDatabaseKey), engine.connect():
        pass
