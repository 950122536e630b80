"""The window driven by object names: first run, unlock, list, lock, idle auto-lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.workspace import Workspace
from tests.canaries import canary
from tests.qt.conftest import PASSPHRASE
from tests.qt.helpers import child, make_window, unlock


def test_first_run_sets_up_the_vault_and_shows_the_recovery_code(
    qtbot: QtBot, folder: DataFolder
) -> None:
    window = make_window(qtbot, folder)
    assert window.stack.currentWidget() is window.setup_page
    qtbot.keyClicks(child(window, QLineEdit, "setup.passphrase"), "short")
    qtbot.mouseClick(child(window, QPushButton, "setup.create"), Qt.MouseButton.LeftButton)
    assert "10" in child(window, QLabel, "setup.error").text()

    child(window, QLineEdit, "setup.passphrase").clear()
    qtbot.keyClicks(child(window, QLineEdit, "setup.passphrase"), PASSPHRASE)
    qtbot.keyClicks(child(window, QLineEdit, "setup.passphrase_confirm"), PASSPHRASE)
    qtbot.mouseClick(child(window, QPushButton, "setup.create"), Qt.MouseButton.LeftButton)
    code_label = child(window, QLabel, "setup.recovery_code")
    qtbot.waitUntil(lambda: bool(code_label.text()), timeout=20_000)
    code = code_label.text()
    assert len(code.replace("-", "")) >= 26  # at least 128 bits in base32
    continue_button = child(window, QPushButton, "setup.continue")
    assert not continue_button.isEnabled()
    child(window, QCheckBox, "setup.recovery_confirmed").setChecked(True)
    with qtbot.waitSignal(window.unlocked):
        qtbot.mouseClick(continue_button, Qt.MouseButton.LeftButton)
    assert code_label.text() == ""  # shown once
    assert window.workspace.is_unlocked
    assert folder.vault.exists()

    # The recovery code opens the data too.
    window.lock()
    other = Workspace(folder)
    other.unlock_with_recovery_code(code.lower().replace("-", " "))
    other.lock()


def test_unlock_lists_families_and_lock_clears_everything(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    assert window.stack.currentWidget() is window.unlock_page
    qtbot.keyClicks(child(window, QLineEdit, "unlock.passphrase"), "wrong passphrase")
    qtbot.mouseClick(child(window, QPushButton, "unlock.submit"), Qt.MouseButton.LeftButton)
    error = child(window, QLabel, "unlock.error")
    qtbot.waitUntil(lambda: "not right" in error.text(), timeout=20_000)
    assert not window.workspace.is_unlocked

    unlock(qtbot, window)
    view = child(window, QTableView, "families.list")
    assert view.model().rowCount() == 2
    search = child(window, QLineEdit, "families.search")
    qtbot.keyClicks(search, canary("TwoFamily").lower())
    assert view.model().rowCount() == 1
    search.clear()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.workspace.is_unlocked
    assert window.families_page.model.rowCount() == 0
    assert window.stack.currentWidget() is window.unlock_page


def test_idle_auto_lock_leaves_no_personal_text_in_any_widget(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    now = [1000.0]
    window = make_window(qtbot, filled_folder, clock=lambda: now[0])
    unlock(qtbot, window)
    engine = window.workspace.engine
    now[0] += 4 * 60
    window.check_idle()
    assert window.workspace.is_unlocked
    now[0] += 61
    with qtbot.waitSignal(window.locked):
        window.check_idle()
    assert not window.workspace.is_unlocked
    assert window.families_page.model.rowCount() == 0
    assert engine.pool.checkedout() == 0
    texts = []
    for widget in window.findChildren(QWidget):
        for attr in ("text", "toolTip", "accessibleName", "windowTitle"):
            getter = getattr(widget, attr, None)
            if callable(getter):
                texts.append(str(getter()))
    assert not [t for t in texts if "Kanarie" in t]


def test_families_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,
    filled_folder: DataFolder,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    qtmodeltester.check(window.families_page.model)
    window.lock()
