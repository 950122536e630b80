"""The pseudo-locale: every string longer and accented, and no label clipped at 1366x768."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from coach_app.__main__ import _parser
from coach_app.i18n import TranslatorHolder
from coach_app.i18n.pseudo import PseudoTranslator, pseudo_translate
from coach_app.paths import DataFolder
from coach_app.ui.main_window import MainWindow
from tests.qt.helpers import make_window, unlock

TOLERANCE_PX = 2


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    holder = TranslatorHolder()
    assert holder.install(qapp, "pseudo")
    yield
    for translator in qapp.findChildren(PseudoTranslator):
        qapp.removeTranslator(translator)


def test_pseudo_text_is_longer_and_keeps_placeholders() -> None:
    for source in ("Families", "%1 of %2 families", "&Lock", "OK", "Search names and notes"):
        pseudo = pseudo_translate(source)
        assert len(pseudo) >= 1.4 * len(source)
        assert pseudo.startswith("[")
        assert pseudo.endswith("]")
        assert pseudo != source
    assert "%1" in pseudo_translate("%1 of %2")
    assert "%2" in pseudo_translate("%1 of %2")
    assert pseudo_translate("&Lock").startswith("[&L")
    assert "<b>" in pseudo_translate("<b>bold</b>")
    assert pseudo_translate("") == ""


def test_the_command_line_accepts_pseudo() -> None:
    assert _parser().parse_args(["--lang", "pseudo"]).lang == "pseudo"
    assert "pseudo" not in _parser().format_help()


def test_installed_translator_stretches_every_context(pseudo: None) -> None:
    assert QCoreApplication.translate("FamiliesPage", "Families").startswith("[Ƒ")
    plural = QCoreApplication.translate("FamiliesPage", "%n families", "", 3)
    assert plural.startswith("[3 ")
    assert "ƒáɱíłíéš" in plural


def labels_of(screen: QWidget) -> list[QLabel]:
    return [
        label
        for label in screen.findChildren(QLabel)
        if label.isVisible() and label.text().strip() and label.pixmap().isNull()
    ]


def clipped(screen: QWidget) -> list[str]:
    """Visible one-line labels whose text is wider than the label."""
    problems = []
    for label in labels_of(screen):
        text = label.text()
        if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            continue
        if label.buddy() is not None:  # a mnemonic's "&" is not drawn
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        room = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
        if widest > room + TOLERANCE_PX:
            problems.append(f"{label.objectName() or type(label.parent()).__name__}: {text!r}")
    return problems


def check_screen(window: MainWindow, name: str) -> list[str]:
    QApplication.processEvents()
    screen = window.centralWidget()
    labels = labels_of(screen)
    assert labels, f"{name}: no label shown"
    texts = [label.text() for label in labels]
    texts += [b.text() for b in screen.findChildren(QAbstractButton) if b.isVisible()]
    for bar in screen.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count()) if bar.isVisible()]
    stretched = [text for text in texts if text.startswith("[")]
    assert stretched, f"{name}: no text is in the pseudo-locale"
    return [f"{name}: {problem}" for problem in clipped(screen)]


def test_main_screens_have_stretched_labels_and_none_clipped(
    qtbot: QtBot, filled_folder: DataFolder, pseudo: None
) -> None:
    window = make_window(qtbot, filled_folder)
    window.resize(1366, 768)
    assert window.windowTitle().startswith("[")
    problems = check_screen(window, "unlock")

    unlock(qtbot, window)
    problems += check_screen(window, "families")
    nav = window.nav
    assert all(nav.item(row).text().startswith("[") for row in range(nav.count()))

    for key in ("today", "sync", "settings"):
        window.show_page(key)
        problems += check_screen(window, key)

    family_id: UUID = window.families_page.model.family_at(0).id
    window.events.family_opened.emit(family_id)
    qtbot.waitUntil(lambda: bool(labels_of(window.family_page)), timeout=10_000)
    window.operations.wait()
    problems += check_screen(window, "family")
    assert problems == [], "\n".join(problems)


def test_the_clipping_check_finds_a_clipped_label(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    label = QLabel("[Ŝöɱé łöñĝ ţéẋţ ·····]", screen)
    label.setFixedWidth(20)
    screen.show()
    assert len(clipped(screen)) == 1
    label.setFixedWidth(label.sizeHint().width())
    assert clipped(screen) == []
