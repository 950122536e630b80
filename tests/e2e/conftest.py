from __future__ import annotations

from pathlib import Path

import pytest

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.workspace import Workspace

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "data")


@pytest.fixture
def workspace(folder: DataFolder) -> Workspace:
    ws = Workspace(folder, kdf=KdfParams())
    ws.create(PASSPHRASE)
    yield ws
    ws.lock()
