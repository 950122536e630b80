"""The sync engine against the real server app in process, with faults injected."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from sync_helpers import (
    URL,
    Faulty,
    assert_server_matches,
    committed_then_500,
    committed_then_reset,
    committed_then_timeout,
    garbage_json,
    outbox,
    reset_mid_body,
    seed,
)

if TYPE_CHECKING:
    from conftest import LocalServer

from coach_app.domain import CoachingService, ConsentKind, LifeDomain, Municipality
from coach_app.storage.models_sync import OutboxRow
from coach_app.sync import OutboxWriter, SyncEngine, store
from coach_app.sync.store import BACKOFF_CAP_SECONDS, backoff_delay

TODAY_2019 = date(2019, 3, 1)


def test_a_sync_sends_everything_in_batches_of_at_most_100(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
    local_server: LocalServer,
) -> None:
    seed(service)
    outcome = sync_engine.sync()
    assert outcome.outcome == "synced"
    assert outcome.reconciled
    assert outcome.accepted == 3 * 43  # per family: itself, its status entry, a person, 40 visits
    assert outcome.pending == 0
    posts = [r for r in faulty.requests if r.url.path == "/api/v1/records"]
    assert [len(httpx.Response(200, content=r.content).json()["records"]) for r in posts] == [
        100,
        29,
    ]
    assert_server_matches(sessions, local_server)
    snap = sync_engine.status()
    assert snap.last_success_at is not None
    assert snap.last_error is None


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (committed_then_500, "server_error"),
        (reset_mid_body, "offline"),
        (committed_then_reset, "offline"),
        (committed_then_timeout, "timeout"),
        (garbage_json, "unexpected_answer"),
    ],
)
def test_faults_lose_nothing_and_duplicate_nothing(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
    local_server: LocalServer,
    fault: object,
    code: str,
) -> None:
    seed(service, families=1, visits=10)
    faulty.fault = fault  # type: ignore[assignment]
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.error) == ("failed", code)
    assert outcome.retry_in is not None
    assert 15 <= outcome.retry_in <= 30
    assert {s for _, _, s in outbox(sessions).values()} == {"pending"}
    assert sync_engine.status().last_error == code
    assert sync_engine.sync().pending == 13, "backing off: nothing is due yet"
    faulty.fault = None
    outcome = sync_engine.sync(force=True)
    assert outcome.outcome == "synced"
    assert outcome.reconciled
    assert_server_matches(sessions, local_server)
    assert sync_engine.status().last_error is None


def test_a_revoked_device_is_told_and_can_enrol_again(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    local_server: LocalServer,
) -> None:
    seed(service, families=1, visits=2)
    assert sync_engine.sync().outcome == "synced"
    device_id = sync_engine.status().device_id
    from coach_server.db import create_db_engine, make_session_factory
    from coach_server.services import revoke_device

    engine = create_db_engine(local_server.database_url)
    with make_session_factory(engine)() as s, s.begin():
        revoke_device(s, device_id=device_id, actor="admin:test", now=datetime.now(UTC))
    engine.dispose()
    service.create_family(display_name="G", municipality=Municipality("GM0153", "E"))
    family = service.list_families()[0]
    service.update_family(service.get_family(family.id))
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.error) == ("revoked", "revoked")
    assert sync_engine.status().revoked
    assert sync_engine.sync().outcome == "revoked", "no more requests with a revoked token"
    assert sync_engine.enrol(URL, local_server.code()).ok
    assert sync_engine.status().device_id == device_id, "the laptop continues as its device"
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.reconciled) == ("synced", True)
    assert_server_matches(sessions, local_server)


def test_a_wrong_enrolment_code_is_refused(sync_engine: SyncEngine) -> None:
    assert sync_engine.enrol(URL, "AAAA-BBBB-CCCC-DDDD").error == "enrolment_refused"
    assert sync_engine.enrol("ftp://x", "AAAA-BBBB-CCCC-DDDD").error == "bad_url"


@pytest.mark.parametrize(
    "typed",
    [
        lambda code: code.replace("-", " "),  # "DGWT 2UWP J44B DVA3"
        lambda code: code.replace("-", ""),
        lambda code: code.replace("-", " ").lower(),
        lambda code: code.replace("-", "\u2013"),  # an en dash, as word processors make it
    ],
    ids=["spaces", "no-dashes", "lower-case", "en-dashes"],
)
def test_enrolment_codes_as_people_type_them_enrol_against_the_real_server(
    sessions: sessionmaker[Session],
    faulty: Faulty,
    local_server: LocalServer,
    typed: Callable[[str], str],
) -> None:
    """Issue 11, case 8: ``DGWT 2UWP J44B DVA3`` and the code without dashes enrol."""
    engine = SyncEngine(sessions, transport=faulty, rng=random.Random(1))
    try:
        outcome = engine.enrol(URL, typed(local_server.code()))
        assert (outcome.ok, outcome.error) == (True, None)
        assert engine.status().enrolled
    finally:
        engine.close()


def test_a_gap_on_the_server_is_found_and_re_sent(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    local_server: LocalServer,
) -> None:
    seed(service, families=1, visits=5)
    assert sync_engine.sync().reconciled
    from sqlalchemy import delete

    from coach_server.db import create_db_engine, make_session_factory
    from coach_server.models import LatestRecord, ReceivedRecord

    engine = create_db_engine(local_server.database_url)
    with make_session_factory(engine)() as s, s.begin():  # the server lost data (a restore)
        s.execute(delete(LatestRecord))
        s.execute(delete(ReceivedRecord))
    engine.dispose()
    outcome = sync_engine.sync()
    assert outcome.reconciled
    assert outcome.accepted == 8  # the family, its status entry, a person, 5 visits
    assert_server_matches(sessions, local_server)


def test_a_rejected_record_is_quarantined_and_blocks_nothing(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    local_server: LocalServer,
) -> None:
    seed(service, families=1, visits=3)
    with sessions() as s:
        victim = s.scalars(select(OutboxRow).where(OutboxRow.kind == "visit")).first()
        pid, version = victim.pid, victim.version
    # The server already holds this (pid, version) with other content.
    other = {
        "protocol_version": 1,
        "records": [
            {
                "kind": "visit",
                "pid": pid,
                "version": version,
                "family_pid": pid,
                "iso_week": "2019-W01",
                "duration_band": "<30",
                "mode": "phone",
            }
        ],
    }
    token = None
    with sessions() as s:
        token = store.credentials(s).token
    local_server.client.post(
        "/api/v1/records", json=other, headers={"Authorization": f"Bearer {token}"}
    )
    outcome = sync_engine.sync()
    assert outcome.outcome == "synced"
    assert outcome.rejected == 1
    assert outcome.pending == 0
    with sessions() as s:
        (entry,) = store.quarantined(s)
        assert (
            s.scalar(select(func.count()).select_from(OutboxRow).where(OutboxRow.state == "sent"))
            == 5  # the family, its status entry, a person, the two other visits
        )
    assert (entry.pid, entry.reason) == (pid, "conflicting_payload")


def test_backoff_doubles_with_jitter_up_to_15_minutes() -> None:
    rng = random.Random(7)
    delays = [backoff_delay(n, rng) for n in range(1, 12)]
    assert 15 <= delays[0] <= 30
    assert 30 <= delays[1] <= 60
    assert all(d <= BACKOFF_CAP_SECONDS for d in delays)
    assert delays[-1] >= BACKOFF_CAP_SECONDS / 2
    assert len({round(d, 3) for d in delays[-3:]}) == 3, "jittered"


def test_one_schema_invalid_record_is_quarantined_alone_and_syncing_goes_on(
    service: CoachingService,
    writer: OutboxWriter,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
    local_server: LocalServer,
) -> None:
    """Issue 11, case 6: ``[valid family, assessment with score 9, valid visit]`` stores the
    family and the visit; the assessment alone is refused with the field at fault."""
    family = service.create_family(
        display_name="F", municipality=Municipality("GM0153", "E"), start_date=TODAY_2019
    )
    service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    service.record_assessment(family.id, domain=LifeDomain.HOUSING, score=3)
    service.record_visit(
        family.id, started_at=datetime(2019, 4, 1, 9, tzinfo=UTC), duration_minutes=60
    )
    with sessions() as s, s.begin():
        writer.refresh_if_stale(s)  # a current outbox, which the engine sends as it stands
    with sessions() as s, s.begin():
        row = s.scalars(select(OutboxRow).where(OutboxRow.kind == "assessment")).one()
        row.payload = json.dumps({**json.loads(row.payload), "score": 9})  # an older laptop's bug
        bad = row.pid
    kinds = ["family", "status_change", "assessment", "visit"]  # status_change: its programme
    assert [kind for kind, _, _ in outbox(sessions).values()] == kinds  # status entry

    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.accepted, outcome.rejected, outcome.pending) == (
        "synced",
        3,
        1,
        0,
    )
    (sent,) = [r for r in faulty.requests if r.url.path == "/api/v1/records"]
    assert [r["kind"] for r in json.loads(sent.content)["records"]] == kinds
    with sessions() as s:
        (entry,) = store.quarantined(s)
    assert (entry.pid, entry.reason) == (bad, "invalid_record: score")
    held = local_server.latest()
    assert sorted(kind for kind, _ in held.values()) == ["family", "status_change", "visit"]
    assert bad not in held

    # The laptop keeps syncing: the next change goes, the quarantined record stays put.
    service.record_visit(
        family.id, started_at=datetime(2019, 4, 8, 9, tzinfo=UTC), duration_minutes=30
    )
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.accepted, outcome.rejected, outcome.pending) == (
        "synced",
        1,
        0,
        0,
    )
    assert sorted(kind for kind, _ in local_server.latest().values()) == [
        "family",
        "status_change",
        "visit",
        "visit",
    ]


def _rewrite_answers(
    change: Callable[[list[dict[str, object]]], list[dict[str, object]]],
) -> Callable[[httpx.Request, Callable[[], httpx.Response]], httpx.Response]:
    """A fault that lets the server answer, then changes its per-record results."""

    def fault(request: httpx.Request, forward: Callable[[], httpx.Response]) -> httpx.Response:
        body = forward().json()
        return httpx.Response(200, json={**body, "results": change(body["results"])})

    return fault


def _second_unreadable(results: list[dict[str, object]]) -> list[dict[str, object]]:
    second = {
        "pid": None,
        "version": None,
        "status": "rejected",
        "reason": "invalid_record",
        "field": "pid",
        "detail": "String should match pattern",
    }
    return [results[0], second, *results[2:]]


def test_an_answer_without_pid_stands_for_the_record_at_its_place(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
) -> None:
    seed(service, families=1, visits=2)
    order = list(outbox(sessions))
    faulty.fault = _rewrite_answers(_second_unreadable)
    outcome = sync_engine.sync()
    assert (outcome.accepted, outcome.rejected) == (len(order) - 1, 1)
    with sessions() as s:
        (entry,) = store.quarantined(s)
    assert (entry.pid, entry.reason) == (order[1], "invalid_record: pid")


@pytest.mark.parametrize(
    "change",
    [
        lambda results: results[:-1],
        lambda results: [*results, results[0]],
        lambda results: [results[1], results[0], *results[2:]],
        lambda results: [{**results[0], "version": results[0]["version"] + 1}, *results[1:]],
    ],
    ids=["one-missing", "one-extra", "out-of-order", "other-version"],
)
def test_answers_that_do_not_match_the_records_change_nothing(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
    change: Callable[[list[dict[str, object]]], list[dict[str, object]]],
) -> None:
    seed(service, families=1, visits=2)
    faulty.fault = _rewrite_answers(change)
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.error) == ("failed", "unexpected_answer")
    assert {state for _, _, state in outbox(sessions).values()} == {"pending"}


def test_the_next_batch_is_sent_while_the_answers_of_one_are_written(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
    local_server: LocalServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch's answers are written (rows marked sent, the commit flushed to disk) on a worker
    thread while the next batch is read and sent: writing them in turn was a third of a sync
    (issue 14, bench_sync). The first batch's writing waits here until the second batch has
    reached the server; in turn, it would wait forever (the guard below gives up)."""
    import threading

    seed(service)  # 129 records: two batches
    second_sent = threading.Event()
    posts: list[int] = []

    def count(request: httpx.Request, forward: Callable[[], httpx.Response]) -> httpx.Response:
        response = forward()
        posts.append(len(posts))
        if len(posts) == 2:
            second_sent.set()
        return response

    faulty.fault = count
    mark_sent = store.mark_sent
    overlapped: list[bool] = []

    def slow_mark_sent(session: Session, acknowledged: object) -> None:
        if not overlapped:
            overlapped.append(second_sent.wait(timeout=60))
        mark_sent(session, acknowledged)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "mark_sent", slow_mark_sent)
    outcome = sync_engine.sync()
    assert overlapped == [True]
    assert outcome.outcome == "synced"
    assert outcome.accepted == 3 * 43
    assert outcome.pending == 0
    assert_server_matches(sessions, local_server)


def test_an_error_writing_answers_ends_the_sync_and_loses_nothing(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    local_server: LocalServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An error writing a batch's answers (a full disk, ...) still ends the sync with that error;
    the rows stay pending and the next sync finds them already on the server."""

    class Full(Exception):
        pass

    seed(service)
    mark_sent = store.mark_sent

    def failing(session: Session, acknowledged: object) -> None:
        raise Full

    monkeypatch.setattr(store, "mark_sent", failing)
    with pytest.raises(Full):
        sync_engine.sync()
    assert sync_engine.status().pending == 3 * 43
    monkeypatch.setattr(store, "mark_sent", mark_sent)
    outcome = sync_engine.sync()
    assert outcome.outcome == "synced"
    assert outcome.accepted + outcome.duplicates == 3 * 43
    assert outcome.duplicates >= 100  # the first batch reached the server before
    assert outcome.pending == 0
    assert_server_matches(sessions, local_server)
