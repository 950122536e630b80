"""Screenshots of the real window, in Dutch and Turkish, for the README and the user guide.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        [--out docs/screenshots] [--lang nl tr en]

Builds the demo data folder (synthetic families, dated relative to today) in a temporary
folder, starts the real main window on X (``QT_QPA_PLATFORM=xcb``, under Xvfb) with the app's
stylesheet and icons, sized as on a 1366x768 laptop with a taskbar, and saves per language:
``first-run``, ``unlock``, ``today``, ``families``, ``family``, ``family-goals``,
``family-assessments`` (with the Dutch levels), ``family-history`` (the family's timeline, a
goal's status change selected, with the buttons that correct or delete it), ``goal-editor``,
``family-editor`` and ``history-editor`` (their dates), ``visit`` (the visit editor), ``sync`` and
``settings``
(``<screen>-<lang>.png``). Screens are reached the way a user reaches them: by object names
and the app's events (``family_opened``, ``visit_requested``), so the script keeps working as
the pages grow. Needs Debian's ``xvfb`` and ``xauth`` and Qt's xcb libraries
(``scripts/install-system-deps.sh``) and the built resources and translations.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from coach_app.app import DEMO_PASSPHRASE, prepare_demo
from coach_app.deployment import Deployment
from coach_app.i18n import TranslatorHolder
from coach_app.paths import DataFolder
from coach_app.ui.context import UiContext, UiEvents
from coach_app.ui.family.timeline_tab import TimelineTab
from coach_app.ui.main_window import MainWindow
from coach_app.ui.resources import apply_theme
from coach_app.ui.tasks import Operations
from coach_app.ui.window_size import usable_area
from coach_app.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)


def settle(app: QApplication, seconds: float = 0.6) -> None:
    """Let the window load in the background and paint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if done():
            return True
        time.sleep(0.02)
    return False


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not save {path}")
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def _context(folder: DataFolder, language: str) -> UiContext:
    return UiContext(
        workspace=Workspace(folder),
        operations=Operations(),
        deployment=Deployment(organisation_name="Stichting Voorbeeld Twente"),
        preferences=None,
        events=UiEvents(),
        language=language,
    )


def _window(app: QApplication, context: UiContext, demo: bool) -> MainWindow:
    window = MainWindow(
        context, auto_lock_minutes=60, demo_passphrase=DEMO_PASSPHRASE if demo else None
    )
    window.resize(usable_area(QSize(*SIZE)))
    window.move(0, 0)
    window.show()
    settle(app)
    return window


def shoot_first_run(app: QApplication, language: str, out: Path, scratch: Path) -> None:
    folder = DataFolder(scratch / f"first-run-{language}")
    folder.ensure()
    context = _context(folder, language)
    window = _window(app, context, demo=False)
    save(window, out / f"first-run-{language}.png")
    window.close()
    window.deleteLater()
    settle(app, 0.2)


def shoot_language(app: QApplication, language: str, out: Path, scratch: Path) -> None:
    holder = TranslatorHolder()
    if not holder.install(app, language):
        print(f"warning: no built translation for {language}; run coach_app.i18n.build")
    shoot_first_run(app, language, out, scratch)
    folder = DataFolder(scratch / language)
    folder.ensure()
    prepare_demo(folder, Deployment())
    context = _context(folder, language)
    window = _window(app, context, demo=True)
    save(window, out / f"unlock-{language}.png")

    passphrase = window.findChild(QLineEdit, "unlock.passphrase")
    submit = window.findChild(QPushButton, "unlock.submit")
    if passphrase is None or submit is None:
        raise RuntimeError("the unlock screen has no unlock.passphrase / unlock.submit")
    passphrase.setText(DEMO_PASSPHRASE)
    unlocked: list[bool] = []
    window.unlocked.connect(lambda: unlocked.append(True))
    submit.click()
    if not wait_until(app, lambda: bool(unlocked), timeout=60):
        raise RuntimeError("the demo data did not unlock")
    settle(app, 1.0)  # a draft left by the demo would open its editor now: there is none

    for key in ("today", "families", "sync", "settings"):
        window.show_page(key)
        context.operations.wait()
        settle(app, 1.0)
        save(window, out / f"{key}-{language}.png")

    model = window.families_page.model
    if model.rowCount() == 0:
        raise RuntimeError("the demo has no families")
    family_id = max(
        (model.family_at(row) for row in range(model.rowCount())), key=lambda f: f.visit_count
    ).id
    window.events.family_opened.emit(family_id)
    context.operations.wait()
    settle(app, 1.5)
    save(window, out / f"family-{language}.png")
    tabs = window.family_page.tabs
    for name, tab in (
        ("goals", window.family_page.goals_tab),
        ("assessments", window.family_page.assessments_tab),
        ("history", window.family_page.timeline_tab),
    ):
        tabs.setCurrentWidget(tab)
        if tab is window.family_page.timeline_tab:
            select_correctable_entry(tab)
        settle(app, 0.8)
        save(window, out / f"family-{name}-{language}.png")
    for name, tab, button in (
        ("goal-editor", window.family_page.goals_tab, "goal.edit"),
        ("family-editor", window.family_page.goals_tab, "family.edit"),
        ("history-editor", window.family_page.timeline_tab, "history.change"),
    ):
        tabs.setCurrentWidget(tab)
        settle(app, 0.3)
        clicked = window.findChild(QPushButton, button)
        if clicked is None:
            raise RuntimeError(f"no {button} button")
        clicked.click()
        settle(app, 1.0)
        dialog = app.activeModalWidget()
        if dialog is None:
            raise RuntimeError(f"{button} opened no dialog")
        save(dialog, out / f"{name}-{language}.png")
        dialog.close()
        settle(app, 0.3)
    tabs.setCurrentIndex(0)

    window.events.visit_requested.emit(family_id, None)
    context.operations.wait()
    settle(app, 1.5)
    editor = next(
        (w for w in app.topLevelWidgets() if w.objectName() == "visit.editor" and w.isVisible()),
        None,
    )
    if editor is None:
        raise RuntimeError("no visit editor window opened")
    editor.move(120, 0)
    editor.raise_()
    settle(app)
    save(editor, out / f"visit-{language}.png")
    editor.close()

    window.lock()
    context.operations.wait()
    window.close()
    window.deleteLater()
    settle(app, 0.2)


def select_correctable_entry(tab: TimelineTab) -> None:
    """Select the newest goal status change that may be deleted too (else the newest entry), so
    the History tab shows both buttons enabled."""
    rows = tab.events.rows()
    row = next((i for i, e in enumerate(rows) if e.kind == "goal" and not e.kept), 0)
    if rows:
        tab.events_view.selectRow(row)
        tab.events_view.setFocus()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["nl", "tr"])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coach Companion")
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    if not apply_theme(app):
        raise SystemExit("build the resources first: python -m coach_app.ui.resources_build")
    with tempfile.TemporaryDirectory(prefix="coach-screenshots-") as tmp:
        for language in args.lang:
            shoot_language(app, language, args.out.resolve(), Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
