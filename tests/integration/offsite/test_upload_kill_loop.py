"""kill -9 at random moments of an upload to a real server: the server never offers a partial
backup, and the next upload completes."""

from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from offsite_helpers import PASSPHRASE, RealServer, real_server
from sqlalchemy import select

from coach_app.domain import Municipality
from coach_app.offsite.client import OffsiteClient
from coach_app.offsite.state import credentials
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.sync import SyncEngine
from coach_app.workspace import Workspace
from coach_server.models_offsite import FileChunk, StoredFile

DRIVER = Path(__file__).with_name("upload_driver.py")
KILLS = 30
#: About the steps of one upload of the test's backup (six chunks: a send, an answer and a
#: chunk mark each, plus the declaration, completion and the list of backups kept).
MARKS_PER_RUN = 24


def _laptop_with_megabytes(folder: DataFolder, server: RealServer) -> None:
    rng = random.Random(12)
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create(PASSPHRASE)
    try:
        family = workspace.service.create_family(
            display_name="Family",
            municipality=Municipality("GM0153", "Enschede"),
            start_date=date(2019, 3, 1),
        )
        for n in range(30):  # about 2.7 MB of notes: several 512 KiB chunks per upload
            notes = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(90_000))
            workspace.service.record_visit(
                family.id,
                started_at=datetime(2019, 4, 1 + n % 28, 9, tzinfo=UTC),
                duration_minutes=60,
                notes=notes,
            )
        engine = SyncEngine(make_session_factory(workspace.engine))
        try:
            assert engine.enrol(server.url, server.code("Coach A")).ok
        finally:
            engine.close()
    finally:
        workspace.lock()


def _server_view(server: RealServer, folder: DataFolder) -> list[tuple[str, int, bytes]]:
    """Every backup the server lists for the laptop, downloaded: (sha256, size, content)."""
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.unlock(PASSPHRASE)
    try:
        with make_session_factory(workspace.engine)() as session:
            creds = credentials(session)
    finally:
        workspace.lock()
    assert creds is not None
    found = []
    with OffsiteClient(creds.server_url, creds.token) as client:
        for backup in client.backups().backups:
            data = b"".join(client.backup_chunk(backup.backup_id, i) for i in range(backup.chunks))
            found.append((backup.sha256, backup.size, data))
    return found


def _complete_files_are_whole(server: RealServer) -> None:
    def check(session):  # type: ignore[no-untyped-def]
        for file in session.scalars(select(StoredFile).where(StoredFile.state == "complete")):
            chunks = session.scalars(
                select(FileChunk.data).where(FileChunk.file_id == file.id).order_by(FileChunk.index)
            ).all()
            data = b"".join(chunks)
            assert len(data) == file.size
            assert hashlib.sha256(data).hexdigest() == file.sha256

    server.admin(check)


@pytest.mark.slow
def test_kill_9_during_uploads_never_leaves_a_partial_backup_offered(tmp_path: Path) -> None:
    rng = random.Random(20200318)
    folder = DataFolder(tmp_path / "laptop")
    with real_server(tmp_path / "server") as server:
        _laptop_with_megabytes(folder, server)
        kills = 0
        runs = 0
        moments: set[str] = set()
        while kills < KILLS:
            runs += 1
            assert runs <= 3 * KILLS, f"only {kills} kills in {runs} runs"
            process = subprocess.Popen(
                [sys.executable, str(DRIVER), str(folder.root)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=Path(__file__).parents[3],
            )
            assert process.stdout is not None
            # Kill right after a randomly chosen reported step: a request about to leave, an
            # answer just arrived, a chunk acknowledged (no wall-clock delay anywhere).
            target = rng.randint(1, MARKS_PER_RUN)
            marks = 0
            for line in process.stdout:
                if line.startswith("MARK "):
                    marks += 1
                    if marks == target:
                        process.send_signal(signal.SIGKILL)
                        kills += 1
                        moments.add(line.split()[1])
                        break
            process.wait(timeout=120)
            process.stdout.close()
            assert process.stderr is not None
            process.stderr.close()
            _complete_files_are_whole(server)  # what the server would offer is whole
        assert moments == {"send", "answer", "chunk"}, moments
        final = subprocess.run(
            [sys.executable, str(DRIVER), str(folder.root)],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).parents[3],
            check=False,
        )
        assert "DONE uploaded" in final.stdout, final.stderr
        newest = sorted((folder.backups).glob("coach-*.backup"))[-1]
        offered = _server_view(server, folder)
        for sha256, size, data in offered:
            assert len(data) == size
            assert hashlib.sha256(data).hexdigest() == sha256
        assert offered[0][0] == hashlib.sha256(newest.read_bytes()).hexdigest()
