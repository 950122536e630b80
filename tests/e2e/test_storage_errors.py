"""Storage errors by cause on real file systems: a full tmpfs, a read-only bind mount, and a
database another program keeps locked. The error names its cause and folder, and the data
afterwards is intact and unchanged."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from coach_app.domain import Municipality
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import (
    DiskFull,
    FolderReadOnly,
    LockedByOtherProgram,
    SecondCopyFailed,
    check_integrity,
)
from coach_app.storage import engine as engine_module
from coach_app.storage.errors import MIN_ROOM_BYTES
from coach_app.workspace import Workspace
from tests.mounts import fill, read_only, small_filesystem

PASSPHRASE = "a quiet kitchen table"
LONG_NOTE = "Notes of a long visit. " * 4000  # 92,000 characters (the limit is 100,000)


def content(workspace: Workspace) -> list[tuple[object, ...]]:
    service = workspace.service
    return [
        (service.get_family(s.id), tuple(service.list_visits(s.id)))
        for s in service.list_families()
    ]


def new_data_folder(root: Path) -> tuple[DataFolder, object]:
    folder = DataFolder(root / "data")
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create(PASSPHRASE)
    family = workspace.service.create_family(
        display_name="Yilmaz",
        municipality=Municipality("GM0153", "Enschede"),
        start_date=date(2019, 3, 1),
    )
    workspace.service.record_visit(
        family.id, started_at=datetime(2020, 3, 2, 9, tzinfo=UTC), duration_minutes=30, notes="ok"
    )
    workspace.close()
    return folder, family


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


@pytest.mark.slow
def test_a_save_on_a_full_disk_says_so_and_changes_nothing(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "drive", 24 * 1024 * 1024) as drive:
        folder, family = new_data_folder(drive)
        workspace = Workspace(folder, kdf=KdfParams())
        workspace.unlock(PASSPHRASE)
        before = content(workspace)
        filler = fill(drive)
        with pytest.raises(DiskFull) as caught:
            workspace.service.record_visit(
                family.id,  # type: ignore[attr-defined]
                started_at=datetime(2020, 3, 9, 9, tzinfo=UTC),
                duration_minutes=60,
                notes=LONG_NOTE,
            )
        error = caught.value
        assert error.folder == folder.root
        assert error.free_bytes is not None
        assert error.free_bytes < 1024 * 1024
        assert error.needed_bytes >= MIN_ROOM_BYTES
        with pytest.raises(DiskFull):  # a backup on a full disk: the same cause
            workspace.backup_now()
        assert [p.name for p in folder.backups.iterdir()] == []  # no partial file
        workspace.close()

        filler.unlink()
        reopened = Workspace(folder, kdf=KdfParams())
        reopened.unlock(PASSPHRASE)
        try:
            assert content(reopened) == before
            assert check_integrity(reopened.engine) == []
        finally:
            reopened.close()


@pytest.mark.slow
def test_a_read_only_data_folder_is_named_and_left_byte_for_byte(tmp_path: Path) -> None:
    folder, _ = new_data_folder(tmp_path)
    before = digests(folder.root)
    with read_only(folder.root):
        workspace = Workspace(folder, kdf=KdfParams())
        with pytest.raises(FolderReadOnly) as caught:
            workspace.unlock(PASSPHRASE)
        assert caught.value.folder == folder.root
        assert not workspace.is_unlocked
        assert digests(folder.root) == before
    reopened = Workspace(folder, kdf=KdfParams())
    reopened.unlock(PASSPHRASE)
    assert len(reopened.service.list_families()) == 1
    reopened.close()


@pytest.mark.slow
def test_a_read_only_second_folder_keeps_the_backup_on_the_laptop(tmp_path: Path) -> None:
    folder, _ = new_data_folder(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    workspace = Workspace(folder, kdf=KdfParams(), second_backup_folder=stick)
    workspace.unlock(PASSPHRASE)
    try:
        with read_only(stick), pytest.raises(SecondCopyFailed) as caught:
            workspace.backup_now()
        assert isinstance(caught.value.cause, FolderReadOnly)
        assert caught.value.cause.folder == stick
        assert len(workspace.list_backups()) == 1
    finally:
        workspace.close()


def test_a_database_another_program_keeps_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    folder, family = new_data_folder(tmp_path)
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.unlock(PASSPHRASE)
    before = content(workspace)
    other = sqlcipher.connect(str(folder.database), isolation_level=None)
    try:
        other.execute(f"PRAGMA key = \"x'{bytes(workspace.vault.dek).hex()}'\"")
        other.execute("BEGIN IMMEDIATE")  # a backup tool holding a write lock
        with pytest.raises(LockedByOtherProgram) as caught:
            workspace.service.record_visit(
                family.id,  # type: ignore[attr-defined]
                started_at=datetime(2020, 3, 9, 9, tzinfo=UTC),
                duration_minutes=60,
                notes="typed while the other program held the file",
            )
        assert caught.value.folder == folder.root
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert content(workspace) == before
    workspace.close()
