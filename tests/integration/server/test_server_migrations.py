"""Alembic: upgrade from an empty database and no drift between models and migrations."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from conftest import create_pg_database
from fastapi.testclient import TestClient
from server_helpers import FakeClock, Server, assessment, family, goal, person, tombstone, visit
from sqlalchemy import inspect

from coach_server.app import create_app
from coach_server.db import alembic_config, create_db_engine, upgrade
from coach_server.periods import month_index
from coach_server.settings import Settings


@pytest.fixture
def empty_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "postgres":
        return create_pg_database(request.getfixturevalue("pg_cluster"))
    return f"sqlite:///{tmp_path / 'empty.sqlite3'}"


def test_upgrade_from_empty_then_check_finds_no_drift(empty_database_url: str) -> None:
    engine = create_db_engine(empty_database_url)
    try:
        upgrade(engine)
        upgrade(engine)  # idempotent: every start applies migrations
        tables = set(inspect(engine).get_table_names())
        assert {"devices", "received_records", "latest_records", "audit_log"} <= tables
    finally:
        engine.dispose()
    command.check(alembic_config(empty_database_url))


def test_downgrade_to_base_and_back(empty_database_url: str) -> None:
    config = alembic_config(empty_database_url)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    engine = create_db_engine(empty_database_url)
    try:
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()
    command.upgrade(config, "head")


def _canonical(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"))


def _seed_revision_0012(url: str, token: str) -> dict[tuple[str, str], str]:
    """Writes what ingest stored before revision 0014 for one device: five families with a person,
    a goal, a visit and an assessment each, all at version 1, plus a family at version 2 and
    one erased by a tombstone. Returns the latest payloads by (device, pid)."""
    now = datetime(2020, 3, 18, 10, 0)
    device_id = str(uuid.uuid4())
    meta = sa.MetaData()
    devices = sa.Table(
        "devices",
        meta,
        *_columns("id", "coach_name", "token_hash", "created_at", "last_sync_at", "revoked_at"),
    )
    received = sa.Table(
        "received_records",
        meta,
        *_columns("seq", "device_id", "pid", "version", "kind", "payload_sha256", "received_at"),
    )
    latest = sa.Table(
        "latest_records",
        meta,
        *_columns("device_id", "pid", "kind", "version", "seq", "payload", "updated_at"),
    )
    families = [family(status="active", status_month="2019-02") for _ in range(5)]
    records: list[dict[str, Any]] = []
    for f in families:
        p = person(f["pid"], age_band="50-64")
        records += [f, p, goal(f["pid"], p["pid"], status="started", status_month="2019-03")]
        records += [visit(f["pid"], iso_week="2019-W11"), assessment(p["pid"])]
    moved = family(status="completed", enrolled="2018-01", status_month="2018-06")
    erased = family()
    history = [
        {**moved, "version": 1, "programme_status": "active", "status_month": "2018-02"},
        {**moved, "version": 2},
        erased,
        tombstone(erased["pid"], version=2),
    ]
    latest_payloads: dict[tuple[str, str], str] = {}
    engine = create_db_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                devices.insert().values(
                    id=device_id,
                    coach_name="Coach A",
                    token_hash=hashlib.sha256(token.encode()).hexdigest(),
                    created_at=now,
                )
            )
            for record in records + history:
                payload = _canonical(record)
                seq = connection.execute(
                    received.insert()
                    .values(
                        device_id=device_id,
                        pid=record["pid"],
                        version=record["version"],
                        kind=record["kind"],
                        payload_sha256=hashlib.sha256(payload.encode()).hexdigest(),
                        received_at=now,
                    )
                    .returning(received.c.seq)
                ).scalar_one()
                if record["kind"] == "tombstone":
                    payload = json.dumps({"reason": record["reason"]})
                key = (device_id, record["pid"])
                values = {
                    "kind": record["kind"],
                    "version": record["version"],
                    "seq": seq,
                    "payload": payload,
                    "updated_at": now,
                }
                if key in latest_payloads:
                    connection.execute(
                        latest.update()
                        .where(latest.c.device_id == device_id, latest.c.pid == record["pid"])
                        .values(**values)
                    )
                else:
                    connection.execute(
                        latest.insert().values(device_id=device_id, pid=record["pid"], **values)
                    )
                latest_payloads[key] = payload
    finally:
        engine.dispose()
    return latest_payloads


def _columns(*names: str) -> list[sa.Column[Any]]:
    return [sa.Column(name) for name in names]


def _select(url: str, sql: str) -> list[tuple[Any, ...]]:
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(sa.text(sql))]
    finally:
        engine.dispose()


def test_version_1_rows_migrate_into_the_typed_layout_and_back(
    empty_database_url: str, tmp_path: Path
) -> None:
    url = empty_database_url
    config = alembic_config(url)
    command.upgrade(config, "0012")
    token = "migration-test-device-token"
    before = _seed_revision_0012(url, token)

    command.upgrade(config, "0014")

    assert _select(url, "SELECT count(*), min(enrolled_month) FROM families") == [
        (6, month_index("2018-01"))
    ]
    assert sorted(
        _select(
            url,
            "SELECT subject_kind, status, month, count(*) FROM status_changes "
            "GROUP BY subject_kind, status, month",
        )
    ) == [
        ("family", "active", month_index("2019-02"), 5),
        ("family", "completed", month_index("2018-06"), 1),
        ("goal", "started", month_index("2019-03"), 5),
    ]
    assert _select(url, "SELECT DISTINCT age_band FROM people") == [("50-64",)]
    assert _select(url, "SELECT DISTINCT iso_week, month FROM visits") == [
        ("2019-W11", month_index("2019-03"))
    ]
    assert _select(
        url, f"SELECT count(*) FROM assessments WHERE month = {month_index('2019-03')}"
    ) == [(5,)]
    assert _select(url, "SELECT tombstone_reason FROM latest_records WHERE kind = 'tombstone'") == [
        ("erased",)
    ]
    assert _select(url, "SELECT DISTINCT protocol_version FROM received_records") == [(1,)]
    engine = create_db_engine(url)
    try:
        assert "payload" not in {c["name"] for c in inspect(engine).get_columns("latest_records")}
    finally:
        engine.dispose()

    # The migrated server answers as before: replays are duplicates, figures unchanged.
    settings = Settings(
        data_dir=tmp_path / "data", database_url=url, argon2_memory_kib=1024, argon2_iterations=1
    )
    clock = FakeClock()
    with TestClient(create_app(settings, clock=clock)) as client:
        server = Server(client=client, clock=clock, database_url=url)
        device = {"Authorization": f"Bearer {token}"}
        state = client.get("/api/v1/sync/state", headers=device).json()
        assert state["live_records"]["family"] == 6
        assert state["live_records"]["tombstone"] == 1
        first_pid = next(pid for (_, pid), p in before.items() if '"kind":"family"' in p)
        replay = json.loads(before[next(k for k in before if k[1] == first_pid)])
        assert server.push(device, replay)[0]["status"] == "duplicate"
        server.summary(server.leader())  # answers (200) over the migrated data
        figures = server.figures()
        assert figures[("families_by_status", "active")] == 5
        assert figures[("people_by_status", "active")] == 5
        assert figures[("visits_per_month", "total")] == 5
    command.downgrade(config, "0012")
    after = {
        (d, p): payload
        for d, p, payload in _select(url, "SELECT device_id, pid, payload FROM latest_records")
    }
    assert after == before


def test_downgrading_below_typed_storage_is_refused_once_version_2_arrived(
    empty_database_url: str, tmp_path: Path
) -> None:
    url = empty_database_url
    settings = Settings(
        data_dir=tmp_path / "data", database_url=url, argon2_memory_kib=1024, argon2_iterations=1
    )
    clock = FakeClock()
    with TestClient(create_app(settings, clock=clock)) as client:
        server = Server(client=client, clock=clock, database_url=url)
        _, device = server.enrol()
        server.push(
            device, tombstone(str(uuid.uuid4()), version=1, reason="retracted"), protocol_version=2
        )
    with pytest.raises(RuntimeError, match="protocol version 2 records were received"):
        command.downgrade(alembic_config(url), "0012")
    assert _select(url, "SELECT count(*) FROM received_records") == [(1,)]


def test_0015_keeps_devices_codes_and_sessions_from_0014(empty_database_url: str) -> None:
    """Sign-in limits and re-enrolment, from the previous revision with data in it."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    config = alembic_config(empty_database_url)
    command.upgrade(config, "0014")
    now = datetime(2020, 3, 18, 10, 0, tzinfo=UTC).replace(tzinfo=None)
    engine = create_db_engine(empty_database_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO devices (id, coach_name, token_hash, created_at) "
                    "VALUES ('3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b', 'Coach A', :h, :now)"
                ),
                {"h": "a" * 64, "now": now},
            )
            connection.execute(
                text(
                    "INSERT INTO enrolment_codes (code_hash, coach_name, created_by, created_at, "
                    "expires_at) VALUES (:h, 'Coach B', 'admin:x', :now, :now)"
                ),
                {"h": "b" * 64, "now": now},
            )
            connection.execute(
                text(
                    "INSERT INTO leaders (username, password_hash, created_at) "
                    "VALUES ('leader', 'x', :now)"
                ),
                {"now": now},
            )
            connection.execute(
                text(
                    "INSERT INTO leader_tokens (token_hash, leader_id, created_at, expires_at) "
                    "VALUES (:h, 1, :now, :now)"
                ),
                {"h": "c" * 64, "now": now},
            )
        command.upgrade(config, "0015")
        with engine.connect() as connection:
            assert connection.execute(
                text("SELECT coach_name, replaced_by FROM devices")
            ).all() == [("Coach A", None)]
            assert connection.execute(
                text("SELECT coach_name, replaces_device_id FROM enrolment_codes")
            ).all() == [("Coach B", None)]
            assert connection.execute(text("SELECT last_used_at FROM leader_tokens")).all() == [
                (None,)
            ]
            assert (
                connection.execute(text("SELECT count(*) FROM rate_limit_counters")).scalar() == 0
            )
        command.downgrade(config, "0014")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM devices")).scalar() == 1
            assert "rate_limit_counters" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()
