"""A language chosen on the first-run page reaches every page of the window at once.

Found trying the app as a new user: after choosing English on the first-run page (the app
starts in Dutch), "Forgot your passphrase?" opened a recovery page still in Dutch, and the
first-run page's own error stayed in Dutch under English fields.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.i18n import TranslatorHolder, build
from coach_app.paths import DataFolder
from tests.qt.helpers import child, make_window


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[TranslatorHolder]:
    build.release()
    holder = TranslatorHolder()
    holder.install(qapp, "nl")
    yield holder
    holder.install(qapp, "en")


def _choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))
    QApplication.processEvents()


def test_recovery_page_and_setup_error_follow_the_language_chosen_at_first_run(
    qtbot: QtBot, qapp: QApplication, folder: DataFolder, dutch: TranslatorHolder
) -> None:
    window = make_window(qtbot, folder)
    window.events.language_requested.connect(lambda code: dutch.install(qapp, code))
    _choose(child(window, QComboBox, "setup.language"), "nl")  # as the app starts: in Dutch
    window._show_recovery()  # the recovery page, made once (as after "Forgot?"), then back
    assert window.recovery_page is not None
    recovery = window.recovery_page
    window.stack.setCurrentWidget(window.setup_page)
    recovery_title = recovery.code_title
    assert recovery_title.text() == "Ontgrendelen met uw herstelcode"

    field = child(window, QLineEdit, "setup.passphrase")
    qtbot.keyClicks(field, "kort")
    qtbot.mouseClick(child(window, QPushButton, "setup.create"), Qt.MouseButton.LeftButton)
    error = child(window, QLabel, "setup.error")
    assert error.text() == "Het wachtwoord moet minstens 10 tekens hebben."

    _choose(child(window, QComboBox, "setup.language"), "en")

    assert recovery_title.text() == "Unlock with your recovery code"
    assert error.text() == "The passphrase needs at least 10 characters."
    assert recovery.code_submit.text() == "Unlock"
