"""Encrypted backups: round trip, nothing readable at rest, tamper detection, rotation, and a
restore that never leaves a half-written database."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from coach_app.domain import CoachingService, LifeDomain
from coach_app.paths import DataFolder
from coach_app.security import BackupCorrupt, backup_key, decrypt_file
from coach_app.storage import backups as backups_module
from coach_app.storage import close_database, open_database, sql_uow_factory
from coach_app.storage.backups import (
    KEEP_NEWEST,
    backup_due,
    create_backup,
    list_backups,
    restore_backup,
    rotate_backups,
)
from tests.unit.storage.storage_helpers import (
    SQLITE_HEADER,
    decrypted_pages,
    hits_in,
    scan_files,
    seed_family,
)


@pytest.fixture
def folder(db_path: Path) -> DataFolder:
    folder = DataFolder(db_path.parent)
    folder.ensure()
    return folder


def snapshot_of(service: CoachingService) -> list[tuple[object, ...]]:
    """What a caller sees of the data: every family with its people, visits and goals."""
    rows: list[tuple[object, ...]] = []
    for summary in service.list_families():
        rows.append(
            (
                service.get_family(summary.id),
                tuple(service.list_people(summary.id)),
                tuple(service.list_visits(summary.id)),
                tuple(service.list_goals(summary.id)),
            )
        )
    return rows


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_then_restore_gives_back_the_same_data(
    engine: Engine, service: CoachingService, folder: DataFolder, dek: bytearray
) -> None:
    seed_family(service, "Kept")
    before = snapshot_of(service)
    backup = create_backup(engine, folder, dek)
    # Changes after the backup are undone by the restore.
    family_id = before[0][0].id  # type: ignore[attr-defined]
    service.create_goal(family_id, domain=LifeDomain.WORK, title="added after the backup")
    seed_family(service, "Later")
    assert snapshot_of(service) != before
    close_database(engine)

    restore_backup(backup.path, folder, dek)

    reopened = open_database(folder.database, dek)
    try:
        assert snapshot_of(CoachingService(sql_uow_factory(reopened))) == before
    finally:
        close_database(reopened)
    leftovers = [p.name for p in folder.root.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_a_backup_file_holds_no_plaintext_even_inside(
    engine: Engine, service: CoachingService, folder: DataFolder, dek: bytearray, tmp_path: Path
) -> None:
    _, canaries = seed_family(service, "Secret")
    backup = create_backup(engine, folder, dek)

    assert backup.path.parent == folder.backups
    assert backup.path.name.startswith("coach-")
    assert backup.path.name.endswith(".backup")
    assert scan_files([backup.path], canaries) == []
    # Nothing else (no temporary snapshot) is left in the backups folder.
    assert [p.name for p in folder.backups.iterdir()] == [backup.path.name]
    # Inside the backup encryption is the SQLCipher file, still encrypted with the data key...
    inner = tmp_path / "inner.db"
    decrypt_file(backup.path, inner, backup_key(dek))
    assert scan_files([inner], canaries) == []
    assert not inner.read_bytes().startswith(SQLITE_HEADER)
    # ...and it does hold the data: decrypting its pages finds the canaries (the scan can fail).
    assert sorted(hits_in(decrypted_pages(inner, bytes(dek)), canaries)) == sorted(canaries)


def test_a_tampered_backup_is_refused_and_the_live_database_is_unchanged(
    engine: Engine, service: CoachingService, folder: DataFolder, dek: bytearray
) -> None:
    seed_family(service, "Live")
    backup = create_backup(engine, folder, dek)
    expected = snapshot_of(service)
    close_database(engine)
    live = digest(folder.database)
    data = bytearray(backup.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    backup.path.write_bytes(bytes(data))

    with pytest.raises(BackupCorrupt):
        restore_backup(backup.path, folder, dek)

    assert digest(folder.database) == live
    reopened = open_database(folder.database, dek)
    try:
        assert snapshot_of(CoachingService(sql_uow_factory(reopened))) == expected
    finally:
        close_database(reopened)
    assert [p.name for p in folder.root.iterdir() if p.name.startswith(".")] == []


def test_a_backup_made_with_another_key_is_refused(
    engine: Engine, service: CoachingService, folder: DataFolder, dek: bytearray
) -> None:
    backup = create_backup(engine, folder, dek)
    close_database(engine)
    live = digest(folder.database)
    with pytest.raises(BackupCorrupt):
        restore_backup(backup.path, folder, bytearray(os.urandom(32)))
    assert digest(folder.database) == live


def test_a_failure_in_the_middle_of_a_restore_leaves_the_old_database_whole(
    engine: Engine,
    service: CoachingService,
    folder: DataFolder,
    dek: bytearray,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_family(service, "Old")
    backup = create_backup(engine, folder, dek)
    seed_family(service, "New")
    expected = snapshot_of(service)
    close_database(engine)
    live = digest(folder.database)

    def crash(src: object, dst: object) -> None:
        raise OSError("disk pulled out")

    # The decrypted copy is complete and verified, then replacing coach.db fails.
    monkeypatch.setattr(backups_module.os, "replace", crash)
    with pytest.raises(OSError, match="disk pulled out"):
        restore_backup(backup.path, folder, dek)
    monkeypatch.undo()

    assert digest(folder.database) == live
    assert [p.name for p in folder.root.iterdir() if p.name.startswith(".")] == []
    reopened = open_database(folder.database, dek)
    try:
        assert snapshot_of(CoachingService(sql_uow_factory(reopened))) == expected
    finally:
        close_database(reopened)


def test_a_failed_backup_leaves_no_file_behind(
    engine: Engine,
    service: CoachingService,
    folder: DataFolder,
    dek: bytearray,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_family(service, "Fail")

    def broken_encrypt(src: object, dst: object, key: bytes, **options: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(backups_module, "encrypt_file", broken_encrypt)
    with pytest.raises(OSError, match="disk full"):
        create_backup(engine, folder, dek)
    assert list(folder.backups.iterdir()) == []


def make_backup_file(folder: DataFolder, when: datetime) -> Path:
    path = folder.backups / f"coach-{when.strftime('%Y%m%dT%H%M%SZ')}.backup"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_the_newest_ten_and_one_per_month_for_six_months(
    folder: DataFolder,
) -> None:
    now = datetime(2024, 7, 20, 12, 0, tzinfo=UTC)
    daily = [make_backup_file(folder, now - timedelta(days=d)) for d in range(15)]
    # Older backups: two in each of May, March, February 2024, one in December 2023.
    monthly = {
        (2024, 5): [datetime(2024, 5, 3, tzinfo=UTC), datetime(2024, 5, 28, tzinfo=UTC)],
        (2024, 3): [datetime(2024, 3, 1, tzinfo=UTC), datetime(2024, 3, 9, tzinfo=UTC)],
        (2024, 2): [datetime(2024, 2, 2, tzinfo=UTC), datetime(2024, 2, 27, tzinfo=UTC)],
        (2023, 12): [datetime(2023, 12, 24, tzinfo=UTC)],
    }
    older = {
        month: [make_backup_file(folder, w) for w in whens] for month, whens in monthly.items()
    }
    (folder.backups / "notes.txt").write_text("not a backup")

    removed = set(rotate_backups(folder, now))

    kept = {b.path for b in list_backups(folder)}
    assert set(daily[:KEEP_NEWEST]) <= kept
    # July's newest is among the ten; June has none; May/March keep their newest only;
    # February (six months back: Jul, Jun, May, Apr, Mar, Feb) keeps its newest; December goes.
    assert kept == set(daily[:KEEP_NEWEST]) | {
        older[(2024, 5)][1],
        older[(2024, 3)][1],
        older[(2024, 2)][1],
    }
    assert removed == set(daily[KEEP_NEWEST:]) | {
        older[(2024, 5)][0],
        older[(2024, 3)][0],
        older[(2024, 2)][0],
        older[(2023, 12)][0],
    }
    assert (folder.backups / "notes.txt").exists()


def test_list_and_due(engine: Engine, folder: DataFolder, dek: bytearray) -> None:
    now = datetime(2024, 7, 20, 12, 0, tzinfo=UTC)
    assert backup_due(folder, now)
    first = create_backup(engine, folder, dek, now=now)
    second = create_backup(engine, folder, dek, now=now)  # same second: a distinct name
    assert first.path != second.path
    assert [b.path for b in list_backups(folder)] == [second.path, first.path]
    assert all(b.size > 0 and b.created_at == now for b in list_backups(folder))
    assert not backup_due(folder, now + timedelta(hours=23))
    assert backup_due(folder, now + timedelta(hours=24))


def test_the_workspace_backs_up_before_a_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app import workspace as workspace_module
    from coach_app.security import KdfParams
    from coach_app.workspace import Workspace

    folder = DataFolder(tmp_path / "ws")
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create("a long enough passphrase")  # a new database: nothing to back up
    workspace.lock()
    assert list_backups(folder) == []

    workspace.unlock("a long enough passphrase")  # up to date: no backup
    workspace.lock()
    assert list_backups(folder) == []

    monkeypatch.setattr(workspace_module, "needs_migration", lambda engine: True)
    workspace.unlock("a long enough passphrase")
    try:
        assert len(list_backups(folder)) == 1
    finally:
        workspace.lock()
