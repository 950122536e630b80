"""The app works from an installed wheel: migrations, translations and resources are packaged."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_self_test_from_an_installed_wheel(tmp_path: Path) -> None:
    for command in ("coach_app.i18n.build", "coach_app.ui.resources_build"):
        subprocess.run([sys.executable, "-m", command], check=True, cwd=ROOT)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), "."],
        check=True,
        cwd=ROOT,
        timeout=600,
    )
    wheel = next(wheels.glob("coach_companion-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "coach_app/storage/migrations/env.py" in names
    assert any(n.startswith("coach_app/storage/migrations/versions/0001") for n in names)
    assert "coach_app/i18n/translations/coach_tr.qm" in names
    assert "coach_app/resources/coach.rcc" in names
    assert "coach_server/migrations/env.py" in names

    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        timeout=600,
    )
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    where = subprocess.run(
        [sys.executable, "-c", "import coach_app; print(coach_app.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert where.stdout.strip().startswith(str(site))
    result = subprocess.run(
        [sys.executable, "-m", "coach_app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
