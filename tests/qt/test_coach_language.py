"""No English text is visible on the coach's screens in Dutch or Turkish, Qt's own dialogs
included.

Our texts: everything a coach can see or hear on every screen, dialog, menu and question is
held against the catalogue of English source texts (a text that is an English source whose
translation differs was not translated on screen). Qt's texts (standard buttons, the file and
print dialogs, a text field's context menu, the calendar) are not in our catalogue: each is
shown once without and once with Qt's own translation installed, and every text that stays the
same must be one that is the same in that language anyway.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach_app.i18n import LANGUAGES, TranslatorHolder, build, translations_dir
from coach_app.paths import DataFolder
from coach_app.ui.help.about import show_about
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit.discard import ask_discard
from tests.qt.helpers import child, make_window, open_dialog, unlock

#: Languages are named in their own language, by convention; the product name is a name.
SAME_EVERYWHERE = {*LANGUAGES.values(), "Coach Companion", "OK", "PDF"}


@pytest.fixture
def translator(qapp: QApplication) -> Iterator[TranslatorHolder]:
    build.release()
    holder = TranslatorHolder()
    yield holder
    holder.remove(qapp)


def untranslated_patterns(language: str) -> list[re.Pattern[str]]:
    """English source texts whose translation in ``language`` differs, as patterns."""
    tree = ET.parse(translations_dir() / f"coach_{language}.ts")
    patterns = []
    for message in tree.getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = message.find("translation")
        forms = [translation.text or ""] if translation is not None else []
        if translation is not None and len(translation):
            forms = [form.text or "" for form in translation]
        if sum(c.isalpha() for c in source) < 3 or source in (f.replace("&", "") for f in forms):
            continue
        pattern = re.sub(r"%(?:\\?[0-9]+|n)", ".+?", re.escape(source))
        patterns.append(re.compile(pattern, re.DOTALL))
    return patterns


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything visible or spoken in ``root``."""
    yield "title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget is root or widget.isVisibleTo(root)):
            continue
        where = widget.objectName() or type(widget).__name__
        yield where + ":accessible", widget.accessibleName()
        yield where + ":tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QLineEdit):
            yield where + ":placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where + ":item", widget.itemText(i)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield where + ":tab", widget.tabText(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            top = QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            for column in range(columns):
                yield where + ":header", str(model.headerData(column, Qt.Orientation.Horizontal))
                for row in range(min(model.rowCount(top), 50)):
                    yield where + ":cell", str(model.index(row, column).data() or "")
    if hasattr(root, "menuBar"):
        for menu in root.menuBar().findChildren(QMenu):
            yield "menu", menu.title()
            for action in menu.actions():
                yield "menu item", action.text()


def translations(language: str) -> set[str]:
    """Every translated text of ``language`` (the Dutch "Kind" is not the English "Kind")."""
    tree = ET.parse(translations_dir() / f"coach_{language}.ts")
    found = set()
    for translation in tree.getroot().iter("translation"):
        forms = [translation.text or ""] + [form.text or "" for form in translation]
        found.update(form.replace("&", "").strip() for form in forms if form)
    return found


def leaks(
    texts: Iterator[tuple[str, str]], patterns: list[re.Pattern[str]], allowed: set[str]
) -> list[str]:
    found = []
    for where, text in texts:
        shown = text.replace("&", "").strip()
        if sum(c.isalpha() for c in shown) < 3 or shown in SAME_EVERYWHERE or shown in allowed:
            continue
        for line in shown.splitlines():
            if any(p.fullmatch(line.strip()) for p in patterns):
                found.append(f"{where}: {line.strip()!r}")
    return found


def modal_texts(qtbot: QtBot, name: str, opener: Callable[[], object]) -> list[tuple[str, str]]:
    """Open a modal box, read its texts, answer it with Escape."""
    seen: list[tuple[str, str]] = []

    def look() -> None:
        for box in QApplication.topLevelWidgets():
            if box.objectName() == name and box.isVisible():
                seen.extend(texts_of(box))
                qtbot.keyClick(box, Qt.Key.Key_Escape)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    opener()
    assert seen, f"{name} never showed"
    return seen


