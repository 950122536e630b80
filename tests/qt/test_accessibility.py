"""Every interactive widget on every coach screen has a unique ``area.field`` object name and a
name a screen reader says (DESIGN.md section 8), including editors opened inside tables and the
tab bars; actions of the menu bar are unique too."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit.models import FollowUpsModel, GoalUpdatesModel
from tests.qt.helpers import child, make_window, open_dialog, unlock

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QPlainTextEdit,
    QTextEdit,
)


def interactive(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        # Parts Qt builds inside another control (a spin box's line edit, a scroll bar's
        # buttons, a combo's list, a table's corner button) speak through that control.
        if isinstance(parent, QAbstractSpinBox | QComboBox) or widget.objectName().startswith(
            "qt_"
        ):
            continue
        if isinstance(parent, QAbstractItemView) and not isinstance(
            widget, QLineEdit | QComboBox | QAbstractSpinBox
        ):
            continue
        yield widget


def problems(root: QWidget, where: str) -> list[str]:
    found = []
    names = Counter()
    for widget in interactive(root):
        name = widget.objectName()
        action = widget.defaultAction() if isinstance(widget, QToolButton) else None
        if action is not None and isinstance(widget.parentWidget(), QLineEdit):
            # A line edit's own button (show/hide) is its action: named and worded there.
            if "." not in action.objectName() or not action.text():
                found.append(f"{where}: an unnamed button in {widget.parentWidget().objectName()}")
            continue
        if "." not in name:
            found.append(
                f"{where}: a {type(widget).__name__} without an area.field name in "
                f"{type(widget.parentWidget()).__name__} {widget.parentWidget().objectName()}"
            )
            continue
        names[name] += 1
        spoken = QAccessible.queryAccessibleInterface(widget)
        text = spoken.text(QAccessible.Text.Name) if spoken is not None else ""
        if not (text or "").strip():
            found.append(f"{where}: {name} has no accessible name")
    found += [f"{where}: {name} is used {n} times" for name, n in names.items() if n > 1]
    return found


def open_family(qtbot: QtBot, window: MainWindow) -> None:
    window.events.family_opened.emit(window.families_page.model.family_at(0).id)
    qtbot.waitUntil(lambda: window.family_page.dossier is not None, timeout=10_000)


def test_every_screen_names_its_controls(qtbot: QtBot, filled_folder: DataFolder) -> None:
    window = make_window(qtbot, filled_folder)
    found = problems(window, "unlock")
    unlock(qtbot, window)
    for key in ("today", "families", "sync", "settings"):
        window.show_page(key)
        window.operations.wait()
        found += problems(window, key)
    open_family(qtbot, window)
    for index in range(window.family_page.tabs.count()):
        window.family_page.tabs.setCurrentIndex(index)
        # The styled selected tab is a few pixels wider: the tab widget resizes its bar on
        # the layout request this posts (until then the bar shows its scroll buttons).
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        found += problems(window, f"family tab {index}")
    assert child(window, QTabBar, "family.tab_bar").accessibleName()

    actions = Counter(a.objectName() for a in window.findChildren(QAction) if a.objectName())
    found += [f"action {name} is used {n} times" for name, n in actions.items() if n > 1]
    assert found == [], "\n".join(found)


def test_the_visit_editor_and_its_table_editors_are_named(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    window.events.visit_requested.emit(window.families_page.model.family_at(0).id, None)
    editor = open_dialog(qtbot, window, "visit.editor")
    window.operations.wait()
    QApplication.processEvents()
    found = problems(editor, "visit editor")

    followups = child(editor, QTableView, "visit.followups")
    editor.form.followups_model.add_row()  # type: ignore[attr-defined]
    followups.edit(followups.model().index(0, FollowUpsModel.DUE))
    QApplication.processEvents()
    found += problems(editor, "due date editor")
    assert editor.findChild(QWidget, "visit.followup_due") is not None

    goals = child(editor, QTableView, "visit.goal_updates")
    if goals.model().rowCount():
        goals.edit(goals.model().index(0, GoalUpdatesModel.NEW_STATUS))
        QApplication.processEvents()
        found += problems(editor, "status editor")
    assert found == [], "\n".join(found)
    editor.form.followups_model.clear()  # type: ignore[attr-defined]
    editor.close()


def test_first_run_names_its_controls(qtbot: QtBot, folder: DataFolder) -> None:
    window = make_window(qtbot, folder)
    assert problems(window, "first run") == []
