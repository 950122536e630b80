"""No permission, for real: the app run as an account that may not write the data folder (or
its database file), as happens when IT copied a coach's folder as another user. The error is
``NoPermission`` naming the folder, the coach's message says so in words (not "damaged", not
"read-only drive"), and the data afterwards is intact and unchanged, byte for byte."""

from __future__ import annotations

import hashlib
import json
import textwrap
from datetime import date
from pathlib import Path

import pytest

from coach_app.domain import Municipality
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import check_integrity
from coach_app.workspace import Workspace
from tests.unprivileged import run_as_nobody, world_readable_folder

PASSPHRASE = "a quiet kitchen table"

# As the other account: unlock, then (if that worked) save a family; report what happened.
ATTEMPT = textwrap.dedent(
    """
    import json, sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from coach_app.domain import Municipality
    from coach_app.paths import DataFolder
    from coach_app.security import KdfParams
    from coach_app.ui.messages import for_error
    from coach_app.workspace import Workspace

    app = QCoreApplication([])
    workspace = Workspace(DataFolder(Path(sys.argv[1])), kdf=KdfParams())
    step = "unlock"
    try:
        workspace.unlock(sys.argv[2])
        step = "save"
        workspace.service.create_family(
            display_name="Written by the wrong account",
            municipality=Municipality("GM0153", "Enschede"),
            start_date=date(2020, 1, 1),
        )
        step = "done"
    except Exception as exc:
        print(json.dumps({
            "step": step,
            "cause": type(exc).__name__,
            "folder": str(getattr(exc, "folder", "")),
            "message": for_error(exc),
        }))
    else:
        print(json.dumps({"step": step}))
    finally:
        workspace.close()
    """
)


def make_data_folder(root: Path) -> DataFolder:
    folder = DataFolder(root / "data")
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create(PASSPHRASE)
    workspace.service.create_family(
        display_name="Yilmaz",
        municipality=Municipality("GM0153", "Enschede"),
        start_date=date(2019, 3, 1),
    )
    workspace.close()
    for path in [folder.root, *folder.root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # readable by all, written by root only
    return folder


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def attempt_as_nobody(folder: DataFolder) -> dict[str, str]:
    result = run_as_nobody(ATTEMPT, str(folder.root), PASSPHRASE)
    assert result.returncode == 0, result.stderr
    report: dict[str, str] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def assert_intact(folder: DataFolder, before: dict[str, str]) -> None:
    assert digests(folder.root) == before
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.unlock(PASSPHRASE)
    try:
        assert [f.display_name for f in workspace.service.list_families()] == ["Yilmaz"]
        assert check_integrity(workspace.engine) == []
    finally:
        workspace.close()


@pytest.mark.slow
def test_a_data_folder_of_another_account_is_refused_by_its_cause() -> None:
    with world_readable_folder() as root:
        folder = make_data_folder(root)
        before = digests(folder.root)

        report = attempt_as_nobody(folder)

        assert report["step"] == "unlock"
        assert report["cause"] == "NoPermission"
        assert report["folder"] == str(folder.root)
        assert report["message"].startswith(f"Your account may not write to {folder.root}.")
        assert "damaged" not in report["message"]
        assert "read-only" not in report["message"]
        assert_intact(folder, before)


@pytest.mark.slow
def test_a_database_file_of_another_account_refuses_the_save_by_its_cause() -> None:
    """The folder and the lock may be written, the database file may only be read: refused at
    unlock, by its cause (SQLite would open such a file read-only without a word, and the coach
    would learn it only when a visit, or its draft, could not be saved)."""
    with world_readable_folder() as root:
        folder = make_data_folder(root)
        folder.root.chmod(0o777)
        (folder.root / "coach.lock").chmod(0o666)
        before = digests(folder.root)

        report = attempt_as_nobody(folder)

        assert report["step"] == "unlock", report
        assert report["cause"] == "NoPermission"
        assert report["folder"] == str(folder.root)
        assert report["message"].startswith(f"Your account may not write to {folder.root}.")
        assert not (folder.root / "coach.db-wal").exists()  # SQLite never opened it
        assert_intact(folder, before)
