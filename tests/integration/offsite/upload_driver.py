"""A laptop process for the upload kill loop: unlock a data folder and upload its backup.

    python upload_driver.py FOLDER

Prints a ``MARK`` line at every step the test may kill after: ``MARK send METHOD PATH`` just
before a request leaves, ``MARK answer STATUS`` when the server's answer arrived (before the
uploader acts on it), ``MARK chunk I/N`` after each chunk the server acknowledged; and
``DONE <outcome>`` at the end. Uploads every time it runs (force).
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

from coach_app.offsite.upload import BackupUploader, UploadProgress
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.workspace import Workspace

PASSPHRASE = "a quiet kitchen table"


class MarkingTransport(httpx.BaseTransport):
    """The app's own HTTP transport, reporting each request and answer."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        print(f"MARK send {request.method} {request.url.path}", flush=True)
        response = self._inner.handle_request(request)
        print(f"MARK answer {response.status_code}", flush=True)
        return response

    def close(self) -> None:
        """Kept open across the uploader's clients (the process ends soon)."""


def main() -> int:
    folder = DataFolder(Path(sys.argv[1]))
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.unlock(PASSPHRASE)

    def progress(step: UploadProgress) -> None:
        print(f"MARK chunk {step.chunks_done}/{step.chunks}", flush=True)

    try:
        uploader = BackupUploader(
            make_session_factory(workspace.engine),
            make_backup=lambda: workspace.backup_now().path,
            local_backups=lambda: [b.path for b in workspace.list_backups()],
            progress=progress,
            transport=MarkingTransport(),
        )
        outcome = uploader.run(force=True)
        print(f"DONE {outcome.outcome} {outcome.error or ''}", flush=True)
    finally:
        workspace.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
