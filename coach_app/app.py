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
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from coach_app import __version__
from coach_app.deployment import Deployment, DeploymentError
from coach_app.folder_lock import FolderInUse
from coach_app.logsetup import close_logging, configure_logging
from coach_app.paths import DataFolder
from coach_app.workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

DEMO_PASSPHRASE = "demo-twente-2018"  # noqa: S105 - synthetic demo data only, shown on screen


@dataclass(frozen=True)
class LaunchOptions:
    folder: DataFolder
    deployment: Deployment
    language: str | None = None
    demo: bool = False


DEMO_FRESH_DAYS = 7  # a demo built longer ago is built again, so its dates stay near today
_DEMO_BUILT = "Built on "


def demo_built_on(folder: DataFolder) -> date | None:
    """The day the demo in ``folder`` was built; None when the folder holds no demo."""
    if not folder.demo_marker.is_file():
        return None
    for line in folder.demo_marker.read_text(encoding="utf-8").splitlines():
        if line.startswith(_DEMO_BUILT):
            try:
                return date.fromisoformat(line.removeprefix(_DEMO_BUILT).strip())
            except ValueError:
                return None
    return None


def prepare_demo(folder: DataFolder, deployment: Deployment, today: date | None = None) -> None:
    """Create the demo data folder with synthetic families, dated relative to today.

    The demo is built in a scratch folder and moved in with the vault last, so an interrupted
    first start leaves no half-filled demo behind: the next start simply builds it again. A
    demo built more than ``DEMO_FRESH_DAYS`` ago (or before demos carried their day) is built
    again; a folder without the demo marker is never touched.
    """
    from coach_app.demo import populate_demo
    from coach_app.security import KdfParams

    day = today or date.today()
    if folder.vault.exists():
        if not folder.demo_marker.is_file():
            return  # real data: never replaced
        built = demo_built_on(folder)
        if built is not None and (day - built).days <= DEMO_FRESH_DAYS:
            return
        folder.vault.unlink()  # an interrupted rebuild is started again on the next run
        shutil.rmtree(folder.backups, ignore_errors=True)  # sealed with the old demo's key
        folder.ensure()
    scratch = DataFolder(folder.root / ".demo-being-built")
    if scratch.root.exists():
        shutil.rmtree(scratch.root)
    workspace = Workspace(
        scratch,
        org_public_key_pem=deployment.recovery_public_key_pem,
        kdf=KdfParams(),
        time_zone=deployment.time_zone,
    )
    workspace.create(DEMO_PASSPHRASE)
    try:
        populate_demo(workspace.service, today=day)
    finally:
        workspace.lock()
    scratch.demo_marker.write_text(
        f"Synthetic demo data (Faker); no real people.\n{_DEMO_BUILT}{day.isoformat()}\n",
        encoding="utf-8",
    )
    for name in (scratch.database.name, scratch.demo_marker.name, scratch.vault.name):
        os.replace(scratch.root / name, folder.root / name)
    shutil.rmtree(scratch.root)
    log.info("demo data folder created")


def run_gui(options: LaunchOptions) -> int:
    from PySide6.QtWidgets import QApplication

    from coach_app.i18n import TranslatorHolder
    from coach_app.ui.context import UiContext, UiEvents
    from coach_app.ui.main_window import MainWindow
    from coach_app.ui.preferences import (
        AUTO_LOCK_MINUTES,
        BACKUP_SECOND_FOLDER,
        LANGUAGE,
        Preferences,
    )
    from coach_app.ui.resources import apply_theme
    from coach_app.ui.single_instance import InstanceServer, bring_to_front
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
    apply_theme(cast(QApplication, app))
    preferences = Preferences(folder.settings)
    translator = TranslatorHolder()
    language = options.language or preferences.get(LANGUAGE) or deployment.default_language
    translator.install(app, language)
    auto_lock = min(preferences.get(AUTO_LOCK_MINUTES), deployment.auto_lock_max_minutes)

    chosen = preferences.get(BACKUP_SECOND_FOLDER)
    workspace = Workspace(
        folder,
        org_public_key_pem=deployment.recovery_public_key_pem,
        time_zone=deployment.time_zone,
        second_backup_folder=deployment.backup_second_folder or (Path(chosen) if chosen else None),
    )
    try:
        workspace.claim()
    except FolderInUse:
        return _refuse_second_start(folder)
    except Exception as exc:  # a read-only or forbidden folder: said in words, then quit
        from coach_app.storage import StorageUnavailable
        from coach_app.ui.messages import for_error

        if not isinstance(exc, StorageUnavailable):
            raise

        print(f"coach-app: {exc}", file=sys.stderr)
        box = _message_box(for_error(exc))
        box.exec()
        return 4
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

    def open_leader_mode() -> None:
        from coach_app.ui.leader import open_leader_window  # its libraries load when asked

        open_leader_window(deployment, window, preferences)

    context.events.leader_mode_requested.connect(open_leader_mode)
    instance_server = InstanceServer(folder.root, window)
    instance_server.raise_requested.connect(lambda: bring_to_front(window))
    window.show()
    try:
        return app.exec()
    finally:
        instance_server.close()
        workspace.close()
        preferences.sync()
        close_logging()


