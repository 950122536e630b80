"""kill -9 while a coach types visit notes: the draft is in the encrypted database, exact,
and the notes are in no file of the data folder in plain text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from coach_app.domain import Municipality
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.workspace import Workspace
from tests.canaries import hits

PASSPHRASE = "a quiet kitchen table"
CANARY = "KanarieDraftNotesZq7w"
TEXT = CANARY + " " + " ".join(f"word{i}" for i in range(400))

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from coach_app.deployment import Deployment
    from coach_app.paths import DataFolder
    from coach_app.security import KdfParams
    from coach_app.ui.context import UiContext, UiEvents
    from coach_app.ui.tasks import Operations
    from coach_app.ui.visit.editor import VisitEditor
    from coach_app.workspace import Workspace

    folder, passphrase, text = DataFolder(Path(sys.argv[1])), sys.argv[2], sys.argv[3]
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.unlock(passphrase)
    family_id = workspace.service.list_families()[0].id
    app = QApplication([])
    context = UiContext(
        workspace=workspace, operations=Operations(), deployment=Deployment(),
        preferences=None, events=UiEvents(), language="en",
    )
    editor = VisitEditor(context, family_id, None)
    editor.show()
    while not editor.save_button.isEnabled():
        app.processEvents()
        time.sleep(0.005)
    editor.draft_saved.connect(lambda d: print(f"SAVED {len(d.notes)}", flush=True))
    print("READY", flush=True)

    def pump(seconds):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    for start in range(0, len(text), 40):
        for ch in text[start:start + 40]:
            editor.form.notes.insertPlainText(ch)
            pump(0.002)
        pump(0.9)  # a pause: the draft is saved about 800 ms after the last key
    print("DONE", flush=True)
    pump(60)
    """
)


def _prepare(folder: DataFolder) -> None:
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create(PASSPHRASE)
    workspace.service.create_family(
        display_name="Family", municipality=Municipality("GM0153", "Enschede")
    )
    workspace.lock()


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.15, 0.4, 0.75, 1.3])
def test_a_killed_editor_leaves_its_exact_draft_and_no_plaintext(
    tmp_path: Path, delay: float
) -> None:
    folder = DataFolder(tmp_path / "data")
    _prepare(folder)
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(script), str(folder.root), PASSPHRASE, TEXT],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    saved_lengths: list[int] = []
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            assert line, "the editor process ended before saving a draft"
            if line.startswith("SAVED"):
                saved_lengths.append(int(line.split()[1]))
                break
        assert saved_lengths, "no draft was saved in time"
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
    saved_lengths += [
        int(line.split()[1]) for line in rest.splitlines() if line.startswith("SAVED")
    ]

    workspace = Workspace(folder, kdf=KdfParams())
    workspace.unlock(PASSPHRASE)
    try:
        drafts = workspace.drafts.list_drafts()
        assert len(drafts) == 1
        notes = drafts[0].notes
        assert TEXT.startswith(notes)
        assert len(notes) >= max(saved_lengths)  # everything reported saved is there
        assert notes.startswith(CANARY)
    finally:
        workspace.lock()
    assert hits(folder.root, [CANARY, "word12 word13"]) == []
