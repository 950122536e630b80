"""Typed storage at ingest: versions 1 and 2 land in the same typed, indexed layout, set-based."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from server_helpers import (
    Server,
    assessment_v2,
    family,
    family_v2,
    goal,
    goal_v2,
    language_level,
    person,
    person_v2,
    status_change,
    tombstone,
    visit,
)
from sqlalchemy import event, text

from coach_protocol import record_adapter
from coach_server.db import create_db_engine, make_session_factory
from coach_server.ingest import ingest_batch
from coach_server.periods import month_index


def _rows(server: Server, sql: str) -> list[tuple[Any, ...]]:
    engine = create_db_engine(server.database_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


def test_version_2_records_are_stored_as_typed_columns(server: Server) -> None:
    _, device = server.enrol()
    f = family_v2(enrolled="2019-01")
    p = person_v2(f["pid"], gender="m")
    g = goal_v2(f["pid"], p["pid"], domain="entrepreneurship", opened="2019-02", age_band="30-49")
    records = [
        f,
        p,
        g,
        status_change("family", f["pid"], "active", "2019-02"),
        status_change("goal", g["pid"], "started", "2019-03", age_band="30-49"),
        language_level(p["pid"], "b1", "2019-06", age_band="50-59"),
        visit(f["pid"], iso_week="2020-W01"),
        assessment_v2(p["pid"], score=4, month="2019-07", age_band="60-64"),
    ]
    results = server.push(device, *records, protocol_version=2)
    assert [r["status"] for r in results] == ["accepted"] * len(records)

    assert _rows(
        server,
        "SELECT municipality_code, household_size_band, enrolled_month, "
        "protocol_version FROM families",
    ) == [("GM0153", "3-4", month_index("2019-01"), 2)]
    assert _rows(server, "SELECT family_pid, gender, role, age_band FROM people") == [
        (f["pid"], "m", "adult", None)
    ]
    assert _rows(server, "SELECT person_pid, domain, opened_month, age_band FROM goals") == [
        (p["pid"], "entrepreneurship", month_index("2019-02"), "30-49")
    ]
    assert sorted(
        _rows(
            server, "SELECT subject_kind, subject_pid, status, month, age_band FROM status_changes"
        )
    ) == [
        ("family", f["pid"], "active", month_index("2019-02"), None),
        ("goal", g["pid"], "started", month_index("2019-03"), "30-49"),
    ]
    assert _rows(server, "SELECT level, level_rank, month, age_band FROM language_levels") == [
        ("b1", 3, month_index("2019-06"), "50-59")
    ]
    [(iso_week, week_start, month)] = _rows(
        server, "SELECT iso_week, week_start, month FROM visits"
    )
    # 2020-W01 runs from Monday 30 December 2019; its Thursday (2 January) puts it in January.
    assert (iso_week, str(week_start), month) == ("2020-W01", "2019-12-30", month_index("2020-01"))
    assert _rows(server, "SELECT score, month, age_band FROM assessments") == [
        (4, month_index("2019-07"), "60-64")
    ]
    state = server.client.get("/api/v1/sync/state", headers=device).json()
    assert state["live_records"]["status_change"] == 2
    assert state["live_records"]["language_level"] == 1


def test_version_1_records_map_onto_the_same_layout(server: Server) -> None:
    _, device = server.enrol()
    f = family(status="paused", enrolled="2019-01", status_month="2019-04")
    p = person(f["pid"], age_band="50-64")
    g = goal(f["pid"], p["pid"], status="achieved", opened="2019-02", status_month="2019-05")
    server.push(device, f, p, g, visit(f["pid"]))

    assert sorted(
        _rows(
            server,
            "SELECT pid, subject_kind, subject_pid, status, month, age_band, protocol_version "
            "FROM status_changes",
        )
    ) == sorted(
        [
            (f["pid"], "family", f["pid"], "paused", month_index("2019-04"), None, 1),
            (g["pid"], "goal", g["pid"], "achieved", month_index("2019-05"), None, 1),
        ]
    )
    assert _rows(server, "SELECT age_band, protocol_version FROM people") == [("50-64", 1)]
    assert _rows(server, "SELECT opened_month, age_band FROM goals") == [
        (month_index("2019-02"), None)
    ]
    # A newer version 1 record moves its status entry; an older one changes nothing.
    server.push(device, family(f["pid"], version=3, status="completed", status_month="2019-09"))
    server.push(device, family(f["pid"], version=2, status="withdrawn", status_month="2019-08"))
    assert _rows(
        server, f"SELECT status, month, version FROM status_changes WHERE pid = '{f['pid']}'"
    ) == [("completed", month_index("2019-09"), 3)]


def test_an_upgraded_laptop_replaces_version_1_statuses_with_its_history(server: Server) -> None:
    _, device = server.enrol()
    f = family(status="active", status_month="2019-03")
    g = goal(f["pid"], None, status="started", status_month="2019-04")
    server.push(device, f, g)
    history = [
        status_change("family", f["pid"], "intake", "2019-01"),
        status_change("family", f["pid"], "active", "2019-03"),
        status_change("goal", g["pid"], "planned", "2019-02"),
        status_change("goal", g["pid"], "started", "2019-04"),
    ]
    results = server.push(
        device,
        family_v2(f["pid"], version=2),
        goal_v2(f["pid"], None, version=2, p=g["pid"]),
        *history,
        protocol_version=2,
    )
    assert {r["status"] for r in results} == {"accepted"}
    assert sorted(_rows(server, "SELECT subject_pid, status, month FROM status_changes")) == sorted(
        (h["subject_pid"], h["status"], month_index(h["month"])) for h in history
    )
    assert _rows(server, "SELECT DISTINCT protocol_version FROM status_changes") == [(2,)]


def test_a_tombstone_deletes_the_typed_rows_and_keeps_its_reason(server: Server) -> None:
    _, device = server.enrol()
    f = family()
    entry = status_change("family", f["pid"], "paused", "2019-05")
    server.push(device, f, person(f["pid"]), visit(f["pid"]))
    server.push(device, entry, protocol_version=2)
    assert len(_rows(server, "SELECT pid FROM status_changes")) == 2

    server.push(device, tombstone(entry["pid"], version=2, reason="retracted"), protocol_version=2)
    assert _rows(server, "SELECT pid FROM status_changes") == [(f["pid"],)]
    server.push(device, tombstone(f["pid"], version=2))
    assert _rows(server, "SELECT pid FROM status_changes") == []
    assert _rows(server, "SELECT pid FROM families") == []
    assert sorted(
        _rows(server, "SELECT kind, tombstone_reason FROM latest_records WHERE kind = 'tombstone'")
    ) == [("tombstone", "erased"), ("tombstone", "retracted")]
    # Person and visit stay stored; the summaries leave them out with their family.
    assert len(_rows(server, "SELECT pid FROM people")) == 1


def test_the_same_batch_in_both_versions_answers_per_record_and_never_mixes(server: Server) -> None:
    _, device = server.enrol()
    f = family()
    v2_same_pid = {**family_v2(f["pid"]), "version": 1}
    server.push(device, f)
    [result] = server.push(device, v2_same_pid, protocol_version=2)
    assert (result["status"], result["reason"]) == ("rejected", "conflicting_payload")
    [result] = server.push(
        device,
        status_change("family", f["pid"], "active", "2019-01", p=f["pid"], version=2),
        protocol_version=2,
    )
    assert (result["status"], result["reason"]) == ("rejected", "kind_mismatch")


def _statements(server: Server) -> list[str]:
    engine = server.client.app.state.engine  # type: ignore[attr-defined]
    seen: list[str] = []

    def count(*args: Any) -> None:
        # The summaries computed ahead after a batch run on their own thread: not the batch's.
        if threading.current_thread().name != "summary-precompute":
            seen.append(args[2].split()[0].upper())

    event.listen(engine, "before_cursor_execute", count)
    return seen


@pytest.mark.parametrize("size", [10, 100])
def test_a_batch_costs_the_same_few_statements_whatever_its_size(server: Server, size: int) -> None:
    _, device = server.enrol()
    families = [family_v2() for _ in range(size // 5)]
    records = families + [
        r
        for f in families
        for r in (
            person_v2(f["pid"]),
            status_change("family", f["pid"], "active", "2019-02"),
            visit(f["pid"]),
            assessment_v2(f["pid"], age_band=None),
        )
    ]
    assert len(records) == size
    seen = _statements(server)
    server.push(device, *records, protocol_version=2)
    # Authentication, the device's lock, two reads, received, latest, five typed tables, the
    # high-water mark (plus SQLite's BEGIN/COMMIT framing).
    writes = [s for s in seen if s in {"INSERT", "UPDATE", "DELETE"}]
    reads = [s for s in seen if s == "SELECT"]
    assert len(writes) == 1 + 1 + 1 + 5, seen
    assert len(reads) <= 4, seen


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_two_workers_posting_the_same_batch_at_once_store_each_record_once(
    server: Server,
) -> None:
    """The device row's lock serialises the two: the second waits, then sees duplicates."""

    device_id, _ = server.enrol()
    f = family_v2()
    raw = [f, *(status_change("family", f["pid"], "active", "2019-02") for _ in range(30))]
    records = [record_adapter(2).validate_python(r) for r in raw]
    first_engine = create_db_engine(server.database_url)
    second_engine = create_db_engine(server.database_url)
    watcher = create_db_engine(server.database_url)
    second: list[str] = []
    try:
        with make_session_factory(first_engine)() as first_session:
            first_session.begin()
            first = ingest_batch(first_session, device_id, records, server.clock())

            def post_again() -> None:
                with make_session_factory(second_engine)() as session, session.begin():
                    second.extend(
                        r.status for r in ingest_batch(session, device_id, records, server.clock())
                    )

            worker = threading.Thread(target=post_again)
            worker.start()
            with watcher.connect() as connection:  # wait until the second worker is blocked
                waiting = 0
                while worker.is_alive() and not waiting:
                    waiting = connection.execute(
                        text("SELECT count(*) FROM pg_locks WHERE NOT granted")
                    ).scalar_one()
                    connection.rollback()
            assert waiting, "the second worker never waited for the first"
            first_session.commit()
            worker.join()
    finally:
        for engine in (first_engine, second_engine, watcher):
            engine.dispose()
    assert [r.status for r in first] == ["accepted"] * len(raw)
    assert second == ["duplicate"] * len(raw)
    assert len(_rows(server, "SELECT pid FROM received_records")) == len(raw)
    assert len(_rows(server, "SELECT pid FROM status_changes")) == len(raw) - 1