def has_display() -> bool:
    """Whether a window can be shown: not offscreen, and on Linux an X or Wayland display."""
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def deployment_error_box(error: DeploymentError) -> QMessageBox:
    """The dialog for a wrong deployment file: a plain headline in the window's language, and
    the file's problem (which IT staff need) in the details."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "Coach Companion", "")
    box.setObjectName("app.deployment_error")
    box.setText(
        QCoreApplication.translate(
            "Startup",
            "Coach Companion cannot start: the settings file your organisation installed on "
            "this laptop has a mistake.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup",
            "Your data is safe and unchanged. Please contact your IT staff and tell them what "
            "the details say.",
        )
    )
    box.setDetailedText(str(error))
    return box


def show_deployment_error(error: DeploymentError, language: str | None = None) -> None:
    """Show ``deployment_error_box`` when there is a display (standard error always has the
    message too); the language is ``language`` or the system's, else Dutch."""
    if not has_display():
        return
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from coach_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, TranslatorHolder

    app = QApplication.instance() or QApplication(sys.argv[:1])
    system = QLocale.system().name()[:2]
    translator = TranslatorHolder()
    translator.install(app, language or (system if system in LANGUAGES else DEFAULT_LANGUAGE))
    deployment_error_box(error).exec()


def _message_box(text: str) -> Any:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Coach Companion")
    box.setText(text)
    return box


def _refuse_second_start(folder: DataFolder) -> int:
    """Another process owns the folder: bring its window forward and say so."""
    from coach_app.ui.single_instance import already_open_box, ask_running_app_to_raise

    raised = ask_running_app_to_raise(folder.root)
    log.info("second start refused (the running app %s)", "came forward" if raised else "is busy")
    print(
        "coach-app: Coach Companion is already open for this data folder"
        + (" (its window was brought to the front)." if raised else "."),
        file=sys.stderr,
        flush=True,
    )
    already_open_box(raised).exec()
    return 3


def run_leader_gui(deployment: Deployment, language: str | None = None) -> int:
    """Project-leader mode only: no data folder, no vault; a preferences file in the user's
    config folder keeps the window's size (nothing else)."""
    import platformdirs
    from PySide6.QtWidgets import QApplication

    from coach_app.i18n import TranslatorHolder
    from coach_app.paths import APP_AUTHOR, APP_NAME
    from coach_app.ui.leader import LeaderMode
    from coach_app.ui.preferences import Preferences
    from coach_app.ui.resources import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coach Companion")
    app.setApplicationVersion(__version__)
    apply_theme(cast(QApplication, app))
    translator = TranslatorHolder()
    translator.install(app, language or deployment.default_language)
    preferences = Preferences(platformdirs.user_config_path(APP_NAME, APP_AUTHOR) / "leader.ini")
    mode = LeaderMode(deployment, preferences=preferences)
    mode.dialog.rejected.connect(app.quit)
    mode.show()
    return app.exec()


def loaded_libraries() -> list[str]:
    """Shared libraries this process has mapped (Linux: ``/proc/self/maps``; elsewhere none)."""
    maps = Path("/proc/self/maps")
    if not maps.is_file():
        return []
    found = set()
    for line in maps.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith("/") and ".so" in parts[5]:
            found.add(parts[5])
    return sorted(found)


def write_loaded_report(path: Path) -> None:
    """What this process loaded: shared libraries and Python modules, as JSON (packagers use
    it to find libraries a build carries but never loads)."""
    import json

    report = {"libraries": loaded_libraries(), "modules": sorted(sys.modules)}
    path.write_text(json.dumps(report, indent=1), encoding="utf-8")


