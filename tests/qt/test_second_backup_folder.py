"""Settings: choosing a second folder copies every backup there at once; stopping stops it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.storage.backups import list_backups_in
from tests.qt.helpers import child, make_window, unlock


def test_choosing_a_second_folder_copies_the_backups(
    qtbot: QtBot, filled_folder: DataFolder, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    window.show_page("settings")
    box = window.settings_page.backups_box
    text = child(window, QLabel, "settings.second_folder")
    assert "only on this laptop" in text.text()
    assert child(window, QPushButton, "settings.stop_second_folder").isHidden()

    stick = tmp_path / "stick"
    stick.mkdir()
    box.set_second_folder(stick)
    assert str(stick) in text.text()
    qtbot.waitUntil(
        lambda: list(stick.glob("CoachCompanion-backups-*/*.backup")) != [], timeout=20_000
    )
    second = window.workspace.second_backup_set()
    assert second is not None
    assert [b.name for b in list_backups_in(second)] == [
        b.name for b in window.workspace.list_backups()
    ]
    qtbot.waitUntil(
        lambda: "Backup made" in child(window, QLabel, "settings.backup_message").text(),
        timeout=20_000,
    )
    box.set_second_folder(None)
    assert window.workspace.second_backup_folder is None
    assert "only on this laptop" in text.text()
    window.lock()
