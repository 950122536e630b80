"""Ingest benchmark: N protocol version 2 records in batches of 100 through HTTP to a real
``coach-server serve`` (uvicorn on 127.0.0.1) on a throwaway PostgreSQL cluster, against
psycopg ``executemany`` of the same rows in the same batches, in the same run.

    python benchmarks/bench_ingest.py [--quick] [--records N]

``--quick``: 10,000 records. Default: 100,000 (issue 9's measure; 36x, 204 records/s before).

The records are a realistic version 2 mix for families over 2018-2020: per family its record,
2-3 people, 4 goals with 2-3 dated status changes each, 2-3 family status changes, two language
levels per adult, 30 visits and 12 assessments (about 60 records a family), sent in the order a
laptop's outbox sends them. The baseline inserts, with one psycopg ``executemany`` per table
and one transaction per batch, exactly the rows the server stores for each batch
(``received_records``, ``latest_records`` and the typed tables) into a second database of the
same schema: the cost of the writes alone, without HTTP, authentication, validation or
idempotency checks.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration" / "server"))

from benchlib import machine_line, ratio_line
from pg_cluster import find_bindir, start_cluster

from coach_protocol import record_adapter
from coach_server.db import create_db_engine, upgrade
from coach_server.ingest import _typed_rows, canonical_payload
from coach_server.models import TYPED_TABLES

BATCH = 100
ENV = {
    **os.environ,
    "COACH_SERVER_ARGON2_MEMORY_KIB": "1024",
    "COACH_SERVER_ARGON2_ITERATIONS": "1",
}
CLI = str(Path(sys.executable).with_name("coach-server"))
MUNICIPALITIES = ("GM0153", "GM0164", "GM0141", "GM0173", "GM0147", "GM0158")
BANDS = ("18-29", "30-49", "50-59", "60-64", "12-17", "4-11")


def records(total: int, seed: int = 20190101) -> list[dict[str, Any]]:
    """About ``total`` version 2 records, family by family."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []

    def pid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def month() -> str:
        return f"{rng.randint(2018, 2020)}-{rng.randint(1, 12):02d}"

    def common(kind: str) -> dict[str, Any]:
        return {"kind": kind, "pid": pid(), "version": rng.randint(1, 3)}

    while len(out) < total:
        family = {
            **common("family"),
            "municipality_code": rng.choice(MUNICIPALITIES),
            "household_size_band": rng.choice(["1", "2", "3-4", "5+"]),
            "enrolled_month": month(),
        }
        out.append(family)
        for status in rng.sample(["intake", "active", "paused", "completed"], rng.randint(2, 3)):
            out.append(
                {
                    **common("status_change"),
                    "subject_kind": "family",
                    "subject_pid": family["pid"],
                    "status": status,
                    "month": month(),
                    "age_band": None,
                }
            )
        people = []
        for _ in range(rng.randint(2, 3)):
            person = {
                **common("person"),
                "family_pid": family["pid"],
                "gender": rng.choice(["f", "m", "x"]),
                "role": rng.choice(["adult", "adult", "child"]),
            }
            people.append(person)
            out.append(person)
            if person["role"] == "adult":
                for level in ("a1", "b1"):
                    out.append(
                        {
                            **common("language_level"),
                            "person_pid": person["pid"],
                            "level": level,
                            "month": month(),
                            "age_band": rng.choice(BANDS[:4]),
                        }
                    )
        for _ in range(4):
            person = rng.choice([*people, None])
            band = rng.choice(BANDS) if person else None
            goal = {
                **common("goal"),
                "family_pid": family["pid"],
                "person_pid": person["pid"] if person else None,
                "domain": rng.choice(["language", "education", "work", "entrepreneurship"]),
                "opened_month": month(),
                "age_band": band,
            }
            out.append(goal)
            for status in ("planned", "started", "achieved")[: rng.randint(2, 3)]:
                out.append(
                    {
                        **common("status_change"),
                        "subject_kind": "goal",
                        "subject_pid": goal["pid"],
                        "status": status,
                        "month": month(),
                        "age_band": band,
                    }
                )
        for _ in range(30):
            out.append(
                {
                    **common("visit"),
                    "family_pid": family["pid"],
                    "iso_week": f"{rng.randint(2018, 2020)}-W{rng.randint(1, 52):02d}",
                    "duration_band": rng.choice(["<30", "30-59", "60-89", "90+"]),
                    "mode": rng.choice(["home", "club", "phone", "video"]),
                }
            )
        for _ in range(12):
            subject = rng.choice(people)
            out.append(
                {
                    **common("assessment"),
                    "subject_pid": subject["pid"],
                    "domain": rng.choice(["language", "work", "health", "housing"]),
                    "score": rng.randint(1, 5),
                    "month": month(),
                    "age_band": rng.choice(BANDS),
                }
            )
    return out[:total]


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Ingest: records through HTTP to coach-server on PostgreSQL, against "
        "psycopg executemany of the same rows (target: at most 3x)."
    )
    parser.add_argument("--quick", action="store_true", help="10,000 records (default 100,000)")
    parser.add_argument("--records", type=int, default=None, help="how many records to send")
    args = parser.parse_args()
    total = args.records or (10_000 if args.quick else 100_000)
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL server binaries (initdb, pg_ctl) not found; install PostgreSQL")
        return 1
    mix = records(total)
    batches = [mix[i : i + BATCH] for i in range(0, total, BATCH)]
    cluster = start_cluster(bindir)
    try:
        admin = f"postgresql://postgres@127.0.0.1:{cluster.port}"
        with psycopg.connect(f"{admin}/postgres", autocommit=True) as c:
            c.execute("CREATE DATABASE served")
            c.execute("CREATE DATABASE baseline")
        served = _through_http(f"{cluster.url}/served", batches)
        baseline = _executemany(f"{cluster.url}/baseline", f"{admin}/baseline", batches)
    finally:
        cluster.stop()
    for name, seconds in (("HTTP ingest (server)", served), ("psycopg executemany", baseline)):
        print(f"{name:22s} {seconds:8.2f} s  {total / seconds:9.0f} records/s")
    print(ratio_line("HTTP ingest / psycopg executemany (36x before)", served / baseline, 3))
    print(machine_line())
    return 0


