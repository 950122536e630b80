"""Nothing personal is readable from the files at rest; erased families leave no trace."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from sqlalchemy import Engine
from storage_helpers import decrypted_pages, hits_in, scan_files, seed_family

from coach_app.domain import CoachingService
from coach_app.storage import (
    checkpoint,
    close_database,
    database_files,
    open_database,
    sql_uow_factory,
)


def test_no_plaintext_in_the_database_wal_or_shm(
    engine: Engine, service: CoachingService, db_path: Path, dek: bytearray
) -> None:
    canaries: list[str] = []
    for tag in ("A", "B", "C"):
        canaries += seed_family(service, tag)[1]
    # Some of the data still only in the WAL, some checkpointed: scan both states.
    assert scan_files(database_files(db_path), canaries) == []
    close_database(engine)

    files = database_files(db_path)
    assert Path(f"{db_path}-wal").exists() or db_path.stat().st_size > 0
    assert scan_files(files, canaries) == []
    # The scan can see the canaries when they are there: the decrypted pages hold them.
    assert sorted(hits_in(decrypted_pages(db_path, bytes(dek)), canaries)) == sorted(canaries)


def test_erasure_removes_every_trace_from_every_page(
    engine: Engine, service: CoachingService, db_path: Path, dek: bytearray
) -> None:
    erased_id, erased = seed_family(service, "Gone")
    kept_id, kept = seed_family(service, "Kept")
    checkpoint(engine)
    plain = decrypted_pages(db_path, bytes(dek))
    assert sorted(hits_in(plain, erased)) == sorted(erased)  # there before

    service.erase_family(UUID(erased_id))
    checkpoint(engine)
    close_database(engine)

    plain = decrypted_pages(db_path, bytes(dek))  # free pages and WAL included
    assert hits_in(plain, erased) == []
    assert sorted(hits_in(plain, kept)) == sorted(kept)
    assert scan_files(database_files(db_path), erased + kept) == []

    reopened = open_database(db_path, dek)
    try:
        listed = CoachingService(sql_uow_factory(reopened)).list_families()
        assert [str(f.id) for f in listed] == [kept_id]
        export = CoachingService(sql_uow_factory(reopened)).export_family(UUID(kept_id))
        assert len(export["people"]) == 2
        assert len(export["visits"]) == 1
    finally:
        close_database(reopened)
