"""A second process that holds a data folder, as a running app does (for lock tests)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from coach_app.paths import DataFolder

# Holds the folder (claimed; unlocked in mode "unlock"), says so, then waits for stdin to close.
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from coach_app.paths import DataFolder
    from coach_app.security import KdfParams
    from coach_app.workspace import Workspace

    workspace = Workspace(DataFolder(Path(sys.argv[1])), kdf=KdfParams())
    workspace.claim()
    if sys.argv[2] == "unlock":
        workspace.unlock(sys.argv[3])
    print("held", flush=True)
    sys.stdin.read()
    workspace.close()
    print("released", flush=True)
    """
)


def start_holder(
    folder: DataFolder, mode: str = "claim", passphrase: str = ""
) -> subprocess.Popen[str]:
    """Start the holder and return once it holds the folder (it said so)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder.root), mode, passphrase],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def stop_holder(process: subprocess.Popen[str]) -> None:
    """Let the holder go and wait until it has released the folder."""
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.close()
    assert process.stdout.readline().strip() == "released"
    process.stdout.close()
    process.wait()
