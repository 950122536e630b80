"""A save's refusal under a field goes once the coach corrects the field: found by a new coach,
for whom the goal editor's "Enter a short title for the goal." stayed after a title was typed.
The other fields' refusals stay until those are changed, and a text limit is still said while
typing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coach_app.domain.entities import MAX_NAME
from coach_app.paths import DataFolder
from coach_app.ui.main_window import MainWindow
from tests.qt.editor_openers import new_family, new_goal, new_person
from tests.qt.helpers import child, make_window, unlock

LEFT = Qt.MouseButton.LeftButton


EDITORS: dict[str, tuple[Callable[[MainWindow], QWidget], str, str]] = {
    "family": (new_family, "family", "display_name"),
    "person": (new_person, "person", "given_name"),
    "goal": (new_goal, "goal", "title"),
}


@pytest.mark.parametrize("editor", list(EDITORS))
def test_a_refused_field_s_error_goes_once_the_field_is_typed_in(
    qtbot: QtBot, filled_folder: DataFolder, editor: str
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    opener, area, field_name = EDITORS[editor]
    dialog = opener(window)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    qtbot.mouseClick(child(dialog, QPushButton, f"{area}.save"), LEFT)
    error = child(dialog, QLabel, f"{area}.{field_name}_error")
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert error.text()

    field = child(dialog, QLineEdit, f"{area}.{field_name}")
    qtbot.keyClicks(field, "Aa")

    assert not error.isVisible()
    assert error.text() == ""

    # Refused again, then typed past the limit: the limit is said while typing, not hidden.
    field.clear()
    qtbot.mouseClick(child(dialog, QPushButton, f"{area}.save"), LEFT)
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    field.insert("x" * (MAX_NAME + 3))
    assert error.isVisible()
    assert "3" in error.text()
    dialog.discard()  # type: ignore[attr-defined]
    window.lock()


def test_a_text_limit_is_still_said_while_typing(qtbot: QtBot, filled_folder: DataFolder) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    dialog = new_goal(window)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    title = child(dialog, QLineEdit, "goal.title")
    title.insert("x" * (MAX_NAME + 3))
    error = child(dialog, QLabel, "goal.title_error")
    assert "3" in error.text()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert "2" in error.text()
    assert error.isVisible()
    title.setText("Short title")
    assert not error.isVisible()
    dialog.discard()  # type: ignore[attr-defined]
    window.lock()
