"""Issue 9, found by the tester: saving a Dutch level showed nothing (so a second click stored a
copy); the level's people were chosen by role, not by age on the level's date; a goal of a
child born in 2014 could be opened in 2012. Driven like a coach."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from coach_app.domain import CefrLevel, EventDateError, LifeDomain, Municipality, Role
from coach_app.ui.family.errors import for_domain_error
from coach_app.ui.main_window import MainWindow
from tests.qt.helpers import LEFT, child, choose, click, open_dialog, rows
from tests.qt.test_event_date_typing import type_date


def open_family(qtbot: QtBot, window: MainWindow, people: list[tuple[str, date | None, Role]]):  # type: ignore[no-untyped-def]
    service = window.workspace.service
    family = service.create_family(
        display_name="Family Levels",
        municipality=Municipality("GM0153", "Enschede"),
        status_on=date(2010, 1, 1),
    )
    added = [
        service.add_person(family.id, given_name=name, birth_date=born, role=role)
        for name, born, role in people
    ]
    window.events.family_opened.emit(family.id)
    page = window.family_page
    qtbot.waitUntil(lambda: page.dossier is not None and bool(page.dossier.people), timeout=10_000)
    return family.id, added


def offered(window: QWidget) -> list[str]:
    combo = child(window, QComboBox, "language_level.person")
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_saved_level_is_listed_confirmed_and_not_saved_twice(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = window.workspace.service
    family_id, (amina,) = open_family(qtbot, window, [("Amina", date(1990, 5, 5), Role.ADULT)])
    page = window.family_page
    page.tabs.setCurrentWidget(page.assessments_tab)
    assert rows(window, "language_level.list") == 0
    choose(window, "language_level.level", CefrLevel.A2.value)
    type_date(qtbot, child(window, QDateEdit, "language_level.assessed_on"), date(2019, 10, 1))
    click(qtbot, window, "language_level.save")
    qtbot.waitUntil(lambda: rows(window, "language_level.list") == 1, timeout=10_000)
    listed = child(window, QTableView, "language_level.list").model()
    assert [listed.index(0, c).data() for c in range(3)] == ["01/10/2019", "Amina", "A2"]
    saved = child(window, QLabel, "language_level.saved")
    assert saved.isVisible()
    assert "A2" in saved.text()
    assert "Amina" in saved.text()

    # A second click on the same values: refused in words, nothing stored twice.
    click(qtbot, window, "language_level.save")
    message = child(window, QLabel, "family.message")
    qtbot.waitUntil(lambda: "already recorded" in message.text(), timeout=10_000)
    assert len(service.list_language_levels(family_id)) == 1
    assert rows(window, "language_level.list") == 1
    assert service.list_language_levels(family_id)[0].person_id == amina.id


def test_levels_are_offered_by_age_on_their_date(qtbot: QtBot, window: MainWindow) -> None:
    today = window.workspace.service.today()
    young = date(today.year - 10, 1, 1)
    open_family(
        qtbot,
        window,
        [
            ("Yusuf", date(2003, 5, 20), Role.CHILD),  # over 18 now, though his role is Child
            ("Lina", young, Role.CHILD),
            ("Hatice", None, Role.ADULT),  # no birth date: by role
            ("Ela", None, Role.CHILD),
        ],
    )
    page = window.family_page
    page.tabs.setCurrentWidget(page.assessments_tab)
    assert offered(window) == ["Hatice", "Yusuf"]
    level_on = child(window, QDateEdit, "language_level.assessed_on")
    type_date(qtbot, level_on, date(2021, 5, 19))  # the day before Yusuf turned 18
    assert offered(window) == ["Hatice"]
    type_date(qtbot, level_on, date(2021, 5, 20))
    assert offered(window) == ["Hatice", "Yusuf"]
    text = for_domain_error(EventDateError("assessed_on", "under_18", date(2021, 5, 20)))
    assert "18" in text
    assert "2021" in text


def test_a_goal_is_not_opened_before_its_person_was_born(qtbot: QtBot, window: MainWindow) -> None:
    service = window.workspace.service
    family_id, (lina,) = open_family(qtbot, window, [("Lina", date(2014, 6, 10), Role.CHILD)])
    page = window.family_page
    page.tabs.setCurrentWidget(page.goals_tab)
    click(qtbot, window, "goal.new")
    dialog = open_dialog(qtbot, window, "goal.dialog")
    choose(dialog, "goal.domain", LifeDomain.EDUCATION.value)
    choose(dialog, "goal.person", str(lina.id))
    qtbot.keyClicks(child(dialog, QWidget, "goal.title"), "School")
    type_date(qtbot, child(dialog, QDateEdit, "goal.opened_on"), date(2012, 1, 1))
    error = child(dialog, QLabel, "goal.opened_on_error")
    assert "born" in error.text(), "said at once, before saving"
    choose(dialog, "goal.person", "")  # a whole-family goal has no birth date to respect
    assert not error.isVisible()
    choose(dialog, "goal.person", str(lina.id))
    assert error.isVisible()
    qtbot.mouseClick(child(dialog, QWidget, "goal.save"), LEFT)
    error = child(dialog, QLabel, "goal.opened_on_error")
    qtbot.waitUntil(lambda: error.isVisible() and "born" in error.text(), timeout=10_000)
    assert "2014" in error.text()
    assert dialog.isVisible()
    assert service.list_goals(family_id) == []
    dialog.discard()
