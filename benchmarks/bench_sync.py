"""Sync benchmark: N pending outbox records to a local ``coach-server serve``, against a bare
httpx loop posting the same payloads in the same batches (from a second device).

    python benchmarks/bench_sync.py [--quick]

The laptop's database is made as the app makes a new one (``Workspace.create``), its outbox
filled with N visit records, and the app's ``SyncEngine`` sends them. Both sides meet the
server in the same state: warmed up first (5 untimed batches from another device; a fresh
server's first requests are dearer) and idle (the summary the server computes in the background
once batches stop is done: a leader's ``/api/v2/summary?wait=false`` no longer says
``pending``). Each of ``--rounds`` rounds runs the bare loop, then the engine, each with new
records from a new device; printed are medians over the rounds. Target: at most 1.5x.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from benchlib import machine_line, median, ratio_line

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.storage.models_sync import OutboxRow
from coach_app.sync import SyncEngine
from coach_app.sync.anonymise import canonical_json, validated
from coach_app.sync.client import batch_body
from coach_app.workspace import Workspace

WARM_UP_BATCHES = 5
LEADER = ("bench", "a benchmark password")
IDLE_BUDGET_SECONDS = 600

ENV = {
    **os.environ,
    "COACH_SERVER_ARGON2_MEMORY_KIB": "1024",
    "COACH_SERVER_ARGON2_ITERATIONS": "1",
}
CLI = str(Path(sys.executable).with_name("coach-server"))


def _payloads(count: int) -> list[str]:
    """``count`` visit records of one family, as the outbox holds them (canonical JSON)."""
    family = str(uuid.uuid4())
    payloads = []
    for n in range(count):
        fields = {
            "kind": "visit",
            "pid": str(uuid.uuid4()),
            "family_pid": family,
            "iso_week": f"2019-W{n % 52 + 1:02d}",
            "duration_band": "60-89",
            "mode": "home",
        }
        record = validated(fields, 1)
        assert record is not None
        payloads.append(canonical_json(record))
    return payloads


def _laptop(folder: Path, payloads: list[str]) -> Workspace:
    """A new laptop's workspace whose outbox holds ``payloads``, pending."""
    workspace = Workspace(DataFolder(folder), kdf=KdfParams(iterations=1))
    workspace.create("benchmark passphrase")
    with make_session_factory(workspace.engine)() as session, session.begin():
        for payload in payloads:
            pid = json.loads(payload)["pid"]
            session.add(
                OutboxRow(
                    pid=pid, kind="visit", version=1, payload=payload, state="pending", attempts=0
                )
            )
    return workspace


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Sync: the app's sync engine sending outbox records to a local coach-server, "
        "against a bare httpx loop posting the same batches (target: at most 1.5x)."
    )
    parser.add_argument("--quick", action="store_true", help="1,000 records (default 10,000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each side once (3)")
    args = parser.parse_args()
    count, rounds = (1000 if args.quick else 10_000), args.rounds
    bare_s: list[float] = []
    engine_s: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "server"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        cli = [CLI, "--data-dir", str(data)]
        server = subprocess.Popen(
            [*cli, "serve", "--port", str(port)],
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(300):
                try:
                    httpx.get(f"{url}/healthz", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)

            def code() -> str:
                return subprocess.run(
                    [*cli, "enrolment-code", "--coach", "Bench"],
                    env=ENV,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()[0]

            subprocess.run(
                [*cli, "create-leader", LEADER[0]],
                input=f"{LEADER[1]}\n",
                env=ENV,
                capture_output=True,
                text=True,
                check=True,
            )
            leader = httpx.Client(base_url=url, timeout=60)
            login = leader.post(
                "/api/v1/auth/login", json={"username": LEADER[0], "password": LEADER[1]}
            )
            leader.headers["Authorization"] = (
                f"Bearer {login.raise_for_status().json()['access_token']}"
            )

            def idle() -> None:
                """Until the server's background summary of what it received is done."""
                started = time.perf_counter()
                while time.perf_counter() - started < IDLE_BUDGET_SECONDS:
                    answer = leader.get(
                        "/api/v2/summary", params={"period": "programme", "wait": "false"}
                    )
                    if not answer.raise_for_status().json()["pending"]:
                        return
                    time.sleep(0.05)
                raise RuntimeError("the server's summary was not done in time")

            def bare(payloads: list[bytes]) -> float:
                token = httpx.post(f"{url}/api/v1/enrol", json={"code": code()}).json()["token"]
                with httpx.Client(
                    base_url=url,
                    headers={
                        "Authorization": f"Bearer {token}",
                        "Content-Type": "application/json",
                    },
                ) as http:
                    started = time.perf_counter()
                    for i in range(0, len(payloads), 100):
                        response = http.post(
                            "/api/v1/records", content=batch_body(payloads[i : i + 100])
                        )
                        response.raise_for_status()
                    http.get("/api/v1/sync/state").raise_for_status()
                    return time.perf_counter() - started

            def engine(round_: int) -> float:
                workspace = _laptop(Path(tmp) / f"laptop-{round_}", _payloads(count))
                sync = SyncEngine(make_session_factory(workspace.engine))
                try:
                    assert sync.enrol(url, code()).ok
                    started = time.perf_counter()
                    outcome = sync.sync()
                    elapsed = time.perf_counter() - started
                finally:
                    sync.close()
                    workspace.lock()
                assert outcome.outcome == "synced", outcome
                assert outcome.accepted == count, outcome
                return elapsed

            bare([p.encode() for p in _payloads(100 * WARM_UP_BATCHES)])  # warm-up, untimed
            idle()
            for round_ in range(rounds):
                bare_s.append(bare([p.encode() for p in _payloads(count)]))
                idle()
                engine_s.append(engine(round_))
                idle()
            leader.close()
        finally:
            server.terminate()
            server.wait(IDLE_BUDGET_SECONDS)
    engine_m, bare_m = median(engine_s), median(bare_s)
    print(
        f"sync {count} records, medians of {rounds} rounds: engine {engine_m:.2f} s "
        f"({count / engine_m:.0f} records/s), bare httpx {bare_m:.2f} s "
        f"({count / bare_m:.0f} records/s)"
    )
    ratios = [e / b for e, b in zip(engine_s, bare_s, strict=True)]
    print(ratio_line("sync engine / bare httpx (median of rounds)", median(ratios), 1.5))
    print(machine_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
