"""coach-server's list of the server's packages names every package of the ``server`` extra, so
a missing one is one line saying what to install, never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from coach_server.cli import SERVER_PACKAGES

ROOT = Path(__file__).resolve().parents[3]
#: Distribution names whose import name is not the name with "-" as "_".
_IMPORT_NAMES: dict[str, str] = {}


def _server_extra() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = set()
    for requirement in project["optional-dependencies"]["server"]:
        distribution = re.match(r"[A-Za-z0-9._-]+", requirement)
        assert distribution is not None, requirement
        name = distribution[0].lower().replace("-", "_").replace(".", "_")
        names.add(_IMPORT_NAMES.get(name, name))
    return names


def test_every_package_of_the_server_extra_is_listed() -> None:
    extra = _server_extra()
    assert extra, "the server extra is empty?"
    assert extra <= SERVER_PACKAGES, sorted(extra - SERVER_PACKAGES)


@pytest.mark.parametrize("missing", sorted(_server_extra()))
def test_serve_without_a_package_of_the_extra_says_what_to_install(
    missing: str, tmp_path: Path
) -> None:
    program = (
        f"import sys; sys.modules[{missing!r}] = None\n"
        "from coach_server.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path)!r}, 'serve']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 3, result.stderr
    assert result.stderr == (
        f"coach-server: the server's packages are not installed ({missing} is missing); "
        "install them with: pip install 'coach-companion[server]'\n"
    )