def coach_screens(qtbot: QtBot, window: MainWindow) -> list[tuple[str, str]]:
    texts = list(texts_of(window))
    unlock(qtbot, window)
    for key in ("today", "families", "sync", "settings"):
        window.show_page(key)
        window.operations.wait()
        texts += texts_of(window)
    window.events.family_opened.emit(window.families_page.model.family_at(0).id)
    qtbot.waitUntil(lambda: window.family_page.dossier is not None, timeout=10_000)
    for index in range(window.family_page.tabs.count()):
        window.family_page.tabs.setCurrentIndex(index)
        texts += texts_of(window)
    for button, name in (
        ("family.edit", "family.dialog"),
        ("person.new", "person.dialog"),
        ("goal.new", "goal.dialog"),
    ):
        tab = {"person.new": 0, "goal.new": 2}.get(button)
        if tab is not None:
            window.family_page.tabs.setCurrentIndex(tab)
        qtbot.mouseClick(child(window, QPushButton, button), Qt.MouseButton.LeftButton)
        dialog = open_dialog(qtbot, window, name)
        qtbot.mouseClick(
            child(dialog, QPushButton, name.replace("dialog", "save")), Qt.MouseButton.LeftButton
        )
        window.operations.wait()  # an empty form: its errors are shown too
        texts += texts_of(dialog)
        dialog.reject()
    window.events.visit_requested.emit(window.family_page.family_id, None)
    editor = open_dialog(qtbot, window, "visit.editor")
    window.operations.wait()
    texts += texts_of(editor)
    editor.close()
    for action, name in (
        (window.menus.shortcuts, "help.shortcuts"),
        (window.menus.guide, "help.guide_window"),
    ):
        action.trigger()
        dialog = open_dialog(qtbot, window, name)
        texts += texts_of(dialog)
        dialog.reject()
    texts += modal_texts(qtbot, "help.about_box", lambda: show_about(window, "Org"))
    texts += modal_texts(qtbot, "visit.discard_question", lambda: ask_discard(window))
    texts += modal_texts(
        qtbot,
        "consent.withdraw_question",
        lambda: window.family_page.consent_tab._consent(given=False),
    )
    return texts


@pytest.mark.parametrize("language", ["nl", "tr"])
def test_no_english_source_text_on_the_coach_screens(
    qtbot: QtBot,
    qapp: QApplication,
    filled_folder: DataFolder,
    translator: TranslatorHolder,
    language: str,
) -> None:
    assert translator.install(qapp, language)
    patterns = untranslated_patterns(language)
    assert len(patterns) > 300  # the catalogue was read
    window = make_window(qtbot, filled_folder)
    first_run = list(texts_of(window))
    allowed = translations(language)
    found = leaks(iter(first_run), patterns, allowed)
    found += leaks(iter(coach_screens(qtbot, window)), patterns, allowed)
    assert found == [], "\n".join(found)
    # The check finds an English text when there is one.
    planted = QLabel("Follow-up actions to do", window)
    planted.show()
    assert leaks(texts_of(window), patterns, allowed) == [f"QLabel: {planted.text()!r}"]


def qt_dialog_texts(qtbot: QtBot) -> dict[str, set[str]]:
    """Texts of Qt's own dialogs and menus as currently translated, per dialog."""
    found: dict[str, set[str]] = {}

    def collect(name: str, widget: QWidget) -> None:
        texts = {text.replace("&", "").strip() for _, text in texts_of(widget)}
        found[name] = {t for t in texts if sum(c.isalpha() for c in t) >= 3}

    files = QFileDialog(None, "x")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    files.show()
    collect("file dialog", files)
    files.close()

    printer = QPrinter()
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)
    printing.show()
    collect("print dialog", printing)
    printing.close()

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(buttons)
    buttons.show()
    collect("standard buttons", buttons)

    field = QLineEdit("text")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    found["context menu"] = {
        a.text().replace("&", "").split("\t")[0].strip()
        for a in menu.actions()
        if sum(c.isalpha() for c in a.text()) >= 3
    }
    menu.deleteLater()
    return found


#: Qt texts that read the same in the language (a name, or a word the language borrows).
SAME_IN = {
    "nl": {"Computer", "Printer", "Type", "Type:"},
    "tr": set(),
}


@pytest.mark.parametrize("language", ["nl", "tr"])
def test_qt_own_dialogs_are_translated(
    qtbot: QtBot, qapp: QApplication, translator: TranslatorHolder, language: str
) -> None:
    translator.install(qapp, "en")
    english = qt_dialog_texts(qtbot)
    assert translator.install(qapp, language)
    assert translator.qt_loaded
    translated = qt_dialog_texts(qtbot)
    unchanged = {
        name: sorted(english[name] & translated[name] - SAME_IN[language] - SAME_EVERYWHERE)
        for name in english
    }
    assert unchanged["standard buttons"] == []
    assert unchanged["context menu"] == []
    # The file dialog also shows the folder it opens in and the user's name.
    assert {t for t in unchanged["file dialog"] if "/" not in t and "\\" not in t} <= {
        os.path.basename(os.path.expanduser("~"))
    }
    assert unchanged["print dialog"] == []
