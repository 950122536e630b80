"""Top-level windows fit 1366x768 and 1280x720 laptops with a taskbar and remember their size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coach_app.deployment import Deployment
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.ui.context import UiContext, UiEvents
from coach_app.ui.main_window import MainWindow
from coach_app.ui.preferences import WINDOW_GEOMETRY, Preferences
from coach_app.ui.tasks import Operations
from coach_app.ui.window_size import (
    FRAME,
    LAPTOP_SCREENS,
    TASKBAR_PX,
    initial_size,
    usable_area,
)
from coach_app.workspace import Workspace
from tests.qt.helpers import make_window, unlock


@pytest.mark.parametrize("screen", LAPTOP_SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_a_large_preferred_size_shrinks_to_the_screen_above_the_taskbar(screen: QSize) -> None:
    available = QRect(0, 0, screen.width(), screen.height() - TASKBAR_PX)
    size = initial_size(QSize(1600, 1000), available)
    assert size == usable_area(screen)
    assert size.height() + FRAME.height() + TASKBAR_PX == screen.height()
    assert initial_size(QSize(600, 400), available) == QSize(600, 400)  # small ones stay


def too_big(widget: QWidget) -> list[str]:
    hint = widget.minimumSizeHint()
    problems = []
    for screen in LAPTOP_SCREENS:
        room = usable_area(screen)
        if hint.width() > room.width() or hint.height() > room.height():
            problems.append(
                f"needs {hint.width()}x{hint.height()}; {screen.width()}x{screen.height()} "
                f"leaves {room.width()}x{room.height()}"
            )
    return problems


def test_the_main_window_fits_on_every_screen_it_shows(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() - FRAME.width()
    assert window.height() <= available.height() - FRAME.height()
    problems = [f"unlock: {p}" for p in too_big(window)]
    unlock(qtbot, window)
    for key in ("today", "families", "sync", "settings"):
        window.show_page(key)
        problems += [f"{key}: {p}" for p in too_big(window)]
    window.events.family_opened.emit(window.families_page.model.family_at(0).id)
    qtbot.waitUntil(lambda: window.family_page.dossier is not None, timeout=10_000)
    for index in range(window.family_page.tabs.count()):
        window.family_page.tabs.setCurrentIndex(index)
        problems += [f"family tab {index}: {p}" for p in too_big(window)]
    assert problems == []


def test_the_main_window_comes_back_at_the_size_it_was_closed(qtbot: QtBot, tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "data")
    preferences = Preferences(tmp_path / "settings.ini")

    def window() -> MainWindow:
        context = UiContext(
            workspace=Workspace(folder, kdf=KdfParams()),
            operations=Operations(),
            deployment=Deployment(),
            preferences=preferences,
            events=UiEvents(),
            language="en",
        )
        made = MainWindow(context, auto_lock_minutes=5)
        qtbot.addWidget(made)
        return made

    first = window()
    first.show()
    first.resize(1000, 640)
    closed_at = (first.width(), first.height())
    assert closed_at[0] == 1000
    first.close()
    assert preferences.get(WINDOW_GEOMETRY)
    second = window()
    assert (second.width(), second.height()) == closed_at
