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


def test_linux_and_macos_upload_a_tar_archive_that_keeps_modes_and_links() -> None:
    import yaml

    workflow = yaml.safe_load((WORKFLOWS / "installer.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    uploads = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert uploads
    packs = [s for s in steps if "-C dist coach-app" in s.get("run", "")]
    assert len(packs) == 1
    archive = packs[0]["run"].split("tar -czf", 1)[1].split()[0].strip('"')
    assert archive.endswith(".tar.gz")
    assert "-C dist coach-app" in packs[0]["run"]
    assert packs[0].get("if") == "runner.os != 'Windows'"
    for upload in uploads:
        if upload.get("if") == "runner.os == 'Windows'":
            continue
        # every upload that can run on Linux or macOS sends the tar archive, not the folder
        assert upload.get("if") == "runner.os != 'Windows'"
        assert upload["with"]["path"].endswith(".tar.gz"), upload


def test_macos_also_uploads_the_app_bundle_as_a_tar_archive() -> None:
    text = (WORKFLOWS / "installer.yml").read_text(encoding="utf-8")
    assert 'tar -czf coach-app-macOS-app.tar.gz -C dist "Coach Companion.app"' in text
    assert 'name="Coach Companion.app"' in (ROOT / "build.spec").read_text(encoding="utf-8")
