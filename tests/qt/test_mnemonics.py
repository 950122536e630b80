"""Alt+letter goes to one place: no field, button or tab of a screen uses a letter that the
menu bar (File, View, Help) uses in the same language.

Found trying the first run in Turkish: Alt+D for "Dil" (language) opened the File menu
("Dosya") instead; in Dutch Alt+H for "Herhaal wachtwoord" opened Help.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from coach_app.i18n import TranslatorHolder, build
from coach_app.paths import DataFolder
from tests.qt.helpers import make_window, unlock


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def screen_mnemonics(page: QWidget) -> list[str]:
    """Texts with an Alt+letter on ``page``: field labels, buttons, tabs."""
    texts = [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in page.findChildren(QAbstractButton)]
    for bar in page.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return [text for text in texts if mnemonic(text)]


@pytest.fixture
def translator(qapp: QApplication) -> Iterator[TranslatorHolder]:
    build.release()
    holder = TranslatorHolder()
    yield holder
    holder.install(qapp, "en")


def test_no_screen_shares_an_alt_letter_with_the_menu_bar(
    qtbot: QtBot, qapp: QApplication, filled_folder: DataFolder, translator: TranslatorHolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    window.events.family_opened.emit(window.workspace.service.list_families()[0].id)
    assert window.operations.wait(20_000)
    QApplication.processEvents()
    window._show_recovery()
    assert window.recovery_page is not None
    screens: dict[str, QWidget] = {
        "first run": window.setup_page,
        "unlock": window.unlock_page,
        "recovery": window.recovery_page,
        **{key: window.page(key) for key in ("today", "families", "family", "sync", "settings")},
    }
    clashes = []
    for language in ("nl", "tr", "en"):
        translator.install(qapp, language)
        QApplication.processEvents()
        menus = {mnemonic(action.text()): action.text() for action in window.menuBar().actions()}
        assert len(menus) == 3
        for name, page in screens.items():
            for text in screen_mnemonics(page):
                if mnemonic(text) in menus:
                    clashes.append(f"{language} {name}: {text!r} vs {menus[mnemonic(text)]!r}")
    assert clashes == []