def self_test(
    out: TextIO | None = None,
    *,
    deployment_file: Path | None = None,
    report: Path | None = None,
) -> int:
    """The check IT runs after installing: exits 0 when the app works on this machine.

    It first loads and checks the deployment file the app would use (``deployment_file``, or
    the first one found beside the executable or in the site config folders) and fails on a
    wrong one; then it creates, locks and unlocks a throwaway vault and database, loads every
    translation and builds the main window offscreen. ``report``: where to write what the
    self-test loaded (``write_loaded_report``), also when it fails.
    """
    # Offscreen runs with or without a display. Its windows do not implement
    # propagateSizeHints, so Qt prints "This plugin does not support propagateSizeHints()" when
    # a window gets size limits: harmless, and in Qt's uncategorised "default" logging category,
    # so no logging rule could silence it without hiding every other such warning.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coach_app.deployment import find_and_load
    from coach_app.paths import site_config_dirs

    def say(message: str) -> None:
        print(f"self-test: {message}", file=out or sys.stdout, flush=True)

    try:
        deployment = find_and_load(deployment_file, site_config_dirs())
    except DeploymentError as exc:
        say(f"FAILED: deployment file: {exc}")
        return 1
    if deployment.source is None:
        say("no deployment file found: built-in defaults (no server, no organisation key)")
    else:
        organisation = deployment.organisation_name or "no organisation name"
        say(f"deployment file {deployment.source} is valid ({organisation})")
    try:
        with tempfile.TemporaryDirectory(prefix="coach-self-test-") as tmp:
            _self_test_in(Path(tmp), say, deployment)
    except Exception as exc:  # noqa: BLE001 - the self-test reports every failure in plain words
        say(f"FAILED: {type(exc).__name__}: {exc}")
        traceback.print_exc(file=sys.stderr)
        return 1
    finally:
        if report is not None:
            write_loaded_report(report)
    say(f"OK (Coach Companion {__version__})")
    return 0


def _check_name_order() -> None:
    """Family names sort in Turkish order: on Linux the build carries Qt's ICU data trimmed
    to the app's languages (build.spec, tools/icu_data.py); without Turkish collation "Işık"
    would sort after "İnce"."""
    from functools import cmp_to_key

    from PySide6.QtCore import QLocale

    from coach_app.ui.collation import NameCollator

    names = ["İnce", "Işık", "Çelik", "Cemal"]
    expected = ["Cemal", "Çelik", "Işık", "İnce"]
    collator = NameCollator(QLocale("tr"))
    ordered = sorted(names, key=cmp_to_key(collator.compare))
    if ordered != expected:
        raise RuntimeError(f"Turkish names sort as {ordered}, not {expected}: ICU data missing")


def _self_test_in(root: Path, report: Callable[[str], None], deployment: Deployment) -> None:
    from PySide6.QtWidgets import QApplication

    from coach_app.domain import Municipality
    from coach_app.i18n import TranslatorHolder
    from coach_app.security import KdfParams
    from coach_app.ui.context import UiContext, UiEvents
    from coach_app.ui.help.guide import GUIDES, guide_name
    from coach_app.ui.main_window import PAGE_KEYS, MainWindow
    from coach_app.ui.resources import apply_theme, read_text
    from coach_app.ui.tasks import Operations

    folder = DataFolder(root / "data")
    workspace = Workspace(
        folder, org_public_key_pem=deployment.recovery_public_key_pem, kdf=KdfParams()
    )
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
        if not holder.qt_loaded:
            raise RuntimeError(f"Qt's own {language} texts (qtbase) are missing from this build")
    report("translations nl, tr, en loaded, with Qt's own texts")
    if sys.platform.startswith("linux"):
        _check_name_order()
        report("names sort in Turkish order (Qt's ICU data)")
    if not apply_theme(cast(QApplication, app)) or not read_text("style.qss"):
        raise RuntimeError("the icons and styles (coach.rcc) are missing from this build")
    missing = [
        name
        for name in (
            guide_name(guide, language)
            for guide, languages in GUIDES.items()
            for language in languages
        )
        if not read_text(name)
    ]
    if missing:
        raise RuntimeError(f"the user guide is missing from this build: {', '.join(missing)}")
    report("icons, styles and the user guide found")
    context = UiContext(
        workspace=workspace,
        operations=Operations(),
        deployment=deployment,
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
    # Every screen once (the app makes each when it is first opened): their libraries (charts,
    # printing, the sync client) must be in the build.
    for key in PAGE_KEYS:
        window.show_page(key)
        app.processEvents()
    for page in (window.setup_page, window.restore_page):
        window.stack.setCurrentWidget(page)
        app.processEvents()
    window.close()
    workspace.lock()
    report("main window built offscreen")
