"""Exact reconciliation (issue 11, case 4): the server's holdings compared per pid and version.

A server restored from an older copy keeps equal counts while holding a family at an old
version; a laptop restored from an older backup holds versions the server has passed. Both end
with the server holding every record at the laptop's latest version.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sync_helpers import Faulty, assert_server_matches, outbox, seed

if TYPE_CHECKING:
    from conftest import LocalServer

from coach_app.domain import CoachingService, Municipality
from coach_app.storage.models_sync import OutboxRow
from coach_app.sync import SyncEngine, store
from coach_protocol.reconcile import bucket_digests

HENGELO = Municipality("GM0164", "Hengelo")
ALMELO = Municipality("GM0141", "Almelo")


def server_file(local_server: LocalServer) -> Path:
    return Path(local_server.database_url.removeprefix("sqlite:///"))


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (the backup API, WAL included)."""
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)


def requests_of(faulty: Faulty, start: int) -> list[str]:
    return [f"{r.method} {r.url.path}" for r in faulty.requests[start:]]


def test_nothing_differs_costs_one_request(
    service: CoachingService, sync_engine: SyncEngine, faulty: Faulty
) -> None:
    seed(service, families=2, visits=30)
    assert sync_engine.sync().reconciled
    start = len(faulty.requests)
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.reconciled) == ("synced", True)
    assert requests_of(faulty, start) == ["GET /api/v1/sync/digest"]


def test_a_server_restored_from_an_older_copy_gets_every_record_at_its_latest_version(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
    local_server: LocalServer,
    tmp_path: Path,
) -> None:
    seed(service, families=2, visits=3)
    assert sync_engine.sync().reconciled
    copy_database(server_file(local_server), tmp_path / "server-copy.sqlite3")

    # More changes reach the server: a family's municipality (its record's version goes up)
    # and a new family. (A status change is a new record of its own in protocol version 2.)
    family = service.list_families()[0]
    service.update_family(dataclasses.replace(service.get_family(family.id), municipality=HENGELO))
    seed(service, families=1, visits=1)
    assert sync_engine.sync().reconciled
    latest = outbox(sessions)

    copy_database(tmp_path / "server-copy.sqlite3", server_file(local_server))  # restored
    assert local_server.latest() != {p: (k, v) for p, (k, v, _) in latest.items()}

    start = len(faulty.requests)
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.reconciled) == ("synced", True)
    assert outcome.accepted == 1 + 4, (
        "the family's new version; the new family, its status entry, person, visit"
    )
    assert_server_matches(sessions, local_server)
    sent = requests_of(faulty, start)
    assert sent[0] == "GET /api/v1/sync/digest"
    assert sent.count("GET /api/v1/sync/held") == 1, "only the differing buckets are listed"
    assert sent[-1] == "GET /api/v1/sync/digest", "checked again after sending"


def test_the_issue_s_sequence_restore_then_one_new_visit_re_sends_the_lost_family(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    local_server: LocalServer,
    tmp_path: Path,
) -> None:
    """Issue 11, case 4 as reported: restore the server to an older copy, save one new visit,
    sync. The new visit moves the high-water mark and the visit count, which hid the family
    the restore set back to its old version."""
    seed(service, families=1, visits=2)
    assert sync_engine.sync().reconciled
    copy_database(server_file(local_server), tmp_path / "server-copy.sqlite3")
    family = service.list_families()[0]
    # A change of the family's own record (protocol v2 sends a status change as a record of
    # its own): the family moves to version 2, which the restore sets back to 1.
    service.update_family(
        dataclasses.replace(
            service.get_family(family.id), municipality=Municipality("GM0164", "Hengelo")
        )
    )
    assert sync_engine.sync().reconciled
    copy_database(tmp_path / "server-copy.sqlite3", server_file(local_server))  # restored

    service.record_visit(
        family.id, started_at=datetime(2019, 9, 2, 9, tzinfo=UTC), duration_minutes=45
    )
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.reconciled, outcome.pending) == ("synced", True, 0)
    assert outcome.accepted == 2, "the new visit, and the family's version the restore lost"
    assert_server_matches(sessions, local_server)


def test_a_laptop_restored_from_an_older_backup_moves_above_the_servers_versions(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    local_server: LocalServer,
) -> None:
    seed(service, families=1, visits=2)
    assert sync_engine.sync().reconciled
    family = service.list_families()[0]
    with sessions() as session:  # the outbox as the backup holds it
        before = {r.pid: (r.version, r.payload) for r in session.scalars(select(OutboxRow))}
    service.update_family(dataclasses.replace(service.get_family(family.id), municipality=HENGELO))
    assert sync_engine.sync().reconciled
    changed = {p for p, (_, v, _) in outbox(sessions).items() if v != before[p][0]}
    assert changed, "the move gave the family record a new version"
    with sessions() as session, session.begin():  # restore the older backup's outbox
        for row in session.scalars(select(OutboxRow)):
            row.version, row.payload = before[row.pid]
            row.state = "sent"

    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.reconciled) == ("synced", True)
    assert outcome.accepted == len(changed)
    assert_server_matches(sessions, local_server)
    for pid in changed:
        assert outbox(sessions)[pid][1] == before[pid][0] + 2, "above the server's version"
        sent = json.loads(next(iter(_payloads(sessions, pid))))
        assert sent["version"] == before[pid][0] + 2
    # The next change is not refused as conflicting with what the server had.
    service.update_family(dataclasses.replace(service.get_family(family.id), municipality=ALMELO))
    outcome = sync_engine.sync()
    assert (outcome.accepted, outcome.rejected, outcome.reconciled) == (1, 0, True)
    assert_server_matches(sessions, local_server)


def _payloads(sessions: sessionmaker[Session], pid: str) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(OutboxRow.payload).where(OutboxRow.pid == pid)))


def test_records_the_laptop_no_longer_has_are_retracted(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    local_server: LocalServer,
) -> None:
    """A laptop restored from a backup older than a family: the server still counts what the
    lost entries sent; the laptop tombstones those pids, so figures follow the laptop."""
    seed(service, families=2, visits=1)
    assert sync_engine.sync().reconciled
    with sessions() as session, session.begin():  # the backup did not have these yet
        lost = list(session.scalars(select(OutboxRow).order_by(OutboxRow.seq.desc()).limit(3)))
        lost_pids = {r.pid for r in lost}
        for row in lost:
            session.delete(row)
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.reconciled) == ("synced", True)
    held = local_server.latest()
    assert {held[p][0] for p in lost_pids} == {"tombstone"}
    assert_server_matches(sessions, local_server)


def test_both_sides_compute_the_same_digests(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
) -> None:
    seed(service, families=3, visits=5)
    assert sync_engine.sync().reconciled
    with sessions() as session:
        local = bucket_digests(store.outbox_held(session))
    served = faulty.inner.handle_request(
        httpx.Request(
            "GET",
            "https://coach.test/api/v1/sync/digest",
            headers={"Authorization": f"Bearer {_token(sessions)}"},
        )
    )
    served.read()
    body = served.json()
    assert body["buckets"] == local
    assert body["records"] == len(outbox(sessions))
    assert all(key.split(":")[0] in {"family", "person", "status_change", "visit"} for key in local)


def _token(sessions: sessionmaker[Session]) -> str:
    with sessions() as session:
        token = store.credentials(session).token
    assert token is not None
    return token
