"""End to end: a real app data folder syncing to a real ``coach-server serve``."""

from __future__ import annotations

import dataclasses
import random
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

import httpx
import pytest
from sqlalchemy import select

from coach_app.domain import CoachingService, ConsentKind, Municipality, ProgrammeStatus
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.storage.models_sync import OutboxRow
from coach_app.sync import SyncEngine
from coach_app.workspace import Workspace
from tests.canaries import seed_family

if TYPE_CHECKING:
    from conftest import RunningServer

DRIVER = Path(__file__).with_name("sync_driver.py")
PASSPHRASE = "a quiet kitchen table"  # as in conftest.py


class Recording(httpx.HTTPTransport):
    """The real network, with every byte of every request kept."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        head = f"{request.method} {request.url}\r\n".encode() + b"".join(
            k + b": " + v + b"\r\n" for k, v in request.headers.raw
        )
        self.sent.append(head + b"\r\n" + request.read())
        return super().handle_request(request)


def _expected_by_status(service: CoachingService) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for summary in service.list_families():
        if service.current_consent(summary.id).anonymised_reporting:
            counts[summary.status.value] += 1
    return {s.value: counts.get(s.value, 0) for s in ProgrammeStatus}


def _summary(server: RunningServer, headers: dict[str, str]) -> dict[str, object]:
    response = httpx.get(
        f"{server.url}/api/v1/summary", params={"from": "2019-01", "to": "2019-12"}, headers=headers
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def _set_status(
    service: CoachingService, family_id: UUID, status: ProgrammeStatus, on: date
) -> None:
    """A status change dated in 2019: the summary of 2019 counts the status at its end."""
    service.update_family(
        dataclasses.replace(service.get_family(family_id), status=status), status_on=on
    )


def _make_family(service: CoachingService, n: int, status: ProgrammeStatus, consent: bool) -> UUID:
    family = service.create_family(
        display_name=f"Family {n}",
        municipality=Municipality("GM0153", "Enschede"),
        status=status,
        start_date=date(2019, 2, 1),
    )
    if consent:
        service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    service.add_person(family.id, given_name="P", birth_date=date(1985, 1, 1))
    service.record_visit(
        family.id, started_at=datetime(2019, 4, 2, 9, tzinfo=UTC), duration_minutes=60
    )
    return family.id


def test_offline_work_syncs_and_the_server_counts_what_the_laptop_implies(
    server: RunningServer, folder: DataFolder
) -> None:
    ws = Workspace(folder, kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    recording = Recording()
    engine = SyncEngine(make_session_factory(ws.engine), transport=recording)
    try:
        service = ws.service
        # Offline: nothing enrolled yet, data with canaries and families with and without
        # consent for anonymised reporting.
        canaries: list[str] = []
        for tag in ("One", "Two"):
            family_id, found = seed_family(service, tag)
            service.record_consent(
                UUID(family_id), ConsentKind.ANONYMISED_REPORTING, recorded_by="c"
            )
            _set_status(service, UUID(family_id), ProgrammeStatus.ACTIVE, date(2019, 6, 1))
            canaries += found
        active = [_make_family(service, n, ProgrammeStatus.ACTIVE, True) for n in range(8)]
        for n in range(6):
            _make_family(service, 10 + n, ProgrammeStatus.PAUSED, True)
        for n in range(2):
            _make_family(service, 20 + n, ProgrammeStatus.ACTIVE, False)
        assert engine.sync().outcome == "not_enrolled"

        assert engine.enrol(server.url, server.code()).ok
        outcome = engine.sync()
        assert outcome.outcome == "synced"
        assert outcome.reconciled
        leader = server.leader_headers()
        summary = _summary(server, leader)
        expected = _expected_by_status(service)
        assert expected["active"] == 10  # the two families without consent are not counted
        # What the server counts equals what the laptop implies; what it serves is that or
        # withheld (disclosure control over all linked figures may withhold more than the
        # small counts).
        figures = server.figures("2019")
        assert {k: figures[("families_by_status", k)] for k in expected} == expected
        served = summary["families_by_status"]["cells"]  # type: ignore[index]
        assert set(served) == set(expected)
        for status, count in expected.items():
            assert served[status] in (count, {"suppressed": True}), status

        # Edit and re-sync.
        _set_status(service, active[0], ProgrammeStatus.PAUSED, date(2019, 9, 1))
        assert engine.sync().reconciled
        # What the server counts (the served summary may withhold these: a change of one
        # family within the year would otherwise be derivable from the figures served).
        figures = server.figures("2019")
        by_status = (
            figures[("families_by_status", "active")],
            figures[("families_by_status", "paused")],
        )
        assert by_status == (9, 7)

        # Erase one family, withdraw another's consent: the server no longer counts them.
        service.erase_family(active[1])
        service.withdraw_consent(active[2], ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
        assert engine.sync().reconciled
        figures = server.figures("2019")
        by_status = (
            figures[("families_by_status", "active")],
            figures[("families_by_status", "paused")],
        )
        assert by_status == (7, 7)
        assert _expected_by_status(service)["active"] == 7

        with make_session_factory(ws.engine)() as session:
            local = {r.pid: (r.kind, r.version) for r in session.scalars(select(OutboxRow))}
        assert server.latest() == local
    finally:
        engine.close()
        ws.lock()

    sent = b"".join(recording.sent)
    assert b"/api/v1/records" in sent
    for needle in canaries:
        for encoded in (needle.encode(), needle.encode("utf-16-le")):
            assert encoded not in sent, needle
    assert b"Kanarie" not in sent


def _driver(
    folder: DataFolder, server: RunningServer, mode: str, seed: int
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(folder.root), server.url, mode, str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[3],
    )


@pytest.mark.slow
def test_sigkill_at_any_moment_loses_and_duplicates_nothing(
    server: RunningServer, folder: DataFolder
) -> None:
    rng = random.Random(20200318)
    first = _driver(folder, server, f"enrol:{server.code()}", 0)
    out, err = first.communicate(timeout=60)
    assert "ok=True" in out, err
    modes = ["before_send", "after_commit", "random"]
    kills = Counter[str]()
    for iteration in range(51):
        mode = modes[iteration % 3]
        process = _driver(folder, server, mode if mode != "random" else "edit", iteration)
        assert process.stdout is not None
        if mode == "random":
            # Wait for progress (the driver has unlocked), then a random moment of its work.
            for line in process.stdout:
                if line.startswith("MARK unlocked"):
                    break
            try:
                process.wait(timeout=rng.uniform(0.0, 1.5))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                kills[mode] += 1
        else:
            for line in process.stdout:
                if line.startswith(f"MARK {mode}"):
                    process.send_signal(signal.SIGKILL)
                    kills[mode] += 1
                    break
        process.wait(timeout=60)
        process.stdout.close()
        assert process.stderr is not None
        process.stderr.close()
    assert kills["before_send"] + kills["after_commit"] >= 30
    final = _driver(folder, server, "sync", 999)
    out, err = final.communicate(timeout=120)
    assert "DONE synced" in out, err

    ws = Workspace(folder, kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    try:
        with make_session_factory(ws.engine)() as session:
            rows = list(session.scalars(select(OutboxRow)))
            local = {r.pid: (r.kind, r.version) for r in rows}
            assert {r.state for r in rows} == {"sent"}, "the outbox is empty"
        engine = SyncEngine(make_session_factory(ws.engine))
        try:
            outcome = engine.sync()
            assert (outcome.outcome, outcome.reconciled, outcome.accepted) == ("synced", True, 0)
        finally:
            engine.close()
    finally:
        ws.lock()
    assert server.latest() == local, "every record exactly once, at its latest version"
