"""Storage benchmarks: saving visits, and listing 1,000 families.

    .venv/bin/python benchmarks/bench_storage.py [--n 10000]

(a) N visits with 2 KB of notes saved through `CoachingService.record_visit` (one transaction
    each) into the encrypted WAL database with synchronous=FULL, against the same bytes
    inserted with raw `sqlite3` into an unencrypted WAL database with synchronous=FULL and one
    commit per insert. Target: ratio at most 3x.
(b) Opening the database with a fixed data key (no KDF) and listing 1,000 families with their
    counts. Target: under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from coach_app.domain import CoachingService, FollowUpAction, LifeDomain, Municipality
from coach_app.storage import close_database, migrate, open_database, sql_uow_factory
from coach_app.storage.models import FamilyRow, GoalRow, PersonRow, VisitRow

NOTES = ("Bezoek besproken: taalcursus, werk en school. " * 50)[:2048]
START = datetime(2019, 1, 1, 9, 0, tzinfo=UTC)


def bench_saves(folder: Path, n: int) -> None:
    dek = bytearray(os.urandom(32))
    engine = open_database(folder / "saves.db", dek)
    migrate(engine)
    service = CoachingService(sql_uow_factory(engine))
    family = service.create_family(display_name="Bench", municipality=Municipality("GM0153", "X"))
    person = service.add_person(family.id, given_name="P")
    t0 = time.perf_counter()
    for i in range(n):
        service.record_visit(
            family.id,
            started_at=START + timedelta(minutes=i),
            duration_minutes=60,
            people_present=[person.id],
            topics=[LifeDomain.LANGUAGE],
            notes=NOTES,
            follow_ups=[FollowUpAction(text="Bellen", due_date=date(2019, 2, 1))],
        )
    encrypted = time.perf_counter() - t0
    close_database(engine)

    raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute(
        "CREATE TABLE visit (id TEXT PRIMARY KEY, family_id TEXT, started_at TEXT, notes TEXT)"
    )
    t0 = time.perf_counter()
    for i in range(n):
        raw.execute("BEGIN")
        raw.execute(
            "INSERT INTO visit VALUES (?, ?, ?, ?)",
            (str(uuid.uuid4()), str(family.id), (START + timedelta(minutes=i)).isoformat(), NOTES),
        )
        raw.execute("COMMIT")
    plain = time.perf_counter() - t0
    raw.close()

    print(f"visits saved                      : {n}")
    per_visit = encrypted / n * 1e3
    print(f"encrypted, record_visit (total)   : {encrypted:.2f} s  ({per_visit:.3f} ms/visit)")
    print(f"plain sqlite3 insert (total)      : {plain:.2f} s  ({plain / n * 1e3:.3f} ms/visit)")
    print(f"ratio encrypted / plain           : {encrypted / plain:.2f}x  (target <= 3x)")


def bench_list(folder: Path, families: int = 1000) -> None:
    dek = bytes(os.urandom(32))  # fixed key: the KDF is not part of this measurement
    path = folder / "list.db"
    engine = open_database(path, dek)
    migrate(engine)
    now = datetime.now(UTC)
    meta = {"created_at": now, "updated_at": now, "version": 1}
    family_rows, people, visits, goals = [], [], [], []
    for i in range(families):
        fid = str(uuid.uuid4())
        family_rows.append(
            {
                "id": fid,
                "display_name": f"Familie {i:04d}",
                "municipality_code": "GM0153",
                "municipality_name": "Enschede",
                "address": "Straat 1",
                "phone": "06-12345678",
                "preferred_languages": ["nl"],
                "status": "active",
                "start_date": None,
                "assigned_coach": "Coach",
                **meta,
            }
        )
        for p in range(2):
            people.append(
                {
                    "id": str(uuid.uuid4()),
                    "family_id": fid,
                    "given_name": f"P{p}",
                    "family_name": "X",
                    "birth_date": None,
                    "gender": "unknown",
                    "role": "adult",
                    "languages": [],
                    **meta,
                }
            )
        for v in range(5):
            visits.append(
                {
                    "id": str(uuid.uuid4()),
                    "family_id": fid,
                    "started_at": START + timedelta(days=v),
                    "duration_minutes": 60,
                    "mode": "home",
                    "notes": NOTES,
                    **meta,
                }
            )
        for g, status in enumerate(("planned", "started", "achieved")):
            goals.append(
                {
                    "id": str(uuid.uuid4()),
                    "family_id": fid,
                    "person_id": None,
                    "domain": "work",
                    "title": f"Goal {g}",
                    "description": "",
                    "target_date": None,
                    "status": status,
                    **meta,
                }
            )
    with engine.begin() as connection:
        connection.execute(insert(FamilyRow), family_rows)
        connection.execute(insert(PersonRow), people)
        connection.execute(insert(VisitRow), visits)
        connection.execute(insert(GoalRow), goals)
    close_database(engine)

    t0 = time.perf_counter()
    engine = open_database(path, dek)
    service = CoachingService(sql_uow_factory(engine))
    t1 = time.perf_counter()
    summaries = service.list_families()
    t2 = time.perf_counter()
    again = service.list_families()
    t3 = time.perf_counter()
    close_database(engine)
    assert len(summaries) == len(again) == families
    assert summaries[0].visit_count == 5
    assert summaries[0].open_goal_count == 2
    print(f"families listed                   : {len(summaries)} (people, visit, open goal counts)")
    print(f"open database (fixed DEK, no KDF) : {(t1 - t0) * 1e3:.1f} ms")
    print(f"list_families, first call         : {(t2 - t1) * 1e3:.1f} ms")
    print(f"open + first list                 : {(t2 - t0) * 1e3:.1f} ms  (target < 300 ms)")
    print(f"list_families, warm               : {(t3 - t2) * 1e3:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="visits to save (default 10000)")
    parser.add_argument("--families", type=int, default=1000, help="families to list")
    parser.add_argument("--quick", action="store_true", help="1,000 saves, for a smoke run")
    args = parser.parse_args()
    if args.quick:
        args.n = min(args.n, 1000)
    with tempfile.TemporaryDirectory(prefix="coach-bench-", dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        bench_saves(folder, args.n)
        bench_list(folder, args.families)


if __name__ == "__main__":
    main()
