"""Opening the family page's editor dialogs directly on a window's first family, and finding the
editor a lock brought back as a draft: shared by the lock-shortcut and field-error tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coach_app.ui.family.editor_dialog import EditorDialog
from coach_app.ui.family.family_dialog import open_edit_family_dialog, open_new_family_dialog
from coach_app.ui.family.goal_dialog import open_goal_dialog
from coach_app.ui.family.person_dialog import open_person_dialog
from coach_app.ui.main_window import MainWindow


def edit_family(window: MainWindow) -> QWidget:
    service = window.workspace.service
    family = service.get_family(service.list_families()[0].id)
    return open_edit_family_dialog(window.context, family, window)


def new_family(window: MainWindow) -> QWidget:
    return open_new_family_dialog(window.context, window)


def new_person(window: MainWindow) -> QWidget:
    family_id = window.workspace.service.list_families()[0].id
    return open_person_dialog(window.context, family_id, None, lambda _: None, window)


def new_goal(window: MainWindow) -> QWidget:
    service = window.workspace.service
    family_id = service.list_families()[0].id
    people = service.list_people(family_id)
    return open_goal_dialog(window.context, family_id, None, people, lambda _: None, window)


def edit_goal(window: MainWindow) -> QWidget:
    service = window.workspace.service
    family_id = service.list_families()[0].id
    people = service.list_people(family_id)
    goal = service.list_goals(family_id)[0]
    return open_goal_dialog(window.context, family_id, goal, people, lambda _: None, window)


def restored_editor(qtbot: QtBot, window: MainWindow) -> EditorDialog:
    """The one editor shown again after unlocking, with its "restored" notice."""
    found: list[EditorDialog] = []

    def reopened() -> bool:
        found[:] = [d for d in window.findChildren(EditorDialog) if d.isVisible()]
        return len(found) == 1 and found[0].draft_notice.isVisible()

    qtbot.waitUntil(reopened, timeout=20_000)
    return found[0]
