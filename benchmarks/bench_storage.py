"""Saving a visit, wired as the app wires it, against three baselines in one run.

    .venv/bin/python benchmarks/bench_storage.py [--quick] [--rounds 9] [--saves 100]
                                                 [--memory-security-on]

The app side is exactly what the window's save runs: a ``Workspace`` (vault, SQLCipher database,
migrations, and the sync outbox writer as the units of work's before-commit hook, as
``coach_app/workspace.py`` wires it) and ``workspace.service.record_visit`` for a family that
consented to anonymised reporting (so every save also writes its pid and outbox row), with two
people (one present), a topic, about 2 KB of notes (indexed by the full-text triggers) and a
follow-up action.

Every statement that save sends to the database driver is recorded (SQLAlchemy's cursor
events, commits included) and replayed, in the same transactions, on copies of the same
database made by ``sqlcipher_export`` before the first save:

1. historic baseline: stdlib ``sqlite3``, one 2 KB row inserted and committed per save, WAL,
   synchronous=FULL (the comparison this benchmark always printed);
2. the same statements in plain SQLite: ``sqlcipher3`` without a key, i.e. the same SQLite
   build as the app (the stdlib's SQLite is too old for FTS5's secure-delete), unencrypted,
   with the app's non-cipher PRAGMAs;
3. the same statements through raw ``sqlcipher3``, keyed as the app keys it, with the app's
   PRAGMAs (``coach_app.storage.engine.CONNECTION_PRAGMAS``).

Rounds interleave the four (the machine is noisy); each prints per-save medians over rounds
and the ratios. Target: app / raw sqlcipher3 at most 1.5x.

``--memory-security-on`` switches SQLCipher's memory security on for the whole process first
(it cannot be switched off again), to measure the app as it would run with it on.

Also printed: ``list_families`` for 1,000 families (the query only; the screen is measured by
``bench_ui.py``). Scratch data lives in a temporary folder outside the checkout.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import benchlib
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event, insert

from coach_app.domain import (
    CoachingService,
    ConsentKind,
    FollowUpAction,
    LifeDomain,
    Municipality,
    ProgrammeStatus,
)
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import close_database, migrate, open_database, sql_uow_factory
from coach_app.storage.engine import CONNECTION_PRAGMAS, STATEMENT_CACHE_SIZE
from coach_app.storage.models import FamilyRow, GoalRow, PersonRow, VisitRow
from coach_app.workspace import Workspace

START = datetime(2019, 1, 1, 9, 0, tzinfo=UTC)
PASSPHRASE = "benchmark passphrase"
SYLLABLES = ("ta", "al", "cur", "sus", "werk", "school", "ge", "meen", "te", "af", "spraak")
SYLLABLES += ("kin", "de", "ren", "zwem", "les", "voet", "bal")
COMMIT = "-- commit"
Step = tuple[str, Any, bool]


def notes_texts(count: int, rng: random.Random) -> list[str]:
    """Visit notes of about 2 KB from a vocabulary of made-up Dutch-ish words."""
    words = sorted(
        {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(2000)}
    )
    texts = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 2048:
            parts.append(rng.choice(words))
        texts.append(" ".join(parts)[:2048])
    return texts


class Trace:
    """Records the statements (and commits) an engine sends to its driver while started."""

    def __init__(self, engine: Any) -> None:
        self._steps: list[Step] | None = None
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def start(self) -> None:
        self._steps = []

    def stop(self) -> list[Step]:
        steps, self._steps = self._steps or [], None
        return steps

    def _statement(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        if self._steps is not None:
            self._steps.append((statement, list(parameters) if many else parameters, many))

    def _commit(self, conn: Any) -> None:
        if self._steps is not None:
            self._steps.append((COMMIT, None, False))


def replay(connection: Any, steps: Sequence[Step]) -> None:
    """Run recorded statements on a DB-API connection with the same transaction boundaries
    (the driver opens a transaction before the first write, as under SQLAlchemy)."""
    cursor = connection.cursor()
    for statement, parameters, many in steps:
        if statement == COMMIT:
            connection.commit()
        elif many:
            cursor.executemany(statement, parameters)
        else:
            cursor.execute(statement, parameters)
            cursor.fetchall()


def connect(path: Path) -> Any:
    """A driver connection with the app's arguments (its statement cache size included)."""
    return sqlcipher.connect(
        str(path), check_same_thread=False, timeout=10.0, cached_statements=STATEMENT_CACHE_SIZE
    )


