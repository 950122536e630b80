"""Ingest benchmark: N protocol version 2 records in batches of 100 through HTTP to a real
``coach-server serve`` (uvicorn on 127.0.0.1) on a throwaway PostgreSQL cluster, against
psycopg ``executemany`` of the same rows in the same batches, in the same run.

    python benchmarks/bench_ingest.py [--quick] [--records N] [--summary-budget SECONDS]

``--quick``: 10,000 records. Default: 100,000 (issue 9's measure; 36x, 204 records/s before).

Both sides first send (insert) :data:`WARM_UP` batches of other families, untimed: the server's
first requests in a fresh process pay once for its caches (statement compilation, prepared
statements, validators: 25-35 ms a batch against a median of 23 ms), which would weigh ten
times more at 10,000 records than at 100,000; their time is printed apart. The leaders'
summary, which the server computes in the background once the batches stop
(``coach_server.summary``: a quiet period of 1 s, then the figures and suppression patterns of
the newest data state), is not in the ratio either but is printed apart: how long after the
last batch it is stored (in the ``summary_states`` table), which is what a leader waits for
after a sync, or that it failed (the error the server logged). Budget ``--summary-budget``
seconds (minutes at 100,000 records).

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
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration" / "server"))

from benchlib import machine_line, median, ratio_line
from pg_cluster import find_bindir, start_cluster

from coach_protocol import record_adapter
from coach_server.db import create_db_engine, upgrade
from coach_server.ingest import _typed_rows, canonical_payload
from coach_server.models import TYPED_TABLES

BATCH = 100
#: Untimed batches each side sends (inserts) first, of other families (module docstring).
WARM_UP = 5
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
    parser.add_argument(
        "--summary-budget",
        type=float,
        default=900,
        help="seconds to wait for the background summary after the last batch (default 900)",
    )
    args = parser.parse_args()
    total = args.records or (10_000 if args.quick else 100_000)
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL server binaries (initdb, pg_ctl) not found; install PostgreSQL")
        return 1
    mix = records(total + WARM_UP * BATCH)
    every = [mix[i : i + BATCH] for i in range(0, len(mix), BATCH)]
    warm_up, batches = every[:WARM_UP], every[WARM_UP:]
    cluster = start_cluster(bindir)
    try:
        admin = f"postgresql://postgres@127.0.0.1:{cluster.port}"
        with psycopg.connect(f"{admin}/postgres", autocommit=True) as c:
            c.execute("CREATE DATABASE served")
            c.execute("CREATE DATABASE baseline")
        served = _through_http(
            f"{cluster.url}/served", f"{admin}/served", warm_up, batches, args.summary_budget
        )
        baseline = _executemany(f"{cluster.url}/baseline", f"{admin}/baseline", warm_up, batches)
    finally:
        cluster.stop()
    for name, run in (("HTTP ingest (server)", served), ("psycopg executemany", baseline)):
        print(
            f"{name:22s} {sum(run.batches):8.2f} s  {total / sum(run.batches):9.0f} records/s  "
            f"batch median {median(run.batches) * 1000:6.1f} ms, "
            f"warm-up batches (untimed) {sum(run.warm_up) / WARM_UP * 1000:6.1f} ms each"
        )
    ratio = sum(served.batches) / sum(baseline.batches)
    print(ratio_line("HTTP ingest / psycopg executemany (36x before)", ratio, 3))
    summary = served.summary
    shown = f"{summary:8.2f} s" if isinstance(summary, float) else summary
    print(f"leaders' summary after the last batch (background, not in the ratio): {shown}")
    print(machine_line())
    return 0


@dataclass(frozen=True)
class Run:
    """Seconds per timed batch, per warm-up batch, and (server) until the summary was stored
    after the last batch (or why it was not)."""

    batches: list[float]
    warm_up: list[float]
    summary: float | str | None = None


def _through_http(
    url: str,
    dsn: str,
    warm_up: list[list[dict[str, Any]]],
    batches: list[list[dict[str, Any]]],
    summary_budget: float,
) -> Run:
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
    # The server's log: a failed summary computation is said there.
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [*base, "serve", "--port", str(port)],
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}/api/v1", timeout=60) as http:
                _wait_until_up(http, server)
                token = http.post("/enrol", json={"code": code}).raise_for_status().json()["token"]
                headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

                def send(group: list[list[dict[str, Any]]]) -> tuple[list[float], int]:
                    times, mark = [], 0
                    for records_ in group:
                        body = json.dumps({"protocol_version": 2, "records": records_}).encode()
                        start = time.perf_counter()
                        response = http.post("/records", content=body, headers=headers)
                        mark = response.raise_for_status().json()["high_water_mark"]
                        times.append(time.perf_counter() - start)
                    return times, mark

                warm, _ = send(warm_up)
                timed, mark = send(batches)
                last = time.perf_counter()
                summary = _summary_stored(dsn, mark, last, summary_budget, log)
                state = http.get("/sync/state", headers=headers).raise_for_status().json()
                sent = sum(len(b) for b in [*warm_up, *batches])
                assert state["received_versions"] == sent, state
        finally:
            server.terminate()
            server.wait(timeout=summary_budget + 60)  # a computation under way ends first
    return Run(timed, warm, summary)


def _summary_stored(
    dsn: str, mark: int, since: float, budget: float, log: IO[bytes]
) -> float | str:
    """Seconds from ``since`` until the server stored the summary of the data state ending at
    receive sequence ``mark`` at both standard thresholds; else why not (the error the
    server logged, or the budget)."""
    with psycopg.connect(dsn, autocommit=True) as connection:
        while time.perf_counter() - since < budget:
            stored = connection.execute(
                "SELECT count(DISTINCT threshold) FROM summary_states WHERE last_seq = %s",
                (mark,),
            ).fetchone()
            if stored and stored[0] >= 2:  # the API's (5) and the export's (10)
                return time.perf_counter() - since
            log.seek(0)
            for line in log:
                if b"summary precomputation failed" in line:
                    error = json.loads(line).get("error", "an error")
                    return f"FAILED after {time.perf_counter() - since:.1f} s ({error})"
            time.sleep(0.05)
    return f"NOT STORED within {budget:g} s"


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


def _executemany(
    url: str,
    dsn: str,
    warm_up: list[list[dict[str, Any]]],
    batches: list[list[dict[str, Any]]],
) -> Run:
    engine = create_db_engine(url)
    upgrade(engine)
    engine.dispose()
    device = str(uuid.uuid4())
    now = datetime.now(UTC)
    adapter = record_adapter(2)
    prepared = []
    for batch in [*warm_up, *batches]:  # the rows the server stores, built before timing
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
        times = []
        for received, latest, typed in prepared:
            start = time.perf_counter()
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
            times.append(time.perf_counter() - start)
        return Run(times[len(warm_up) :], times[: len(warm_up)])


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


if __name__ == "__main__":
    raise SystemExit(main())
