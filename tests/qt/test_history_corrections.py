"""Issue 9: a wrong entry of the family's history (a programme status, a goal's status change,
a Dutch level) is corrected or deleted on the History tab, as a coach would: select the row,
click the button or press Enter/F2/Delete, answer the dialog. The use cases check the rules;
what they refuse is said in words with what was typed kept, and what they would refuse to
delete cannot be chosen (with the reason said)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from coach_app.domain import CefrLevel, GoalStatus, LifeDomain, ProgrammeStatus, Role
from coach_app.domain.entities import Municipality
from coach_app.i18n import locale_for
from coach_app.ui.family.editor_dialog import EditorDialog
from coach_app.ui.main_window import MainWindow
from tests.qt.helpers import LEFT, child, click, open_dialog, save_dialog, unlock

ENSCHEDE = Municipality("GM0153", "Enschede")


def q(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def py(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    """Dates typed as dd/MM/yyyy and words in English, whatever an earlier test left."""
    before = QLocale()
    QLocale.setDefault(locale_for("en"))
    yield
    QLocale.setDefault(before)


class History:
    """A family with two programme statuses, a goal opened, started and an adult's Dutch
    level, its page open on the History tab."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window
        service = self.service = window.workspace.service
        family = service.create_family(
            display_name="Family Dated", municipality=ENSCHEDE, status_on=date(2019, 2, 1)
        )
        self.family_id = family.id
        service.change_family_status(family.id, ProgrammeStatus.ACTIVE, on=date(2020, 3, 1))
        person = service.add_person(
            family.id, given_name="Amina", birth_date=date(1990, 5, 5), role=Role.ADULT
        )
        self.goal = service.create_goal(
            family.id,
            domain=LifeDomain.LANGUAGE,
            title="Dutch course",
            person_id=person.id,
            opened_on=date(2019, 3, 1),
        )
        service.change_goal_status(self.goal.id, GoalStatus.STARTED, on=date(2019, 9, 2))
        service.record_language_level(
            family.id, person_id=person.id, level=CefrLevel.A2, on=date(2019, 10, 1)
        )
        self.page = window.family_page
        window.events.family_opened.emit(family.id)
        qtbot.waitUntil(lambda: self.page.dossier is not None, timeout=10_000)
        self.page.tabs.setCurrentWidget(self.page.timeline_tab)
        self.view = child(window, QTableView, "family.timeline")

    def wait_for_rows(self, count: int) -> None:
        self.qtbot.waitUntil(lambda: self.view.model().rowCount() == count, timeout=10_000)

    def texts(self) -> list[tuple[str, str]]:
        model = self.view.model()
        return [
            (str(model.index(r, 1).data()), str(model.index(r, 3).data()))
            for r in range(model.rowCount())
        ]

    def select(self, what: str, status: str) -> None:
        """Click the row of ``what`` (its start) with ``status``, as a coach would."""
        model = self.view.model()
        for row in range(model.rowCount()):
            if str(model.index(row, 1).data()).startswith(what) and (
                model.index(row, 3).data() == status
            ):
                rect = self.view.visualRect(model.index(row, 0))
                self.qtbot.mouseClick(self.view.viewport(), LEFT, pos=rect.center())
                assert self.view.selectionModel().selectedRows()[0].row() == row
                return
        raise AssertionError(f"no row {what} {status} in {self.texts()}")

    def button(self, name: str) -> QPushButton:
        found: QPushButton = child(self.window, QPushButton, name)
        return found

    def key(self, key: Qt.Key) -> None:
        """Press ``key`` in the list (its window active again, as after a dialog closed)."""
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=5_000)
        self.view.setFocus()
        self.qtbot.keyClick(self.view, key)

    def question(self) -> QMessageBox:
        found: list[QMessageBox] = []

        def shown() -> bool:
            found[:] = [
                box
                for box in self.window.findChildren(QMessageBox, "history.delete_question")
                if box.isVisible()
            ]
            return len(found) == 1

        self.qtbot.waitUntil(shown, timeout=5_000)
        return found[0]


