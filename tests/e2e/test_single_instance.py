"""Two app processes on one data folder: the second is refused and brings the first forward."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach_app.paths import DataFolder

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def wait_for_log(folder: DataFolder, text: str, process: subprocess.Popen[str]) -> None:
    """Wait until the app's log holds ``text`` (progress it reports), or fail if it ends."""
    log = folder.logs / "coach-app.log"
    deadline = time.monotonic() + 120  # a bound for a hung process, not a timing assumption
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8"):
            return
        assert process.poll() is None, f"the app ended early ({process.returncode})"
        time.sleep(0.05)
    pytest.fail(f"the app never logged {text!r}")


def start_app(folder: DataFolder) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "coach_app", "--data-dir", str(folder.root), "--lang", "en"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=Path(__file__).resolve().parents[2],
    )


@pytest.mark.slow
def test_a_second_start_is_refused_and_raises_the_first_window(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "data")
    first = start_app(folder)
    second: subprocess.Popen[str] | None = None
    try:
        wait_for_log(folder, "listening for second starts", first)
        second = start_app(folder)
        assert second.stderr is not None
        line = second.stderr.readline()  # printed before its message box opens
        assert "already open for this data folder" in line
        assert "brought to the front" in line
        wait_for_log(folder, "a second start asked this window to come to the front", first)
        assert first.poll() is None, "the first app keeps running"
    finally:
        for process in (second, first):
            if process is not None:
                process.send_signal(signal.SIGKILL)
                process.communicate(timeout=60)
    # The first was killed with SIGKILL: its lock went with it, and a new start works.
    third = start_app(folder)
    try:
        wait_for_log(folder, "listening for second starts", third)
    finally:
        third.send_signal(signal.SIGKILL)
        third.communicate(timeout=60)
