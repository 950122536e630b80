"""The installer workflow (.github/workflows/) is valid GitHub Actions syntax, per actionlint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = Path(sys.executable).with_name("actionlint")  # from the dev extra


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ACTIONLINT), "-no-color", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_workflow_passes_actionlint() -> None:
    workflows = sorted(WORKFLOWS.glob("*.yml"))
    assert workflows
    result = actionlint(*workflows)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_report_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: echo ${{ matrix.nothing }}\n",
        encoding="utf-8",
    )
    assert actionlint(broken).returncode != 0


def test_the_installer_is_built_and_self_tested_on_three_systems() -> None:
    text = (WORKFLOWS / "installer.yml").read_text(encoding="utf-8")
    for system in ("windows-latest", "macos-latest", "ubuntu-latest"):
        assert system in text
    assert "build.spec" in text
    assert text.count("--self-test") == 3
