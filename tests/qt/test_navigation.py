"""Menus, keyboard shortcuts and the sidebar, as a coach uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.ui.main_window import MainWindow
from coach_app.workspace import Workspace
from tests.qt.conftest import PASSPHRASE
from tests.qt.helpers import child, make_window, open_dialog, unlock

LEFT = Qt.MouseButton.LeftButton


def open_first_family(qtbot: QtBot, window: MainWindow) -> None:
    window.events.family_opened.emit(window.families_page.model.family_at(0).id)
    qtbot.waitUntil(lambda: window.family_page.dossier is not None, timeout=10_000)


def test_the_menu_bar_has_file_view_and_help(qtbot: QtBot, filled_folder: DataFolder) -> None:
    window = make_window(qtbot, filled_folder)
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles == ["File", "View", "Help"]
    help_items = [a.objectName() for a in window.menus.help_menu.actions() if a.objectName()]
    assert help_items == ["help.guide", "help.shortcuts", "help.about"]
    # Locked: only Help (and Quit) work; nothing reaches the families.
    assert not window.menus.lock.isEnabled()
    assert not window.menus.new_family.isEnabled()
    assert window.menus.guide.isEnabled()
    unlock(qtbot, window)
    assert window.menus.lock.isEnabled()


def test_ctrl_n_is_a_new_visit_on_a_family_page_and_a_new_family_elsewhere(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    new = QKeySequence("Ctrl+N")
    assert window.menus.new_family.shortcut() == new
    assert window.menus.new_visit.shortcut().isEmpty()
    assert not window.menus.new_visit.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, window, "family.dialog")
    dialog.reject()

    open_first_family(qtbot, window)
    window.activateWindow()  # the dialog gave the focus back
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    assert window.menus.new_visit.shortcut() == new
    assert window.menus.new_family.shortcut().isEmpty()
    requested: list[object] = []
    window.events.visit_requested.connect(lambda family, visit: requested.append((family, visit)))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert requested == [(window.family_page.family_id, None)]
    editor = open_dialog(qtbot, window, "visit.editor")
    window.operations.wait()
    editor.close()


def test_ctrl_f_finds_and_ctrl_l_locks(qtbot: QtBot, filled_folder: DataFolder) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    window.show_page("settings")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.families_page
    search = child(window, QLineEdit, "families.search")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.workspace.is_unlocked


def test_families_in_the_sidebar_leads_back_from_a_family_page(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    open_first_family(qtbot, window)
    nav = child(window, QListWidget, "nav.list")
    assert nav.currentItem().text() == "Families"  # the family belongs to Families
    rect = nav.visualItemRect(nav.currentItem())
    qtbot.mouseClick(nav.viewport(), LEFT, pos=rect.center())
    assert window.current_page() is window.families_page
    # A click on the section already shown changes nothing (and reloads nothing).
    qtbot.mouseClick(nav.viewport(), LEFT, pos=rect.center())
    assert window.current_page() is window.families_page


def test_the_shortcuts_list_and_about(qtbot: QtBot, filled_folder: DataFolder) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    window.menus.shortcuts.trigger()
    dialog = open_dialog(qtbot, window, "help.shortcuts")
    keys = {row[1] for row in dialog.rows()}  # type: ignore[attr-defined]
    native = QKeySequence.SequenceFormat.NativeText
    for shortcut in ("Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+S"):
        assert QKeySequence(shortcut).toString(native) in keys
    dialog.reject()


def test_an_empty_families_list_says_how_to_start(qtbot: QtBot, folder: DataFolder) -> None:
    Workspace(folder, kdf=KdfParams()).create(PASSPHRASE)
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    hint = child(window, QLabel, "families.empty")
    assert hint.isVisible()
    assert "New family" in hint.text()
    child(window, QLineEdit, "families.search").setText("nobody")
    assert hint.isVisible()


def test_the_lock_button_in_the_sidebar_locks(qtbot: QtBot, filled_folder: DataFolder) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    qtbot.mouseClick(child(window, QPushButton, "nav.lock"), LEFT)
    assert not window.workspace.is_unlocked
    assert window.stack.currentWidget() is window.unlock_page


def test_ctrl_l_locks_from_an_open_visit_editor(qtbot: QtBot, filled_folder: DataFolder) -> None:
    """Found trying the app: with the visit editor (a window of its own) in front, Ctrl+L did
    nothing, so a coach who locks before walking away left the notes on screen."""
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    family_id = window.workspace.service.list_families()[0].id
    window.events.visit_requested.emit(family_id, None)
    editor = open_dialog(qtbot, window, "visit.editor")
    window.operations.wait()
    notes = editor.findChild(QPlainTextEdit, "visit.notes")
    assert notes is not None
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2_000)
    qtbot.keyClicks(notes, "Kanarie typed before locking")
    qtbot.keyClick(notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.workspace.is_unlocked
    assert not editor.isVisible()
