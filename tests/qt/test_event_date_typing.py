"""Issue 9, the tester's faults in the dated events' date fields (``EventDate``): typed dates were
silently changed into others (the field was bounded by the rules, so keystrokes were dropped:
15052019 became 01/05/2026 and was saved) and a refused date was saved with no word. Now the
field keeps exactly what is typed, says at once what is wrong, and saving refuses it in words
with everything typed kept. Driven like a coach: tab into the field and type the digits."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach_app.domain import GoalStatus, LifeDomain, Municipality, ProgrammeStatus, Role
from coach_app.ui.main_window import MainWindow
from tests.qt.helpers import LEFT, child, choose, click, open_dialog, rows


def type_date(qtbot: QtBot, edit: QDateEdit, day: date) -> date:
    """Tab into the field (its day is selected) and type the day's digits; returns what the
    field holds."""
    assert edit.displayFormat() == "dd/MM/yyyy"
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
    held = edit.date()
    return date(held.year(), held.month(), held.day())


def note(window: QWidget, name: str) -> str:
    label = child(window, QLabel, name)
    return label.text() if label.isVisible() else ""


def family_with_goal(window: MainWindow, qtbot: QtBot) -> tuple[UUID, UUID]:
    """A family (intake 1 Feb 2019) with an adult and a goal opened 1 March 2019, started
    1 September 2019; its page open on the Goals tab."""
    service = window.workspace.service
    family = service.create_family(
        display_name="Family Typed",
        municipality=Municipality("GM0153", "Enschede"),
        status_on=date(2019, 2, 1),
    )
    service.add_person(family.id, given_name="Amina", birth_date=date(1990, 5, 5), role=Role.ADULT)
    goal = service.create_goal(
        family.id, domain=LifeDomain.LANGUAGE, title="Dutch", opened_on=date(2019, 3, 1)
    )
    service.change_goal_status(goal.id, GoalStatus.STARTED, on=date(2019, 9, 1))
    window.events.family_opened.emit(family.id)
    page = window.family_page
    qtbot.waitUntil(lambda: page.dossier is not None and bool(page.dossier.goals), timeout=10_000)
    page.tabs.setCurrentWidget(page.goals_tab)
    child(window, QTableView, "goal.list").selectRow(0)
    return family.id, goal.id


def test_a_typed_status_date_is_kept_and_a_refused_one_is_said_in_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = window.workspace.service
    today = service.today()
    _family_id, goal_id = family_with_goal(window, qtbot)
    status_on = child(window, QDateEdit, "goal.status_on")
    choose(window, "goal.status", GoalStatus.ACHIEVED.value)

    # Before the latest change (1 September 2019): kept as typed, said at once and on saving.
    assert type_date(qtbot, status_on, date(2019, 1, 1)) == date(2019, 1, 1)
    assert "latest status change" in note(window, "goal.status_on_note")
    click(qtbot, window, "goal.status_save")
    message = child(window, QLabel, "family.message")
    qtbot.waitUntil(lambda: "latest status change" in message.text(), timeout=10_000)
    assert "2019" in message.text()
    assert service.get_goal(goal_id).status is GoalStatus.STARTED, "nothing saved"
    assert status_on.date().toString("yyyy-MM-dd") == "2019-01-01", "what was typed is kept"

    assert type_date(qtbot, status_on, date(2019, 5, 15)) == date(2019, 5, 15)
    assert "latest status change" in note(window, "goal.status_on_note")

    # In the future: kept as typed, refused in words.
    future = today + timedelta(days=380)
    assert type_date(qtbot, status_on, future) == future
    assert "future" in note(window, "goal.status_on_note")
    message.clear()
    click(qtbot, window, "goal.status_save")
    qtbot.waitUntil(lambda: "future" in message.text(), timeout=10_000)
    assert service.get_goal(goal_id).status is GoalStatus.STARTED

    # The day of the latest change itself is allowed, and saved as typed.
    assert type_date(qtbot, status_on, date(2019, 9, 1)) == date(2019, 9, 1)
    assert note(window, "goal.status_on_note") == ""
    click(qtbot, window, "goal.status_save")
    qtbot.waitUntil(lambda: service.get_goal(goal_id).status is GoalStatus.ACHIEVED, timeout=10_000)
    assert service.get_goal(goal_id).status_history[-1].on == date(2019, 9, 1)


def test_the_goal_editor_keeps_a_refused_opened_date_and_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = window.workspace.service
    _family_id, goal_id = family_with_goal(window, qtbot)
    click(qtbot, window, "goal.edit")
    dialog = open_dialog(qtbot, window, "goal.dialog")
    opened_on = child(dialog, QDateEdit, "goal.opened_on")
    assert type_date(qtbot, opened_on, date(2019, 9, 2)) == date(2019, 9, 2)
    assert "first status change" in note(dialog, "goal.opened_on_error")
    qtbot.mouseClick(child(dialog, QWidget, "goal.save"), LEFT)
    error = child(dialog, QLabel, "goal.opened_on_error")
    qtbot.waitUntil(
        lambda: error.isVisible() and "first status change" in error.text(), timeout=10_000
    )
    assert dialog.isVisible(), "the editor stays open with what was typed"
    assert opened_on.date().toString("yyyy-MM-dd") == "2019-09-02"
    assert service.get_goal(goal_id).opened_on == date(2019, 3, 1)
    dialog.discard()


def test_the_family_editor_keeps_a_future_status_date_and_refuses_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = window.workspace.service
    today = service.today()
    family_id, _goal_id = family_with_goal(window, qtbot)
    click(qtbot, window, "family.edit")
    dialog = open_dialog(qtbot, window, "family.dialog")
    choose(dialog, "family.status", ProgrammeStatus.ACTIVE.value)
    status_on = child(dialog, QDateEdit, "family.status_on")
    future = today + timedelta(days=14)
    assert type_date(qtbot, status_on, future) == future, "not moved to another year"
    assert "future" in note(dialog, "family.status_on_error")
    qtbot.mouseClick(child(dialog, QWidget, "family.save"), LEFT)
    error = child(dialog, QLabel, "family.status_on_error")
    qtbot.waitUntil(lambda: error.isVisible() and "future" in error.text(), timeout=10_000)
    assert dialog.isVisible()
    assert [e.status for e in service.family_status_history(family_id)] == [ProgrammeStatus.INTAKE]

    # Before the intake (1 February 2019): refused in words too; the intake's day is allowed.
    assert type_date(qtbot, status_on, date(2019, 1, 31)) == date(2019, 1, 31)
    assert "latest status change" in note(dialog, "family.status_on_error")
    assert type_date(qtbot, status_on, date(2019, 2, 1)) == date(2019, 2, 1)
    assert note(dialog, "family.status_on_error") == ""
    dialog.discard()


def test_a_future_dutch_level_is_kept_and_refused(qtbot: QtBot, window: MainWindow) -> None:
    service = window.workspace.service
    family_id, _goal_id = family_with_goal(window, qtbot)
    page = window.family_page
    page.tabs.setCurrentWidget(page.assessments_tab)
    level_on = child(window, QDateEdit, "language_level.assessed_on")
    future = service.today() + timedelta(days=40)
    assert type_date(qtbot, level_on, future) == future
    assert "future" in note(window, "language_level.assessed_on_note")
    click(qtbot, window, "language_level.save")
    message = child(window, QLabel, "family.message")
    qtbot.waitUntil(lambda: "future" in message.text(), timeout=10_000)
    assert service.list_language_levels(family_id) == []


def test_the_calendar_popup_shows_every_row_of_days(qtbot: QtBot, window: MainWindow) -> None:
    family_with_goal(window, qtbot)
    status_on = child(window, QDateEdit, "goal.status_on")
    calendar = status_on.calendarWidget()
    qtbot.mouseClick(status_on, LEFT, pos=QPoint(status_on.width() - 6, status_on.height() // 2))
    qtbot.waitUntil(calendar.isVisible, timeout=5_000)
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    last = view.visualRect(model.index(model.rowCount() - 1, 0))
    assert last.bottom() < view.viewport().height(), "the last row of days is cut off"
    calendar.window().hide()


def test_the_goal_status_list_is_as_wide_as_its_statuses(qtbot: QtBot, window: MainWindow) -> None:
    """It was sized once, for the statuses of the goal first shown (none for an achieved
    goal), so a later goal's "Achieved" was cut off ("Achievec")."""
    service = window.workspace.service
    family = service.create_family(
        display_name="Family Wide", municipality=Municipality("GM0153", "Enschede")
    )
    done = service.create_goal(family.id, domain=LifeDomain.HOUSING, title="House")
    service.change_goal_status(done.id, GoalStatus.ACHIEVED)
    window.events.family_opened.emit(family.id)
    page = window.family_page
    qtbot.waitUntil(lambda: page.dossier is not None and bool(page.dossier.goals), timeout=10_000)
    page.tabs.setCurrentWidget(page.goals_tab)
    combo = child(window, QComboBox, "goal.status")
    assert combo.isVisible()
    assert combo.count() == 0  # an achieved goal changes no more
    service.create_goal(family.id, domain=LifeDomain.WORK, title="Work", opened_on=date(2020, 1, 1))
    page.reload()
    qtbot.waitUntil(lambda: rows(window, "goal.list") == 2, timeout=10_000)
    goals = page.goals_tab.goals
    planned = next(r for r in range(2) if goals.row_at(r).status is GoalStatus.PLANNED)
    child(window, QTableView, "goal.list").selectRow(planned)
    qtbot.waitUntil(lambda: combo.count() == 3, timeout=5_000)
    qtbot.waitUntil(lambda: not cut_off(combo), timeout=2_000)
    assert cut_off(combo) == []


def cut_off(combo: QComboBox) -> list[str]:
    """The items whose text is wider than the combo's text field (drawn cut off)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    return [
        combo.itemText(i)
        for i in range(combo.count())
        if metrics.horizontalAdvance(combo.itemText(i)) > field.width()
    ]
