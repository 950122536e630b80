"""Idempotent ingestion: upserts on (device, pid, version), conflicts, tombstones, sync state."""

from __future__ import annotations

from typing import Any

import pytest
from server_helpers import Server, assessment, family, goal, person, pid, tombstone, visit
from sqlalchemy import text

from coach_server.db import create_db_engine


def _snapshot(database_url: str) -> dict[str, list[Any]]:
    engine = create_db_engine(database_url)
    try:
        with engine.connect() as connection:
            return {
                table: [
                    tuple(row)
                    for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))
                ]
                for table in (
                    "received_records",
                    "latest_records",
                    "families",
                    "people",
                    "goals",
                    "status_changes",
                    "language_levels",
                    "visits",
                    "assessments",
                    "enrolment_codes",
                    "leaders",
                    "audit_log",
                )
            }
    finally:
        engine.dispose()


def test_replaying_a_batch_ten_times_leaves_the_records_unchanged(server: Server) -> None:
    _, device = server.enrol()
    f = family()
    records = [f, person(f["pid"]), goal(f["pid"], None), visit(f["pid"]), assessment(f["pid"])]
    first = server.push(device, *records)
    assert [r["status"] for r in first] == ["accepted"] * 5
    before = _snapshot(server.database_url)
    state = server.client.get("/api/v1/sync/state", headers=device).json()

    for _ in range(10):
        again = server.push(device, *records)
        assert [r["status"] for r in again] == ["duplicate"] * 5

    assert _snapshot(server.database_url) == before
    assert server.client.get("/api/v1/sync/state", headers=device).json() == state


def test_a_conflicting_payload_for_a_known_version_is_rejected_not_overwritten(
    server: Server,
) -> None:
    _, device = server.enrol()
    original = family(status="active")
    server.push(device, original)
    changed = {**original, "programme_status": "withdrawn"}

    [result] = server.push(device, changed)

    assert result == {
        "pid": original["pid"],
        "version": 1,
        "status": "rejected",
        "reason": "conflicting_payload",
    }
    leader = server.leader()
    assert server.summary(leader, threshold=5)["families_by_status"]["cells"]["withdrawn"] == 0
    assert server.figures()[("families_by_status", "withdrawn")] == 0


def test_a_newer_version_replaces_the_latest_state_and_an_older_one_changes_nothing(
    server: Server,
) -> None:
    _, device = server.enrol()
    leader = server.leader()
    p = pid()
    others = [family() for _ in range(5)] + [
        family(status="completed", status_month="2019-05") for _ in range(5)
    ]
    server.push(device, *others, family(p, version=2, status="active"))
    assert server.summary(leader)["families_by_status"]["total"] == 11
    assert server.figures()[("families_by_status", "active")] == 6
    assert server.push(device, family(p, version=3, status="completed", status_month="2019-06"))[0][
        "status"
    ] == ("accepted")
    assert server.push(device, family(p, version=1, status="withdrawn"))[0]["status"] == "accepted"

    assert server.summary(leader)["families_by_status"]["cells"]["withdrawn"] == 0
    figures = server.figures()
    assert figures[("families_by_status", "withdrawn")] == 0
    assert figures[("families_by_status", "active")] == 5
    assert figures[("families_by_status", "completed")] == 6
    state = server.client.get("/api/v1/sync/state", headers=device).json()
    assert state["live_records"]["family"] == 11
    assert state["received_versions"] == 13


def test_a_pid_cannot_change_kind(server: Server) -> None:
    _, device = server.enrol()
    f = family()
    server.push(device, f)
    [result] = server.push(device, visit(f["pid"], p=f["pid"], version=2))
    assert result["status"] == "rejected"
    assert result["reason"] == "kind_mismatch"


def test_a_tombstone_removes_a_record_from_every_summary(server: Server) -> None:
    _, device = server.enrol()
    leader = server.leader()
    families = [family() for _ in range(6)]
    people = [person(f["pid"]) for f in families]
    server.push(device, *families, *people, *(visit(f["pid"]) for f in families))
    before = server.summary(leader)
    assert before["families_by_status"]["total"] == 6
    assert before["indicators"]["visits_held"] == 6

    erased = families[0]
    results = server.push(device, tombstone(erased["pid"], version=2))
    assert results[0]["status"] == "accepted"
    after = server.summary(leader)

    # The family, its person and its visit are gone everywhere; five remain.
    assert after["families_by_status"]["cells"]["active"] == 5
    assert after["people_by_status"]["cells"]["active"] == 5
    figures = server.figures()
    assert figures[("families_by_status", "active")] == 5
    assert figures[("people_by_status", "active")] == 5
    assert figures[("visits_per_month", "total")] == 5
    state = server.client.get("/api/v1/sync/state", headers=device).json()
    assert state["live_records"]["family"] == 5
    assert state["live_records"]["tombstone"] == 1


