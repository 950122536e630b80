from __future__ import annotations

from pathlib import Path

import pytest

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.workspace import Workspace

PASSPHRASE = "a quiet kitchen table"


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "data")


@pytest.fixture
def filled_folder(folder: DataFolder) -> DataFolder:
    from tests.canaries import seed_family

    ws = Workspace(folder, kdf=KdfParams())
    ws.create(PASSPHRASE)
    seed_family(ws.service, "One")
    seed_family(ws.service, "Two")
    ws.lock()
    return folder
