"""The composition root: deployment policy, preferences, translator, workspace and window.

Nothing else builds engines, sessions, settings or the QApplication; everything is passed in.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from coach_app import __version__
from coach_app.deployment import Deployment
from coach_app.logsetup import close_logging, configure_logging
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.workspace import Workspace

log = logging.getLogger(__name__)

DEMO_PASSPHRASE = "demo-twente-2018"  # noqa: S105 - synthetic demo data only, shown on screen


@dataclass(frozen=True)
class LaunchOptions:
    folder: DataFolder
    deployment: Deployment
    language: str | None = None
    demo: bool = False


def prepare_demo(folder: DataFolder, deployment: Deployment) -> None:
    """Create the demo data folder with synthetic families on first use.

    The demo is built in a scratch folder and moved in with the vault last, so an interrupted
    first start leaves no half-filled demo behind: the next start simply builds it again.
    """
    from coach_app.demo import populate_demo

    if folder.vault.exists():
        return
    scratch = DataFolder(folder.root / ".demo-being-built")
    if scratch.root.exists():
        shutil.rmtree(scratch.root)
    workspace = Workspace(
        scratch, org_public_key_pem=deployment.recovery_public_key_pem, kdf=KdfParams()
    )
    workspace.create(DEMO_PASSPHRASE)
    try:
        populate_demo(workspace.service)
    finally:
        workspace.lock()
    scratch.demo_marker.write_text("Synthetic demo data (Faker); no real people.\n")
    for name in (scratch.database.name, scratch.demo_marker.name, scratch.vault.name):
        os.replace(scratch.root / name, folder.root / name)
    shutil.rmtree(scratch.root)
    log.info("demo data folder created")


def run_gui(options: LaunchOptions) -> int:
    from PySide6.QtWidgets import QApplication

    from coach_app.i18n import TranslatorHolder
    from coach_app.ui.context import UiContext, UiEvents
    from coach_app.ui.leader import open_leader_window
    from coach_app.ui.main_window import MainWindow
    from coach_app.ui.preferences import AUTO_LOCK_MINUTES, LANGUAGE, Preferences
    from coach_app.ui.tasks import Operations

    folder, deployment = options.folder, options.deployment
    folder.ensure()
    configure_logging(folder.logs)
    log.info("starting version %s", __version__)
    if options.demo:
        prepare_demo(folder, deployment)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coach Companion")
    app.setApplicationVersion(__version__)
    preferences = Preferences(folder.settings)
    translator = TranslatorHolder()
    language = options.language or preferences.get(LANGUAGE) or deployment.default_language
    translator.install(app, language)
    auto_lock = min(preferences.get(AUTO_LOCK_MINUTES), deployment.auto_lock_max_minutes)

    workspace = Workspace(folder, org_public_key_pem=deployment.recovery_public_key_pem)
    context = UiContext(
        workspace=workspace,
        operations=Operations(),
        deployment=deployment,
        preferences=preferences,
        events=UiEvents(),
        language=language,
    )
    window = MainWindow(
        context,
        auto_lock_minutes=auto_lock,
        demo_passphrase=DEMO_PASSPHRASE if folder.demo_marker.exists() else None,
    )

    def change_language(code: str) -> None:
        translator.install(app, code)
        preferences.set(LANGUAGE, code)
        context.language = code

    context.events.language_requested.connect(change_language)
    context.events.leader_mode_requested.connect(
        lambda: open_leader_window(deployment, window, preferences)
    )
    window.show()
    try:
        return app.exec()
    finally:
        workspace.lock()
        preferences.sync()
        close_logging()


def run_leader_gui(deployment: Deployment, language: str | None = None) -> int:
    """Project-leader mode only: no data folder, no vault; a preferences file in the user's
    config folder keeps the window's size (nothing else)."""
    import platformdirs
    from PySide6.QtWidgets import QApplication

    from coach_app.i18n import TranslatorHolder
    from coach_app.paths import APP_AUTHOR, APP_NAME
    from coach_app.ui.leader import LeaderMode
    from coach_app.ui.preferences import Preferences

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coach Companion")
    app.setApplicationVersion(__version__)
    translator = TranslatorHolder()
    translator.install(app, language or deployment.default_language)
    preferences = Preferences(platformdirs.user_config_path(APP_NAME, APP_AUTHOR) / "leader.ini")
    mode = LeaderMode(deployment, preferences=preferences)
    mode.dialog.rejected.connect(app.quit)
    mode.show()
    return app.exec()


def self_test(out: TextIO | None = None) -> int:
    """The check IT runs after installing: exits 0 when the app works on this machine."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    def say(message: str) -> None:
        print(f"self-test: {message}", file=out or sys.stdout, flush=True)

    try:
        with tempfile.TemporaryDirectory(prefix="coach-self-test-") as tmp:
            _self_test_in(Path(tmp), say)
    except Exception as exc:  # noqa: BLE001 - the self-test reports every failure in plain words
        say(f"FAILED: {type(exc).__name__}: {exc}")
        traceback.print_exc(file=sys.stderr)
        return 1
    say(f"OK (Coach Companion {__version__})")
    return 0


def _self_test_in(root: Path, report: Callable[[str], None]) -> None:
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from coach_app.domain import Municipality
    from coach_app.i18n import TranslatorHolder
    from coach_app.ui.context import UiContext, UiEvents
    from coach_app.ui.main_window import MainWindow
    from coach_app.ui.tasks import Operations

    folder = DataFolder(root / "data")
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create("self-test passphrase")
    report("vault created, database encrypted and migrated")
    created = workspace.service.create_family(
        display_name="Self-test family",
        municipality=Municipality("GM0153", "Enschede"),
        start_date=date(2020, 1, 1),
    )
    workspace.lock()
    workspace.unlock("self-test passphrase")
    read_back = workspace.service.get_family(created.id)
    if read_back.display_name != "Self-test family":
        raise RuntimeError("the family read back differs from the one written")
    report("entity written, locked, unlocked and read back")

    app = QApplication.instance() or QApplication([sys.argv[0]])
    holder = TranslatorHolder()
    for language in ("nl", "tr", "en"):
        if not holder.install(app, language):
            raise RuntimeError(f"translation {language} is missing from this build")
    report("translations nl, tr, en loaded")
    context = UiContext(
        workspace=workspace,
        operations=Operations(),
        deployment=Deployment(),
        preferences=None,
        events=UiEvents(),
        language="en",
    )
    window = MainWindow(context, auto_lock_minutes=5)
    window.show()
    window.show_page("families")
    app.processEvents()
    if window.families_page.model.rowCount() != 1:
        raise RuntimeError("the main window did not list the family")
    window.close()
    workspace.lock()
    report("main window built offscreen")
