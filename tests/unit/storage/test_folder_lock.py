"""One app per data folder: a second process is refused; a crashed holder blocks nobody."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import FolderInUse, FolderLock
from coach_app.workspace import Workspace
from tests.holders import start_holder, stop_holder

PASSPHRASE = "a quiet kitchen table"


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    folder = DataFolder(tmp_path / "data")
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create(PASSPHRASE)
    workspace.lock()
    return folder


def test_two_locks_on_one_folder_exclude_each_other(tmp_path: Path) -> None:
    first, second = FolderLock(tmp_path), FolderLock(tmp_path)
    first.acquire()
    first.acquire()  # again: no-op
    with pytest.raises(FolderInUse):
        second.acquire()
    first.release()
    with second:
        assert second.held
        with pytest.raises(FolderInUse):
            first.acquire()
    assert not second.held
    first.acquire()
    first.release()


def test_a_second_process_is_refused_until_the_first_lets_go(folder: DataFolder) -> None:
    holder = start_holder(folder, "unlock", PASSPHRASE)
    try:
        other = Workspace(folder, kdf=KdfParams())
        with pytest.raises(FolderInUse):
            other.claim()
        with pytest.raises(FolderInUse):  # refused before the passphrase is even tried
            other.unlock("not even the right passphrase")
        assert not other.is_unlocked
    finally:
        stop_holder(holder)
    again = Workspace(folder, kdf=KdfParams())
    again.unlock(PASSPHRASE)
    again.close()


def test_a_holder_killed_with_sigkill_leaves_no_stale_lock(folder: DataFolder) -> None:
    holder = start_holder(folder, "unlock", PASSPHRASE)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert holder.stdout is not None
    holder.stdout.close()
    assert holder.stdin is not None
    holder.stdin.close()
    assert (folder.root / "coach.lock").exists()  # the file stays; the lock went with the process
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.claim()
    workspace.unlock(PASSPHRASE)
    assert workspace.service.list_families() == []
    workspace.close()


def test_unclaimed_workspaces_hold_the_folder_only_while_unlocked(folder: DataFolder) -> None:
    first = Workspace(folder, kdf=KdfParams())
    second = Workspace(folder, kdf=KdfParams())
    first.unlock(PASSPHRASE)
    assert first.holds_folder
    with pytest.raises(FolderInUse):
        second.unlock(PASSPHRASE)
    first.lock()
    assert not first.holds_folder
    second.unlock(PASSPHRASE)
    second.lock()


def test_a_claimed_workspace_keeps_the_folder_while_locked(folder: DataFolder) -> None:
    app = Workspace(folder, kdf=KdfParams())
    app.claim()
    app.unlock(PASSPHRASE)
    app.lock()
    assert app.holds_folder
    with pytest.raises(FolderInUse):
        FolderLock(folder.root).acquire()
    app.close()
    assert not app.holds_folder
    FolderLock(folder.root).acquire()


def test_a_wrong_passphrase_lets_go_of_an_unclaimed_folder(folder: DataFolder) -> None:
    from coach_app.security import WrongPassphrase

    workspace = Workspace(folder, kdf=KdfParams())
    with pytest.raises(WrongPassphrase):
        workspace.unlock("not the passphrase at all")
    assert not workspace.holds_folder


def test_it_recovery_is_refused_while_the_app_holds_the_folder(
    folder: DataFolder, tmp_path: Path
) -> None:
    from coach_app.admin import AdminError, recover

    key = tmp_path / "org.pem"
    key.write_text("not needed: refused before it is read\n")
    holder = start_holder(folder)
    try:
        with pytest.raises(AdminError, match="close it first"):
            recover(folder.root, key, reader=lambda prompt: "never asked")
    finally:
        stop_holder(holder)
