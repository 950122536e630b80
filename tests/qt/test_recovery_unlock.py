"""Forgot the passphrase: the recovery code typed as people type it opens the data, a new
passphrase (zxcvbn rules) is set, a new code offered; the new passphrase works after a lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.security import KdfParams, WrongPassphrase, WrongRecoveryCode
from coach_app.ui.recovery_page import NEW_CODE_STEP, PASSPHRASE_STEP
from coach_app.workspace import Workspace
from tests.canaries import seed_family
from tests.qt.conftest import PASSPHRASE
from tests.qt.helpers import child, make_window, unlock

LEFT = Qt.MouseButton.LeftButton
NEW_PASSPHRASE = "rode fiets onder de brug"


def typed_forms(code: str) -> dict[str, str]:
    groups = code.split("-")
    return {
        "lower case": code.lower(),
        "spaces": " ".join(groups),
        "no separators": "".join(groups),
        "en dashes": "\u2013".join(groups),
        "em dashes": "\u2014".join(groups),
        "minus signs": "\u2212".join(groups),
        "no-break spaces": "\u00a0".join(groups),
        "two lines": "-".join(groups[:4]) + "\n" + "-".join(groups[4:]) + "\n",
        "look-alikes": code.replace("0", "O").replace("1", "l").lower(),
    }


@pytest.fixture
def folder_and_code(folder: DataFolder) -> tuple[DataFolder, str]:
    workspace = Workspace(folder, kdf=KdfParams())
    code = workspace.create(PASSPHRASE)
    seed_family(workspace.service, "One")
    seed_family(workspace.service, "Two")
    workspace.lock()
    return folder, code


def type_code(qtbot: QtBot, field: QPlainTextEdit, text: str) -> None:
    field.clear()
    if text.isascii() and "\n" not in text:
        qtbot.keyClicks(field, text)
    else:  # QTest types ASCII only; pasting is what people do with these anyway
        field.insertPlainText(text)


@pytest.mark.parametrize("form", list(typed_forms("AAAA-BBBB").keys()))
def test_forgotten_passphrase_recovered_with_the_code_as_typed(
    qtbot: QtBot, folder_and_code: tuple[DataFolder, str], form: str
) -> None:
    folder, code = folder_and_code
    window = make_window(qtbot, folder)
    qtbot.mouseClick(child(window, QPushButton, "unlock.forgot"), LEFT)
    page = window.recovery_page
    assert window.stack.currentWidget() is page

    # A code that is too short is explained before anything is tried.
    field = child(window, QPlainTextEdit, "recovery.code")
    type_code(qtbot, field, code[:-3])
    qtbot.mouseClick(child(window, QPushButton, "recovery.submit"), LEFT)
    assert "3 character" in child(window, QLabel, "recovery.error").text()

    type_code(qtbot, field, typed_forms(code)[form])
    assert "32 of 32" in child(window, QLabel, "recovery.count").text()
    qtbot.mouseClick(child(window, QPushButton, "recovery.submit"), LEFT)
    qtbot.waitUntil(lambda: page.step == PASSPHRASE_STEP, timeout=20_000)
    assert field.toPlainText() == ""  # the code is not kept on screen

    # The same strength rules as the first run: a guessable one is refused, with advice.
    new = child(window, QLineEdit, "recovery.passphrase")
    confirm = child(window, QLineEdit, "recovery.passphrase_confirm")
    qtbot.keyClicks(new, "aaaaaaaaaa")
    qtbot.keyClicks(confirm, "aaaaaaaaaa")
    qtbot.mouseClick(child(window, QPushButton, "recovery.set_passphrase"), LEFT)
    assert "Repeats" in child(window, QLabel, "recovery.strength").text()
    assert "stronger" in child(window, QLabel, "recovery.passphrase_error").text()
    assert page.step == PASSPHRASE_STEP
    new.clear()
    confirm.clear()
    qtbot.keyClicks(new, NEW_PASSPHRASE)
    qtbot.keyClicks(confirm, NEW_PASSPHRASE)
    qtbot.mouseClick(child(window, QPushButton, "recovery.set_passphrase"), LEFT)
    qtbot.waitUntil(lambda: page.step == NEW_CODE_STEP, timeout=20_000)

    # A new recovery code is offered and shown once.
    qtbot.mouseClick(child(window, QPushButton, "recovery.make_new_code"), LEFT)
    shown = child(window, QLabel, "recovery.new_code")
    qtbot.waitUntil(lambda: bool(shown.text()), timeout=20_000)
    new_code = shown.text()
    assert new_code != code
    child(window, QCheckBox, "recovery.written_down").setChecked(True)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        qtbot.mouseClick(child(window, QPushButton, "recovery.continue"), LEFT)
    assert window.families_page.model.rowCount() == 2
    assert shown.text() == ""

    # Lock; the new passphrase opens the same data.
    window.lock()
    assert window.stack.currentWidget() is window.unlock_page
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.families_page.model.rowCount() == 2
    window.lock()
    with pytest.raises(WrongPassphrase):
        Workspace(folder).unlock(PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        Workspace(folder).unlock_with_recovery_code(code)
    other = Workspace(folder)
    other.unlock_with_recovery_code(new_code)
    other.lock()


def test_a_wrong_code_says_so_and_the_back_button_returns(
    qtbot: QtBot, folder_and_code: tuple[DataFolder, str]
) -> None:
    folder, code = folder_and_code
    window = make_window(qtbot, folder)
    qtbot.mouseClick(child(window, QPushButton, "unlock.forgot"), LEFT)
    field = child(window, QPlainTextEdit, "recovery.code")
    wrong = ("2" if code[0] != "2" else "3") + code[1:]
    type_code(qtbot, field, wrong)
    qtbot.mouseClick(child(window, QPushButton, "recovery.submit"), LEFT)
    error = child(window, QLabel, "recovery.error")
    qtbot.waitUntil(lambda: "typo" in error.text(), timeout=20_000)
    assert not window.workspace.is_unlocked
    qtbot.mouseClick(child(window, QPushButton, "recovery.back"), LEFT)
    assert window.stack.currentWidget() is window.unlock_page
    assert field.toPlainText() == ""


def test_unlock_screen_shows_hides_and_warns_about_caps_lock(
    qtbot: QtBot, folder_and_code: tuple[DataFolder, str]
) -> None:
    folder, _ = folder_and_code
    window = make_window(qtbot, folder)
    field = child(window, QLineEdit, "unlock.passphrase")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    show = next(a for a in field.actions() if a.objectName() == "unlock.passphrase.show")
    show.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    show.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Password
    caps = child(window, QLabel, "unlock.caps_lock")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    assert caps.isHidden()
    qtbot.keyClick(field, Qt.Key.Key_CapsLock)
    assert caps.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_CapsLock)
    assert caps.isHidden()