def _type_date(qtbot: QtBot, dialog: Any, day: date) -> QDateEdit:
    """Type ``day``'s digits into the dialog's date field (its day selected), as a coach
    would."""
    field: QDateEdit = child(dialog, QDateEdit, "history.event_on")
    assert field.displayFormat() == "dd/MM/yyyy"
    field.setFocus()
    field.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(field, day.strftime("%d%m%Y"))
    assert py(field.date()) == day, f"typed {day}, the field holds {field.date()}"
    return field


def test_a_goal_status_change_gets_another_date(qtbot: QtBot, window: MainWindow) -> None:
    history = History(qtbot, window)
    history.wait_for_rows(5)
    history.select("Goal: Dutch course", "Started")
    click(qtbot, window, "history.change")
    dialog = open_dialog(qtbot, window, "history.dialog")
    assert "Dutch course" in child(dialog, QLabel, "history.entry").text()
    field = child(dialog, QDateEdit, "history.event_on")
    assert py(field.date()) == date(2019, 9, 2), "the entry's date to start from"
    _type_date(qtbot, dialog, date(2019, 9, 16))
    save_dialog(qtbot, dialog, "history.save")
    qtbot.waitUntil(
        lambda: (
            history.page.dossier is not None
            and history.page.dossier.goals[0].status_history[-1].on == date(2019, 9, 16)
        ),
        timeout=10_000,
    )
    assert [(c.status, c.on) for c in history.service.get_goal(history.goal.id).status_history] == [
        (GoalStatus.PLANNED, date(2019, 3, 1)),
        (GoalStatus.STARTED, date(2019, 9, 16)),
    ]
    # The timeline shows the new date and keeps the entry selected.
    selected = history.view.selectionModel().selectedRows()
    assert selected
    assert history.view.model().index(selected[0].row(), 3).data() == "Started"


def test_a_refused_date_is_said_in_words_and_what_was_typed_stays(
    qtbot: QtBot, window: MainWindow
) -> None:
    history = History(qtbot, window)
    history.wait_for_rows(5)
    history.select("Goal: Dutch course", "Started")
    history.key(Qt.Key.Key_F2)
    dialog = open_dialog(qtbot, window, "history.dialog")
    _type_date(qtbot, dialog, date(2019, 2, 14))  # before the goal was opened (1 March 2019)
    qtbot.mouseClick(child(dialog, QPushButton, "history.save"), LEFT)
    error = child(dialog, QLabel, "history.event_on_error")
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert "opened" in error.text()
    assert "2019" in error.text()
    assert dialog.isVisible()
    assert py(child(dialog, QDateEdit, "history.event_on").date()) == date(2019, 2, 14)
    assert history.service.get_goal(history.goal.id).status_history[-1].on == date(2019, 9, 2)

    # A date that would put the goal's statuses out of order is said in words too.
    history.service.change_goal_status(history.goal.id, GoalStatus.ACHIEVED, on=date(2020, 1, 6))
    dialog.discard()
    history.page.reload()
    history.wait_for_rows(6)
    history.select("Goal: Dutch course", "Achieved")
    history.key(Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, window, "history.dialog")
    _type_date(qtbot, dialog, date(2019, 5, 6))  # before "Started" (2 September 2019)
    qtbot.mouseClick(child(dialog, QPushButton, "history.save"), LEFT)
    error = child(dialog, QLabel, "history.event_on_error")
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert "Achieved" in error.text()
    assert "Started" in error.text()
    assert py(child(dialog, QDateEdit, "history.event_on").date()) == date(2019, 5, 6)
    dialog.discard()


