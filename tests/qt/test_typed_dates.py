"""The new-user tester's typed dates: in the visit editor's date and time, the person editor's
birth date and the history's "Change date…", a date typed with separators (15/11/2026), as
digits only (15031985) or with the day part selected first ends as exactly the date typed; a
date that does not exist is said in words and not saved; ticking a birth date "Known" does not
make today the birth date. Driven like the tester: click at the start of the field (or select
the day part) and type the keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit import discard
from coach_app.ui.visit.editor import VisitEditor
from tests.qt.helpers import LEFT, child, make_window, unlock
from tests.qt.test_dialogs import open_history_dialog, open_person_dialog, open_visit_editor


@pytest.fixture
def window(qtbot: QtBot, filled_folder: DataFolder) -> MainWindow:  # type: ignore[override]
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    return window


def click_start(qtbot: QtBot, edit: QDateTimeEdit) -> None:
    """Click at the start of the field's text (its first part, the day, is then current)."""
    qtbot.mouseClick(edit.lineEdit(), LEFT, pos=QPoint(4, edit.lineEdit().height() // 2))
    assert edit.currentSection() == QDateTimeEdit.Section.DaySection


def select_day(edit: QDateTimeEdit) -> None:
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)


def held(edit: QDateTimeEdit) -> str:
    return edit.dateTime().toString("yyyy-MM-dd HH:mm")


def test_a_visit_time_typed_with_separators_is_kept(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(VisitEditor, "ask_discard", lambda self: discard.DISCARD)
    editor = open_visit_editor(qtbot, window).dialog
    started = child(editor, QDateTimeEdit, "visit.started_at")
    assert started.displayFormat() == "dd/MM/yyyy HH:mm"
    click_start(qtbot, started)
    qtbot.keyClicks(started, "15/11/2026 14:30")
    assert held(started) == "2026-11-15 14:30"
    click_start(qtbot, started)
    qtbot.keyClicks(started, "151120261430")
    assert held(started) == "2026-11-15 14:30"
    click_start(qtbot, started)
    qtbot.keyClicks(started, "03/02/2025 09:05")
    assert held(started) == "2025-02-03 09:05"
    click_start(qtbot, started)  # ":" typed with Shift, as on most keyboards
    qtbot.keyClicks(started, "16/11/2026 15")
    qtbot.keyClick(started, ":", Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(started, "45")
    assert held(started) == "2026-11-16 15:45"

    # A day that does not exist is kept as typed, said in words, and not saved.
    visits = len(window.workspace.service.list_visits(window.families_page.model.family_at(0).id))
    click_start(qtbot, started)
    qtbot.keyClicks(started, "31/11/2026 14:30")
    assert started.text() == "31/11/2026 14:30"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = child(editor, QLabel, "visit.error")
    qtbot.waitUntil(lambda: "not a date" in error.text(), timeout=10_000)
    assert started.text() == "31/11/2026 14:30", "what was typed is kept"
    assert (
        len(window.workspace.service.list_visits(window.families_page.model.family_at(0).id))
        == visits
    )
    editor.reject()


@pytest.mark.parametrize("keys", ["15/03/1985", "15031985", "15-03-1985", "15.03.1985"])
def test_a_typed_birth_date_is_kept(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    dialog = open_person_dialog(qtbot, window).dialog
    birth = child(dialog, QDateEdit, "person.birth_date")
    child(dialog, QCheckBox, "person.birth_date_known").setChecked(True)
    click_start(qtbot, birth)
    qtbot.keyClicks(birth, keys)
    assert held(birth)[:10] == "1985-03-15"
    select_day(birth)
    qtbot.keyClicks(birth, "31/01/1990")
    assert held(birth)[:10] == "1990-01-31"
    dialog.reject()


def test_known_birth_date_starts_unset_and_is_required(qtbot: QtBot, window: MainWindow) -> None:
    service = window.workspace.service
    dialog = open_person_dialog(qtbot, window).dialog
    family_id = window.family_page.dossier.family.id  # type: ignore[union-attr]
    people = len(service.list_people(family_id))
    birth = child(dialog, QDateEdit, "person.birth_date")
    qtbot.keyClicks(child(dialog, QLineEdit, "person.given_name"), "Noor")
    child(dialog, QCheckBox, "person.birth_date_known").setChecked(True)
    assert birth.isEnabled()
    assert birth.text().strip("/ ") == "", "ticking Known fills in no date"
    qtbot.mouseClick(child(dialog, QPushButton, "person.save"), LEFT)
    error = child(dialog, QLabel, "person.birth_date_error")
    qtbot.waitUntil(lambda: error.isVisible() and "Known" in error.text(), timeout=10_000)
    assert dialog.isVisible()
    assert len(service.list_people(family_id)) == people, "nobody saved as born today"
    click_start(qtbot, birth)
    qtbot.keyClicks(birth, "15031985")
    assert held(birth)[:10] == "1985-03-15"
    qtbot.mouseClick(child(dialog, QPushButton, "person.save"), LEFT)
    qtbot.waitUntil(lambda: len(service.list_people(family_id)) == people + 1, timeout=10_000)
    noor = next(p for p in service.list_people(family_id) if p.given_name == "Noor")
    assert noor.birth_date == date(1985, 3, 15)


def test_a_birth_date_that_does_not_exist_is_said_and_not_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = window.workspace.service
    dialog = open_person_dialog(qtbot, window).dialog
    family_id = window.family_page.dossier.family.id  # type: ignore[union-attr]
    people = len(service.list_people(family_id))
    qtbot.keyClicks(child(dialog, QLineEdit, "person.given_name"), "Sara")
    birth = child(dialog, QDateEdit, "person.birth_date")
    child(dialog, QCheckBox, "person.birth_date_known").setChecked(True)
    click_start(qtbot, birth)
    qtbot.keyClicks(birth, "31/02/1985")
    assert birth.text() == "31/02/1985", "what was typed is kept"
    qtbot.mouseClick(child(dialog, QPushButton, "person.save"), LEFT)
    error = child(dialog, QLabel, "person.birth_date_error")
    qtbot.waitUntil(lambda: error.isVisible() and "not a date" in error.text(), timeout=10_000)
    assert dialog.isVisible()
    assert birth.text() == "31/02/1985"
    assert len(service.list_people(family_id)) == people
    dialog.reject()


@pytest.mark.parametrize("keys", ["15/11/2026", "15112026"])
def test_a_history_date_typed_with_the_day_selected_is_kept(
    qtbot: QtBot, window: MainWindow, keys: str
) -> None:
    dialog = open_history_dialog(qtbot, window).dialog
    event_on = child(dialog, QDateEdit, "history.event_on")
    select_day(event_on)
    qtbot.keyClicks(event_on, keys)
    assert held(event_on)[:10] == "2026-11-15"
    note = child(dialog, QLabel, "history.event_on_error")
    assert not note.isVisible() or note.text() == ""
    click_start(qtbot, event_on)
    qtbot.keyClicks(event_on, "01/10/2026")
    assert held(event_on)[:10] == "2026-10-01"
    dialog.reject()


def focused(edit: QDateTimeEdit) -> bool:
    widget = QApplication.focusWidget()
    return widget is edit or widget is edit.lineEdit()


def test_tab_leaves_an_empty_birth_date(qtbot: QtBot, window: MainWindow) -> None:
    """The second tester's keyboard trap: Tab in the empty field (Known ticked) never left it."""
    dialog = open_person_dialog(qtbot, window).dialog
    birth = child(dialog, QDateEdit, "person.birth_date")
    child(dialog, QCheckBox, "person.birth_date_known").setChecked(True)
    birth.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused(birth), timeout=10_000)
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not focused(birth), timeout=10_000)
    assert birth.text().strip() == ""
    dialog.reject()


def test_tab_keeps_a_date_that_does_not_exist(qtbot: QtBot, window: MainWindow) -> None:
    """Tab after 31/02/2026 made it 28/02/2026 without a word (visit editor, Change date…)."""
    dialog = open_history_dialog(qtbot, window).dialog
    event_on = child(dialog, QDateEdit, "history.event_on")
    click_start(qtbot, event_on)
    qtbot.keyClicks(event_on, "31/02/2026")
    qtbot.keyClick(event_on, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not focused(event_on), timeout=10_000)
    assert event_on.text() == "31/02/2026", "what was typed is kept"
    dialog.reject()


def test_coming_back_to_a_half_typed_date_keeps_it(qtbot: QtBot, window: MainWindow) -> None:
    """Tabbing back into a field showing a half-typed date put the last whole date back (and
    saved it): what was typed stays."""
    dialog = open_person_dialog(qtbot, window).dialog
    birth = child(dialog, QDateEdit, "person.birth_date")
    given = child(dialog, QLineEdit, "person.given_name")
    qtbot.keyClicks(given, "Digi")
    child(dialog, QCheckBox, "person.birth_date_known").setChecked(True)
    click_start(qtbot, birth)
    qtbot.keyClicks(birth, "15031985")
    assert held(birth)[:10] == "1985-03-15"
    click_start(qtbot, birth)
    qtbot.keyClicks(birth, "20/04/19")
    typed = birth.text()
    assert typed == "20/04/19"
    given.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: given.hasFocus(), timeout=10_000)
    birth.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused(birth), timeout=10_000)
    qtbot.waitUntil(lambda: birth.text() == typed, timeout=10_000)
    qtbot.mouseClick(child(dialog, QPushButton, "person.save"), LEFT)
    error = child(dialog, QLabel, "person.birth_date_error")
    qtbot.waitUntil(lambda: error.isVisible() and "not a date" in error.text(), timeout=10_000)
    assert birth.text() == typed
    dialog.reject()