def raw_sqlcipher(path: Path, dek: bytes) -> Any:
    """A connection opened as the app opens its own: raw key, a read, then the app's PRAGMAs."""
    connection = connect(path)
    connection.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma).fetchall()
    return connection


def plain_sqlite(path: Path) -> Any:
    """The same SQLite build without encryption, with the app's non-cipher PRAGMAs."""
    connection = connect(path)
    for pragma in CONNECTION_PRAGMAS:
        if not pragma.startswith("PRAGMA cipher_"):
            connection.execute(pragma).fetchall()
    return connection


def export_copies(database: Path, dek: bytes, plain: Path, encrypted: Path) -> None:
    """Plain and encrypted copies of the app's database as it is now (``sqlcipher_export``)."""
    connection = raw_sqlcipher(database, dek)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        connection.execute("SELECT sqlcipher_export('plain')").fetchall()
        connection.execute("DETACH DATABASE plain")
        connection.execute(f"ATTACH DATABASE ? AS copy KEY \"x'{dek.hex()}'\"", (str(encrypted),))
        connection.execute("SELECT sqlcipher_export('copy')").fetchall()
        connection.execute("DETACH DATABASE copy")
    finally:
        connection.close()


def counts(connection: Any) -> tuple[int, ...]:
    """Rows the saves write, to check a replay reproduced them."""
    tables = ("visit", "follow_up_action", "sync_pid", "sync_outbox", "search_index")
    return tuple(
        connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables
    )


def historic_baseline(path: Path) -> tuple[Any, Callable[[str], None]]:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute(
        "CREATE TABLE visit (id TEXT PRIMARY KEY, family_id TEXT, started_at TEXT, notes TEXT)"
    )
    family_id = str(uuid.uuid4())

    def insert_one(notes: str) -> None:
        raw.execute("BEGIN")
        raw.execute(
            "INSERT INTO visit VALUES (?, ?, ?, ?)",
            (str(uuid.uuid4()), family_id, datetime.now(UTC).isoformat(), notes),
        )
        raw.execute("COMMIT")

    return raw, insert_one


