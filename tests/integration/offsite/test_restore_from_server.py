"""A lost laptop loses nothing and exposes nothing (issue 12, restore): laptop A backs up to a
real ``coach-server serve`` through a recording proxy and is wiped; laptop B restores the
server's copy with the leader's code naming A and the recovery code (or IT's organisation key),
continues as A and syncs, and the server counts every record once. A wrong recovery code, a
backup changed on the server and an upload that never finished fail in plain words and change
nothing on the new laptop."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from offsite_helpers import PASSPHRASE, InProcessServer, Laptop, RecordingProxy, real_server
from sqlalchemy import select

from coach_app.admin import AdminError, recover_from_server
from coach_app.domain import ConsentKind, Municipality
from coach_app.offsite.client import OffsiteClient, OffsiteError
from coach_app.offsite.restore import RestoreProblem, ServerRestore
from coach_app.offsite.state import credentials
from coach_app.offsite.upload import BackupUploader
from coach_app.paths import DataFolder
from coach_app.security import (
    BackupCorrupt,
    KdfParams,
    Vault,
    WrongRecoveryCode,
    generate_org_keypair,
)
from coach_app.storage import make_session_factory
from coach_app.storage.models_sync import OutboxRow
from coach_app.sync import SyncEngine
from coach_app.workspace import Workspace
from coach_server.models import LatestRecord
from coach_server.models_offsite import FileChunk, StoredFile
from coach_server.services import create_enrolment_code
from tests.canaries import SQLITE_HEADER, encodings, files_under, seed_family

NEW_PASSPHRASE = "a brand new laptop passphrase"
#: Table names of the laptop's database: any of them in what the server holds or receives
#: would mean a plaintext laptop database left the laptop.
LAPTOP_SCHEMA = (b"sync_outbox", b"laptop_key", b"follow_up_action", b"visit_attendee")


# --------------------------------------------------------------------------- helpers


def _upload(workspace: Workspace, **client: Any) -> None:
    outcome = BackupUploader(
        make_session_factory(workspace.engine),
        make_backup=lambda: workspace.backup_now().path,
        local_backups=lambda: [b.path for b in workspace.list_backups()],
        **client,
    ).run(force=True)
    assert outcome.outcome == "uploaded", outcome


def _sync(workspace: Workspace, **client: Any) -> None:
    engine = SyncEngine(make_session_factory(workspace.engine), **client)
    try:
        outcome = engine.sync(force=True)
    finally:
        engine.close()
    assert outcome.outcome == "synced", outcome


def _exports(workspace: Workspace) -> dict[str, dict[str, Any]]:
    exported = {}
    for family in workspace.service.list_families():
        data = workspace.service.export_family(family.id)
        del data["exported_at"]
        exported[str(family.id)] = data
    return exported


def _holdings(workspace: Workspace) -> dict[str, tuple[str, int]]:
    with make_session_factory(workspace.engine)() as session:
        return {r.pid: (r.kind, r.version) for r in session.scalars(select(OutboxRow))}


def _server_records(admin: Callable[..., object]) -> list[tuple[str, str, str, int]]:
    """(device id, pid, kind, version) of every record the server counts."""
    return admin(  # type: ignore[return-value]
        lambda s: [
            tuple(row)
            for row in s.execute(
                select(
                    LatestRecord.device_id,
                    LatestRecord.pid,
                    LatestRecord.kind,
                    LatestRecord.version,
                )
            )
        ]
    )


def _family(workspace: Workspace, name: str) -> UUID:
    family = workspace.service.create_family(
        display_name=name,
        municipality=Municipality("GM0153", "Enschede"),
        start_date=date(2019, 3, 1),
    )
    workspace.service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    workspace.service.record_visit(
        family.id, started_at=datetime(2019, 4, 2, 9, tzinfo=UTC), duration_minutes=60
    )
    return family.id


def _no_laptop_plaintext(data: bytes, canaries: list[str], where: str) -> None:
    for needle in canaries:
        for encoded in encodings(needle):
            assert encoded not in data, f"{needle} in {where}"
    for name in LAPTOP_SCHEMA:
        assert name not in data, f"the laptop's table {name!r} in {where}"


# --------------------------------------------------------------------------- end to end


@pytest.mark.slow
def test_a_lost_laptop_comes_back_from_the_server_and_is_counted_once(tmp_path: Path) -> None:
    with real_server(tmp_path / "server") as server:
        proxy = RecordingProxy(int(server.url.rsplit(":", 1)[1]))
        try:
            # Laptop A: two families with a canary in every personal field; the first synced,
            # the second created after that sync (its records first reach the server from B).
            a_folder = DataFolder(tmp_path / "laptop-a")
            a = Workspace(a_folder, kdf=KdfParams())
            recovery_code = a.create(PASSPHRASE)
            first, canaries = seed_family(a.service, "Lost")
            a.service.record_consent(UUID(first), ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
            engine = SyncEngine(make_session_factory(a.engine))
            try:
                enrolled = engine.enrol(proxy.url, server.code("Coach A"))
            finally:
                engine.close()
            assert enrolled.ok, enrolled.error
            a_device = enrolled.device_id
            assert a_device is not None
            _sync(a)
            second, more = seed_family(a.service, "Unsent")
            a.service.record_consent(
                UUID(second), ConsentKind.ANONYMISED_REPORTING, recorded_by="c"
            )
            canaries += more
            _upload(a)
            before = _exports(a)
            assert set(before) == {first, second}
            counted_before = _server_records(server.admin)
            assert counted_before
            assert {row[0] for row in counted_before} == {a_device}

            # The laptop is lost: its data folder is gone.
            a.lock()
            shutil.rmtree(a_folder.root)

            # Laptop B: the leader's code names A; the recovery code opens A's backup.
            b_folder = DataFolder(tmp_path / "laptop-b")
            restore = ServerRestore(b_folder, kdf=KdfParams())
            found = restore.connect(proxy.url, server.code("Coach A", "--replaces", a_device))
            assert found.device_id == a_device
            b, new_code = restore.finish(NEW_PASSPHRASE, recovery_code=recovery_code)
            try:
                assert _exports(b) == before  # every entity is back
                assert new_code != recovery_code
                _sync(b)  # continues as A: the unsent family arrives, nothing twice
                counted = _server_records(server.admin)
                assert {row[0] for row in counted} == {a_device}
                assert len({row[1] for row in counted}) == len(counted)
                holdings = _holdings(b)
                assert {pid: (kind, version) for _, pid, kind, version in counted} == holdings
                assert len(counted) > len(counted_before)

                # ... and keeps syncing as A after a change.
                family = b.service.get_family(UUID(first))
                b.service.update_family(dataclasses.replace(family, phone="+31 6 12345678"))
                _sync(b)
                counted = _server_records(server.admin)
                assert {row[0] for row in counted} == {a_device}
                assert {pid: (k, v) for _, pid, k, v in counted} == _holdings(b)
            finally:
                b.lock()
            # The new passphrase opens B; the recovery code A had no longer does.
            b.unlock(NEW_PASSPHRASE)
            b.lock()
            with pytest.raises(WrongRecoveryCode):
                Vault.load(b_folder.root).unlock_with_recovery_code(recovery_code)

            # What the server holds of the backups is ciphertext.
            stored = server.admin(
                lambda s: b"".join(
                    s.scalars(select(FileChunk.data).order_by(FileChunk.file_id, FileChunk.index))
                )
            )
            assert isinstance(stored, bytes)
            assert stored
            assert SQLITE_HEADER not in stored
            _no_laptop_plaintext(stored, canaries, "the server's backups")
            # Every byte the laptops sent.
            assert len(proxy.sent) > len(stored)
            assert SQLITE_HEADER not in proxy.sent
            _no_laptop_plaintext(bytes(proxy.sent), canaries, "what the laptops sent")
        finally:
            proxy.close()
    # The server's data folder (server stopped): no canary, no laptop database anywhere.
    for path in files_under(tmp_path / "server"):
        _no_laptop_plaintext(path.read_bytes(), canaries, str(path))


# --------------------------------------------------------------------------- in process


@dataclasses.dataclass
class Lost:
    """Laptop A, backed up to the server and then lost."""

    device_id: str
    recovery_code: str
    org_private_pem: bytes
    exports: dict[str, dict[str, Any]]


@pytest.fixture
def lost(tmp_path: Path, offsite_server: InProcessServer) -> Lost:
    private_pem, public_pem = generate_org_keypair(None)
    folder = DataFolder(tmp_path / "laptop-a")
    a = Workspace(folder, kdf=KdfParams(), org_public_key_pem=public_pem)
    code = a.create(PASSPHRASE)
    try:
        _family(a, "Family One")
        _family(a, "Family Two")
        engine = SyncEngine(make_session_factory(a.engine), transport=offsite_server.transport)
        try:
            enrolled = engine.enrol("http://127.0.0.1", offsite_server.code("Coach A"))
        finally:
            engine.close()
        assert enrolled.ok
        assert enrolled.device_id is not None
        _sync(a, transport=offsite_server.transport)
        _upload(a, transport=offsite_server.transport)
        exports = _exports(a)
    finally:
        a.lock()
    shutil.rmtree(folder.root)
    return Lost(enrolled.device_id, code, private_pem, exports)


def _replacing_code(server: InProcessServer, device_id: str) -> str:
    def make(session: Any) -> object:
        return create_enrolment_code(
            session,
            coach_name="Coach A",
            ttl=timedelta(hours=1),
            actor="admin:test",
            now=datetime.now(UTC),
            replaces=device_id,
        )

    code, _ = server.admin(make)  # type: ignore[misc]
    return str(code)


def _plain_words(exc: BaseException) -> None:
    """A sentence a coach can read: words only, no bytes, hashes or exception names."""
    assert re.fullmatch(r"[a-z][a-z ,;'()0-9]+", str(exc)), str(exc)


def _nothing_here(folder: DataFolder, *, download_kept: bool = False) -> None:
    """No vault, no database; the downloaded ciphertext only while it may be retried."""
    assert not Vault.exists(folder.root)
    assert not folder.database.exists()
    scratch = [p for p in folder.root.parent.glob(".coach-restore-*") if any(p.iterdir())]
    assert bool(scratch) == download_kept


def test_the_organisations_key_restores_through_coach_app_recover(
    lost: Lost, offsite_server: InProcessServer, tmp_path: Path
) -> None:
    key = tmp_path / "org-private.pem"
    key.write_bytes(lost.org_private_pem)
    answers = iter([NEW_PASSPHRASE, NEW_PASSPHRASE])
    families, code = recover_from_server(
        tmp_path / "laptop-b",
        "http://127.0.0.1",
        _replacing_code(offsite_server, lost.device_id),
        key,
        reader=lambda _prompt: next(answers),
        transport=offsite_server.transport,
    )
    assert families == 2
    assert code
    b = Workspace(DataFolder(tmp_path / "laptop-b"), kdf=KdfParams())
    b.unlock(NEW_PASSPHRASE)
    try:
        assert _exports(b) == lost.exports
        with make_session_factory(b.engine)() as session:
            creds = credentials(session)
        assert creds is not None
        assert creds.device_id == lost.device_id
        counted = _server_records(offsite_server.admin)
        _sync(b, transport=offsite_server.transport)
        assert _server_records(offsite_server.admin) == counted
    finally:
        b.lock()


def test_a_wrong_recovery_code_changes_nothing_and_the_right_one_can_follow(
    lost: Lost, offsite_server: InProcessServer, tmp_path: Path
) -> None:
    folder = DataFolder(tmp_path / "laptop-b")
    restore = ServerRestore(folder, kdf=KdfParams(), transport=offsite_server.transport)
    restore.connect("http://127.0.0.1", _replacing_code(offsite_server, lost.device_id))
    wrong = "".join("A" if c != "-" else c for c in lost.recovery_code)
    with pytest.raises(WrongRecoveryCode):
        restore.finish(NEW_PASSPHRASE, recovery_code=wrong)
    _nothing_here(folder, download_kept=True)
    b, _ = restore.finish(NEW_PASSPHRASE, recovery_code=lost.recovery_code)
    try:
        assert _exports(b) == lost.exports
    finally:
        b.lock()


def _tamper_stored_backup(server: InProcessServer, *, also_fix_hash: bool) -> None:
    """Flip a byte in the middle of the newest stored backup; with ``also_fix_hash`` the
    server (or whoever holds its disk) also rewrites the size and hash it declares."""

    def change(session: Any) -> None:
        stored = session.scalars(
            select(StoredFile)
            .where(StoredFile.state == "complete")
            .order_by(StoredFile.id.desc())
            .limit(1)
        ).one()
        chunks = session.scalars(
            select(FileChunk).where(FileChunk.file_id == stored.id).order_by(FileChunk.index)
        ).all()
        middle = chunks[len(chunks) // 2]
        data = bytearray(middle.data)
        data[len(data) // 2] ^= 0x01
        middle.data = bytes(data)
        if also_fix_hash:
            stored.sha256 = hashlib.sha256(b"".join(c.data for c in chunks)).hexdigest()

    server.admin(change)


@pytest.mark.parametrize("also_fix_hash", [False, True], ids=["hash-kept", "hash-rewritten"])
def test_a_backup_changed_on_the_server_is_refused_in_plain_words(
    lost: Lost, offsite_server: InProcessServer, tmp_path: Path, also_fix_hash: bool
) -> None:
    _tamper_stored_backup(offsite_server, also_fix_hash=also_fix_hash)
    folder = DataFolder(tmp_path / "laptop-b")
    restore = ServerRestore(folder, kdf=KdfParams(), transport=offsite_server.transport)
    code = _replacing_code(offsite_server, lost.device_id)
    if also_fix_hash:  # the download matches what the server declares; opening it fails
        restore.connect("http://127.0.0.1", code)
        with pytest.raises(BackupCorrupt) as refused:
            restore.finish(NEW_PASSPHRASE, recovery_code=lost.recovery_code)
    else:  # the download does not match the server's hash
        with pytest.raises(BackupCorrupt) as refused:
            restore.connect("http://127.0.0.1", code)
    restore.discard()
    _nothing_here(folder)
    _plain_words(refused.value)
    # The org key path (coach-app recover) says the same in words and changes nothing.
    key = tmp_path / "org.pem"
    key.write_bytes(lost.org_private_pem)
    answers = iter([NEW_PASSPHRASE, NEW_PASSPHRASE])
    with pytest.raises(AdminError, match=r"cannot be used.*Nothing was changed"):
        recover_from_server(
            folder.root,
            "http://127.0.0.1",
            _replacing_code(offsite_server, lost.device_id),
            key,
            reader=lambda _prompt: next(answers),
            transport=offsite_server.transport,
        )
    _nothing_here(folder)


def test_a_backup_cut_short_on_the_server_is_refused(
    lost: Lost, offsite_server: InProcessServer, tmp_path: Path
) -> None:
    """The server drops the last chunk (and fixes size and hash to match): the backup's own
    authentication still notices the missing end."""

    def cut(session: Any) -> None:
        stored = session.scalars(select(StoredFile).where(StoredFile.state == "complete")).one()
        chunks = session.scalars(
            select(FileChunk).where(FileChunk.file_id == stored.id).order_by(FileChunk.index)
        ).all()
        last = chunks[-1]
        last.data = last.data[: max(1, len(last.data) // 2)]
        data = b"".join(c.data for c in chunks)
        stored.size = len(data)
        stored.sha256 = hashlib.sha256(data).hexdigest()

    offsite_server.admin(cut)
    folder = DataFolder(tmp_path / "laptop-b")
    restore = ServerRestore(folder, kdf=KdfParams(), transport=offsite_server.transport)
    restore.connect("http://127.0.0.1", _replacing_code(offsite_server, lost.device_id))
    with pytest.raises(BackupCorrupt):
        restore.finish(NEW_PASSPHRASE, recovery_code=lost.recovery_code)
    restore.discard()
    _nothing_here(folder)


def test_an_upload_that_never_finished_is_not_offered(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer, tmp_path: Path
) -> None:
    """A laptop lost in the middle of its first upload: the server has chunks but no backup;
    the new laptop is told so in plain words and nothing is written."""
    a = make_laptop("Coach A")
    _family(a.workspace, "Family One")
    path = a.workspace.backup_now().path
    data = path.read_bytes()
    with a.sessions() as session:
        creds = credentials(session)
    assert creds is not None
    with OffsiteClient(creds.server_url, creds.token, transport=offsite_server.transport) as c:
        upload = c.declare_backup(len(data), hashlib.sha256(data).hexdigest())
        size = upload.chunk_size
        for index in range(upload.chunks - 1):
            c.put_chunk(upload.upload_id, index, data[index * size : (index + 1) * size])
        last = upload.chunks - 1
        with contextlib.suppress(OffsiteError):  # refused, or kept: never a whole backup
            c.put_chunk(upload.upload_id, last, data[last * size :][:-100])
        with pytest.raises(OffsiteError):
            c.complete(upload.upload_id)
    folder = DataFolder(tmp_path / "laptop-b")
    restore = ServerRestore(folder, kdf=KdfParams(), transport=offsite_server.transport)
    with pytest.raises(RestoreProblem) as refused:
        restore.connect("http://127.0.0.1", _replacing_code(offsite_server, a.device_id))
    assert refused.value.code == "no_backup"
    restore.discard()
    _nothing_here(folder)


@pytest.mark.slow
def test_it_staff_restore_from_the_server_with_coach_app_recover(tmp_path: Path) -> None:
    """The command IT types (a real server, the organisation's key with its password): a
    tampered code first, then the right one; the laptop continues as the replaced one."""
    key_password = "kanaal herfst fietsbel 1987 twente"
    private_pem, public_pem = generate_org_keypair(key_password.encode())
    key = tmp_path / "organisation-recovery-private.pem"
    key.write_bytes(private_pem)
    with real_server(tmp_path / "server") as server:
        folder = DataFolder(tmp_path / "laptop-a")
        a = Workspace(folder, kdf=KdfParams(), org_public_key_pem=public_pem)
        a.create(PASSPHRASE)
        try:
            _family(a, "Family One")
            engine = SyncEngine(make_session_factory(a.engine))
            try:
                enrolled = engine.enrol(server.url, server.code("Coach A"))
            finally:
                engine.close()
            assert enrolled.device_id is not None
            _sync(a)
            _upload(a)
            before = _exports(a)
        finally:
            a.lock()
        shutil.rmtree(folder.root)

        new = tmp_path / "laptop-b"
        answers = f"{key_password}\n{NEW_PASSPHRASE}\n{NEW_PASSPHRASE}\n"

        def recover(code: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [
                    *(sys.executable, "-m", "coach_app", "recover", "--data-dir", str(new)),
                    *("--org-key", str(key), "--from-server", server.url),
                    *("--enrolment-code", code),
                ],
                input=answers,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )

        refused = recover("AAAA-AAAA-AAAA-AAAA")
        assert refused.returncode == 2
        assert "Traceback" not in refused.stderr
        assert "coach-app: " in refused.stderr
        assert "the enrolment code was refused" in refused.stderr
        assert not Vault.exists(new)
        done = recover(server.code("Coach A", "--replaces", enrolled.device_id).lower())
        assert done.returncode == 0, done.stderr
        assert "1 families restored as the replaced laptop" in done.stdout
        b = Workspace(DataFolder(new), kdf=KdfParams())
        b.unlock(NEW_PASSPHRASE)
        try:
            assert _exports(b) == before
            counted = _server_records(server.admin)
            _sync(b)
            assert _server_records(server.admin) == counted
            assert {row[0] for row in counted} == {enrolled.device_id}
        finally:
            b.lock()