def test_a_tombstone_wins_even_with_a_lower_version_and_old_versions_do_not_resurrect(
    server: Server,
) -> None:
    _, device = server.enrol()
    f = family(version=4)
    server.push(device, f)
    server.push(device, tombstone(f["pid"], version=2, reason="consent_withdrawn"))
    server.push(device, family(f["pid"], version=3))
    state = server.client.get("/api/v1/sync/state", headers=device).json()
    assert state["live_records"]["family"] == 0
    assert state["live_records"]["tombstone"] == 1


def test_sync_state_counts_per_kind_and_the_high_water_mark_only_grows(server: Server) -> None:
    _, device = server.enrol()
    _, other = server.enrol("Coach B")
    empty = server.client.get("/api/v1/sync/state", headers=device).json()
    assert empty["high_water_mark"] == 0
    f = family()
    response = server.client.post(
        "/api/v1/records",
        json={"protocol_version": 1, "records": [f, person(f["pid"])]},
        headers=device,
    )
    mark = response.json()["high_water_mark"]
    assert mark > 0
    server.push(other, family())
    server.push(device, f)  # a duplicate does not move the mark
    state = server.client.get("/api/v1/sync/state", headers=device).json()
    assert state["high_water_mark"] == mark
    assert state["live_records"] == {
        "family": 1,
        "person": 1,
        "goal": 0,
        "status_change": 0,
        "language_level": 0,
        "visit": 0,
        "assessment": 0,
        "tombstone": 0,
    }
    assert state["received_versions"] == 2


def test_the_same_pid_on_two_devices_is_two_records(server: Server) -> None:
    _, first = server.enrol("Coach A")
    _, second = server.enrol("Coach B")
    f = family()
    assert server.push(first, f)[0]["status"] == "accepted"
    assert server.push(second, {**f, "programme_status": "paused"})[0]["status"] == "accepted"


def test_concurrent_workers_inserting_the_same_batch_never_fail(server: Server) -> None:
    import threading

    _, device = server.enrol()
    f = family()
    records = [f, *(visit(f["pid"]) for _ in range(20))]
    statuses: list[int] = []
    results: list[list[str]] = []

    def push() -> None:
        response = server.client.post(
            "/api/v1/records", json={"protocol_version": 1, "records": records}, headers=device
        )
        statuses.append(response.status_code)
        if response.status_code == 200:
            results.append([r["status"] for r in response.json()["results"]])

    threads = [threading.Thread(target=push) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [200] * 4
    # Each record was accepted exactly once across the workers; the others saw duplicates.
    for index in range(len(records)):
        column = [r[index] for r in results]
        assert column.count("accepted") == 1
        assert column.count("duplicate") == 3


def _rows_read(plan: dict[str, Any], tables: set[str]) -> int:
    """Rows the plan's scans of ``tables`` returned, over all their loops."""
    own = plan["Actual Rows"] * plan["Actual Loops"] if plan.get("Relation Name") in tables else 0
    return own + sum(_rows_read(child, tables) for child in plan.get("Plans", []))


def test_a_batch_reads_the_rows_of_its_own_pids_only_however_many_the_device_has(
    server: Server,
) -> None:
    """The look-ups of a batch (what was received before, the latest states) read the rows of
    the batch's pids, whatever the table's statistics say: in a bulk first sync they lag far
    behind the table, and PostgreSQL planned a read of every row of the device per batch
    (35 ms a look-up after 100,000 records instead of under 1 ms)."""
    if not server.database_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL query plan")
    import threading

    import psycopg
    from sqlalchemy import event

    service = server.client.app.state.summaries  # type: ignore[attr-defined]
    service.quiet_seconds = service.longest_delay_seconds = 3600.0  # no summary meanwhile
    device_id, device = server.enrol()
    tables = {"received_records", "latest_records"}

    def earlier_records(session: Any) -> None:  # 20,000 of them, never analysed
        for table in tables:
            session.execute(text(f"ALTER TABLE {table} SET (autovacuum_enabled = false)"))
        session.execute(
            text(
                "INSERT INTO received_records (device_id, pid, version, kind, payload_sha256, "
                "received_at, protocol_version) SELECT :device, gen_random_uuid()::text, 1, "
                "'visit', md5(g::text), now(), 1 FROM generate_series(1, 20000) AS g"
            ),
            {"device": device_id},
        )
        session.execute(
            text(
                "INSERT INTO latest_records (device_id, pid, kind, version, seq, updated_at, "
                "protocol_version) SELECT device_id, pid, kind, version, seq, received_at, 1 "
                "FROM received_records"
            )
        )

    server.admin(earlier_records)
    looked_up: list[tuple[str, Any]] = []
    engine = server.client.app.state.engine  # type: ignore[attr-defined]

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if threading.current_thread().name == "summary-precompute":
            return
        if statement.lstrip().upper().startswith("SELECT") and any(t in statement for t in tables):
            looked_up.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        server.push(device, *(family() for _ in range(100)))
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert looked_up
    url = server.database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        for statement, parameters in looked_up:
            explained = connection.execute(
                "EXPLAIN (ANALYZE, FORMAT JSON) " + statement,
                parameters,
            ).fetchone()
            assert explained is not None
            assert _rows_read(explained[0][0]["Plan"], tables) <= 100, statement
