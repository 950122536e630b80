"""A laptop process for the upload kill loop: unlock a data folder and upload its backup.

    python upload_driver.py FOLDER

Prints ``MARK chunk I/N`` after each chunk the server acknowledged (a reported progress step
the test kills after) and ``DONE <outcome>`` at the end. Uploads every time it runs (force).
"""

from __future__ import annotations

import sys
from pathlib import Path

from coach_app.offsite.upload import BackupUploader, UploadProgress
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.workspace import Workspace

PASSPHRASE = "a quiet kitchen table"


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
        )
        outcome = uploader.run(force=True)
        print(f"DONE {outcome.outcome} {outcome.error or ''}", flush=True)
    finally:
        workspace.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
