"""Screenshots of the unlock screen's recovery steps, in Dutch and Turkish, for reviewers.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/recovery_screenshots.py

Saves to docs/screenshots/: ``unlock-error-<lang>.png`` (a wrong passphrase, the error in
full), ``recovery-code-<lang>.png`` (a code that is too short, told in words) and
``recovery-passphrase-<lang>.png`` (a guessable new passphrase with zxcvbn's advice). Uses a
throwaway data folder; nothing real is shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach_app.deployment import Deployment  # noqa: E402
from coach_app.i18n import TranslatorHolder  # noqa: E402
from coach_app.paths import DataFolder  # noqa: E402
from coach_app.security import KdfParams  # noqa: E402
from coach_app.ui.context import UiContext, UiEvents  # noqa: E402
from coach_app.ui.main_window import MainWindow  # noqa: E402
from coach_app.ui.recovery_page import PASSPHRASE_STEP  # noqa: E402
from coach_app.ui.resources import apply_theme  # noqa: E402
from coach_app.ui.tasks import Operations  # noqa: E402
from coach_app.workspace import Workspace  # noqa: E402


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end and not done():
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)


def child(window: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)  # the stylesheet and icons, as the app shows these pages
    holder = TranslatorHolder()
    for language in ("nl", "tr"):
        holder.install(app, language)
        with tempfile.TemporaryDirectory() as tmp:
            folder = DataFolder(Path(tmp) / "data")
            code = Workspace(folder, kdf=KdfParams()).create("een rustige keukentafel")
            context = UiContext(
                workspace=Workspace(folder, kdf=KdfParams()),
                operations=Operations(),
                deployment=Deployment(),
                preferences=None,
                events=UiEvents(),
                language=language,
            )
            window = MainWindow(context, auto_lock_minutes=5)
            window.resize(1366, 768)
            window.show()
            child(window, QLineEdit, "unlock.passphrase").setText("niet het goede wachtwoord")
            child(window, QPushButton, "unlock.submit").click()
            error = window.unlock_page.error
            wait_until(app, lambda e=error: e.text() != "" and "…" not in e.text())
            window.grab().save(str(out / f"unlock-error-{language}.png"))
            child(window, QPushButton, "unlock.forgot").click()
            child(window, QPlainTextEdit, "recovery.code").setPlainText(code[:-6].lower())
            child(window, QPushButton, "recovery.submit").click()
            wait_until(app, lambda: True, 0.3)
            window.grab().save(str(out / f"recovery-code-{language}.png"))
            child(window, QPlainTextEdit, "recovery.code").setPlainText(code)
            child(window, QPushButton, "recovery.submit").click()
            wait_until(app, lambda w=window: w.recovery_page.step == PASSPHRASE_STEP)
            child(window, QLineEdit, "recovery.passphrase").setText("welkom2024")
            wait_until(app, lambda: True, 0.3)
            window.grab().save(str(out / f"recovery-passphrase-{language}.png"))
            window.lock()
            context.workspace.close()
            window.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
