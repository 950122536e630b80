"""Word that the app is working reads as such, not as an error.

Found trying the first run: "Setting up encryption…" (and on the recovery page "Unlocking…",
"Setting the new passphrase…") stood in the red of an error while the app simply worked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach_app.ui.recovery_page import RecoveryPage
from coach_app.ui.setup_page import SetupPage

STRONG = "paarse olifant fietst naar Almelo"
CODE = "VKYG-VV3D-KZFH-HH45-8HAN-6Q4Q-4GTJ-C8K0"


def test_setting_up_encryption_is_a_quiet_hint_and_a_failure_is_an_error(qtbot: QtBot) -> None:
    page = SetupPage("en")
    qtbot.addWidget(page)
    qtbot.keyClicks(page.passphrase, STRONG)
    qtbot.keyClicks(page.confirm, STRONG)
    with qtbot.waitSignal(page.create_requested, timeout=2_000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "Setting up encryption…"
    assert page.error.property("role") == "hint"
    page.show_error("The disk is full.")
    assert page.error.property("role") == "error"
    assert page.error.text() == "The disk is full."


def test_unlocking_with_the_code_is_quiet_and_a_wrong_code_is_red(qtbot: QtBot) -> None:
    page = RecoveryPage()
    qtbot.addWidget(page)
    page.code.setPlainText(CODE)
    with qtbot.waitSignal(page.code_entered, timeout=2_000):
        qtbot.mouseClick(page.code_submit, Qt.MouseButton.LeftButton)
    assert page.code_error.text() == "Unlocking…"
    assert "#b00020" not in page.code_error.styleSheet()
    page.show_error("This recovery code does not open this data folder.")
    assert "#b00020" in page.code_error.styleSheet()


def test_the_recovery_steps_have_page_titles_like_the_first_run(qtbot: QtBot) -> None:
    """Found on the screenshots: the recovery titles were black and smaller than the first-run
    and unlock pages' titles (a style of their own)."""
    page = RecoveryPage()
    qtbot.addWidget(page)
    for title in (page.code_title, page.passphrase_title, page.new_code_title):
        assert title.property("role") == "page-title"
        assert title.styleSheet() == ""
