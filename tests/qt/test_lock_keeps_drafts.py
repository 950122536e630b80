"""Locking with every editor open and text typed (a visit note past its limit too): nothing
personal is left in any widget while locked, and after unlocking each editor comes back with
exactly what was typed. No exception reaches the Qt event loop on the way."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from types import TracebackType

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach_app.domain.entities import MAX_LONG_TEXT, MAX_SHORT_TEXT
from coach_app.paths import DataFolder
from coach_app.ui.family.editor_dialog import EditorDialog
from coach_app.ui.family.family_dialog import open_edit_family_dialog, open_new_family_dialog
from coach_app.ui.family.goal_dialog import GoalDialog, open_goal_dialog
from coach_app.ui.family.person_dialog import open_person_dialog
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit.editor import VisitEditor
from tests.qt.helpers import child, make_window, unlock

LEFT = Qt.MouseButton.LeftButton
TYPED = {
    "family.display_name": "KanarieEditedFamilyZq7w",
    "new-family": "KanarieNewFamilyZq7w",
    "person.given_name": "KanariePersonZq7w",
    "goal.title": "KanarieGoalTitleZq7w",
    "goal.description": "KanarieGoalText\nsecond line Zq7w",
}
NOTES = "KanarieNotesZq7w " + "n" * (MAX_LONG_TEXT + 10)  # past the limit of a visit


@pytest.fixture
def no_exception_reaches_qt() -> Iterator[list[BaseException]]:
    """Install sys.excepthook (where PySide6 sends exceptions from slots and virtual methods)
    and fail the test on any."""
    seen: list[BaseException] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        seen.append(exc)

    previous = sys.excepthook
    sys.excepthook = hook
    try:
        yield seen
    finally:
        sys.excepthook = previous
    assert seen == [], f"exceptions reached the Qt event loop: {seen!r}"


def all_text(widget: QWidget) -> list[str]:
    """Everything a widget can show: texts, titles, tips, items and item models' cells."""
    found: list[str] = []
    for name in ("text", "toPlainText", "windowTitle", "toolTip", "placeholderText"):
        getter = getattr(widget, name, None)
        if callable(getter):
            with contextlib.suppress(TypeError):
                found.append(str(getter()))
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount()
        except TypeError:  # a list model
            columns = 1
        for row in range(model.rowCount()):
            for column in range(columns):
                found.append(str(model.index(row, column).data()))
    return found


def personal_text_anywhere() -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            texts += all_text(widget)
    return [t[:60] for t in texts if "Kanarie" in t]


def wait_for_editors(qtbot: QtBot, window: MainWindow, count: int) -> list[EditorDialog]:
    found: list[EditorDialog] = []

    def opened() -> bool:
        found[:] = [d for d in window.findChildren(EditorDialog) if d.isVisible()]
        return len(found) == count and all(d.draft_notice.isVisible() for d in found)

    qtbot.waitUntil(opened, timeout=20_000)
    return found


