"""Screenshots of restoring a lost laptop from the server and of handing a family over, for
reviewers and the user guide (issue 12).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/offsite_screenshots.py \
        [--lang en nl tr]

Saves to docs/screenshots/, per language: ``restore-server-<lang>.png`` (first run, "Restore
from the server": the server address and the leader's code), ``restore-recovery-<lang>.png``
(the backup found; a recovery code that does not open it, told in words) and
``handover-<lang>.png`` (a family's data tab, the handover dialog with the receiving coach).
The server is the real app in process (its own database in a throwaway folder) reached through
Starlette's test transport, so the pictures show exactly what the app does; every laptop is a
throwaway data folder with synthetic data. Needs the dev virtualenv (FastAPI's test client).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from fastapi.testclient import TestClient
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach_app.deployment import Deployment  # noqa: E402
from coach_app.domain import ConsentKind, Municipality  # noqa: E402
from coach_app.i18n import TranslatorHolder  # noqa: E402
from coach_app.offsite.handover import HandoverService  # noqa: E402
from coach_app.offsite.upload import BackupUploader  # noqa: E402
from coach_app.paths import DataFolder  # noqa: E402
from coach_app.security import KdfParams  # noqa: E402
from coach_app.storage import make_session_factory  # noqa: E402
from coach_app.sync import SyncEngine  # noqa: E402
from coach_app.ui.context import UiContext, UiEvents  # noqa: E402
from coach_app.ui.handover_dialog import HandoverDialog  # noqa: E402
from coach_app.ui.main_window import MainWindow  # noqa: E402
from coach_app.ui.resources import apply_theme  # noqa: E402
from coach_app.ui.tasks import Operations  # noqa: E402
from coach_app.workspace import Workspace  # noqa: E402
from coach_server.app import create_app  # noqa: E402
from coach_server.db import create_db_engine  # noqa: E402
from coach_server.db import make_session_factory as server_sessions  # noqa: E402
from coach_server.services import create_enrolment_code  # noqa: E402
from coach_server.settings import Settings  # noqa: E402

SIZE = (1366, 768)
PASSPHRASE = "een rustige keukentafel in Enschede"  # noqa: S105 (a throwaway folder)
URL = "http://127.0.0.1"
SERVER_SHOWN = "https://coach.example.org"


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end and not done():
        app.processEvents()
        time.sleep(0.02)
    if not done():
        raise RuntimeError("the window did not get there")
    for _ in range(20):  # paint
        app.processEvents()
        time.sleep(0.02)


def child(window: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not save {path}")
    print(f"saved {path.relative_to(ROOT)}")


class Server:
    def __init__(self, folder: Path) -> None:
        self.database_url = f"sqlite:///{folder / 'server.sqlite3'}"
        settings = Settings(
            data_dir=folder,
            database_url=self.database_url,
            argon2_memory_kib=1024,
            argon2_iterations=1,
        )
        self.client = TestClient(create_app(settings))
        self.client.__enter__()
        self.transport = self.client._transport

    def code(self, coach: str, replaces: str | None = None) -> str:
        engine = create_db_engine(self.database_url)
        try:
            with server_sessions(engine)() as session, session.begin():
                code, _ = create_enrolment_code(
                    session,
                    coach_name=coach,
                    ttl=timedelta(hours=1),
                    actor="admin:screenshots",
                    now=datetime.now(UTC),
                    replaces=replaces,
                )
        finally:
            engine.dispose()
        return str(code)

    def close(self) -> None:
        self.client.__exit__(None, None, None)


def laptop(root: Path, coach: str, server: Server, family: str | None) -> tuple[DataFolder, str]:
    """An enrolled laptop with one family (or none), synced, its key on the server and its
    backup uploaded. Returns its folder and device id."""
    folder = DataFolder(root / coach.replace(" ", "-"))
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create(PASSPHRASE)
    try:
        if family is not None:
            created = workspace.service.create_family(
                display_name=family,
                municipality=Municipality("GM0153", "Enschede"),
                start_date=date(2024, 3, 1),
            )
            workspace.service.record_consent(
                created.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="coach"
            )
        sessions = make_session_factory(workspace.engine)
        engine = SyncEngine(sessions, transport=server.transport)
        try:
            enrolled = engine.enrol(URL, server.code(coach))
            engine.sync(force=True)
        finally:
            engine.close()
        assert enrolled.device_id is not None
        HandoverService(sessions, folder.root / "h", transport=server.transport).receivers()
        BackupUploader(
            sessions,
            make_backup=lambda: workspace.backup_now().path,
            local_backups=lambda: [b.path for b in workspace.list_backups()],
            transport=server.transport,
        ).run(force=True)
    finally:
        workspace.lock()
    return folder, enrolled.device_id


def window_for(folder: DataFolder, language: str, server: Server) -> MainWindow:
    context = UiContext(
        workspace=Workspace(folder, kdf=KdfParams()),
        operations=Operations(),
        deployment=Deployment(organisation_name="Stichting Voorbeeld Twente"),
        preferences=None,
        events=UiEvents(),
        language=language,
    )
    window = MainWindow(context, auto_lock_minutes=5)
    window.sync_controller.transport = server.transport
    window.restore_page.transport = server.transport
    window.resize(*SIZE)
    window.show()
    return window


def restore_screens(app: QApplication, tmp: Path, language: str, out: Path) -> None:
    server = Server(tmp / "server-restore")
    try:
        lost, device_id = laptop(tmp, "Ayse Demir", server, "Familie Yilmaz")
        shutil.rmtree(lost.root)
        other = Workspace(DataFolder(tmp / "other"), kdf=KdfParams()).create(PASSPHRASE)
        window = window_for(DataFolder(tmp / "new-laptop"), language, server)
        wait_until(app, lambda: window.stack.currentWidget() is window.setup_page)
        child(window, QPushButton, "setup.restore").click()
        page = window.restore_page
        wait_until(app, lambda: window.stack.currentWidget() is page)
        page.server_url.setText(URL)
        page.code.setText(server.code("Ayse Demir", replaces=device_id))
        page.server_url.setText(SERVER_SHOWN)  # what a coach would see typed
        save(window, out / f"restore-server-{language}.png")
        page.server_url.setText(URL)
        child(window, QPushButton, "restore.connect").click()
        wait_until(app, lambda: page.pages.currentIndex() == 1)
        child(window, QLineEdit, "restore.recovery_code").setText(other)
        for name in ("restore.passphrase", "restore.passphrase_confirm"):
            child(window, QLineEdit, name).setText("een nieuwe laptop met een lange zin")
        child(window, QPushButton, "restore.restore").click()
        error = child(window, QLabel, "restore.error")
        wait_until(app, lambda: error.text() != "" and not error.text().endswith("…"))
        save(window, out / f"restore-recovery-{language}.png")
        window.close()
        window.context.workspace.close()
    finally:
        server.close()


def handover_screen(app: QApplication, tmp: Path, language: str, out: Path) -> None:
    server = Server(tmp / "server-handover")
    try:
        sender, _ = laptop(tmp, "Ayse Demir", server, "Familie Yilmaz")
        laptop(tmp, "Mehmet Kaya", server, None)
        laptop(tmp, "Sanne de Vries", server, None)
        window = window_for(sender, language, server)
        child(window, QLineEdit, "unlock.passphrase").setText(PASSPHRASE)
        child(window, QPushButton, "unlock.submit").click()
        wait_until(app, lambda: window.context.workspace.is_unlocked)
        [summary] = window.context.workspace.service.list_families()
        window.context.events.family_opened.emit(summary.id)
        page = window.family_page
        wait_until(app, lambda: page.dossier is not None)
        page.tabs.setCurrentWidget(page.data_tab)
        wait_until(app, lambda: child(window, QPushButton, "family.handover").isEnabled())
        child(window, QPushButton, "family.handover").click()
        wait_until(app, lambda: window.findChild(HandoverDialog, "handover.dialog") is not None)
        dialog = window.findChild(HandoverDialog, "handover.dialog")
        receiver = child(dialog, QComboBox, "handover.receiver")
        wait_until(app, lambda: receiver.count() == 2)
        screen = app.primaryScreen().grabWindow(0)  # the window with the dialog on top
        if not screen.save(str(out / f"handover-{language}.png")):
            raise RuntimeError("could not save the screen")
        print(f"saved docs/screenshots/handover-{language}.png")
        save(dialog, out / f"handover-dialog-{language}.png")
        dialog.reject()
        window.lock()
        window.close()
        window.context.workspace.close()
    finally:
        server.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["en", "nl", "tr"])
    args = parser.parse_args()
    out = ROOT / "docs" / "screenshots"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    holder = TranslatorHolder()
    for language in args.lang:
        holder.install(app, language)
        with tempfile.TemporaryDirectory() as tmp:
            restore_screens(app, Path(tmp), language, out)
        with tempfile.TemporaryDirectory() as tmp:
            handover_screen(app, Path(tmp), language, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
