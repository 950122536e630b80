"""Every admin command of ``coach-server`` says in its --help how to choose the data folder:
found by a new user whose ``create-leader NAME`` (after ``serve --data-dir ./server-data``)
wrote the leader into the default data folder; the option was accepted there but not shown."""

from __future__ import annotations

import pytest

from coach_server.cli import main

COMMANDS = [
    ["serve"],
    ["migrate"],
    ["create-leader"],
    ["enrolment-code"],
    ["devices", "list"],
    ["devices", "revoke"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_each_command_s_help_shows_the_data_folder_option(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([*command, "--help"])
    assert stopped.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "--data-dir DIR" in out
    assert "data folder" in out
    assert "COACH_SERVER_DATA_DIR" in out
    assert "--database-url URL" in out


def test_the_readme_s_server_commands_share_one_data_folder() -> None:
    from pathlib import Path

    readme = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    block = readme.split("## The server", 1)[1].split("```", 2)[1]
    commands = [line for line in block.splitlines() if line.startswith("coach-server ")]
    assert len(commands) >= 5
    for line in commands:
        assert "--data-dir ./server-data" in line, line