@pytest.mark.qt_no_exception_capture
def test_lock_with_every_editor_open_keeps_each_draft_and_shows_nothing(
    qtbot: QtBot, filled_folder: DataFolder, no_exception_reaches_qt: list[BaseException]
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    service = window.workspace.service
    summary = service.list_families()[0]
    family = service.get_family(summary.id)
    people = service.list_people(family.id)
    context = window.context

    edit_family = open_edit_family_dialog(context, family, window)
    new_family = open_new_family_dialog(context, window)
    person = open_person_dialog(context, family.id, None, lambda _: None, window)
    goal = open_goal_dialog(context, family.id, None, people, lambda _: None, window)
    window.events.visit_requested.emit(family.id, None)
    visit = window.findChild(QDialog, "visit.editor")
    assert isinstance(visit, VisitEditor)
    qtbot.waitUntil(child(visit, QPushButton, "visit.save").isEnabled, timeout=20_000)

    name = child(edit_family, QLineEdit, "family.display_name")
    name.clear()
    qtbot.keyClicks(name, TYPED["family.display_name"])
    qtbot.keyClicks(child(new_family, QLineEdit, "family.display_name"), TYPED["new-family"])
    qtbot.keyClicks(child(person, QLineEdit, "person.given_name"), TYPED["person.given_name"])
    qtbot.keyClicks(child(goal, QLineEdit, "goal.title"), TYPED["goal.title"])
    child(goal, QPlainTextEdit, "goal.description").setPlainText(TYPED["goal.description"])
    child(visit, QPlainTextEdit, "visit.notes").setPlainText(NOTES)

    # The limit is shown while typing, and Save says so in words; nothing is lost.
    limit = child(visit, QLabel, "visit.notes_limit")
    assert limit.isVisible()
    assert "10" in limit.text()
    qtbot.mouseClick(child(visit, QPushButton, "visit.save"), LEFT)
    assert "10" in child(visit, QLabel, "visit.error").text()
    assert child(visit, QPlainTextEdit, "visit.notes").toPlainText() == NOTES
    long_name = "x" * 201
    title = child(goal, QLineEdit, "goal.title")
    title.setText(long_name)
    assert "1" in child(goal, QLabel, "goal.title_error").text()
    title.setText(TYPED["goal.title"])

    with qtbot.waitSignal(window.locked):
        window.lock()
    assert not window.workspace.is_unlocked
    assert personal_text_anywhere() == []
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []

    unlock(qtbot, window)
    editors = wait_for_editors(qtbot, window, 4)
    first_field = {"family": "display_name", "person": "given_name", "goal": "title"}
    values = sorted(
        (d.area, child(d, QLineEdit, f"{d.area}.{first_field[d.area]}").text()) for d in editors
    )
    assert values == sorted(
        [
            ("family", TYPED["family.display_name"]),
            ("family", TYPED["new-family"]),
            ("person", TYPED["person.given_name"]),
            ("goal", TYPED["goal.title"]),
        ]
    )
    goal_again = next(d for d in editors if d.area == "goal")
    description = child(goal_again, QPlainTextEdit, "goal.description")
    assert description.toPlainText() == TYPED["goal.description"]
    qtbot.waitUntil(lambda: window.findChild(QDialog, "visit.editor") is not None, timeout=20_000)
    visit_again = window.findChild(QDialog, "visit.editor")
    assert isinstance(visit_again, VisitEditor)
    notes = child(visit_again, QPlainTextEdit, "visit.notes")
    qtbot.waitUntil(lambda: notes.toPlainText() == NOTES, timeout=20_000)

    # Saved or cancelled, a draft is gone for good.
    for dialog in editors:
        dialog.discard()
    qtbot.waitUntil(lambda: window.workspace.drafts.list_form_drafts() == [], timeout=20_000)
    window.lock()


def test_the_session_s_lock_locks_the_data_and_closes_the_editors(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    family = window.workspace.service.list_families()[0]
    person = open_person_dialog(window.context, family.id, None, lambda _: None, window)
    qtbot.keyClicks(child(person, QLineEdit, "person.given_name"), TYPED["person.given_name"])
    with qtbot.waitSignal(window.locked):
        window.session_lock.screen_saver_changed(True)  # as the desktop's screen saver says
    assert not window.workspace.is_unlocked
    assert personal_text_anywhere() == []
    unlock(qtbot, window)
    (again,) = wait_for_editors(qtbot, window, 1)
    assert child(again, QLineEdit, "person.given_name").text() == TYPED["person.given_name"]
    again.discard()
    window.lock()


@pytest.mark.qt_no_exception_capture
def test_lock_keeps_milestones_follow_ups_and_goal_notes_still_being_typed(
    qtbot: QtBot, filled_folder: DataFolder, no_exception_reaches_qt: list[BaseException]
) -> None:
    """What lives in a table rather than a field: milestones added but not saved, a follow-up
    action and a goal's progress note typed in a cell that is still open (never left)."""
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    service = window.workspace.service
    family = service.get_family(service.list_families()[0].id)
    people = service.list_people(family.id)

    goal = open_goal_dialog(window.context, family.id, None, people, lambda _: None, window)
    qtbot.keyClicks(child(goal, QLineEdit, "goal.title"), TYPED["goal.title"])
    qtbot.keyClicks(child(goal, QLineEdit, "goal.milestone_title"), "KanarieMilestoneOne")
    qtbot.mouseClick(child(goal, QPushButton, "goal.milestone_add"), LEFT)
    qtbot.keyClicks(child(goal, QLineEdit, "goal.milestone_title"), "KanarieMilestoneTwo")
    # A milestone too long to add is said under the field while typing, and refused in words.
    long_title = child(goal, QLineEdit, "goal.milestone_title")
    long_title.insert("m" * MAX_SHORT_TEXT)
    assert "19" in child(goal, QLabel, "goal.milestone.title_error").text()
    qtbot.mouseClick(child(goal, QPushButton, "goal.milestone_add"), LEFT)
    assert goal.milestones.rowCount() == 1
    long_title.setText("KanarieMilestoneTwo")

    window.events.visit_requested.emit(family.id, None)
    visit = window.findChild(QDialog, "visit.editor")
    assert isinstance(visit, VisitEditor)
    qtbot.waitUntil(child(visit, QPushButton, "visit.save").isEnabled, timeout=20_000)
    qtbot.mouseClick(child(visit, QPushButton, "visit.followup_add"), LEFT)
    action = child(visit, QLineEdit, "visit.followup_text")
    qtbot.keyClicks(action, "KanarieFollowUpZq7w")
    action.insert("f" * MAX_SHORT_TEXT)  # 19 characters past what a follow-up action holds
    limit = child(visit, QLabel, "visit.notes_limit")
    assert limit.isVisible()
    assert "Follow-up action 1" in limit.text()
    assert "19" in limit.text()
    table = child(visit, QAbstractItemView, "visit.goal_updates")
    note_cell = table.model().index(0, 3)
    table.setCurrentIndex(note_cell)
    table.edit(note_cell)
    qtbot.keyClicks(child(visit, QLineEdit, "visit.goal_note"), "KanarieGoalNoteZq7w")

    with qtbot.waitSignal(window.locked):
        window.lock()
    assert personal_text_anywhere() == []

    unlock(qtbot, window)
    (goal_again,) = wait_for_editors(qtbot, window, 1)
    assert isinstance(goal_again, GoalDialog)
    assert [m.title for m in goal_again.milestones.rows()] == ["KanarieMilestoneOne"]
    assert child(goal_again, QLineEdit, "goal.milestone_title").text() == "KanarieMilestoneTwo"
    qtbot.waitUntil(lambda: window.findChild(QDialog, "visit.editor") is not None, timeout=20_000)
    visit_again = window.findChild(QDialog, "visit.editor")
    assert isinstance(visit_again, VisitEditor)
    form = visit_again.form
    qtbot.waitUntil(lambda: form.followups_model.rowCount() == 1, timeout=20_000)
    assert [a.text for a in form.followups_model.rows()] == [
        "KanarieFollowUpZq7w" + "f" * MAX_SHORT_TEXT
    ]
    assert [u.note for u in form.goals_model.updates()] == ["KanarieGoalNoteZq7w"]
    assert "Follow-up action 1" in child(visit_again, QLabel, "visit.notes_limit").text()
    qtbot.mouseClick(child(visit_again, QPushButton, "visit.save"), LEFT)
    assert "19" in child(visit_again, QLabel, "visit.error").text()  # refused in words, kept
    assert form.followups_model.rowCount() == 1
    goal_again.discard()
    window.lock()
