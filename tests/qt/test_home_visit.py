"""A whole home visit, driven by object names as a coach would: first run, a new family, two
people, a visit with notes and a follow-up action, a goal set to started, lock, unlock, and
everything is still there. Once in Dutch, once in Turkish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from coach_app.domain import GoalStatus, LifeDomain
from coach_app.i18n import TranslatorHolder, build
from coach_app.paths import DataFolder
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit.models import FollowUpsModel
from tests.canaries import canary
from tests.qt.conftest import PASSPHRASE
from tests.qt.helpers import (
    LEFT,
    child,
    choose,
    click,
    make_window,
    open_dialog,
    rows,
    save_dialog,
    type_into,
    unlock,
)

# The navigation entry for the Families list, in each language.
FAMILIES_LABEL = {"nl": "Gezinnen", "tr": "Aileler"}


@pytest.fixture
def translated(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    language = request.param
    build.release()
    holder = TranslatorHolder()
    assert holder.install(qapp, language)
    yield language
    holder.install(qapp, "en")


def first_run(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.setup_page
    qtbot.keyClicks(child(window, QLineEdit, "setup.passphrase"), PASSPHRASE)
    qtbot.keyClicks(child(window, QLineEdit, "setup.passphrase_confirm"), PASSPHRASE)
    click(qtbot, window, "setup.create")
    code = child(window, QLabel, "setup.recovery_code")
    qtbot.waitUntil(lambda: bool(code.text()), timeout=20_000)
    child(window, QCheckBox, "setup.recovery_confirmed").setChecked(True)
    with qtbot.waitSignal(window.unlocked):
        click(qtbot, window, "setup.continue")


@pytest.mark.parametrize("translated", ["nl", "tr"], indirect=True)
def test_a_whole_home_visit(qtbot: QtBot, folder: DataFolder, translated: str) -> None:
    family_name = canary(f"Home{translated}")
    notes = f"{canary('HomeNotes')} Ayşe wil in september met de Entree-opleiding beginnen."
    window = make_window(qtbot, folder)
    first_run(qtbot, window)
    nav = child(window, QListWidget, "nav.list")
    assert FAMILIES_LABEL[translated] in [nav.item(i).text() for i in range(nav.count())]

    # A new family.
    click(qtbot, window, "families.new")
    dialog = open_dialog(qtbot, window, "family.dialog")
    type_into(qtbot, dialog, "family.display_name", family_name)
    choose(dialog, "family.municipality", "GM0153")
    save_dialog(qtbot, dialog, "family.save")
    page = window.family_page
    qtbot.waitUntil(lambda: page.title.text() == family_name, timeout=10_000)

    # Two people.
    for given in ("Ayşe", "Mehmet"):
        click(qtbot, window, "person.new")
        dialog = open_dialog(qtbot, window, "person.dialog")
        type_into(qtbot, dialog, "person.given_name", given)
        type_into(qtbot, dialog, "person.family_name", "Yılmaz")
        save_dialog(qtbot, dialog, "person.save")
    qtbot.waitUntil(lambda: rows(window, "person.list") == 2, timeout=10_000)

    # A goal, set to started.
    click(qtbot, window, "goal.new")
    dialog = open_dialog(qtbot, window, "goal.dialog")
    choose(dialog, "goal.domain", LifeDomain.EDUCATION.value)
    type_into(qtbot, dialog, "goal.title", "Entree-opleiding")
    save_dialog(qtbot, dialog, "goal.save")
    qtbot.waitUntil(lambda: rows(window, "goal.list") == 1, timeout=10_000)
    child(window, QTableView, "goal.list").selectRow(0)
    choose(window, "goal.status", GoalStatus.STARTED.value)
    click(qtbot, window, "goal.status_save")
    qtbot.waitUntil(lambda: rows(window, "goal.progress") == 1, timeout=10_000)

    # A visit with notes and a follow-up action.
    click(qtbot, window, "visit.new")
    editor = open_dialog(qtbot, window, "visit.editor")
    save = child(editor, QPushButton, "visit.save")
    qtbot.waitUntil(save.isEnabled, timeout=10_000)
    child(editor, QPlainTextEdit, "visit.notes").setPlainText(notes)
    qtbot.mouseClick(child(editor, QPushButton, "visit.followup_add"), LEFT)
    followups = child(editor, QTableView, "visit.followups").model()
    followups.setData(followups.index(0, FollowUpsModel.TEXT), "Bel het ROC")
    followups.setData(followups.index(0, FollowUpsModel.DUE), QDate(2026, 12, 7))
    with qtbot.waitSignal(editor.visit_saved, timeout=10_000):  # type: ignore[attr-defined]
        qtbot.mouseClick(save, LEFT)
    qtbot.waitUntil(lambda: rows(window, "visit.list") == 1, timeout=10_000)

    # Lock, unlock: everything is there.
    qtbot.waitUntil(lambda: window.findChild(QDialog, "visit.editor") is None, timeout=10_000)
    with qtbot.waitSignal(window.locked):
        qtbot.mouseClick(child(window, QPushButton, "nav.lock"), LEFT)
    assert not window.workspace.is_unlocked
    assert family_name not in page.title.text()
    unlock(qtbot, window)
    service = window.workspace.service
    (summary,) = service.list_families()
    assert summary.display_name == family_name
    assert sorted(p.given_name for p in service.list_people(summary.id)) == ["Ayşe", "Mehmet"]
    (visit,) = service.list_visits(summary.id)
    assert visit.notes == notes
    assert [f.text for f in visit.follow_ups] == ["Bel het ROC"]
    (goal,) = service.list_goals(summary.id)
    assert goal.status is GoalStatus.STARTED
    # And the coach sees it again by opening the family.
    window.events.family_opened.emit(summary.id)
    qtbot.waitUntil(lambda: page.title.text() == family_name, timeout=10_000)
    qtbot.waitUntil(lambda: rows(window, "visit.list") == 1, timeout=10_000)
    assert rows(window, "person.list") == 2
    window.lock()
