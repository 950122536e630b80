"""Issue 9, item 1 in the editors: dates of a family's programme status (``family.status_on``),
of a goal's opening (``goal.opened_on``) and of its status changes (``goal.status_on``), each
checked against today and the history before it (the field keeps what is typed and names
the rule it breaks); the family's history as a timeline; Dutch
levels (CEFR) entered with the assessments. Each bound is checked on both sides."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QTableView
from pytestqt.qtbot import QtBot

from coach_app.domain import GoalStatus, LifeDomain, ProgrammeStatus, Role
from coach_app.domain.errors import EventDateError
from coach_app.ui.family.errors import for_domain_error
from coach_app.ui.family.event_date import EventDate
from coach_app.ui.main_window import MainWindow
from tests.qt.helpers import (
    child,
    choose,
    click,
    open_dialog,
    rows,
    save_dialog,
    type_into,
)


def q(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def py(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _set(edit: QDateEdit, day: date) -> date:
    """Type ``day`` into the field as a coach would pick it; returns what the field holds."""
    edit.setDate(q(day))
    return py(edit.date())


def _refused(edit: EventDate, day: date) -> str | None:
    """Pick ``day`` (the field keeps it) and return the rule it breaks, if any."""
    assert _set(edit, day) == day, "the field keeps what is typed"
    refusal = edit.refusal()
    return None if refusal is None else refusal.problem


def test_back_dated_history_through_the_editors(qtbot: QtBot, window: MainWindow) -> None:
    service = window.workspace.service
    today = service.today()
    page = window.family_page

    # A new family that started in 2019: its first status is dated from the start date.
    click(qtbot, window, "families.new")
    dialog = open_dialog(qtbot, window, "family.dialog")
    status_on = child(dialog, EventDate, "family.status_on")
    type_into(qtbot, dialog, "family.display_name", "Family Dated")
    child(dialog, QCheckBox, "family.start_date_known").setChecked(True)
    child(dialog, QDateEdit, "family.start_date").setDate(q(date(2019, 2, 1)))
    assert py(status_on.date()) == date(2019, 2, 1), "the first status follows the start"
    assert _refused(status_on, today + timedelta(days=1)) == "future", "never in the future"
    _set(status_on, date(2019, 2, 1))
    save_dialog(qtbot, dialog, "family.save")
    qtbot.waitUntil(lambda: page.dossier is not None, timeout=10_000)
    family_id = page.family_id
    assert [(e.status, e.on) for e in service.family_status_history(family_id)] == [
        (ProgrammeStatus.INTAKE, date(2019, 2, 1))
    ]

    # Active from 1 June 2019: not before the intake (the day itself is allowed).
    click(qtbot, window, "family.edit")
    dialog = open_dialog(qtbot, window, "family.dialog")
    status_on = child(dialog, EventDate, "family.status_on")
    assert not status_on.isEnabled() or py(status_on.date()) == date(2019, 2, 1)
    choose(dialog, "family.status", ProgrammeStatus.ACTIVE.value)
    assert status_on.isEnabled()
    assert _refused(status_on, date(2019, 1, 31)) == "before_previous", "not before the intake"
    assert _refused(status_on, date(2019, 2, 1)) is None
    assert _refused(status_on, today + timedelta(days=1)) == "future"
    _set(status_on, date(2019, 6, 1))
    save_dialog(qtbot, dialog, "family.save")
    qtbot.waitUntil(
        lambda: page.dossier is not None and len(page.dossier.status_history) == 2,
        timeout=10_000,
    )
    assert service.family_status_history(family_id)[-1].on == date(2019, 6, 1)
    person = service.add_person(
        family_id, given_name="Amina", birth_date=date(1990, 5, 5), role=Role.ADULT
    )
    page.reload()
    qtbot.waitUntil(lambda: bool(page.dossier and page.dossier.people), timeout=10_000)

    # A goal opened on 1 March 2019, typed in today.
    click(qtbot, window, "goal.new")
    dialog = open_dialog(qtbot, window, "goal.dialog")
    opened_on = child(dialog, EventDate, "goal.opened_on")
    assert py(opened_on.date()) == today, "default: today"
    assert _refused(opened_on, today + timedelta(days=1)) == "future"
    assert _refused(opened_on, today) is None
    choose(dialog, "goal.domain", LifeDomain.LANGUAGE.value)
    choose(dialog, "goal.person", str(person.id))
    type_into(qtbot, dialog, "goal.title", "Dutch course")
    _set(opened_on, date(2019, 3, 1))
    save_dialog(qtbot, dialog, "goal.save")
    qtbot.waitUntil(lambda: rows(window, "goal.list") == 1, timeout=10_000)
    (goal,) = service.list_goals(family_id)
    assert goal.opened_on == date(2019, 3, 1)

    # Started on 2 September 2019: never before the goal was opened, never in the future.
    child(window, QTableView, "goal.list").selectRow(0)
    status_on = child(window, EventDate, "goal.status_on")
    assert _refused(status_on, date(2019, 2, 28)) == "before_opened", "not before opened"
    assert _refused(status_on, date(2019, 3, 1)) is None
    assert _refused(status_on, today + timedelta(days=1)) == "future"
    choose(window, "goal.status", GoalStatus.STARTED.value)
    _set(status_on, date(2019, 9, 2))
    click(qtbot, window, "goal.status_save")
    # Wait for the page (reloaded after the save), not the database (the save's thread).
    qtbot.waitUntil(
        lambda: page.goals_tab.goals.row_at(0).status is GoalStatus.STARTED, timeout=10_000
    )
    assert [(c.status, c.on) for c in service.get_goal(goal.id).status_history] == [
        (GoalStatus.PLANNED, date(2019, 3, 1)),
        (GoalStatus.STARTED, date(2019, 9, 2)),
    ]
    child(window, QTableView, "goal.list").selectRow(0)
    status_on = child(window, EventDate, "goal.status_on")
    assert _refused(status_on, date(2019, 9, 1)) == "before_previous"
    assert _refused(status_on, date(2019, 9, 2)) is None

    # Reopening the goal's editor shows its date; it may not pass its first change.
    click(qtbot, window, "goal.edit")
    dialog = open_dialog(qtbot, window, "goal.dialog")
    opened_on = child(dialog, EventDate, "goal.opened_on")
    assert py(opened_on.date()) == date(2019, 3, 1)
    assert _refused(opened_on, date(2019, 9, 3)) == "after_status_change"
    assert _refused(opened_on, date(2019, 9, 2)) is None
    dialog.discard()

    # A Dutch level, entered with the assessments, for adults only.
    assessments = page.assessments_tab
    page.tabs.setCurrentWidget(assessments)
    assert assessments.level_form.isEnabled()
    assert child(window, QComboBox, "language_level.person").count() == 1  # the adult only
    choose(window, "language_level.level", "a2")
    level_on = child(window, EventDate, "language_level.assessed_on")
    assert _refused(level_on, today + timedelta(days=1)) == "future"
    _set(level_on, date(2019, 10, 1))
    click(qtbot, window, "language_level.save")
    qtbot.waitUntil(lambda: len(service.list_language_levels(family_id)) == 1, timeout=10_000)
    (level,) = service.list_language_levels(family_id)
    assert (level.level.value, level.assessed_on, level.person_id) == (
        "a2",
        date(2019, 10, 1),
        person.id,
    )

    # The family's history as a timeline, newest first.
    qtbot.waitUntil(lambda: rows(window, "family.timeline") == 5, timeout=10_000)
    timeline = child(window, QTableView, "family.timeline").model()
    dates = [timeline.index(r, 0).data() for r in range(timeline.rowCount())]
    statuses = [timeline.index(r, 3).data() for r in range(timeline.rowCount())]
    assert statuses == ["A2", "Started", "Active", "Planned", "Intake"]
    assert len(set(dates)) == 5


def test_refused_dates_are_said_in_words_with_the_date_compared() -> None:
    for problem, needle in (
        ("future", "future"),
        ("out_of_range", "on or after"),
        ("before_opened", "opened"),
        ("before_previous", "latest"),
        ("after_status_change", "first status change"),
    ):
        text = for_domain_error(EventDateError("status_on", problem, date(2019, 3, 1)))  # type: ignore[arg-type]
        assert needle in text, problem
        assert "2019" in text, problem
