"""Sync benchmark: N pending outbox records to a local ``coach-server serve``, against a bare
httpx loop posting the same payloads in the same batches (from a second device).

    python benchmarks/bench_sync.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from benchlib import machine_line, ratio_line

from coach_app.storage import close_database, make_session_factory, migrate, open_database
from coach_app.storage.models_sync import OutboxRow
from coach_app.sync import SyncEngine
from coach_app.sync.anonymise import canonical_json, validated
from coach_app.sync.client import batch_body

ENV = {
    **os.environ,
    "COACH_SERVER_ARGON2_MEMORY_KIB": "1024",
    "COACH_SERVER_ARGON2_ITERATIONS": "1",
}
CLI = str(Path(sys.executable).with_name("coach-server"))


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Sync: the app's sync engine sending outbox records to a local coach-server, "
        "against a bare httpx loop posting the same batches (target: at most 1.5x)."
    )
    parser.add_argument("--quick", action="store_true", help="1,000 records (default 10,000)")
    count = 1000 if parser.parse_args().quick else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "server"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [CLI, "--data-dir", str(data), "serve", "--port", str(port)],
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
                    [CLI, "--data-dir", str(data), "enrolment-code", "--coach", "Bench"],
                    env=ENV,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()[0]

            engine = open_database(Path(tmp) / "coach.db", bytearray(os.urandom(32)))
            migrate(engine)
            sessions = make_session_factory(engine)
            family = str(uuid.uuid4())
            payloads = []
            with sessions() as session, session.begin():
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
                    payload = canonical_json(record)
                    payloads.append(payload.encode())
                    session.add(
                        OutboxRow(
                            pid=fields["pid"],
                            kind="visit",
                            version=1,
                            payload=payload,
                            state="pending",
                            attempts=0,
                        )
                    )
            sync = SyncEngine(sessions)
            assert sync.enrol(url, code()).ok
            started = time.perf_counter()
            outcome = sync.sync()
            engine_s = time.perf_counter() - started
            assert outcome.outcome == "synced", outcome
            assert outcome.accepted == count, outcome
            sync.close()
            close_database(engine)

            token = httpx.post(f"{url}/api/v1/enrol", json={"code": code()}).json()["token"]
            with httpx.Client(
                base_url=url,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            ) as http:
                started = time.perf_counter()
                for i in range(0, count, 100):
                    response = http.post(
                        "/api/v1/records", content=batch_body(payloads[i : i + 100])
                    )
                    response.raise_for_status()
                http.get("/api/v1/sync/state").raise_for_status()
                bare_s = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(10)
    print(
        f"sync {count} records: engine {engine_s:.2f} s ({count / engine_s:.0f} records/s), "
        f"bare httpx {bare_s:.2f} s ({count / bare_s:.0f} records/s)"
    )
    print(ratio_line("sync engine / bare httpx", engine_s / bare_s, 1.5))
    print(machine_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
