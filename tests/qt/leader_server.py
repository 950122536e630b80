"""A real ``coach-server serve`` on 127.0.0.1 with SQLite in a temporary folder, seeded only
through its API (enrolment codes, enrolment, record batches), for the leader-mode tests and the
screenshot script."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from coach_protocol import BatchRequestV1
from coach_protocol.v1 import (
    AssessmentRecordV1,
    FamilyRecordV1,
    GoalRecordV1,
    PersonRecordV1,
    VisitRecordV1,
)

LEADER = "leader"
LEADER_PASSWORD = "a long enough leader password"
_SERVER = "from coach_server.cli import main; raise SystemExit(main())"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LocalServer:
    url: str
    data_dir: Path

    def http(self) -> httpx.Client:
        return httpx.Client(base_url=self.url + "/api/v1", timeout=10)

    def leader_headers(self) -> dict[str, str]:
        with self.http() as http:
            response = http.post(
                "/auth/login", json={"username": LEADER, "password": LEADER_PASSWORD}
            )
        response.raise_for_status()
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def enrol(self, coach: str) -> tuple[str, dict[str, str]]:
        """Enrols a device for ``coach`` as a leader would: code from the API, then /enrol."""
        with self.http() as http:
            code = http.post(
                "/enrolment-codes", json={"coach_name": coach}, headers=self.leader_headers()
            )
            code.raise_for_status()
            enrolled = http.post("/enrol", json={"code": code.json()["code"]})
        enrolled.raise_for_status()
        body = enrolled.json()
        return body["device_id"], {"Authorization": f"Bearer {body['token']}"}

    def push(self, device: dict[str, str], records: list[Any]) -> httpx.Response:
        with self.http() as http:
            response = None
            for start in range(0, max(len(records), 1), 100):
                batch = BatchRequestV1(protocol_version=1, records=records[start : start + 100])
                response = http.post(
                    "/records",
                    content=batch.model_dump_json(),
                    headers={**device, "Content-Type": "application/json"},
                )
                if response.status_code != 200:
                    return response
            assert response is not None
            return response

    def summary(self, period: str, **params: Any) -> Any:
        """``GET /api/v2/summary`` for one fixed period, as JSON."""
        with httpx.Client(base_url=self.url + "/api/v2", timeout=10) as http:
            response = http.get(
                "/summary", params={"period": period, **params}, headers=self.leader_headers()
            )
        response.raise_for_status()
        return response.json()

    def get(self, path: str, **params: Any) -> httpx.Response:
        with self.http() as http:
            return http.get(path, params=params, headers=self.leader_headers())


def _run(args: list[str], env: dict[str, str], stdin: str = "") -> None:
    subprocess.run(
        [sys.executable, "-c", _SERVER, *args],
        input=stdin,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )


@contextmanager
def local_server(root: Path) -> Iterator[LocalServer]:
    """Starts the server with a leader; stops it (and waits) on exit."""
    port = free_port()
    env = {
        **os.environ,
        "COACH_SERVER_DATA_DIR": str(root / "server"),
        "COACH_SERVER_ARGON2_MEMORY_KIB": "1024",
        "COACH_SERVER_ARGON2_ITERATIONS": "1",
        "COACH_SERVER_PORT": str(port),
        "COACH_SERVER_HOST": "127.0.0.1",
    }
    _run(["create-leader", LEADER], env, stdin=LEADER_PASSWORD + "\n")
    log = (root / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-c", _SERVER, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "coach-server did not start: " + (root / "server.log").read_text()
                )
            time.sleep(0.1)
        yield LocalServer(url=url, data_dir=root / "server")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


# -- a small synthetic programme ---------------------------------------------------------------


def _pid() -> str:
    return str(uuid.uuid4())


STATUSES = ("active", "active", "active", "intake", "paused", "completed", "withdrawn")
DOMAINS = ("language", "work", "sport_participation", "health", "education", "housing")


def programme(n_families: int, *, offset: int = 0, year: int = 2019) -> list[Any]:
    """Families with people, goals, visits and assessments spread over ``year``: enough for
    visible cells, with small ones that the server must suppress."""
    records: list[Any] = []
    for i in range(n_families):
        k = i + offset
        family = _pid()
        status = STATUSES[k % len(STATUSES)]
        records.append(
            FamilyRecordV1(
                kind="family",
                pid=family,
                version=1,
                municipality_code="GM0153",
                household_size_band="3-4",
                programme_status=status,
                enrolled_month=f"{year}-{1 + k % 6:02d}",
                status_month=f"{year}-{7 + k % 5:02d}",
            )
        )
        adult, child = _pid(), _pid()
        records.append(
            PersonRecordV1(
                kind="person",
                pid=adult,
                version=1,
                family_pid=family,
                age_band="30-49",
                gender="f",
                role="adult",
            )
        )
        if k % 2 == 0:
            records.append(
                PersonRecordV1(
                    kind="person",
                    pid=child,
                    version=1,
                    family_pid=family,
                    age_band="4-11",
                    gender="m",
                    role="child",
                )
            )
        for g in range(1 + k % 3):
            domain = DOMAINS[(k + g) % len(DOMAINS)]
            records.append(
                GoalRecordV1(
                    kind="goal",
                    pid=_pid(),
                    version=1,
                    family_pid=family,
                    person_pid=adult,
                    domain=domain,
                    status=("started", "achieved", "planned", "stopped")[(k + g) % 4],
                    opened_month=f"{year}-{1 + k % 6:02d}",
                    status_month=f"{year}-{3 + k % 8:02d}",
                )
            )
        for v in range(2 + k % 4):
            records.append(
                VisitRecordV1(
                    kind="visit",
                    pid=_pid(),
                    version=1,
                    family_pid=family,
                    iso_week=f"{year}-W{2 + (k * 7 + v * 9) % 48:02d}",
                    duration_band="60-89",
                    mode=("home", "club", "phone", "video")[v % 4],
                )
            )
        for month, score in ((f"{year}-02", 2), (f"{year}-10", 2 + k % 3)):
            records.append(
                AssessmentRecordV1(
                    kind="assessment",
                    pid=_pid(),
                    version=1,
                    subject_pid=adult,
                    domain="language",
                    score=score,
                    month=month,
                )
            )
    return records


def seed(server: LocalServer) -> dict[str, tuple[str, dict[str, str]]]:
    """Three coaches with different caseloads; returns coach → (device id, headers)."""
    devices = {}
    for coach, n, offset in (
        ("Ayşe Yılmaz", 14, 0),
        ("Bram de Vries", 9, 3),
        ("Chris Jansen", 3, 5),
    ):
        devices[coach] = device = server.enrol(coach)
        response = server.push(device[1], programme(n, offset=offset))
        assert response.status_code == 200, response.text
    # The dashboard does not wait for the newest figures (wait=false): let the server finish
    # protecting them first, so that the screen and the tests' own requests see one data state.
    server.summary("programme")
    return devices
