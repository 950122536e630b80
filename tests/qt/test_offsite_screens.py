"""The off-laptop screens, driven as a coach does: hand a family over from its page, take it
over on the other laptop's Sync screen, back up to the server now. The server is the real app
in process; the work runs on each window's sync thread."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.domain import ConsentKind, Municipality
from coach_app.offsite.handover import HandoverService
from coach_app.offsite.state import credentials
from coach_app.offsite.upload import BackupUploader
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.sync import SyncEngine
from coach_app.ui.handover_dialog import HandoverDialog
from coach_app.ui.main_window import MainWindow
from coach_app.workspace import Workspace
from coach_server.app import create_app
from coach_server.services import create_enrolment_code
from coach_server.settings import Settings
from tests.integration.offsite.offsite_helpers import URL, InProcessServer
from tests.qt.conftest import PASSPHRASE
from tests.qt.helpers import child, make_window, unlock

LEFT = Qt.MouseButton.LeftButton
NEW_PASSPHRASE = "a brand new laptop passphrase"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    database_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    settings = Settings(
        data_dir=tmp_path / "server",
        database_url=database_url,
        argon2_memory_kib=1024,
        argon2_iterations=1,
    )
    with TestClient(create_app(settings)) as client:
        yield InProcessServer(client, database_url)


def _laptop(root: Path, coach: str, server: InProcessServer, family: str | None) -> DataFolder:
    folder = DataFolder(root / coach.replace(" ", "-"))
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create(PASSPHRASE)
    try:
        if family is not None:
            created = workspace.service.create_family(
                display_name=family,
                municipality=Municipality("GM0153", "Enschede"),
                start_date=date(2019, 3, 1),
            )
            workspace.service.record_consent(
                created.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c"
            )
        engine = SyncEngine(make_session_factory(workspace.engine), transport=server.transport)
        try:
            assert engine.enrol(URL, server.code(coach)).ok
            assert engine.sync(force=True).outcome == "synced"
        finally:
            engine.close()
        # The laptop's key reaches the server with its first off-laptop request.
        HandoverService(
            make_session_factory(workspace.engine), folder.root / "h", transport=server.transport
        ).receivers()
    finally:
        workspace.lock()
    return folder


def _window(qtbot: QtBot, folder: DataFolder, server: InProcessServer) -> MainWindow:
    window = make_window(qtbot, folder)
    window.sync_controller.transport = server.transport
    unlock(qtbot, window)
    return window


def test_a_family_is_handed_over_from_its_page_and_taken_over_on_the_other_laptop(
    qtbot: QtBot, tmp_path: Path, server: InProcessServer
) -> None:
    sender_folder = _laptop(tmp_path, "Coach A", server, "Family Yilmaz")
    receiver_folder = _laptop(tmp_path, "Coach B", server, None)

    sender = _window(qtbot, sender_folder, server)
    [summary] = sender.context.workspace.service.list_families()
    sender.context.events.family_opened.emit(summary.id)
    page = sender.family_page
    qtbot.waitUntil(lambda: page.dossier is not None, timeout=10_000)
    page.tabs.setCurrentWidget(page.data_tab)
    qtbot.mouseClick(child(sender, QPushButton, "family.handover"), LEFT)
    dialog = sender.findChild(HandoverDialog, "handover.dialog")
    assert dialog is not None
    receiver = child(dialog, QComboBox, "handover.receiver")
    qtbot.waitUntil(lambda: receiver.count() == 1, timeout=10_000)
    assert receiver.currentText() == "Coach B"
    qtbot.mouseClick(child(dialog, QPushButton, "handover.send"), LEFT)
    message = child(dialog, QLabel, "handover.message")
    qtbot.waitUntil(lambda: "Handed over to Coach B" in message.text(), timeout=20_000)
    dialog.reject()
    held = child(sender, QLabel, "family.handover_text")
    qtbot.waitUntil(lambda: "being handed over to Coach B" in held.text(), timeout=10_000)
    assert not child(sender, QPushButton, "family.handover").isEnabled()
    # A save is refused in plain words; nothing is lost.
    family = sender.context.workspace.service.get_family(summary.id)
    page.run_save(
        lambda: sender.context.workspace.service.update_family(
            dataclasses.replace(family, phone="+31 6 1111 2222")
        )
    )
    qtbot.waitUntil(lambda: "being handed over" in page.message.text(), timeout=10_000)

    taker = _window(qtbot, receiver_folder, server)
    taker.show_page("sync")
    incoming = child(taker, QListWidget, "offsite.incoming")
    qtbot.waitUntil(lambda: incoming.count() == 1, timeout=20_000)
    assert incoming.item(0).text() == "A family from Coach A"
    incoming.setCurrentRow(0)
    qtbot.mouseClick(child(taker, QPushButton, "offsite.take_over"), LEFT)
    qtbot.waitUntil(lambda: taker.family_page.dossier is not None, timeout=20_000)
    assert taker.family_page.dossier.family.display_name == "Family Yilmaz"
    assert taker.family_page.dossier.family.id == UUID(str(summary.id))

    # The sender learns of it at its next sync and erases its copy.
    sender.sync_controller.sync_now(force=True)
    workspace = sender.context.workspace
    qtbot.waitUntil(lambda: workspace.service.list_families() == [], timeout=20_000)
    sender.lock()
    taker.lock()


def test_back_up_to_the_server_now_says_when_and_how_big(
    qtbot: QtBot, tmp_path: Path, server: InProcessServer
) -> None:
    folder = _laptop(tmp_path, "Coach A", server, "Family Demir")
    window = _window(qtbot, folder, server)
    window.show_page("sync")
    status = child(window, QLabel, "offsite.status")
    qtbot.waitUntil(lambda: "on the server" in status.text(), timeout=20_000)
    qtbot.waitUntil(lambda: not window.sync_controller.busy, timeout=20_000)
    qtbot.mouseClick(child(window, QPushButton, "offsite.upload_now"), LEFT)
    message = child(window, QLabel, "offsite.message")
    qtbot.waitUntil(lambda: "is on the server" in message.text(), timeout=20_000)
    qtbot.waitUntil(lambda: "Last encrypted backup on the server" in status.text(), timeout=20_000)
    assert " kB)" in status.text() or " MB)" in status.text()
    window.lock()
    assert status.text() == ""


def test_a_new_laptop_restores_from_the_server_on_the_first_run_page(
    qtbot: QtBot, tmp_path: Path, server: InProcessServer
) -> None:
    # Laptop A backs up to the server and is lost.
    lost = DataFolder(tmp_path / "laptop-a")
    workspace = Workspace(lost, kdf=KdfParams())
    recovery_code = workspace.create(PASSPHRASE)
    other_code = Workspace(DataFolder(tmp_path / "other"), kdf=KdfParams()).create(PASSPHRASE)
    try:
        workspace.service.create_family(
            display_name="Family Kaya",
            municipality=Municipality("GM0153", "Enschede"),
            start_date=date(2019, 3, 1),
        )
        sessions = make_session_factory(workspace.engine)
        engine = SyncEngine(sessions, transport=server.transport)
        try:
            enrolled = engine.enrol(URL, server.code("Coach A"))
        finally:
            engine.close()
        assert enrolled.device_id is not None
        uploaded = BackupUploader(
            sessions,
            make_backup=lambda: workspace.backup_now().path,
            local_backups=lambda: [b.path for b in workspace.list_backups()],
            transport=server.transport,
        ).run(force=True)
        assert uploaded.outcome == "uploaded"
    finally:
        workspace.lock()
    shutil.rmtree(lost.root)
    code, _ = server.admin(  # type: ignore[misc]
        lambda s: create_enrolment_code(
            s,
            coach_name="Coach A",
            ttl=timedelta(hours=1),
            actor="admin:test",
            now=datetime.now(UTC),
            replaces=enrolled.device_id,
        )
    )

    # Laptop B: the first-run page offers the restore.
    folder = DataFolder(tmp_path / "laptop-b")
    window = make_window(qtbot, folder)
    window.restore_page.transport = server.transport
    qtbot.mouseClick(child(window, QPushButton, "setup.restore"), LEFT)
    assert window.stack.currentWidget() is window.restore_page
    child(window, QLineEdit, "restore.server_url").setText(URL)
    qtbot.keyClicks(child(window, QLineEdit, "restore.enrolment_code"), str(code).lower())
    qtbot.mouseClick(child(window, QPushButton, "restore.connect"), LEFT)
    found = child(window, QLabel, "restore.found")
    qtbot.waitUntil(lambda: "Found the encrypted backup" in found.text(), timeout=20_000)

    # Another laptop's recovery code: refused in words; nothing is written.
    qtbot.keyClicks(child(window, QLineEdit, "restore.recovery_code"), other_code)
    for name in ("restore.passphrase", "restore.passphrase_confirm"):
        qtbot.keyClicks(child(window, QLineEdit, name), NEW_PASSPHRASE)
    qtbot.mouseClick(child(window, QPushButton, "restore.restore"), LEFT)
    error = child(window, QLabel, "restore.error")
    qtbot.waitUntil(lambda: "does not open" in error.text(), timeout=20_000)
    assert not folder.vault.exists()
    assert not folder.database.exists()

    # The right one (typed as people do): restored, a new recovery code shown once.
    field = child(window, QLineEdit, "restore.recovery_code")
    field.clear()
    qtbot.keyClicks(field, recovery_code.lower().replace("-", " "))
    with qtbot.waitSignal(window.restore_page.restored, timeout=30_000) as restored:
        qtbot.mouseClick(child(window, QPushButton, "restore.restore"), LEFT)
    new_code = restored.args[0]
    assert new_code != recovery_code
    assert child(window, QLabel, "setup.recovery_code").text() == new_code
    families = window.context.workspace.service.list_families()
    assert [f.display_name for f in families] == ["Family Kaya"]
    with make_session_factory(window.context.workspace.engine)() as session:
        creds = credentials(session)
    assert creds is not None
    assert creds.device_id == enrolled.device_id
    window.lock()
