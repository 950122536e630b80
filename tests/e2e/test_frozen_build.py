"""The PyInstaller one-folder build starts and passes its own self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TARGET_MB = 150


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.mark.slow
def test_frozen_build_self_test(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "coach_app.i18n.build"], check=True, cwd=ROOT, timeout=120
    )
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "coach-app"
    executable = folder / ("coach-app.exe" if os.name == "nt" else "coach-app")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [str(executable), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: OK" in result.stdout
    size_mb = folder_size(folder) / 2**20
    print(f"\nfrozen one-folder build: {size_mb:.0f} MB (target under {TARGET_MB} MB)")
    assert not any("coach_server" in str(p) or "fastapi" in str(p) for p in folder.rglob("*"))
    assert not any("QtWebEngine" in p.name or "Qt6Quick" in p.name for p in folder.rglob("*"))
