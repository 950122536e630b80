"""Enter does what a keyboard user expects on the window's own pages (not dialogs).

Found trying the first run with keys only: after ticking "I have written down the recovery
code" and tabbing to Continue, Enter did nothing (Qt's buttons answer Enter only in dialogs);
on the recovery page Enter after a complete code only started a new line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.ui.recovery_page import RecoveryPage
from tests.qt.helpers import child, make_window

CODE_TWO_LINES = "vkyg vv3d-kzfh hh45\n8han 6q4q 4gtj c8k0"


def test_enter_on_the_focused_continue_button_of_the_first_run_continues(
    qtbot: QtBot, folder: DataFolder
) -> None:
    window = make_window(qtbot, folder)
    page = window.setup_page
    page.show_recovery_code("ABCD-EFGH-JKLM-NPQR-STVW-XYZ0-1234-5678")
    child(window, QCheckBox, "setup.recovery_confirmed").setChecked(True)
    button = child(window, QPushButton, "setup.continue")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=2_000)
    with qtbot.waitSignal(page.finished, timeout=2_000):
        qtbot.keyClick(button, Qt.Key.Key_Return)


def test_enter_on_a_disabled_or_dialog_button_is_left_to_qt(
    qtbot: QtBot, folder: DataFolder
) -> None:
    window = make_window(qtbot, folder)
    page = window.setup_page
    page.show_recovery_code("ABCD-EFGH-JKLM-NPQR-STVW-XYZ0-1234-5678")
    button = child(window, QPushButton, "setup.continue")
    assert not button.isEnabled()  # the box is not ticked yet
    finished: list[bool] = []
    page.finished.connect(lambda: finished.append(True))
    qtbot.keyClick(button, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert finished == []


def test_enter_after_a_complete_recovery_code_unlocks_and_before_it_starts_a_line(
    qtbot: QtBot,
) -> None:
    page = RecoveryPage()
    qtbot.addWidget(page)
    page.show()
    entered: list[str] = []
    page.code_entered.connect(entered.append)
    first, second = CODE_TWO_LINES.split("\n")
    page.code.setFocus()
    qtbot.keyClicks(page.code, first)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)  # 16 of 32: a new line, as on the sheet
    assert entered == []
    assert page.code.toPlainText() == first + "\n"
    qtbot.keyClicks(page.code, second)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    assert entered == [CODE_TWO_LINES]