def test_deleting_asks_first_and_cancel_keeps_the_entry(qtbot: QtBot, window: MainWindow) -> None:
    history = History(qtbot, window)
    history.wait_for_rows(5)
    history.select("Goal: Dutch course", "Started")
    history.key(Qt.Key.Key_Delete)
    box = history.question()
    assert "Started" in box.text()
    assert "Dutch course" in box.text()
    assert "2019" in box.text()
    keep = child(box, QPushButton, "history.delete_question.keep")
    assert box.defaultButton() is keep, "Cancel is the default"
    assert keep.text() == "Cancel"
    qtbot.mouseClick(keep, LEFT)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
    assert len(history.service.get_goal(history.goal.id).status_history) == 2

    click(qtbot, window, "history.delete")
    box = history.question()
    qtbot.mouseClick(child(box, QPushButton, "history.delete_question.confirm"), LEFT)
    history.wait_for_rows(4)
    assert ("Goal: Dutch course", "Started") not in history.texts()
    goal = history.service.get_goal(history.goal.id)
    assert goal.status is GoalStatus.PLANNED
    assert [c.status for c in goal.status_history] == [GoalStatus.PLANNED]
    # The goals list shows the status from the history too.
    qtbot.waitUntil(
        lambda: history.page.goals_tab.goals.row_at(0).status is GoalStatus.PLANNED,
        timeout=10_000,
    )


def test_a_dutch_level_gets_another_level_and_date(qtbot: QtBot, window: MainWindow) -> None:
    history = History(qtbot, window)
    history.wait_for_rows(5)
    history.select("Dutch level", "A2")
    assert history.button("history.change").text() == "Change date or level…"
    history.key(Qt.Key.Key_F2)
    dialog = open_dialog(qtbot, window, "history.dialog")
    level = child(dialog, QComboBox, "history.level")
    assert level.currentData() == "a2"
    level.setFocus()
    level.setCurrentIndex(level.findData("b1"))
    _type_date(qtbot, dialog, date(2019, 11, 4))
    save_dialog(qtbot, dialog, "history.save")
    qtbot.waitUntil(lambda: ("Dutch level (CEFR)", "B1") in history.texts(), timeout=10_000)
    (stored,) = history.service.list_language_levels(history.family_id)
    assert (stored.level, stored.assessed_on) == (CefrLevel.B1, date(2019, 11, 4))

    history.select("Dutch level", "B1")
    click(qtbot, window, "history.delete")
    box = history.question()
    assert "B1" in box.text()
    assert "Amina" in box.text()
    qtbot.mouseClick(child(box, QPushButton, "history.delete_question.confirm"), LEFT)
    history.wait_for_rows(4)
    assert history.service.list_language_levels(history.family_id) == []


