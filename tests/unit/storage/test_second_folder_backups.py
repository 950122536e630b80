"""Backups on another drive: copied with the same rotation, restored on a new laptop with the
recovery code or the organisation's key, cleaned after an erasure and a rekey."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from coach_app.domain import Municipality
from coach_app.paths import DataFolder
from coach_app.security import (
    BackupCorrupt,
    InvalidOrgKey,
    KdfParams,
    TooManyAttempts,
    UnlockBackoff,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryCode,
    generate_org_keypair,
    read_key_slots,
)
from coach_app.storage import FolderInUse, FolderMissing, SecondCopyFailed
from coach_app.storage.backups import KEEP_NEWEST, list_backups_in
from coach_app.workspace import Workspace
from tests.holders import start_holder, stop_holder

PASSPHRASE = "a quiet kitchen table"
NEW_PASSPHRASE = "the stick in the drawer"
START = datetime(2020, 3, 2, 9, 0, tzinfo=UTC)


def content(workspace: Workspace) -> list[tuple[object, ...]]:
    service = workspace.service
    return [
        (
            service.get_family(summary.id),
            tuple(service.list_people(summary.id)),
            tuple(service.list_visits(summary.id)),
        )
        for summary in service.list_families()
    ]


def add_family(workspace: Workspace, name: str) -> object:
    family = workspace.service.create_family(
        display_name=name,
        municipality=Municipality("GM0153", "Enschede"),
        start_date=date(2019, 3, 1),
    )
    workspace.service.add_person(family.id, given_name=f"{name} child", birth_date=date(2012, 5, 1))
    workspace.service.record_visit(
        family.id, started_at=START, duration_minutes=45, notes=f"notes about {name}"
    )
    return family


@pytest.fixture
def org_keys() -> tuple[bytes, bytes]:
    return generate_org_keypair(None)


@pytest.fixture
def laptop(tmp_path: Path, org_keys: tuple[bytes, bytes]) -> tuple[Workspace, str, Path]:
    """(unlocked workspace with two families and a second folder, recovery code, stick)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    workspace = Workspace(
        DataFolder(tmp_path / "laptop"),
        kdf=KdfParams(),
        org_public_key_pem=org_keys[1],
        second_backup_folder=stick,
    )
    code = workspace.create(PASSPHRASE)
    add_family(workspace, "Yilmaz")
    add_family(workspace, "Demir")
    yield workspace, code, stick
    workspace.close()


def test_each_backup_is_copied_to_the_second_folder_with_the_same_rotation(
    laptop: tuple[Workspace, str, Path],
) -> None:
    workspace, _, stick = laptop
    made = KEEP_NEWEST + 4
    for week in range(made):
        workspace.backup_now(START - timedelta(weeks=made - week))
    second = workspace.second_backup_set()
    assert second is not None
    assert second.parent == stick
    local = [b.name for b in workspace.list_backups()]
    copied = [b.name for b in list_backups_in(second)]
    assert copied == local
    assert KEEP_NEWEST <= len(local) < made  # rotated alike in both folders
    assert (second / local[0]).read_bytes() == (workspace.folder.backups / local[0]).read_bytes()
    assert [p.name for p in second.iterdir() if p.name.endswith(".tmp")] == []


def test_a_missing_stick_keeps_the_local_backup_and_catches_up_later(
    laptop: tuple[Workspace, str, Path],
) -> None:
    workspace, _, stick = laptop
    stick.rename(stick.with_name("unplugged"))
    with pytest.raises(SecondCopyFailed) as caught:
        workspace.backup_now(START)
    assert isinstance(caught.value.cause, FolderMissing)
    assert caught.value.cause.folder == stick
    assert [b.name for b in workspace.list_backups()] == [caught.value.backup.name]
    stick.with_name("unplugged").rename(stick)  # plugged in again
    assert workspace.backup_if_due(START + timedelta(hours=1)) is None  # not due: catch up only
    assert [b.name for b in workspace.list_second_backups()] == [caught.value.backup.name]


def test_a_backup_carries_the_recovery_and_organisation_slots_but_never_the_passphrase(
    laptop: tuple[Workspace, str, Path],
) -> None:
    workspace, _, _ = laptop
    info = workspace.backup_now(START)
    slots = read_key_slots(info.path).decode("ascii")
    assert '"recovery"' in slots
    assert '"organisation"' in slots
    assert "passphrase" not in slots
    assert "argon2id" not in slots


