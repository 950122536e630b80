"""The unlock screen comes up without the heavy modules (issue 14: cold start under 1 s).

Importing them is what made start-up slow; this fails when one of them creeps back into the
path to the unlock screen. The time itself is measured by ``benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.workspace import Workspace

#: Not needed to show the unlock screen: loaded on unlock (or by the preload that starts
#: once it is painted), or when their screen, a network call or leader mode needs them.
NOT_BEFORE_UNLOCK = (
    "alembic",
    "sqlalchemy",
    "sqlcipher3",
    "cryptography",
    "httpx",
    "pydantic",
    "faker",
    "qrcode",
    "zxcvbn",
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "coach_protocol",
    "coach_app.domain",
    "coach_app.security",
    "coach_app.storage",
    "coach_app.sync",
    "coach_app.reporting",
    "coach_app.leader",
    "coach_app.ui.leader",
    "coach_app.ui.families_page",
    "coach_app.ui.family",
    "coach_app.ui.setup_page",
    "coach_app.ui.settings",
    "coach_app.ui.sync_page",
    "coach_app.ui.today",
    "coach_app.ui.visit.editor",
)

# Starts the app as the coach-app command does and stops at the unlock screen's first paint.
CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "UnlockPage":
            sys.stdout.write(json.dumps(sorted(sys.modules)) + "\n")
            sys.stdout.flush()
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
from coach_app.__main__ import main
main(["--data-dir", sys.argv[1], "--lang", "en"])
os._exit(3)
"""


def test_the_unlock_screen_shows_before_any_heavy_module_is_imported(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "data")
    workspace = Workspace(folder, kdf=KdfParams(iterations=1))
    workspace.create("a quiet kitchen table")
    workspace.lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder.root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert "coach_app.ui.unlock_page" in loaded
    early = [
        name
        for name in loaded
        if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_BEFORE_UNLOCK)
    ]
    assert early == []
