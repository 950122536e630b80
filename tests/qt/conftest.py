from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.ui.main_window import MainWindow
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


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """The main window on a new, empty data folder, unlocked (a test file may define its own)."""
    from tests.qt.helpers import make_window, unlock

    folder = DataFolder(tmp_path / "data")
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create(PASSPHRASE)
    workspace.lock()
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    return window


@pytest.fixture(scope="session", autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    """Every Qt test runs as the app runs in English: with the English translation (plural
    forms), the stylesheet and the icons (built first when missing)."""
    from coach_app.i18n import TranslatorHolder, build, translations_dir
    from coach_app.ui import resources, resources_build

    if not (resources.resources_dir() / resources.RCC_NAME).is_file():
        resources_build.build(resources.resources_dir())
    assert resources.apply_theme(qapp)
    if not (translations_dir() / "coach_en.qm").is_file():
        build.release()
    english = TranslatorHolder()
    assert english.install(qapp, "en")
    yield
    english.remove(qapp)


@pytest.fixture(autouse=True)
def default_locale() -> Iterator[None]:
    """Each test leaves the default locale (date formats, month names) as it found it: a test
    that switches the app to Turkish must not make a later test type Turkish dates."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)