def _through_http(url: str, batches: list[list[dict[str, Any]]]) -> float:
    port = _free_port()
    base = [CLI, "--database-url", url]
    migrated = subprocess.run([*base, "migrate"], env=ENV, capture_output=True, text=True)
    if migrated.returncode != 0:
        raise RuntimeError(f"coach-server migrate: {migrated.stderr or migrated.stdout}")
    code = subprocess.run(
        [*base, "enrolment-code", "--coach", "Bench"],
        env=ENV,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[0]
    server = subprocess.Popen(
        [*base, "serve", "--port", str(port)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}/api/v1", timeout=60) as http:
            _wait_until_up(http, server)
            token = http.post("/enrol", json={"code": code}).raise_for_status().json()["token"]
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            bodies = [json.dumps({"protocol_version": 2, "records": b}).encode() for b in batches]
            start = time.perf_counter()
            for body in bodies:
                response = http.post("/records", content=body, headers=headers)
                response.raise_for_status()
            elapsed = time.perf_counter() - start
            state = http.get("/sync/state", headers=headers).raise_for_status().json()
            assert state["received_versions"] == sum(len(b) for b in batches), state
    finally:
        server.terminate()
        server.wait(timeout=30)
    return elapsed


def _wait_until_up(http: httpx.Client, server: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if server.poll() is not None:
            raise RuntimeError("the server stopped while starting")
        try:
            http.get(str(http.base_url).replace("/api/v1", "/healthz"), timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the server did not start")


def _executemany(url: str, dsn: str, batches: list[list[dict[str, Any]]]) -> float:
    engine = create_db_engine(url)
    upgrade(engine)
    engine.dispose()
    device = str(uuid.uuid4())
    now = datetime.now(UTC)
    adapter = record_adapter(2)
    prepared = []
    for batch in batches:  # the rows the server stores for this batch, built before timing
        received, latest = [], []
        typed: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
        for seq, raw in enumerate(batch, start=len(prepared) * BATCH + 1):
            record = adapter.validate_python(raw)
            digest = hashlib.sha256(canonical_payload(record).encode()).hexdigest()
            received.append((seq, device, record.pid, record.version, record.kind, digest, now, 2))
            reason = getattr(record, "reason", None)
            latest.append((device, record.pid, record.kind, record.version, seq, now, 2, reason))
            if record.kind != "tombstone":
                for kind, fields in _typed_rows(record):
                    key = (
                        kind,
                        ("device_id", "pid", "version", "seq", "protocol_version", *fields),
                    )
                    typed[key].append(
                        (device, record.pid, record.version, seq, 2, *fields.values())
                    )
        prepared.append((received, latest, typed))
    with psycopg.connect(dsn) as connection:
        connection.execute(
            "INSERT INTO devices (id, coach_name, token_hash, created_at) VALUES (%s, %s, %s, %s)",
            (device, "Bench", uuid.uuid4().hex * 2, now),
        )
        connection.commit()
        start = time.perf_counter()
        for received, latest, typed in prepared:
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO received_records (seq, device_id, pid, version, kind, "
                    "payload_sha256, received_at, protocol_version) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    received,
                )
                cursor.executemany(
                    "INSERT INTO latest_records (device_id, pid, kind, version, seq, updated_at, "
                    "protocol_version, tombstone_reason) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    latest,
                )
                for (kind, names), rows in typed.items():
                    cursor.executemany(
                        f"INSERT INTO {TYPED_TABLES[kind].__tablename__} ({', '.join(names)}) "
                        f"VALUES ({', '.join(['%s'] * len(names))})",
                        rows,
                    )
            connection.commit()
        return time.perf_counter() - start


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


if __name__ == "__main__":
    raise SystemExit(main())
