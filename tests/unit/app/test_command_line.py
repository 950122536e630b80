"""``coach-app`` dispatches every documented option to the right start-up path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import coach_app.app
from coach_app.__main__ import main


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def run_gui(options: Any) -> int:
        seen["gui"] = options
        return 0

    def run_leader_gui(deployment: Any, language: Any) -> int:
        seen["leader"] = (deployment, language)
        return 0

    monkeypatch.setattr(coach_app.app, "run_gui", run_gui)
    monkeypatch.setattr(coach_app.app, "run_leader_gui", run_leader_gui)
    return seen


def test_demo_in_a_given_folder(started: dict[str, Any], tmp_path: Path) -> None:
    assert main(["--demo", "--data-dir", str(tmp_path), "--lang", "tr"]) == 0
    options = started["gui"]
    assert options.demo
    assert options.folder.root == tmp_path
    assert options.language == "tr"


def test_demo_uses_its_own_folder_by_default(started: dict[str, Any]) -> None:
    from coach_app.paths import default_data_dir, default_demo_dir

    assert main(["--demo"]) == 0
    assert started["gui"].folder.root == default_demo_dir() != default_data_dir()


def test_leader_mode_needs_no_data_folder(started: dict[str, Any]) -> None:
    assert main(["--leader", "--lang", "en"]) == 0
    assert "gui" not in started
    assert started["leader"][1] == "en"


def test_every_option_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    for option in (
        "--data-dir",
        "--demo",
        "--lang",
        "--deployment",
        "--self-test",
        "--version",
        "--leader",
        "org-keygen",
        "recover",
    ):
        assert option in readme, option


def test_a_bad_deployment_file_is_shown_in_a_dialog_not_only_on_stderr(
    started: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[tuple[str, Any]] = []
    monkeypatch.setattr(
        coach_app.app, "show_deployment_error", lambda exc, lang: shown.append((str(exc), lang))
    )
    bad = tmp_path / "deployment.toml"
    bad.write_text('[policy]\ndefault_language = "de"\n', encoding="utf-8")

    assert main(["--deployment", str(bad), "--data-dir", str(tmp_path), "--lang", "tr"]) == 2

    assert "gui" not in started
    assert len(shown) == 1
    assert "policy.default_language" in shown[0][0]
    assert shown[0][1] == "tr"
