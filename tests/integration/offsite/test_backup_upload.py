"""Uploading the laptop's encrypted backup: when due, resumable, the passphrase slot never sent."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from offsite_helpers import InProcessServer, Laptop
from sqlalchemy import select

from coach_app.domain import Municipality
from coach_app.offsite.client import OffsiteClient
from coach_app.offsite.upload import LARGE_CHANGE, BackupUploader, UploadProgress
from coach_app.security import read_key_slots
from coach_server.models_offsite import DeviceKey


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2020, 3, 18, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _uploader(
    laptop: Laptop, server: InProcessServer, clock: Clock, **kwargs: object
) -> BackupUploader:
    workspace = laptop.workspace
    return BackupUploader(
        laptop.sessions,
        make_backup=lambda: workspace.backup_now().path,
        local_backups=lambda: [b.path for b in workspace.list_backups()],
        transport=kwargs.pop("transport", server.transport),  # type: ignore[arg-type]
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )


def _server_backups(laptop: Laptop, server: InProcessServer) -> list[dict[str, object]]:
    with laptop.sessions() as session:
        from coach_app.offsite.state import credentials

        creds = credentials(session)
    assert creds is not None
    with OffsiteClient(creds.server_url, creds.token, transport=server.transport) as client:
        return [b.model_dump() for b in client.backups().backups]


def _add_families(laptop: Laptop, count: int) -> None:
    for n in range(count):
        laptop.workspace.service.create_family(
            display_name=f"Family {n}",
            municipality=Municipality("GM0153", "Enschede"),
            start_date=date(2019, 3, 1),
        )


def test_the_first_run_uploads_the_newest_backup_and_registers_the_laptops_key(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer
) -> None:
    laptop = make_laptop("Coach A")
    _add_families(laptop, 3)
    clock = Clock()
    outcome = _uploader(laptop, offsite_server, clock).run()
    assert outcome.outcome == "uploaded", outcome
    [backup] = _server_backups(laptop, offsite_server)
    [local] = laptop.workspace.list_backups()
    assert backup["size"] == local.size
    assert backup["sha256"] == hashlib.sha256(local.path.read_bytes()).hexdigest()
    keys = offsite_server.admin(lambda s: s.scalars(select(DeviceKey.device_id)).all())
    assert keys == [laptop.device_id]


def test_what_leaves_carries_the_recovery_slot_and_never_the_passphrase_slot(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer
) -> None:
    laptop = make_laptop("Coach A")
    assert _uploader(laptop, offsite_server, Clock()).run().outcome == "uploaded"
    [local] = laptop.workspace.list_backups()
    slots = json.loads(read_key_slots(local.path))
    assert {slot["type"] for slot in slots["slots"]} == {"recovery"}
    vault = json.loads(laptop.folder.vault.read_text())
    passphrase = next(s for s in vault["slots"] if s["type"] == "passphrase")
    sent = local.path.read_bytes()
    for value in (passphrase["params"]["salt"], passphrase["wraps"]["current"]["ciphertext"]):
        assert value.encode() not in sent
    [backup] = _server_backups(laptop, offsite_server)
    assert backup["sha256"] == hashlib.sha256(sent).hexdigest()  # exactly this file left


def test_an_upload_is_due_daily_and_after_large_changes_only(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer
) -> None:
    laptop = make_laptop("Coach A")
    clock = Clock()
    uploader = _uploader(laptop, offsite_server, clock)
    assert uploader.run().outcome == "uploaded"
    assert uploader.run().outcome == "not_due"
    _add_families(laptop, LARGE_CHANGE // 2 - 1)  # a family counts as a row and its version
    assert uploader.run().outcome == "not_due"
    _add_families(laptop, 1)
    assert uploader.run().outcome == "uploaded"
    clock.now += timedelta(hours=23, minutes=59)
    assert uploader.run().outcome == "not_due"
    clock.now += timedelta(minutes=1)
    assert uploader.run().outcome == "uploaded"
    assert uploader.run(force=True).outcome == "uploaded"
    assert len(_server_backups(laptop, offsite_server)) == 4


class DropAfter(httpx.BaseTransport):
    """The real server, but the connection drops after ``chunks`` chunk uploads went through."""

    def __init__(self, inner: httpx.BaseTransport, chunks: int) -> None:
        self.inner = inner
        self.chunks = chunks

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PUT" and "/chunks/" in request.url.path:
            if self.chunks == 0:
                raise httpx.ConnectError("the network went away")
            self.chunks -= 1
        return self.inner.handle_request(request)


def test_a_dropped_connection_leaves_nothing_listed_and_the_next_run_resumes(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer
) -> None:
    laptop = make_laptop("Coach A")
    for n in range(100):  # enough data for several 512 KiB chunks
        family = laptop.workspace.service.create_family(
            display_name=f"Family {n}",
            municipality=Municipality("GM0153", "Enschede"),
            start_date=date(2019, 3, 1),
        )
        laptop.workspace.service.record_visit(
            family.id,
            started_at=datetime(2019, 4, 2, 9, tzinfo=UTC),
            duration_minutes=60,
            notes=hashlib.sha512(str(n).encode()).hexdigest() * 60,
        )
    clock = Clock()
    progress: list[UploadProgress] = []
    dropping = _uploader(
        laptop,
        offsite_server,
        clock,
        transport=DropAfter(offsite_server.transport, 1),
        progress=progress.append,
    )
    failed = dropping.run()
    assert (failed.outcome, failed.error) == ("failed", "offline")
    assert [p.chunks_done for p in progress] == [1]
    assert progress[0].chunks >= 3
    assert _server_backups(laptop, offsite_server) == []
    backups_before = [b.name for b in laptop.workspace.list_backups()]
    resumed = _uploader(laptop, offsite_server, clock, progress=progress.append).run()
    assert resumed.outcome == "uploaded"
    assert resumed.resumed
    assert resumed.chunks_sent == progress[0].chunks - 1  # chunk 0 was not sent again
    assert [b.name for b in laptop.workspace.list_backups()] == backups_before  # same file
    [backup] = _server_backups(laptop, offsite_server)
    assert (
        backup["sha256"]
        == hashlib.sha256(laptop.workspace.list_backups()[0].path.read_bytes()).hexdigest()
    )


def test_the_server_drops_backups_the_laptop_no_longer_keeps(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer
) -> None:
    laptop = make_laptop("Coach A")
    clock = Clock()
    uploader = _uploader(laptop, offsite_server, clock)
    for _ in range(3):
        assert uploader.run(force=True).outcome == "uploaded"
    assert len(_server_backups(laptop, offsite_server)) == 3
    assert uploader.run().outcome == "not_due"
    for backup in laptop.workspace.list_backups():
        backup.path.unlink()  # e.g. removed after an erasure: they held the erased family
    laptop.workspace.backup_now()  # the fresh backup made after the erasure
    assert uploader.run().outcome == "uploaded"  # due: what the server took is gone here
    assert len(_server_backups(laptop, offsite_server)) == 1


@pytest.mark.parametrize("server_settings", [{"backup_quota_bytes": 1024 * 1024}])
def test_a_backup_over_the_quota_is_refused_and_said_so(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer, tmp_path: Path
) -> None:
    laptop = make_laptop("Coach A")
    big = tmp_path / "coach-20200318T090000Z.backup"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    uploader = BackupUploader(
        laptop.sessions,
        make_backup=lambda: big,
        local_backups=lambda: [big],
        transport=offsite_server.transport,
        clock=Clock(),
    )
    outcome = uploader.run()
    assert (outcome.outcome, outcome.error) == ("refused", "backup_quota_exceeded")
    with laptop.sessions() as session:
        from coach_app.offsite.state import upload_status

        status = upload_status(session)
    assert status.last_error == "backup_quota_exceeded"
    assert not status.uploading


def test_not_enrolled_means_nothing_is_sent(tmp_path: Path) -> None:
    from coach_app.paths import DataFolder
    from coach_app.security import KdfParams
    from coach_app.storage import make_session_factory
    from coach_app.workspace import Workspace

    workspace = Workspace(DataFolder(tmp_path / "alone"), kdf=KdfParams())
    workspace.create("a quiet kitchen table")
    try:

        def refuse(request: httpx.Request) -> httpx.Response:
            raise AssertionError("nothing may be sent")

        uploader = BackupUploader(
            make_session_factory(workspace.engine),
            make_backup=lambda: workspace.backup_now().path,
            local_backups=lambda: [],
            transport=httpx.MockTransport(refuse),
        )
        assert uploader.run().outcome == "not_enrolled"
        assert workspace.list_backups() == []
    finally:
        workspace.lock()


@pytest.mark.parametrize("status", [500, 502])
def test_a_server_error_is_a_transient_failure(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer, status: int
) -> None:
    laptop = make_laptop("Coach A")

    def failing(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/backups/uploads"):
            return httpx.Response(status, text="<html>Bad gateway</html>")
        return offsite_server.transport.handle_request(request)

    outcome = _uploader(
        laptop, offsite_server, Clock(), transport=httpx.MockTransport(failing)
    ).run()
    assert (outcome.outcome, outcome.error) == ("failed", "server_error")
    assert _uploader(laptop, offsite_server, Clock()).run().outcome == "uploaded"
