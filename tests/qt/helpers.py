"""Helpers for driving the window by object names in pytest-qt tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from coach_app.deployment import Deployment
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.ui.context import UiContext, UiEvents
from coach_app.ui.main_window import MainWindow
from coach_app.ui.tasks import Operations
from coach_app.workspace import Workspace
from tests.qt.conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


def child(window: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = window.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def make_window(qtbot: QtBot, folder: DataFolder, clock=None) -> MainWindow:  # type: ignore[no-untyped-def]
    kwargs = {"clock": clock} if clock else {}
    context = UiContext(
        workspace=Workspace(folder, kdf=KdfParams()),
        operations=Operations(),
        deployment=Deployment(),
        preferences=None,
        events=UiEvents(),
        language="en",
    )
    window = MainWindow(context, auto_lock_minutes=5, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    field = child(window, QLineEdit, "unlock.passphrase")
    field.clear()
    qtbot.keyClicks(field, passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        qtbot.mouseClick(child(window, QPushButton, "unlock.submit"), Qt.MouseButton.LeftButton)


def click(qtbot: QtBot, window: QWidget, name: str) -> None:
    button = child(window, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, LEFT)


def open_dialog(qtbot: QtBot, window: QWidget, name: str) -> QDialog:
    found: list[QDialog] = []

    def visible() -> bool:
        found[:] = [d for d in window.findChildren(QDialog, name) if d.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(visible, timeout=5_000)
    return found[0]


def save_dialog(qtbot: QtBot, dialog: QDialog, name: str) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(child(dialog, QPushButton, name), LEFT)


def type_into(qtbot: QtBot, parent: QWidget, name: str, text: str) -> None:
    field = child(parent, QLineEdit, name)
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest types ASCII only
        field.insert(text)


def choose(parent: QWidget, name: str, data: str) -> None:
    combo = child(parent, QComboBox, name)
    index = combo.findData(data)
    assert index >= 0, f"{name} offers no {data}"
    combo.setCurrentIndex(index)


def rows(window: QWidget, name: str) -> int:
    return child(window, QTableView, name).model().rowCount()