def test_a_programme_status_is_corrected_then_deleted(qtbot: QtBot, window: MainWindow) -> None:
    history = History(qtbot, window)
    history.wait_for_rows(5)
    page = history.page
    assert page.header.status.accessibleName() == "Programme status: Active"
    history.select("Programme status", "Active")
    history.key(Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, window, "history.dialog")
    _type_date(qtbot, dialog, date(2020, 4, 1))
    save_dialog(qtbot, dialog, "history.save")
    qtbot.waitUntil(  # the page reloaded (the timeline holds the family's new version)
        lambda: page.dossier is not None and page.dossier.status_history[-1].on == date(2020, 4, 1),
        timeout=10_000,
    )
    assert history.service.family_status_history(history.family_id)[-1].on == date(2020, 4, 1)

    history.select("Programme status", "Active")
    click(qtbot, window, "history.delete")
    box = history.question()
    assert box.text().startswith("Delete the programme status “Active” of ")
    qtbot.mouseClick(child(box, QPushButton, "history.delete_question.confirm"), LEFT)
    history.wait_for_rows(4)
    assert history.service.get_family(history.family_id).status is ProgrammeStatus.INTAKE
    qtbot.waitUntil(
        lambda: page.header.status.accessibleName() == "Programme status: Intake", timeout=10_000
    )

    # The only status left cannot be deleted; the reason is said; its date can be changed.
    history.select("Programme status", "Intake")
    delete = history.button("history.delete")
    assert not delete.isEnabled()
    assert "only status" in delete.toolTip()
    note = child(window, QLabel, "history.kept_note")
    assert note.isVisible()
    assert "only status" in note.text()
    assert history.button("history.change").isEnabled()
    history.key(Qt.Key.Key_Delete)  # the key does nothing either
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_what_the_domain_keeps_cannot_be_deleted(qtbot: QtBot, window: MainWindow) -> None:
    history = History(qtbot, window)
    service = history.service
    history.wait_for_rows(5)
    assert not history.button("history.change").isEnabled(), "nothing selected"
    assert not history.button("history.delete").isEnabled()

    # The status a goal was opened with: its date may change, it may not go.
    history.select("Goal: Dutch course", "Planned")
    assert history.button("history.change").isEnabled()
    assert not history.button("history.delete").isEnabled()
    assert "opened with" in history.button("history.delete").toolTip()

    # Started, stopped, started again: without "Stopped" it would be started twice in a row.
    service.change_goal_status(history.goal.id, GoalStatus.STOPPED, on=date(2019, 12, 2))
    service.change_goal_status(history.goal.id, GoalStatus.STARTED, on=date(2020, 2, 3))
    history.page.reload()
    history.wait_for_rows(7)
    history.select("Goal: Dutch course", "Stopped")
    delete = history.button("history.delete")
    assert not delete.isEnabled()
    assert "“Started” would be followed by “Started”" in delete.toolTip()
    history.select("Programme status", "Active")
    assert delete.isEnabled()


def test_the_context_menu_offers_both_actions(qtbot: QtBot, window: MainWindow) -> None:
    history = History(qtbot, window)
    history.wait_for_rows(5)
    model = history.view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 3).data() == "Planned")
    rect = history.view.visualRect(model.index(row, 0))
    history.view.customContextMenuRequested.emit(rect.center())
    tab = history.page.timeline_tab
    assert history.view.selectionModel().selectedRows()[0].row() == row
    menu = tab.findChild(QMenu, "history.menu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["history.change_action"].isEnabled()
    assert not actions["history.delete_action"].isEnabled()
    menu.close()


@pytest.mark.qt_no_exception_capture
def test_a_lock_keeps_the_typed_date_and_brings_the_dialog_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    history = History(qtbot, window)
    history.wait_for_rows(5)
    history.select("Goal: Dutch course", "Started")
    history.key(Qt.Key.Key_Enter)  # the keypad's Enter
    dialog = open_dialog(qtbot, window, "history.dialog")
    _type_date(qtbot, dialog, date(2019, 9, 23))
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert not [d for d in window.findChildren(EditorDialog) if d.isVisible()]
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, window, "history.dialog")
    field = child(dialog, QDateEdit, "history.event_on")
    qtbot.waitUntil(lambda: py(field.date()) == date(2019, 9, 23), timeout=10_000)
    save_dialog(qtbot, dialog, "history.save")
    qtbot.waitUntil(
        lambda: (
            window.workspace.service.get_goal(history.goal.id).status_history[-1].on
            == date(2019, 9, 23)
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: window.workspace.drafts.list_form_drafts() == [], timeout=10_000)


def test_a_future_date_is_said_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    history = History(qtbot, window)
    history.wait_for_rows(5)
    history.select("Goal: Dutch course", "Started")
    history.key(Qt.Key.Key_F2)
    dialog = open_dialog(qtbot, window, "history.dialog")
    error = child(dialog, QLabel, "history.event_on_error")
    assert not error.isVisible()
    future = history.service.today() + timedelta(days=40)
    _type_date(qtbot, dialog, future)
    assert error.isVisible()
    assert "future" in error.text(), "said before saving"
    _type_date(qtbot, dialog, date(2019, 9, 16))
    assert not error.isVisible()
    dialog.discard()
