from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

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


@pytest.fixture(scope="session", autouse=True)
def themed(qapp: QApplication) -> None:
    """Every Qt test runs with the app's stylesheet and icons, as coaches see it (built from
    resources/ first when missing)."""
    from coach_app.ui import resources, resources_build

    if not (resources.resources_dir() / resources.RCC_NAME).is_file():
        resources_build.build(resources.resources_dir())
    assert resources.apply_theme(qapp)
