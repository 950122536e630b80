"""Exact reconciliation end to end (issue 11, case 4): a real ``coach-server serve`` on SQLite
and PostgreSQL, restored from its own backup; a laptop restored from an older copy of its data
folder. Each time the server ends with every record at the laptop's latest version, and the
leader's figures equal what the laptop implies."""

from __future__ import annotations

import dataclasses
import shutil
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

import httpx
from sqlalchemy import select

from coach_app.domain import CoachingService, ConsentKind, Municipality, ProgrammeStatus
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.storage.models_sync import OutboxRow
from coach_app.sync import SyncEngine
from coach_app.workspace import Workspace

if TYPE_CHECKING:
    from conftest import RunningServer

PASSPHRASE = "a quiet kitchen table"  # as in conftest.py


def make_family(service: CoachingService, n: int, status: ProgrammeStatus) -> UUID:
    family = service.create_family(
        display_name=f"Family {n}",
        municipality=Municipality("GM0153", "Enschede"),
        status=status,
        start_date=date(2019, 2, 1),
    )
    service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    service.add_person(family.id, given_name="P", birth_date=date(1985, 1, 1))
    service.record_visit(
        family.id, started_at=datetime(2019, 4, 2, 9, tzinfo=UTC), duration_minutes=60
    )
    return family.id


def set_status(
    service: CoachingService,
    family_id: UUID,
    status: ProgrammeStatus,
    on: date = date(2019, 9, 1),
) -> None:
    """A status change dated in 2019: the summary of 2019 counts the status at its end."""
    service.update_family(
        dataclasses.replace(service.get_family(family_id), status=status), status_on=on
    )


def local_holdings(ws: Workspace) -> dict[str, tuple[str, int]]:
    with make_session_factory(ws.engine)() as session:
        return {r.pid: (r.kind, r.version) for r in session.scalars(select(OutboxRow))}


def families_by_status(server: RunningServer) -> dict[str, object]:
    headers = server.leader_headers()
    response = httpx.get(
        f"{server.url}/api/v1/summary", params={"from": "2019-01", "to": "2019-12"}, headers=headers
    )
    assert response.status_code == 200, response.text
    cells: dict[str, object] = response.json()["families_by_status"]["cells"]
    return cells


def expected_cells(service: CoachingService) -> dict[str, int]:
    """The laptop's families per status; the tests choose counts the server withholds none of
    (every cell 0 or at least 5)."""
    counts = Counter(f.status.value for f in service.list_families())
    return {s.value: counts[s.value] for s in ProgrammeStatus}