@pytest.mark.parametrize("how", ["recovery code", "organisation key"])
def test_the_second_folder_restores_on_a_new_laptop(
    laptop: tuple[Workspace, str, Path], org_keys: tuple[bytes, bytes], tmp_path: Path, how: str
) -> None:
    workspace, code, stick = laptop
    workspace.backup_now(START)
    expected = content(workspace)
    workspace.close()
    # The laptop is stolen: only the stick is left.
    backup = next(stick.glob("CoachCompanion-backups-*/*.backup"))
    fresh = DataFolder(tmp_path / "new-laptop")
    if how == "recovery code":
        typed = code.lower().replace("-", " ")
        restored = Workspace.restore_on_new_laptop(
            fresh, backup, NEW_PASSPHRASE, recovery_code=typed, kdf=KdfParams()
        )
    else:
        restored = Workspace.restore_on_new_laptop(
            fresh, backup, NEW_PASSPHRASE, org_private_key_pem=org_keys[0], kdf=KdfParams()
        )
    try:
        assert content(restored) == expected
    finally:
        restored.close()
    # From now on the new passphrase opens it; the same recovery code and key still work.
    again = Workspace(fresh, kdf=KdfParams())
    with pytest.raises(WrongPassphrase):
        again.unlock(PASSPHRASE)
    again.unlock(NEW_PASSPHRASE)
    assert content(again) == expected
    again.lock()
    again.unlock_with_recovery_code(code)
    again.close()


def test_a_restore_into_a_folder_another_process_holds_is_refused(
    laptop: tuple[Workspace, str, Path], tmp_path: Path
) -> None:
    workspace, code, _ = laptop
    info = workspace.backup_now(START)
    fresh = DataFolder(tmp_path / "new-laptop")
    holder = start_holder(fresh)
    try:
        with pytest.raises(FolderInUse):
            Workspace.restore_on_new_laptop(
                fresh, info.path, NEW_PASSPHRASE, recovery_code=code, kdf=KdfParams()
            )
    finally:
        stop_holder(holder)
    assert sorted(p.name for p in fresh.root.iterdir()) == ["coach.lock"]


def test_a_restore_on_the_laptop_the_app_holds_is_refused(
    laptop: tuple[Workspace, str, Path],
) -> None:
    workspace, code, _ = laptop
    info = workspace.backup_now(START)
    with pytest.raises(FolderInUse):
        Workspace.restore_on_new_laptop(
            workspace.folder, info.path, NEW_PASSPHRASE, recovery_code=code, kdf=KdfParams()
        )


def test_a_restore_never_replaces_existing_data(
    laptop: tuple[Workspace, str, Path], tmp_path: Path
) -> None:
    workspace, code, _ = laptop
    info = workspace.backup_now(START)
    other = Workspace(DataFolder(tmp_path / "other"), kdf=KdfParams())
    other.create("another coach's passphrase")
    other.close()
    with pytest.raises(VaultExists):
        Workspace.restore_on_new_laptop(
            other.folder, info.path, NEW_PASSPHRASE, recovery_code=code, kdf=KdfParams()
        )


def test_wrong_codes_and_keys_leave_the_new_folder_empty_and_back_off(
    laptop: tuple[Workspace, str, Path], tmp_path: Path
) -> None:
    workspace, code, _ = laptop
    info = workspace.backup_now(START)
    fresh = DataFolder(tmp_path / "new-laptop")
    other_code = Workspace(DataFolder(tmp_path / "x"), kdf=KdfParams()).create("x" * 12)
    clock = [1000.0]
    backoff = UnlockBackoff(clock=lambda: clock[0])
    for _ in range(3):
        with pytest.raises(WrongRecoveryCode):
            Workspace.restore_on_new_laptop(
                fresh,
                info.path,
                NEW_PASSPHRASE,
                recovery_code=other_code,
                kdf=KdfParams(),
                recovery_backoff=backoff,
            )
    with pytest.raises(TooManyAttempts):
        Workspace.restore_on_new_laptop(
            fresh, info.path, NEW_PASSPHRASE, recovery_code=code, recovery_backoff=backoff
        )
    with pytest.raises(InvalidOrgKey):
        Workspace.restore_on_new_laptop(
            fresh, info.path, NEW_PASSPHRASE, org_private_key_pem=generate_org_keypair(None)[0]
        )
    assert sorted(p.name for p in fresh.root.iterdir()) == ["coach.lock"]


