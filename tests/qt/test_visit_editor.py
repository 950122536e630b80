"""The visit editor driven by object names: new and edited visits, drafts, auto-lock."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QAbstractListModel, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach_app.domain import GoalStatus, LifeDomain, VisitMode
from coach_app.paths import DataFolder
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit import discard
from coach_app.ui.visit.editor import VisitEditor
from coach_app.ui.visit.models import FollowUpsModel, GoalUpdatesModel
from tests.qt.helpers import child, make_window, unlock

CHECK = Qt.ItemDataRole.CheckStateRole
NOTES = "Kanarievisit notes: the intake at the college is on Monday."


def _family(window: MainWindow):  # type: ignore[no-untyped-def]
    service = window.workspace.service
    family = service.list_families()[0]
    return service, family.id


def _open_editor(qtbot: QtBot, window: MainWindow, family_id, visit_id=None) -> VisitEditor:  # type: ignore[no-untyped-def]
    window.events.visit_requested.emit(family_id, visit_id)
    editor = window.findChild(QDialog, "visit.editor")
    assert isinstance(editor, VisitEditor)
    save = child(editor, QPushButton, "visit.save")
    qtbot.waitUntil(save.isEnabled, timeout=10_000)
    return editor


def _tick(view: QListView, label: str) -> None:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index) == label:
            assert model.setData(index, Qt.CheckState.Checked, CHECK)
            return
    raise AssertionError(f"{label} is not in the list")


def _save_and_wait(qtbot: QtBot, editor: VisitEditor) -> None:
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with qtbot.waitSignal(editor.visit_saved, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _visible_texts() -> list[str]:
    texts = []
    for widget in QApplication.allWidgets():
        for attr in ("text", "toPlainText", "toolTip", "windowTitle", "placeholderText"):
            getter = getattr(widget, attr, None)
            if callable(getter):
                try:
                    texts.append(str(getter()))
                except TypeError:
                    continue
        if isinstance(widget, QTableView | QListView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(model.rowCount()):
                for column in range(columns):
                    texts.append(str(model.data(model.index(row, column))))
    return texts


def test_a_new_visit_with_every_field_is_stored(qtbot: QtBot, filled_folder: DataFolder) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    service, family_id = _family(window)
    person = service.list_people(family_id)[0]
    planned = service.create_goal(
        family_id, domain=LifeDomain.WORK, title="Find a job", opened_on=date(2020, 1, 6)
    )
    before = len(service.list_visits(family_id))
    editor = _open_editor(qtbot, window, family_id)

    started = child(editor, QDateTimeEdit, "visit.started_at")
    started.setDateTime(QDateTime(QDate(2020, 2, 3), QTime(14, 30)))
    duration = child(editor, QSpinBox, "visit.duration")
    duration.clear()
    qtbot.keyClicks(duration, "75")
    mode = child(editor, QComboBox, "visit.mode")
    mode.setCurrentIndex(mode.findData(VisitMode.PHONE.value))
    _tick(child(editor, QListView, "visit.people"), person.display_name)
    _tick(child(editor, QListView, "visit.topics"), "Work")
    _tick(child(editor, QListView, "visit.topics"), "Health")
    qtbot.keyClicks(child(editor, QPlainTextEdit, "visit.notes"), NOTES)
    qtbot.mouseClick(child(editor, QPushButton, "visit.followup_add"), Qt.MouseButton.LeftButton)
    followups = child(editor, QTableView, "visit.followups").model()
    assert followups.rowCount() == 1
    followups.setData(followups.index(0, FollowUpsModel.TEXT), "Call the college")
    followups.setData(followups.index(0, FollowUpsModel.DUE), QDate(2020, 2, 10))
    goals = child(editor, QTableView, "visit.goal_updates").model()
    row = next(
        r
        for r in range(goals.rowCount())
        if goals.data(goals.index(r, GoalUpdatesModel.GOAL)) == "Find a job"
    )
    assert goals.setData(goals.index(row, GoalUpdatesModel.NEW_STATUS), "started")
    assert goals.setData(goals.index(row, GoalUpdatesModel.NOTE), "Applied at the bakery")
    assert not goals.setData(goals.index(row, GoalUpdatesModel.NEW_STATUS), "planned")

    _save_and_wait(qtbot, editor)
    visits = service.list_visits(family_id)
    assert len(visits) == before + 1
    visit = next(v for v in visits if v.notes == NOTES)
    assert visit.started_at == datetime(2020, 2, 3, 14, 30).astimezone(UTC)
    assert visit.duration_minutes == 75
    assert visit.mode is VisitMode.PHONE
    assert visit.people_present == (person.id,)
    assert set(visit.topics) == {LifeDomain.WORK, LifeDomain.HEALTH}
    assert [(f.text, f.due_date, f.done) for f in visit.follow_ups] == [
        ("Call the college", date(2020, 2, 10), False)
    ]
    goal = service.get_goal(planned.id)
    assert goal.status is GoalStatus.STARTED
    assert goal.progress[-1].note == "Applied at the bakery"
    assert goal.progress[-1].entry_date == date(2020, 2, 3)
    assert window.workspace.drafts.list_drafts() == []
    qtbot.waitUntil(lambda: window.findChild(QDialog, "visit.editor") is None)


def test_editing_loads_the_visit_and_saves_with_a_new_version(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    service, family_id = _family(window)
    stored = service.list_visits(family_id)[0]
    editor = _open_editor(qtbot, window, family_id, stored.id)
    notes = child(editor, QPlainTextEdit, "visit.notes")
    assert notes.toPlainText() == stored.notes
    assert child(editor, QSpinBox, "visit.duration").value() == stored.duration_minutes
    followups = child(editor, QTableView, "visit.followups").model()
    assert followups.rowCount() == len(stored.follow_ups)
    followups.setData(followups.index(0, FollowUpsModel.DONE), Qt.CheckState.Checked, CHECK)
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " Added later.")
    _save_and_wait(qtbot, editor)
    saved = service.get_visit(stored.id)
    assert saved.version == stored.version + 1
    assert saved.notes == stored.notes + " Added later."
    assert [f.id for f in saved.follow_ups] == [f.id for f in stored.follow_ups]
    assert saved.follow_ups[0].done


def test_a_conflicting_change_is_reported_in_plain_words(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    service, family_id = _family(window)
    stored = service.list_visits(family_id)[0]
    editor = _open_editor(qtbot, window, family_id, stored.id)
    service.update_visit(dataclasses.replace(stored, duration_minutes=5))
    qtbot.keyClicks(child(editor, QPlainTextEdit, "visit.notes"), " mine")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = child(editor, QLabel, "visit.error")
    qtbot.waitUntil(lambda: "changed elsewhere" in error.text(), timeout=10_000)
    assert service.get_visit(stored.id).duration_minutes == 5
    assert child(editor, QPushButton, "visit.save").isEnabled()
    qtbot.waitUntil(lambda: bool(window.workspace.drafts.list_drafts()), timeout=10_000)
    assert " mine" in window.workspace.drafts.list_drafts()[0].notes


def test_typing_is_kept_as_a_draft_and_cancel_can_throw_it_away(
    qtbot: QtBot, filled_folder: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    _, family_id = _family(window)
    editor = _open_editor(qtbot, window, family_id)
    with qtbot.waitSignal(editor.draft_saved, timeout=5_000) as saved:
        qtbot.keyClicks(child(editor, QPlainTextEdit, "visit.notes"), "half typed")
    assert saved.args[0].notes == "half typed"
    drafts = window.workspace.drafts.list_drafts()
    assert [d.notes for d in drafts] == ["half typed"]

    monkeypatch.setattr(VisitEditor, "ask_discard", lambda self: discard.KEEP_EDITING)
    qtbot.mouseClick(child(editor, QPushButton, "visit.cancel"), Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    monkeypatch.setattr(VisitEditor, "ask_discard", lambda self: discard.DISCARD)
    with qtbot.waitSignal(editor.closed):
        qtbot.mouseClick(child(editor, QPushButton, "visit.cancel"), Qt.MouseButton.LeftButton)
    window.operations.wait()
    qtbot.waitUntil(lambda: window.workspace.drafts.list_drafts() == [], timeout=5_000)


def test_visit_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    filled_folder: DataFolder,
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    service, family_id = _family(window)
    editor = _open_editor(qtbot, window, family_id, service.list_visits(family_id)[0].id)
    editor.form.followups_model.add_row()
    for model in (
        editor.form.people_model,
        editor.form.topics_model,
        editor.form.followups_model,
        editor.form.goals_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    window.lock()


def test_auto_lock_mid_typing_keeps_the_notes_and_brings_them_back(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    now = [1000.0]
    window = make_window(qtbot, filled_folder, clock=lambda: now[0])
    unlock(qtbot, window)
    _, family_id = _family(window)
    editor = _open_editor(qtbot, window, family_id)
    qtbot.keyClicks(child(editor, QPlainTextEdit, "visit.notes"), NOTES)
    followups = editor.form.followups_model
    followups.setData(followups.index(followups.add_row(), 0), "Kanariefollowup")
    now[0] += 6 * 60
    with qtbot.waitSignal(window.locked):
        window.check_idle()  # before the autosave had a chance: the lock must save it
    assert not window.workspace.is_unlocked
    assert window.findChild(VisitEditor) is None or not window.findChild(VisitEditor).isVisible()
    leaked = [t for t in _visible_texts() if "Kanarievisit" in t or "Kanariefollowup" in t]
    assert leaked == []

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: _visible_editor(window) is not None, timeout=10_000)
    restored = _visible_editor(window)
    assert restored is not None
    save = child(restored, QPushButton, "visit.save")
    qtbot.waitUntil(save.isEnabled, timeout=10_000)
    assert child(restored, QPlainTextEdit, "visit.notes").toPlainText() == NOTES
    assert restored.form.followups_model.rows()[0].text == "Kanariefollowup"
    assert child(restored, QLabel, "visit.draft_notice").isVisible()
    _save_and_wait(qtbot, restored)
    assert any(v.notes == NOTES for v in window.workspace.service.list_visits(family_id))
    assert window.workspace.drafts.list_drafts() == []


def _visible_editor(window: QWidget) -> VisitEditor | None:
    for editor in window.findChildren(VisitEditor):
        if editor.isVisible():
            return editor
    return None