def test_a_server_restored_from_its_backup_ends_with_every_record_at_its_latest_version(
    server: RunningServer, folder: DataFolder, tmp_path: Path
) -> None:
    ws = Workspace(folder, kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    engine = SyncEngine(make_session_factory(ws.engine))
    try:
        service = ws.service
        families = [make_family(service, n, ProgrammeStatus.ACTIVE) for n in range(10)]
        assert engine.enrol(server.url, server.code()).ok
        assert engine.sync().reconciled

        server.stop()
        server.backup(tmp_path / "server-backup")
        server.start()
        # After the backup: status changes (existing records at new versions; counts per
        # kind unchanged), a visit, a new family.
        for family_id in families[:5]:
            set_status(service, family_id, ProgrammeStatus.PAUSED)
        service.record_visit(
            families[6], started_at=datetime(2019, 6, 3, 9, tzinfo=UTC), duration_minutes=30
        )
        make_family(service, 99, ProgrammeStatus.ACTIVE)
        assert engine.sync().reconciled
        assert server.latest() == local_holdings(ws)

        server.stop()
        server.restore(tmp_path / "server-backup")
        server.start()
        assert server.latest() != local_holdings(ws), "the restore lost the later changes"

        outcome = engine.sync()
        assert (outcome.outcome, outcome.reconciled, outcome.rejected) == ("synced", True, 0)
        assert outcome.accepted > 0
        assert server.latest() == local_holdings(ws), "every record at its latest version"
        assert families_by_status(server) == expected_cells(service)
        again = engine.sync()
        assert (again.accepted, again.reconciled) == (0, True)
    finally:
        engine.close()
        ws.lock()


def test_a_laptop_restored_from_an_older_copy_of_its_folder_continues(
    server: RunningServer, folder: DataFolder, tmp_path: Path
) -> None:
    """The server holds newer versions than the restored laptop: the laptop moves its versions
    above the server's and sends its own content again; its next change is not refused."""
    ws = Workspace(folder, kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    engine = SyncEngine(make_session_factory(ws.engine))
    try:
        families = [make_family(ws.service, n, ProgrammeStatus.ACTIVE) for n in range(10)]
        assert engine.enrol(server.url, server.code()).ok
        assert engine.sync().reconciled
    finally:
        engine.close()
        ws.lock()
    backup = tmp_path / "laptop-backup"
    shutil.copytree(folder.root, backup)

    ws.unlock(PASSPHRASE)
    engine = SyncEngine(make_session_factory(ws.engine))
    try:
        for family_id in families[:5]:
            set_status(ws.service, family_id, ProgrammeStatus.COMPLETED)
        make_family(ws.service, 50, ProgrammeStatus.ACTIVE)  # lost with the laptop
        assert engine.sync().reconciled
    finally:
        engine.close()
        ws.lock()

    shutil.rmtree(folder.root)
    shutil.copytree(backup, folder.root)  # the laptop restored from its older copy
    ws = Workspace(folder, kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    engine = SyncEngine(make_session_factory(ws.engine))
    try:
        outcome = engine.sync()
        assert (outcome.outcome, outcome.reconciled, outcome.rejected) == ("synced", True, 0)
        held = server.latest()
        local = local_holdings(ws)
        assert {p: held[p] for p in local} == local
        assert {k for p, (k, _) in held.items() if p not in local} == set(), "all accounted"
        assert families_by_status(server) == expected_cells(ws.service)

        set_status(ws.service, families[0], ProgrammeStatus.PAUSED, date(2019, 10, 1))
        outcome = engine.sync()  # one status_change record
        assert (outcome.accepted, outcome.rejected, outcome.reconciled) == (1, 0, True)
        assert server.latest() == local_holdings(ws)
    finally:
        engine.close()
        ws.lock()


def _server_total(server: RunningServer) -> int:
    headers = server.leader_headers()
    response = httpx.get(
        f"{server.url}/api/v1/summary", params={"from": "2019-01", "to": "2019-12"}, headers=headers
    )
    assert response.status_code == 200, response.text
    total: int = response.json()["families_by_status"]["total"]
    return total


def test_re_enrolling_after_a_revocation_counts_nothing_twice(
    server: RunningServer, folder: DataFolder
) -> None:
    ws = Workspace(folder, kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    engine = SyncEngine(make_session_factory(ws.engine))
    try:
        for n in range(12):
            make_family(ws.service, n, ProgrammeStatus.ACTIVE)
        assert engine.enrol(server.url, server.code()).ok
        device_id = engine.status().device_id
        assert engine.sync().reconciled
        assert _server_total(server) == 12

        server.cli("devices", "revoke", str(device_id))
        make_family(ws.service, 40, ProgrammeStatus.ACTIVE)
        assert engine.sync().outcome == "revoked"

        assert engine.enrol(server.url, server.code()).ok  # a plain new code
        assert engine.status().device_id == device_id
        outcome = engine.sync()
        # The family, its programme status entry, its person and its visit.
        assert (outcome.outcome, outcome.reconciled, outcome.accepted) == ("synced", True, 4)
        assert _server_total(server) == len(ws.service.list_families()) == 13
        assert server.latest() == local_holdings(ws)
    finally:
        engine.close()
        ws.lock()


def test_a_laptop_reinstalled_from_a_backup_continues_its_device(
    server: RunningServer, folder: DataFolder, tmp_path: Path
) -> None:
    ws = Workspace(folder, kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    engine = SyncEngine(make_session_factory(ws.engine))
    try:
        for n in range(10):
            make_family(ws.service, n, ProgrammeStatus.ACTIVE)
        assert engine.enrol(server.url, server.code()).ok
        device_id = str(engine.status().device_id)
        assert engine.sync().reconciled
    finally:
        engine.close()
        ws.lock()
    backup = tmp_path / "backup-of-the-lost-laptop"
    shutil.copytree(folder.root, backup)

    # The laptop is lost; a new one gets the backup and a code that names the lost device.
    code = server.cli("enrolment-code", "--replaces", device_id).splitlines()[0]
    new_laptop = DataFolder(tmp_path / "new-laptop")
    shutil.copytree(backup, new_laptop.root)
    ws = Workspace(new_laptop, kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    engine = SyncEngine(make_session_factory(ws.engine))
    try:
        assert engine.enrol(server.url, code).ok
        assert engine.status().device_id == device_id
        make_family(ws.service, 77, ProgrammeStatus.ACTIVE)
        outcome = engine.sync()
        assert (outcome.outcome, outcome.reconciled, outcome.rejected) == ("synced", True, 0)
        assert _server_total(server) == len(ws.service.list_families()) == 11
        assert server.latest() == local_holdings(ws)
    finally:
        engine.close()
        ws.lock()

    # The lost laptop, found again, may no longer send: its token was replaced.
    ws = Workspace(folder, kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    engine = SyncEngine(make_session_factory(ws.engine))
    try:
        make_family(ws.service, 88, ProgrammeStatus.ACTIVE)
        assert engine.sync().outcome == "revoked"
        assert _server_total(server) == 11
    finally:
        engine.close()
        ws.lock()
