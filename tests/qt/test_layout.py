"""No squashed field and no clipped text on any coach screen, at both laptop sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.ui.window_size import LAPTOP_SCREENS, usable_area
from tests.qt.helpers import child, make_window, open_dialog, unlock
from tests.qt.layout_checks import clipped_badges, clipped_headers, squashed

SIZES = [usable_area(screen) for screen in LAPTOP_SCREENS]


def _ids(size: QSize) -> str:
    return f"{size.width()}x{size.height()}"


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_first_run_fields_have_their_full_height(
    qtbot: QtBot, folder: DataFolder, size: QSize
) -> None:
    window = make_window(qtbot, folder)
    window.resize(size)
    assert window.stack.currentWidget() is window.setup_page
    assert squashed(window.setup_page) == []
    passphrase = child(window, QLineEdit, "setup.passphrase")
    assert passphrase.height() >= passphrase.sizeHint().height()
    qtbot.keyClicks(passphrase, "short")
    qtbot.mouseClick(child(window, QPushButton, "setup.create"), Qt.MouseButton.LeftButton)
    assert child(window, QLabel, "setup.error").text()
    assert squashed(window.setup_page) == []


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_the_unlock_error_is_never_clipped(
    qtbot: QtBot, filled_folder: DataFolder, size: QSize
) -> None:
    window = make_window(qtbot, filled_folder)
    window.resize(size)
    error = child(window, QLabel, "unlock.error")
    window.unlock_page.show_error(
        "That passphrase is not right. Check Caps Lock and try again, slowly, word by word."
    )
    assert squashed(window.unlock_page) == []
    assert error.height() >= error.heightForWidth(error.width())


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_main_screens_have_no_squashed_field(
    qtbot: QtBot, filled_folder: DataFolder, size: QSize
) -> None:
    window = make_window(qtbot, filled_folder)
    window.resize(size)
    unlock(qtbot, window)
    problems: list[str] = []

    def check(name: str, screen: QWidget) -> None:
        window.operations.wait()
        problems.extend(f"{name}: {p}" for p in squashed(screen))
        problems.extend(f"{name}: {p}" for p in clipped_headers(screen))
        problems.extend(f"{name}: {p}" for p in clipped_badges(screen))

    for key in ("today", "families", "sync", "settings"):
        window.show_page(key)
        check(key, window)
    window.events.family_opened.emit(window.families_page.model.family_at(0).id)
    qtbot.waitUntil(lambda: window.family_page.dossier is not None, timeout=10_000)
    for index in range(window.family_page.tabs.count()):
        window.family_page.tabs.setCurrentIndex(index)
        check(f"family tab {index}", window)
    window.events.visit_requested.emit(window.family_page.family_id, None)
    editor = open_dialog(qtbot, window, "visit.editor")
    check("visit editor", editor)
    editor.close()
    assert problems == [], "\n".join(problems)
