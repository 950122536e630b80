"""Ctrl+L (lock, as the user guide says) works with any editor dialog in front and the focus in
one of its text fields, not only in the visit editor: found by a new coach, for whom Ctrl+L did
nothing in the goal and family editors (modal dialogs, which kept the main window's application
shortcut from matching). What was typed comes back as a draft after unlocking."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.ui.main_window import MainWindow
from tests.qt.editor_openers import (
    edit_family,
    edit_goal,
    new_family,
    new_goal,
    new_person,
    restored_editor,
)
from tests.qt.helpers import child, make_window, unlock

TYPED = "KanarieLockKeyZq7w"
CTRL = Qt.KeyboardModifier.ControlModifier


EDITORS: dict[str, tuple[Callable[[MainWindow], QWidget], str]] = {
    "edit family": (edit_family, "family.display_name"),
    "new family": (new_family, "family.display_name"),
    "person": (new_person, "person.given_name"),
    "new goal": (new_goal, "goal.title"),
    "edit goal": (edit_goal, "goal.title"),
}


@pytest.mark.parametrize("editor", list(EDITORS))
def test_ctrl_l_in_an_editor_s_text_field_locks_and_keeps_the_draft(
    qtbot: QtBot, filled_folder: DataFolder, editor: str
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    opener, field_name = EDITORS[editor]
    dialog = opener(window)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    field = child(dialog, QLineEdit, field_name)
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, TYPED)

    qtbot.keyClick(field, Qt.Key.Key_L, CTRL)

    assert not window.workspace.is_unlocked
    assert window.stack.currentWidget() is window.unlock_page
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []

    unlock(qtbot, window)
    restored = restored_editor(qtbot, window)
    assert child(restored, QLineEdit, field_name).text() == TYPED
    restored.discard()
    qtbot.waitUntil(lambda: window.workspace.drafts.list_form_drafts() == [], timeout=20_000)
    window.lock()


def test_ctrl_l_locks_from_the_handover_dialog(qtbot: QtBot, filled_folder: DataFolder) -> None:
    """The other modal form of the coach's screens (hand a family over) locks the same way."""
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    summary = window.workspace.service.list_families()[0]
    window.events.handover_requested.emit(summary.id, "Family")
    dialog = window.findChild(QDialog, "handover.dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    focus = dialog.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_L, CTRL)
    assert not window.workspace.is_unlocked
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []


def test_ctrl_l_locks_while_an_editor_asks_about_unsaved_changes(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    """Escape with text typed asks "Keep editing / Discard" (a modal box over the editor):
    Ctrl+L there locks too, and the text comes back as a draft."""
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    dialog = new_goal(window)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    field = child(dialog, QLineEdit, "goal.title")
    qtbot.keyClicks(field, TYPED)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    boxes: list[QMessageBox] = []

    def asked() -> bool:
        boxes[:] = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
        return len(boxes) == 1

    qtbot.waitUntil(asked, timeout=10_000)
    boxes[0].activateWindow()
    qtbot.waitUntil(boxes[0].isActiveWindow, timeout=2_000)
    qtbot.keyClick(boxes[0].focusWidget() or boxes[0], Qt.Key.Key_L, CTRL)

    assert not window.workspace.is_unlocked
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []
    unlock(qtbot, window)
    restored = restored_editor(qtbot, window)
    assert child(restored, QLineEdit, "goal.title").text() == TYPED
    restored.discard()
    qtbot.waitUntil(lambda: window.workspace.drafts.list_form_drafts() == [], timeout=20_000)
    window.lock()


def test_ctrl_l_locks_from_the_keyboard_shortcuts_dialog(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    window.show_shortcuts()
    dialog = window.findChild(QDialog, "help.shortcuts")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_L, CTRL)
    assert not window.workspace.is_unlocked
