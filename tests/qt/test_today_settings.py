"""The Today and Settings screens driven through the real window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)
from pytestqt.qtbot import QtBot

from coach_app.deployment import Deployment
from coach_app.domain import FollowUpAction, LifeDomain, Municipality
from coach_app.i18n import TranslatorHolder, build
from coach_app.paths import DataFolder
from coach_app.security import KdfParams, Vault, WrongPassphrase, WrongRecoveryCode
from coach_app.storage.backups import list_backups
from coach_app.ui.badges import BADGE_ROLE
from coach_app.ui.context import UiContext, UiEvents
from coach_app.ui.main_window import MainWindow
from coach_app.ui.preferences import AUTO_LOCK_MINUTES, Preferences
from coach_app.ui.tasks import Operations
from coach_app.ui.today.models import OVERDUE_ROLE
from coach_app.workspace import Workspace
from tests.qt.conftest import PASSPHRASE
from tests.qt.helpers import child, unlock

NEW_PASSPHRASE = "seven green bicycles at dawn"


def local(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone().astimezone(UTC)


@pytest.fixture
def seeded(folder: DataFolder) -> tuple[DataFolder, dict[str, object]]:
    """A family with a visit planned tomorrow, an overdue follow-up and a goal due in 10 days,
    plus a family with nothing due."""
    workspace = Workspace(folder, kdf=KdfParams())
    recovery_code = workspace.create(PASSPHRASE)
    service = workspace.service
    today = date.today()
    demir = service.create_family(
        display_name="Demir", municipality=Municipality("GM0153", "Enschede")
    )
    service.create_family(display_name="Quiet", municipality=Municipality("GM0153", "Enschede"))
    service.record_visit(
        demir.id, started_at=local(today + timedelta(days=1), 10), duration_minutes=60
    )
    service.record_visit(
        demir.id,
        started_at=local(today - timedelta(days=20), 10),
        duration_minutes=45,
        follow_ups=[FollowUpAction(text="Call the school", due_date=today - timedelta(days=2))],
    )
    service.create_goal(
        demir.id,
        domain=LifeDomain.LANGUAGE,
        title="Start a language course",
        target_date=today + timedelta(days=10),
    )
    workspace.lock()
    return folder, {"family_id": demir.id, "recovery_code": recovery_code}


def make_window(
    qtbot: QtBot,
    folder: DataFolder,
    deployment: Deployment | None = None,
    preferences: Preferences | None = None,
) -> MainWindow:
    context = UiContext(
        workspace=Workspace(folder, kdf=KdfParams()),
        operations=Operations(),
        deployment=deployment or Deployment(),
        preferences=preferences,
        events=UiEvents(),
        language="en",
    )
    window = MainWindow(context, auto_lock_minutes=5)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_idle(window: MainWindow) -> None:
    assert window.operations.wait(20_000)
    QApplication.processEvents()


def test_today_shows_what_is_due_and_opens_the_family(
    qtbot: QtBot, seeded: tuple[DataFolder, dict[str, object]]
) -> None:
    folder, seeds = seeded
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    window.show_page("today")
    page = window.today_page
    qtbot.waitUntil(lambda: page.goals_model.rowCount() == 1, timeout=10_000)

    visits = child(window, QTableView, "today.visits")
    followups = child(window, QTableView, "today.followups")
    goals = child(window, QTableView, "today.goals")
    assert visits.model().rowCount() == 1
    assert visits.model().index(0, 1).data() == "Demir"
    assert followups.model().rowCount() == 1
    assert followups.model().index(0, 2).data() == "Call the school"
    assert followups.model().index(0, 0).data(OVERDUE_ROLE) is True
    assert followups.model().index(0, 3).data() == "2 days overdue"
    assert followups.model().index(0, 3).data(BADGE_ROLE).tone == "danger"
    assert goals.model().index(0, 2).data() == "Start a language course"
    assert goals.model().index(0, 0).data(OVERDUE_ROLE) is False
    assert "(1)" in child(window, QLabel, "today.visits_count").text()

    goals.setFocus()
    goals.setCurrentIndex(goals.model().index(0, 0))
    with qtbot.waitSignal(
        window.events.family_opened,
        check_params_cb=lambda family_id: family_id == seeds["family_id"],
        timeout=5_000,
    ):
        qtbot.keyClick(goals, Qt.Key.Key_Return)

    window.lock()
    assert page.visits_model.rowCount() == 0
    assert page.followups_model.rowCount() == 0
    assert page.goals_model.rowCount() == 0


def test_today_says_so_when_nothing_is_due(qtbot: QtBot, folder: DataFolder) -> None:
    Workspace(folder, kdf=KdfParams()).create(PASSPHRASE)
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    window.show_page("today")
    wait_idle(window)
    empty = child(window, QLabel, "today.visits_empty")
    assert not empty.isHidden()
    assert "No visits planned" in empty.text()
    assert child(window, QTableView, "today.visits").isHidden()


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester, seeded: tuple[DataFolder, dict[str, object]]
) -> None:  # type: ignore[no-untyped-def]
    folder, _ = seeded
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    window.show_page("today")
    page = window.today_page
    qtbot.waitUntil(lambda: page.goals_model.rowCount() == 1, timeout=10_000)
    for model in (page.visits_model, page.followups_model, page.goals_model):
        qtmodeltester.check(model)
    window.show_page("settings")
    window.workspace.backup_now()
    window.settings_page.refresh()
    assert window.settings_page.backups_box.backups_model.rowCount() == 1
    qtmodeltester.check(window.settings_page.backups_box.backups_model)


@pytest.fixture
def dutch_ready(qapp: QApplication) -> Iterator[TranslatorHolder]:
    build.release()
    holder = TranslatorHolder()
    yield holder
    holder.install(qapp, "en")


def test_switching_the_language_retranslates_today_and_settings(
    qtbot: QtBot, qapp: QApplication, folder: DataFolder, dutch_ready: TranslatorHolder
) -> None:
    Workspace(folder, kdf=KdfParams()).create(PASSPHRASE)
    window = make_window(qtbot, folder)
    window.events.language_requested.connect(lambda code: dutch_ready.install(qapp, code))
    unlock(qtbot, window)
    window.show_page("settings")
    qtbot.keyClicks(child(window, QLineEdit, "settings.new_passphrase"), "short")
    assert window.nav.item(0).text() == "Today"
    assert window.settings_page.title.text() == "Settings"
    assert child(window, QLabel, "settings.strength").text().startswith("Too short")

    language = child(window, QComboBox, "settings.language")
    language.setCurrentIndex(language.findData("nl"))
    QApplication.processEvents()

    assert language.currentData() == "nl"
    assert window.nav.item(0).text() == "Vandaag"
    assert window.nav.item(3).text() == "Instellingen"
    assert window.today_page.title.text() == "Vandaag"
    assert window.settings_page.title.text() == "Instellingen"
    assert child(window, QLabel, "settings.strength").text().startswith("Te kort")
    written = child(window, QCheckBox, "settings.recovery_written")
    assert written.text() == QCoreApplication.translate(
        "SetupPage", "I have written down the recovery code"
    )
    assert written.text() != "I have written down the recovery code"


def test_auto_lock_is_capped_by_the_organisation_policy(
    qtbot: QtBot, folder: DataFolder, tmp_path: Path
) -> None:
    Workspace(folder, kdf=KdfParams()).create(PASSPHRASE)
    preferences = Preferences(tmp_path / "settings.ini")
    preferences.set(AUTO_LOCK_MINUTES, 30)
    window = make_window(
        qtbot, folder, Deployment(auto_lock_max_minutes=3), preferences=preferences
    )
    unlock(qtbot, window)
    window.show_page("settings")
    spin = child(window, QSpinBox, "settings.auto_lock")
    assert spin.maximum() == 3
    assert spin.value() == 3  # the stored 30 is shown as the policy's maximum
    assert "3" in child(window, QLabel, "settings.auto_lock_policy").text()

    spin.setValue(2)
    assert window.auto_lock_minutes == 2
    assert preferences.get(AUTO_LOCK_MINUTES) == 2
    spin.selectAll()
    qtbot.keyClicks(spin, "45")
    assert spin.value() <= 3
    assert window.auto_lock_minutes <= 3
    assert preferences.get(AUTO_LOCK_MINUTES) <= 3


def type_into(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    field = child(window, QLineEdit, name)
    field.clear()
    qtbot.keyClicks(field, text)


def test_changing_the_passphrase_through_the_page(qtbot: QtBot, folder: DataFolder) -> None:
    Workspace(folder, kdf=KdfParams()).create(PASSPHRASE)
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    window.show_page("settings")
    message = child(window, QLabel, "settings.passphrase_message")
    button = child(window, QPushButton, "settings.change_passphrase")

    type_into(qtbot, window, "settings.current_passphrase", "not my passphrase")
    type_into(qtbot, window, "settings.new_passphrase", NEW_PASSPHRASE)
    type_into(qtbot, window, "settings.confirm_passphrase", NEW_PASSPHRASE)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(window)
    assert "not right" in message.text()

    type_into(qtbot, window, "settings.current_passphrase", PASSPHRASE)
    type_into(qtbot, window, "settings.confirm_passphrase", NEW_PASSPHRASE + "x")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "not the same" in message.text()

    type_into(qtbot, window, "settings.confirm_passphrase", NEW_PASSPHRASE)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not child(window, QPushButton, "settings.change_passphrase").isEnabled()  # busy
    wait_idle(window)
    assert "was changed" in message.text()
    assert child(window, QLineEdit, "settings.current_passphrase").text() == ""

    window.lock()
    vault = Vault.load(folder.root)
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.workspace.is_unlocked


def test_a_new_recovery_code_replaces_the_old_one(
    qtbot: QtBot, seeded: tuple[DataFolder, dict[str, object]]
) -> None:
    folder, seeds = seeded
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    window.show_page("settings")
    code_label = child(window, QLabel, "settings.recovery_code")
    assert code_label.isHidden()
    type_into(qtbot, window, "settings.recovery_passphrase", PASSPHRASE)
    qtbot.mouseClick(
        child(window, QPushButton, "settings.new_recovery_code"), Qt.MouseButton.LeftButton
    )
    wait_idle(window)
    new_code = code_label.text()
    assert new_code
    assert not code_label.isHidden()
    done = child(window, QPushButton, "settings.recovery_done")
    assert not done.isEnabled()
    child(window, QCheckBox, "settings.recovery_written").setChecked(True)
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert code_label.isHidden()
    assert code_label.text() == ""

    vault = Vault.load(folder.root)
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(str(seeds["recovery_code"]))
    vault.unlock_with_recovery_code(new_code)
    vault.lock()


def test_back_up_now_then_restore_through_the_page(
    qtbot: QtBot, seeded: tuple[DataFolder, dict[str, object]]
) -> None:
    folder, _ = seeded
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    window.show_page("settings")
    page = window.settings_page
    service_before = [f.display_name for f in window.workspace.service.list_families()]

    qtbot.mouseClick(child(window, QPushButton, "settings.backup_now"), Qt.MouseButton.LeftButton)
    assert not child(window, QPushButton, "settings.backup_now").isEnabled()
    wait_idle(window)
    assert page.backups_box.backups_model.rowCount() == 1
    assert "Backup made" in child(window, QLabel, "settings.backup_message").text()
    assert len(list_backups(folder)) == 1

    window.workspace.service.create_family(
        display_name="Added later", municipality=Municipality("GM0153", "Enschede")
    )
    backups = child(window, QTableView, "settings.backups")
    restore = child(window, QPushButton, "settings.restore")
    confirm = child(window, QPushButton, "settings.restore_confirm")
    assert not restore.isEnabled()  # nothing selected yet
    backups.selectRow(0)
    assert restore.isEnabled()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert not confirm.isHidden()
    assert "lost" in child(window, QLabel, "settings.restore_question").text()
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    wait_idle(window)

    assert "was restored" in child(window, QLabel, "settings.backup_message").text()
    assert confirm.isHidden()
    assert window.workspace.is_unlocked
    after = [f.display_name for f in window.workspace.service.list_families()]
    assert after == service_before


def test_a_backup_is_made_after_unlocking_when_none_is_recent(
    qtbot: QtBot, folder: DataFolder
) -> None:
    Workspace(folder, kdf=KdfParams()).create(PASSPHRASE)
    window = make_window(qtbot, folder)
    scheduler = window.settings_page.backups_box.scheduler
    scheduler.tick()  # locked: nothing happens
    wait_idle(window)
    assert list_backups(folder) == []
    unlock(qtbot, window)
    scheduler.tick()
    wait_idle(window)
    assert len(list_backups(folder)) == 1
    scheduler.tick()  # the next check is an hour away
    wait_idle(window)
    assert len(list_backups(folder)) == 1


def test_settings_lead_to_enrolment_on_the_sync_screen(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    window.show_page("settings")
    qtbot.mouseClick(child(window, QPushButton, "settings.enrol"), Qt.MouseButton.LeftButton)
    assert window.current_page() is window.sync_page
    assert child(window, QLineEdit, "sync.enrol_code").isVisibleTo(window)