def bench_saves(folder: Path, rounds: int, per_round: int) -> float:
    """Returns app / raw sqlcipher3 (the target's ratio)."""
    rng = random.Random(2019)
    notes = notes_texts(64, rng)
    data = DataFolder(folder / "app")
    workspace = Workspace(data, kdf=KdfParams(iterations=1))
    workspace.create(PASSPHRASE)
    service = workspace.service
    family = service.create_family(
        display_name="Familie Bench",
        municipality=Municipality("GM0153", "Enschede"),
        status=ProgrammeStatus.ACTIVE,
        start_date=date(2018, 9, 1),
    )
    present = service.add_person(family.id, given_name="Ayşe", birth_date=date(1985, 4, 2))
    service.add_person(family.id, given_name="Emre", birth_date=date(2012, 6, 1))
    for kind in (ConsentKind.COACHING, ConsentKind.ANONYMISED_REPORTING):
        service.record_consent(family.id, kind, recorded_by="Coach", on=date(2018, 9, 1))
    dek = bytes(workspace.vault.dek)
    with workspace.engine.connect() as connection:
        security = benchlib.memory_security(connection.connection.dbapi_connection)
    export_copies(data.database, dek, folder / "plain.db", folder / "copy.db")
    plain = plain_sqlite(folder / "plain.db")
    encrypted = raw_sqlcipher(folder / "copy.db", dek)
    historic, historic_insert = historic_baseline(folder / "historic.db")
    trace = Trace(workspace.engine)

    saved = 0

    def app_round() -> list[Step]:
        nonlocal saved
        trace.start()
        for _ in range(per_round):
            service.record_visit(
                family.id,
                started_at=START + timedelta(hours=saved),
                duration_minutes=60,
                people_present=[present.id],
                topics=[LifeDomain.LANGUAGE],
                notes=notes[saved % len(notes)],
                follow_ups=[
                    FollowUpAction(text="Bellen over de cursus", due_date=date(2019, 2, 1))
                ],
            )
            saved += 1
        return trace.stop()

    def timed(work: Callable[[], Any]) -> tuple[float, Any]:
        t0 = time.perf_counter()
        result = work()
        return (time.perf_counter() - t0) * 1e3 / per_round, result

    times: dict[str, list[float]] = {"app": [], "plain": [], "raw": [], "historic": []}
    statements_per_save = 0.0
    for number in range(rounds + 1):  # round 0 warms caches and is not counted
        app_ms, steps = timed(app_round)
        plain_ms, _ = timed(lambda steps=steps: replay(plain, steps))
        raw_ms, _ = timed(lambda steps=steps: replay(encrypted, steps))
        historic_ms, _ = timed(
            lambda: [historic_insert(notes[i % len(notes)]) for i in range(per_round)]
        )
        if number:
            for key, value in (
                ("app", app_ms),
                ("plain", plain_ms),
                ("raw", raw_ms),
                ("historic", historic_ms),
            ):
                times[key].append(value)
            statements_per_save = sum(1 for s in steps if s[0] != COMMIT) / per_round
    with workspace.engine.connect() as connection:
        app_counts = counts(connection.connection.dbapi_connection)
    if counts(plain) != app_counts or counts(encrypted) != app_counts:
        raise RuntimeError("a replay did not reproduce the app's rows")
    for connection in (plain, encrypted, historic):
        connection.close()
    workspace.lock()

    m = {key: benchlib.median(values) for key, values in times.items()}
    print(
        f"saves: {rounds} rounds of {per_round} (medians per save); memory security {security}; "
        f"{statements_per_save:.0f} statements and 1 commit per save"
    )
    print(f"{'app: Workspace.service.record_visit (outbox, FTS)':<56}: {m['app']:8.3f} ms")
    print(f"{'1. stdlib sqlite3 one-row insert (WAL, FULL)':<56}: {m['historic']:8.3f} ms")
    print(f"{'2. same statements, plain SQLite (no key)':<56}: {m['plain']:8.3f} ms")
    print(f"{'3. same statements, raw sqlcipher3, app PRAGMAs':<56}: {m['raw']:8.3f} ms")
    ratios = {key: [a / b for a, b in zip(times["app"], times[key], strict=True)] for key in m}
    print(
        benchlib.ratio_line("ratio app / 1. historic baseline", benchlib.median(ratios["historic"]))
    )
    print(
        benchlib.ratio_line(
            "ratio app / 2. same statements in plain SQLite", benchlib.median(ratios["plain"])
        )
    )
    target = benchlib.median(ratios["raw"])
    print(benchlib.ratio_line("ratio app / 3. same statements in raw sqlcipher3", target, 1.5))
    return target


def bench_list(folder: Path, families: int) -> None:
    dek = bytes(range(32))  # fixed key: the KDF is not part of this measurement
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
                    "notes": "Bezoek",
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

    engine = open_database(path, dek)
    service = CoachingService(sql_uow_factory(engine))
    samples = []
    for _ in range(5):
        t0 = time.perf_counter()
        summaries = service.list_families()
        samples.append((time.perf_counter() - t0) * 1e3)
    close_database(engine)
    assert len(summaries) == families
    assert summaries[0].visit_count == 5
    assert summaries[0].open_goal_count == 2
    print(
        f"{f'list_families, {families} families (query only; screen: bench_ui)':<56}: "
        f"{benchlib.median(samples):8.1f} ms"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=benchlib.description(__doc__))
    parser.add_argument("--rounds", type=int, default=9, help="rounds (default 9)")
    parser.add_argument("--saves", type=int, default=100, help="saves per round (default 100)")
    parser.add_argument("--families", type=int, default=1000, help="families to list")
    parser.add_argument("--quick", action="store_true", help="3 rounds of 30 saves")
    parser.add_argument(
        "--memory-security-on",
        action="store_true",
        help="switch SQLCipher's memory security on for this process first",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.saves = min(args.rounds, 3), min(args.saves, 30)
    if args.memory_security_on:
        benchlib.force_memory_security_on()
    print(benchlib.machine_line())
    with tempfile.TemporaryDirectory(prefix="coach-bench-storage-") as tmp:
        ratio = bench_saves(Path(tmp), args.rounds, args.saves)
        bench_list(Path(tmp), args.families)
    return 0 if ratio > 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
