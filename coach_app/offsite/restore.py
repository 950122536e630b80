"""Restore on a new laptop from the server (docs/decisions/0012).

Blocking and Qt-free. Two steps, so a mistyped recovery code can be typed again without a new
enrolment code:

1. `ServerRestore.connect(server_url, enrolment_code)`: the code (from the leader, naming the
   laptop being replaced) is exchanged for that laptop's device id and a new token; the
   server's newest complete backup of that laptop is downloaded into a scratch folder beside
   the data folder (ciphertext only) and checked against its size and SHA-256;
2. `ServerRestore.finish(new_passphrase, recovery_code=... | org_private_key_pem=...)`: the
   backup is opened with the recovery code or the organisation's key, decrypted, every page
   checked, and only then written to the (empty) data folder with a vault under the new
   passphrase (`Workspace.restore_on_new_laptop`); the laptop's credentials become the new
   token (same device id: it continues as the replaced laptop, so the server counts every
   record once), and a new recovery code replaces the one used. Returns the unlocked workspace
   and the new code (show it once).

A wrong recovery code (``WrongRecoveryCode``), a damaged or tampered backup (``BackupCorrupt``)
or any failure leaves the data folder as it was (empty). `discard` removes the scratch folder.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx

from coach_app.offsite.client import OFFSITE_TIMEOUT, OffsiteClient
from coach_app.paths import DataFolder
from coach_app.security import BackupCorrupt, KdfParams, UnlockBackoff
from coach_app.security.codes import parse_enrolment_code
from coach_app.server_url import check_server_url
from coach_app.storage import make_session_factory
from coach_app.storage.models_offsite import OffsiteStateRow
from coach_app.sync.client import SyncClient, SyncError
from coach_app.sync.outbox import ensure_state
from coach_app.workspace import DEFAULT_TIME_ZONE, Workspace

__all__ = ["RestoreProblem", "ServerBackup", "ServerRestore"]

log = logging.getLogger(__name__)


class RestoreProblem(Exception):
    """Restoring cannot go on; ``code``: ``bad_url`` / ``insecure_url`` (the address),
    ``no_backup`` (the server has no backup of the laptop the code names: the code may be for
    a new laptop), ``not_connected`` (`finish` before `connect`), or a sync error code
    (``enrolment_refused``, ``offline``, ...)."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


@dataclass(frozen=True)
class ServerBackup:
    """The backup found on the server for the replaced laptop."""

    device_id: str
    completed_at: datetime
    size: int


@dataclass(frozen=True)
class _Connected:
    server_url: str
    device_id: str
    token: str
    download: Path


class ServerRestore:
    """Restore ``folder`` (empty, on a new laptop) from the server; see the module docstring."""

    def __init__(
        self,
        folder: DataFolder,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = OFFSITE_TIMEOUT,
        kdf: KdfParams | None = None,
        time_zone: str = DEFAULT_TIME_ZONE,
    ) -> None:
        self.folder = folder
        self._transport = transport
        self._timeout = timeout
        self._kdf = kdf
        self._time_zone = time_zone
        self._connected: _Connected | None = None
        self._scratch: Path | None = None
        self.recovery_backoff = UnlockBackoff()

    def connect(self, server_url: str, enrolment_code: str) -> ServerBackup:
        """Enrol as the replaced laptop and download its newest backup. Raises ``CodeError``
        (the code as typed cannot be one), `RestoreProblem`, ``BackupCorrupt`` (the download
        does not match the server's hash; try again)."""
        url = server_url.strip().rstrip("/")
        problem = check_server_url(url)
        if problem is not None:
            raise RestoreProblem(problem, "the server address cannot be used")
        code = parse_enrolment_code(enrolment_code)
        sync_client = SyncClient(url, transport=self._transport, timeout=self._timeout)
        try:
            enrolled = sync_client.enrol(code)
        except SyncError as exc:
            raise RestoreProblem(exc.code, exc.detail) from exc
        finally:
            sync_client.close()
        with OffsiteClient(
            url, enrolled.token, transport=self._transport, timeout=self._timeout
        ) as client:
            backups = client.backups().backups
            if not backups:
                raise RestoreProblem(
                    "no_backup", "the server has no backup of the laptop this code names"
                )
            newest = backups[0]
            scratch = self._scratch_folder()
            download = scratch / "server.backup"
            digest = hashlib.sha256()
            with open(download, "wb") as stream:
                for index in range(newest.chunks):
                    chunk = client.backup_chunk(newest.backup_id, index)
                    digest.update(chunk)
                    stream.write(chunk)
        if download.stat().st_size != newest.size or digest.hexdigest() != newest.sha256:
            download.unlink(missing_ok=True)
            raise BackupCorrupt("the downloaded backup does not match the server's; try again")
        self._connected = _Connected(url, enrolled.device_id, enrolled.token, download)
        log.info("backup of device %s downloaded (%d bytes)", enrolled.device_id, newest.size)
        return ServerBackup(enrolled.device_id, newest.completed_at, newest.size)

    def finish(
        self,
        new_passphrase: str,
        *,
        recovery_code: str | None = None,
        org_private_key_pem: bytes | None = None,
        org_key_password: bytes | None = None,
        workspace: Workspace | None = None,
    ) -> tuple[Workspace, str]:
        """Open, check and restore the downloaded backup; see the module docstring.
        ``workspace``: the app's own (empty) workspace of the folder, restored in place; by
        default a new one is made."""
        connected = self._connected
        if connected is None:
            raise RestoreProblem("not_connected", "connect to the server first")
        if workspace is None:
            workspace = Workspace(self.folder, kdf=self._kdf, time_zone=self._time_zone)
        workspace.restore_here(
            connected.download,
            new_passphrase,
            recovery_code=recovery_code,
            org_private_key_pem=org_private_key_pem,
            org_key_password=org_key_password,
            recovery_backoff=self.recovery_backoff,
        )
        try:
            with make_session_factory(workspace.engine)() as session, session.begin():
                state = ensure_state(session)
                state.server_url = connected.server_url
                state.device_id = connected.device_id
                state.device_token = connected.token
                state.revoked = 0
                state.last_error = None
                state.last_error_at = None
                offsite = session.get(OffsiteStateRow, 1)
                if offsite is not None:
                    offsite.uploading_name = None  # a file of the old laptop
            code = workspace.vault.new_recovery_code()
        except BaseException:
            workspace.lock()
            raise
        self.discard()
        log.info("restored from the server as device %s", connected.device_id)
        return workspace, code

    def discard(self) -> None:
        """Remove the scratch folder (the downloaded ciphertext)."""
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        self._connected = None

    def _scratch_folder(self) -> Path:
        if self._scratch is None:
            parent = self.folder.root.parent
            parent.mkdir(parents=True, exist_ok=True)
            self._scratch = Path(tempfile.mkdtemp(prefix=".coach-restore-", dir=parent))
        return self._scratch
