"""Every dialog of the coach's screens, found by walking the ``coach_app.ui`` package: the first
field has the focus, Enter presses the declared default button and nothing else, and the dialog
fits a 1366x768 screen with a taskbar (and 1280x720).

A new dialog class without an entry in ``OPENERS`` fails ``test_every_dialog_is_walked``, so no
dialog escapes these checks.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from uuid import UUID

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

import coach_app.ui
from coach_app.paths import DataFolder
from coach_app.ui.dialogs import ask
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit.discard import KEEP_EDITING, ask_discard
from coach_app.ui.window_size import FRAME, LAPTOP_SCREENS, usable_area
from tests.qt.helpers import child, make_window, open_dialog, unlock

#: The leader's screens walk their own dialogs (tests/qt/test_leader_mode.py).
NOT_WALKED_HERE = ("coach_app.ui.leader",)


def dialog_classes() -> set[type[QDialog]]:
    """Every QDialog subclass defined in coach_app.ui that is opened as such (no base class
    with subclasses of its own)."""
    found: set[type[QDialog]] = set()
    for module_info in pkgutil.walk_packages(coach_app.ui.__path__, "coach_app.ui."):
        if module_info.name.startswith(NOT_WALKED_HERE):
            continue
        module = importlib.import_module(module_info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(value)
    return {
        cls
        for cls in found
        if not any(other is not cls and issubclass(other, cls) for other in found)
    }


@dataclass(frozen=True)
class Opened:
    dialog: QDialog
    first_field: str  # object name of the field that must have the focus
    default: str | None  # object name of the button Enter presses; None: Enter presses nothing


def _family_id(window: MainWindow) -> UUID:
    return window.families_page.model.family_at(0).id


def _open_family(qtbot: QtBot, window: MainWindow) -> None:
    window.events.family_opened.emit(_family_id(window))
    qtbot.waitUntil(lambda: window.family_page.dossier is not None, timeout=10_000)


def open_family_dialog(qtbot: QtBot, window: MainWindow) -> Opened:
    window.show_page("families")
    qtbot.mouseClick(child(window, QPushButton, "families.new"), Qt.MouseButton.LeftButton)
    return Opened(open_dialog(qtbot, window, "family.dialog"), "family.display_name", "family.save")


def open_edit_family_dialog(qtbot: QtBot, window: MainWindow) -> Opened:
    _open_family(qtbot, window)
    qtbot.mouseClick(child(window, QPushButton, "family.edit"), Qt.MouseButton.LeftButton)
    return Opened(open_dialog(qtbot, window, "family.dialog"), "family.display_name", "family.save")


def open_person_dialog(qtbot: QtBot, window: MainWindow) -> Opened:
    _open_family(qtbot, window)
    qtbot.mouseClick(child(window, QPushButton, "person.new"), Qt.MouseButton.LeftButton)
    return Opened(open_dialog(qtbot, window, "person.dialog"), "person.given_name", "person.save")


def open_goal_dialog(qtbot: QtBot, window: MainWindow) -> Opened:
    _open_family(qtbot, window)
    window.family_page.tabs.setCurrentWidget(window.family_page.goals_tab)
    qtbot.mouseClick(child(window, QPushButton, "goal.new"), Qt.MouseButton.LeftButton)
    return Opened(open_dialog(qtbot, window, "goal.dialog"), "goal.domain", "goal.save")


def open_visit_editor(qtbot: QtBot, window: MainWindow) -> Opened:
    window.events.visit_requested.emit(_family_id(window), None)
    editor = open_dialog(qtbot, window, "visit.editor")
    qtbot.waitUntil(lambda: child(editor, QPushButton, "visit.save").isEnabled(), timeout=10_000)
    return Opened(editor, "visit.notes", None)


def open_shortcuts(qtbot: QtBot, window: MainWindow) -> Opened:
    window.menus.shortcuts.trigger()
    return Opened(
        open_dialog(qtbot, window, "help.shortcuts"), "help.shortcuts_table", "help.shortcuts_close"
    )


def open_guide(qtbot: QtBot, window: MainWindow) -> Opened:
    window.menus.guide.trigger()
    return Opened(
        open_dialog(qtbot, window, "help.guide_window"), "help.guide_text", "help.guide_close"
    )


def open_handover_dialog(qtbot: QtBot, window: MainWindow) -> Opened:
    _open_family(qtbot, window)
    window.family_page.tabs.setCurrentWidget(window.family_page.data_tab)
    qtbot.mouseClick(child(window, QPushButton, "family.handover"), Qt.MouseButton.LeftButton)
    return Opened(
        open_dialog(qtbot, window, "handover.dialog"), "handover.receiver", "handover.send"
    )


def open_history_dialog(qtbot: QtBot, window: MainWindow) -> Opened:
    _open_family(qtbot, window)
    window.family_page.tabs.setCurrentWidget(window.family_page.timeline_tab)
    view = child(window, QTableView, "family.timeline")
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=10_000)
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(child(window, QPushButton, "history.change"), Qt.MouseButton.LeftButton)
    return Opened(open_dialog(qtbot, window, "history.dialog"), "history.event_on", "history.save")


#: How to open each dialog class the way a coach does; the walk fails on a class missing here.
OPENERS: dict[str, list[Callable[[QtBot, MainWindow], Opened]]] = {
    "FamilyDialog": [open_family_dialog, open_edit_family_dialog],
    "PersonDialog": [open_person_dialog],
    "GoalDialog": [open_goal_dialog],
    "VisitEditor": [open_visit_editor],
    "ShortcutsDialog": [open_shortcuts],
    "GuideWindow": [open_guide],
    "HandoverDialog": [open_handover_dialog],
    "HistoryEntryDialog": [open_history_dialog],
}


def test_every_dialog_is_walked() -> None:
    names = {cls.__name__ for cls in dialog_classes()}
    assert names, "the walk found no dialog at all"
    assert names <= set(OPENERS), f"dialogs without a check: {sorted(names - set(OPENERS))}"


def inputs(dialog: QDialog) -> Iterator[QWidget]:
    for widget in dialog.findChildren(QWidget):
        if (
            isinstance(widget, QLineEdit | QAbstractSpinBox | QComboBox)
            and widget.isVisible()
            and widget.isEnabled()
            and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
        ):
            yield widget


@pytest.mark.parametrize(
    "opener",
    [opener for openers in OPENERS.values() for opener in openers],
    ids=lambda opener: opener.__name__,
)
def test_dialog_focus_enter_and_size(
    qtbot: QtBot, filled_folder: DataFolder, opener: Callable[[QtBot, MainWindow], Opened]
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    opened = opener(qtbot, window)
    dialog = opened.dialog
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=5_000)

    focus = dialog.focusWidget()
    assert not isinstance(focus, QAbstractButton), f"focus on a button: {focus.objectName()}"
    assert focus.objectName() == opened.first_field or (
        focus.parent() is not None and focus.parent().objectName() == opened.first_field
    ), f"focus on {focus.objectName()!r}, not {opened.first_field!r}"

    buttons = dialog.findChildren(QPushButton)
    assert [b.objectName() for b in buttons if b.autoDefault()] == []
    defaults = [b.objectName() for b in buttons if b.isDefault()]
    assert defaults == ([opened.default] if opened.default else [])

    clicked: list[str] = []
    for button in buttons:
        button.clicked.connect(lambda _=False, b=button: clicked.append(b.objectName()))
    for field in list(inputs(dialog)):
        if not dialog.isVisible():
            break
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        window.operations.wait()
        QApplication.processEvents()
    unexpected = [name for name in clicked if name != opened.default]
    assert unexpected == [], f"Enter pressed {unexpected}"
    if opened.default is None:
        assert clicked == []

    for screen in LAPTOP_SCREENS:
        room = usable_area(screen)
        hint = dialog.minimumSizeHint()
        message = (
            f"{type(dialog).__name__} needs {hint.width()}x{hint.height()}, "
            f"a {screen.width()}x{screen.height()} screen leaves {room.width()}x{room.height()}"
        )
        assert hint.width() <= room.width(), message
        assert hint.height() <= room.height(), message
    screen = dialog.screen().availableGeometry()
    assert screen.size() == QSize(1366, 768)  # tests/conftest.py: the coaches' laptop screen
    assert dialog.width() <= screen.width() - FRAME.width()
    assert dialog.height() <= screen.height() - FRAME.height()
    dialog.reject()


def answer_when_shown(qtbot: QtBot, name: str, seen: list[QMessageBox]) -> None:
    def look() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.objectName() == name and box.isVisible():
                seen.append(box)
                qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter answers with the default
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_questions_default_to_the_safe_answer(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[QMessageBox] = []
    answer_when_shown(qtbot, "test.question", seen)
    confirmed = ask(
        parent,
        name="test.question",
        title="Title",
        text="Really?",
        confirm="Withdraw",
        keep="Keep",
        destructive=True,
    )
    assert seen
    assert confirmed is False
    box = seen[0]
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().text() == "Keep"

    seen.clear()
    answer_when_shown(qtbot, "visit.discard_question", seen)
    assert ask_discard(parent) == KEEP_EDITING
    assert seen
