"""Run Python as another, unprivileged account (``nobody``) for permission tests (Linux, root).

``run_as_nobody(code, *args)`` runs ``code`` with this interpreter and the project on the path,
as the ``nobody`` account with no supplementary groups (``setpriv``), and returns the completed
process. ``world_readable_folder()`` gives a fresh folder that account can reach (pytest's own
temporary folders are private to root). Tests skip, with the reason, where this cannot be done.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
ACCOUNT = "nobody"


def _require() -> pwd.struct_passwd:
    if not sys.platform.startswith("linux"):
        pytest.skip("dropping privileges with setpriv needs Linux")
    if os.geteuid() != 0:
        pytest.skip("running as another account needs root (CI runs as root)")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed")
    try:
        return pwd.getpwnam(ACCOUNT)
    except KeyError:
        pytest.skip(f"there is no {ACCOUNT} account here")


def run_as_nobody(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    account = _require()
    command = [
        "setpriv",
        f"--reuid={account.pw_uid}",
        f"--regid={account.pw_gid}",
        "--clear-groups",
        "--",
        sys.executable,
        "-c",
        code,
        *args,
    ]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": tempfile.gettempdir(),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(PROJECT),
        "QT_QPA_PLATFORM": "offscreen",
    }
    probe = subprocess.run(
        [*command[:5], sys.executable, "-c", "import coach_app.workspace"],
        capture_output=True,
        text=True,
        env=env,
        cwd="/",
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"the {ACCOUNT} account cannot read the project here: {probe.stderr[-200:]}")
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd="/", check=False)


@contextlib.contextmanager
def world_readable_folder() -> Iterator[Path]:
    """A new folder under the temporary folder that every account may read and enter."""
    root = Path(tempfile.mkdtemp(prefix="coach-permissions-"))
    try:
        root.chmod(0o755)
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)