def test_a_damaged_backup_is_refused_and_leaves_nothing(
    laptop: tuple[Workspace, str, Path], tmp_path: Path
) -> None:
    workspace, code, _ = laptop
    info = workspace.backup_now(START)
    damaged = tmp_path / "damaged.backup"
    data = bytearray(info.path.read_bytes())
    data[-100] ^= 1
    damaged.write_bytes(bytes(data))
    fresh = DataFolder(tmp_path / "new-laptop")
    with pytest.raises(BackupCorrupt):
        Workspace.restore_on_new_laptop(
            fresh, damaged, NEW_PASSPHRASE, recovery_code=code, kdf=KdfParams()
        )
    assert [p.name for p in fresh.root.iterdir() if p.suffix in (".db", ".json")] == []


def test_after_an_erasure_the_backups_holding_the_family_are_replaced(
    laptop: tuple[Workspace, str, Path], tmp_path: Path
) -> None:
    workspace, code, _stick = laptop
    for day in range(3):
        workspace.backup_now(datetime.now(UTC) + timedelta(seconds=day + 1))
    family = workspace.service.list_families()[0]
    holding = workspace.backups_holding(family.id)
    assert len({b.name for b in holding}) == 3  # here and on the stick
    outcome = workspace.erase_family(family.id, datetime.now(UTC) + timedelta(seconds=10))
    assert sorted(outcome.held) == sorted({b.name for b in holding})
    assert sorted(outcome.removed) == sorted(outcome.held)
    assert outcome.second_folder_pending is None
    assert [b.name for b in workspace.list_backups()] == [outcome.fresh.name]
    assert [b.name for b in workspace.list_second_backups()] == [outcome.fresh.name]
    # The fresh backup no longer holds the family.
    workspace.close()
    restored = Workspace.restore_on_new_laptop(
        DataFolder(tmp_path / "check"),
        outcome.fresh.path,
        NEW_PASSPHRASE,
        recovery_code=code,
        kdf=KdfParams(),
    )
    try:
        assert family.id not in {f.id for f in restored.service.list_families()}
        assert len(restored.service.list_families()) == 1
    finally:
        restored.close()


def test_an_unplugged_stick_loses_the_erased_backups_when_it_comes_back(
    laptop: tuple[Workspace, str, Path],
) -> None:
    workspace, _, stick = laptop
    workspace.backup_now(datetime.now(UTC) + timedelta(seconds=1))
    second = workspace.second_backup_set()
    assert second is not None
    held = [b.name for b in list_backups_in(second)]
    family = workspace.service.list_families()[0]
    stick.rename(stick.with_name("unplugged"))
    outcome = workspace.erase_family(family.id, datetime.now(UTC) + timedelta(seconds=5))
    assert isinstance(outcome.second_folder_pending, FolderMissing)
    stick.with_name("unplugged").rename(stick)
    assert [b.name for b in list_backups_in(second)] == held  # still there, until ...
    workspace.backup_if_due(datetime.now(UTC) + timedelta(seconds=6))  # ... the next visit
    assert [b.name for b in list_backups_in(second)] == [outcome.fresh.name]


def test_a_rekey_makes_a_fresh_backup_and_removes_the_old_key_s_backups(
    laptop: tuple[Workspace, str, Path], tmp_path: Path
) -> None:
    workspace, old_code, _stick = laptop
    workspace.backup_now(datetime.now(UTC) + timedelta(seconds=1))
    old_set = workspace.second_backup_set()
    expected = content(workspace)
    new_code = workspace.rekey(PASSPHRASE, datetime.now(UTC) + timedelta(seconds=5))
    assert new_code != old_code
    backups = workspace.list_backups()
    assert len(backups) == 1
    new_set = workspace.second_backup_set()
    assert new_set != old_set
    assert [b.name for b in list_backups_in(new_set)] == [backups[0].name]
    assert old_set is not None
    assert list_backups_in(old_set) == []
    assert content(workspace) == expected
    workspace.close()
    restored = Workspace.restore_on_new_laptop(
        DataFolder(tmp_path / "check"),
        backups[0].path,
        NEW_PASSPHRASE,
        recovery_code=new_code,
        kdf=KdfParams(),
    )
    try:
        assert content(restored) == expected
    finally:
        restored.close()
    with pytest.raises(WrongRecoveryCode):
        Workspace(workspace.folder).unlock_with_recovery_code(old_code)
