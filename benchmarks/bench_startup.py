"""Cold start: from starting ``coach-app`` to the unlock screen painted, and what was imported.

    .venv/bin/python benchmarks/bench_startup.py [--quick] [--runs 7]

Each run is a fresh Python process that starts the app exactly as the ``coach-app`` command
does (``coach_app.__main__.main`` with ``--data-dir`` of a folder that has a vault, so the
unlock screen comes up) and exits the moment the unlock screen receives its first paint
event. The time runs from just before the process is started to that moment, so the
interpreter's own start is included. Median over the runs. Target: under 1.0 s.

On a shared, busy machine the time says as much about the load as about the app, so each run
is paired with the floor: a bare Python process that imports Qt and paints an empty window the
same way. The ratio of the medians (app / floor) moves much less with the load than either.

Also printed: the heavy libraries already imported when the unlock screen showed (none of
them is needed to show it: the vault, the domain, storage and sync load on a background
thread once the unlock screen is painted, alembic only when a migration is due, the rest when
their screen or a network call first needs them). ``python -X importtime`` gives the
details.

Runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise. Scratch data in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import benchlib

TARGET_MS = 1000
#: Libraries that the unlock screen does not need (tests/qt/test_startup_imports.py keeps
#: them out of its path; the window imports storage and the vault on a background thread once
#: the unlock screen is painted).
HEAVY = (
    "alembic",
    "sqlalchemy",
    "sqlcipher3",
    "cryptography",
    "mako",
    "pygments",
    "httpx",
    "faker",
    "pydantic",
    "qrcode",
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "coach_protocol",
    "coach_app.domain",
    "coach_app.storage",
    "coach_app.sync",
    "coach_app.reporting",
    "coach_app.ui.leader",
)

# Runs inside the child: exit at the unlock screen's first paint, reporting what was imported.
CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "UnlockPage":
            heavy = json.loads(os.environ["BENCH_HEAVY"])
            loaded = [m for m in heavy if m in sys.modules]
            sys.stdout.write("SHOWN " + json.dumps(loaded) + "\n")
            sys.stdout.flush()
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
from coach_app.__main__ import main
main(["--data-dir", os.environ["BENCH_DATA_DIR"]])
os._exit(3)
"""

# The floor: the same child with an empty window instead of the app.
FLOOR = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

class UnlockPage(QWidget):
    pass

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "UnlockPage":
            sys.stdout.write("SHOWN []\n")
            sys.stdout.flush()
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
window = UnlockPage()
window.resize(800, 600)
window.show()
app.exec()
os._exit(3)
"""


def make_data_folder(root: Path) -> None:
    from coach_app.paths import DataFolder
    from coach_app.security import KdfParams
    from coach_app.workspace import Workspace

    workspace = Workspace(DataFolder(root), kdf=KdfParams(iterations=1))
    workspace.create("benchmark passphrase")
    workspace.lock()


def one_run(data_dir: Path, code: str = CHILD) -> tuple[float, list[str]]:
    env = {
        **os.environ,
        "BENCH_DATA_DIR": str(data_dir),
        "BENCH_HEAVY": json.dumps(HEAVY),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen(
            [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1e3
        child.wait(60)
        if not line.startswith("SHOWN "):
            errors.seek(0)
            raise RuntimeError(
                f"the app did not show the unlock screen (exit {child.returncode}):\n"
                + errors.read()[-3000:]
            )
    return elapsed, json.loads(line[len("SHOWN ") :])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=benchlib.description(__doc__))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="3 runs")
    args = parser.parse_args(argv)
    runs = min(args.runs, 3) if args.quick else args.runs
    print(benchlib.machine_line())
    with tempfile.TemporaryDirectory(prefix="coach-bench-startup-") as tmp:
        data_dir = Path(tmp) / "data"
        make_data_folder(data_dir)
        one_run(data_dir)  # warm the file cache: every later run reads the same files
        samples, floors, loaded = [], [], []
        for _ in range(runs):
            elapsed, loaded = one_run(data_dir)
            samples.append(elapsed)
            floors.append(one_run(data_dir, FLOOR)[0])
    print(f"cold start, {runs} runs (min {min(samples):.0f} ms, max {max(samples):.0f} ms)")
    print(
        benchlib.time_line(
            "start to the unlock screen painted, median", benchlib.median(samples), TARGET_MS
        )
    )
    floor = benchlib.median(floors)
    print(f"{'floor: Python and Qt painting an empty window, median':<56}: {floor:8.1f} ms")
    print(benchlib.ratio_line("app / floor", benchlib.median(samples) / floor))
    print(f"heavy libraries imported by then: {', '.join(loaded) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
