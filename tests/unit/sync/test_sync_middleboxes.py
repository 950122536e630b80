"""Only the server can refuse a record or revoke the laptop (issue 11, cases 1, 2 and 5).

A proxy's or captive portal's HTML page, a proxy's 401, a truncated body, a 500 for one record:
each is a transient failure. Nothing is quarantined or revoked for it, the records wait and
go when the way is clear, and one record the server fails on never holds back the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker
from sync_helpers import Faulty, assert_server_matches, outbox, seed

if TYPE_CHECKING:
    from conftest import LocalServer

from coach_app.domain import CoachingService
from coach_app.server_url import check_server_url
from coach_app.sync import SyncEngine, store
from coach_app.sync.client import retry_after_seconds

Fault = Callable[[httpx.Request, Callable[[], httpx.Response]], httpx.Response]

HTML_403 = (
    b"<!DOCTYPE html><html><head><title>Access denied</title></head>"
    b"<body><h1>403 Forbidden</h1><p>Sign in to the hotel network first.</p></body></html>"
)


def answer(status: int, body: bytes, content_type: str, **headers: str) -> Fault:
    def fault(request: httpx.Request, forward: Callable[[], httpx.Response]) -> httpx.Response:
        return httpx.Response(
            status, content=body, headers={"Content-Type": content_type, **headers}
        )

    return fault


def states(sessions: sessionmaker[Session]) -> set[str]:
    return {state for _, _, state in outbox(sessions).values()}


def posts(faulty: Faulty) -> int:
    return sum(r.url.path == "/api/v1/records" for r in faulty.requests)


MIDDLEBOX_ANSWERS = {
    "html-403": answer(403, HTML_403, "text/html; charset=utf-8"),
    "html-404": answer(404, b"<html><body>Not Found</body></html>", "text/html"),
    "proxy-401": answer(
        401, b"<html>Authentication required</html>", "text/html", **{"WWW-Authenticate": "Basic"}
    ),
    "proxy-407": answer(407, b"", "text/plain", **{"Proxy-Authenticate": "Basic"}),
    "json-401-other-shape": answer(401, b'{"error": "unauthorized"}', "application/json"),
    "json-403-other-shape": answer(403, b'{"detail": "Forbidden"}', "application/json"),
    "truncated-200": answer(200, b'{"results": [{"pid": "', "application/json"),
    "html-200": answer(200, HTML_403, "text/html"),
    "redirect": answer(302, b"", "text/html", Location="https://portal.example/login"),
}


@pytest.mark.parametrize("name", sorted(MIDDLEBOX_ANSWERS))
def test_an_answer_from_something_in_between_is_transient(
    name: str,
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
    local_server: LocalServer,
) -> None:
    seed(service, families=1, visits=3)
    faulty.paths = {"/api/v1/records", "/api/v1/sync/state"}
    faulty.fault = MIDDLEBOX_ANSWERS[name]

    outcome = sync_engine.sync()

    assert (outcome.outcome, outcome.error) == ("failed", "unexpected_answer")
    assert outcome.rejected == 0
    assert outcome.retry_in is not None
    assert states(sessions) == {"pending"}, "nothing quarantined, nothing marked sent"
    status = sync_engine.status()
    assert not status.revoked
    assert status.last_error == "unexpected_answer"
    before = posts(faulty)
    assert sync_engine.sync(force=True).outcome == "failed"
    assert posts(faulty) > before, "a later sync still asks the server: not revoked"

    faulty.fault = None
    outcome = sync_engine.sync(force=True)
    assert (outcome.outcome, outcome.reconciled) == ("synced", True)
    assert_server_matches(sessions, local_server)


def test_the_servers_own_revocation_revokes(
    service: CoachingService, sync_engine: SyncEngine, faulty: Faulty
) -> None:
    seed(service, families=1, visits=1)
    faulty.fault = answer(
        401,
        json.dumps({"code": "device_revoked", "message": "this device was revoked"}).encode(),
        "application/json",
    )
    assert sync_engine.sync().outcome == "revoked"
    assert sync_engine.status().revoked
    before = len(faulty.requests)
    assert sync_engine.sync(force=True).outcome == "revoked"
    assert len(faulty.requests) == before, "no request with a revoked token"


def test_a_whole_batch_refused_in_the_servers_shape_quarantines_nothing(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
) -> None:
    """A server that does not speak this protocol version answers 422 for the batch: the
    records wait (an upgraded server takes them), none is blamed."""
    seed(service, families=1, visits=3)
    faulty.fault = answer(
        422,
        json.dumps({"code": "invalid_request", "message": "protocol_version: 1 expected"}).encode(),
        "application/json",
    )
    for _ in range(3):
        outcome = sync_engine.sync(force=True)
        assert (outcome.outcome, outcome.error, outcome.rejected) == ("failed", "incompatible", 0)
    assert states(sessions) == {"pending"}


def fails_on(pid: str) -> Fault:
    """The server answers 500 for any batch that carries ``pid`` (and commits nothing)."""

    def fault(request: httpx.Request, forward: Callable[[], httpx.Response]) -> httpx.Response:
        pids = {r["pid"] for r in json.loads(request.content)["records"]}
        if pid in pids:
            return httpx.Response(500, text="Internal Server Error")
        return forward()

    return fault


@pytest.mark.parametrize("position", [0, 5, 13], ids=["first", "middle", "last"])
def test_one_record_answered_500_does_not_block_the_others(
    position: int,
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
    local_server: LocalServer,
) -> None:
    seed(service, families=1, visits=11)  # 14 records (with the status entry), as in the issue
    with sessions() as session:
        queue = store.due_records(
            session, after_seq=0, limit=100, now=datetime.now(UTC), force=True
        )
    victim = queue[position].pid
    faulty.fault = fails_on(victim)

    first = sync_engine.sync(force=True)
    assert (first.outcome, first.error, first.accepted) == ("failed", "server_error", 0)
    second = sync_engine.sync(force=True)  # the batch failed before: split it

    assert second.outcome == "synced"
    assert second.accepted == 13
    assert second.pending == 1
    assert second.error == "server_error"
    assert second.retry_in is not None
    local = outbox(sessions)
    assert {pid for pid, (_, _, state) in local.items() if state == "pending"} == {victim}
    assert victim not in local_server.latest()
    assert len(local_server.latest()) == 13
    with sessions() as session:
        assert store.quarantined(session) == [], "a 500 never quarantines"
    # The batch again, then two halves per split down to one record (14 -> 7 -> 4 -> 2 -> 1):
    # a few requests, not one per record.
    assert posts(faulty) <= 1 + 1 + 2 * 4

    faulty.fault = None
    outcome = sync_engine.sync(force=True)
    assert (outcome.outcome, outcome.accepted, outcome.pending) == ("synced", 1, 0)
    assert_server_matches(sessions, local_server)
    assert sync_engine.status().last_error is None


def test_two_bad_records_are_isolated_and_the_rest_goes(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
    local_server: LocalServer,
) -> None:
    seed(service, families=2, visits=20)  # 46 records
    pids = sorted(outbox(sessions))
    bad = {pids[3], pids[40]}

    def fault(request: httpx.Request, forward: Callable[[], httpx.Response]) -> httpx.Response:
        carried = {r["pid"] for r in json.loads(request.content)["records"]}
        return httpx.Response(500) if carried & bad else forward()

    faulty.fault = fault
    sync_engine.sync(force=True)
    outcome = sync_engine.sync(force=True)
    assert outcome.outcome == "synced"
    assert outcome.pending == 2
    assert set(local_server.latest()) == set(pids) - bad


def test_a_server_failing_everything_costs_a_few_requests_not_one_per_record(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
) -> None:
    seed(service, families=1, visits=98)  # 100 records: one full batch
    faulty.fault = answer(503, b"<html>Service Unavailable</html>", "text/html")
    assert sync_engine.sync(force=True).error == "server_error"
    assert posts(faulty) == 1
    outcome = sync_engine.sync(force=True)
    assert (outcome.outcome, outcome.error, outcome.accepted) == ("failed", "server_error", 0)
    second = posts(faulty) - 1
    assert 2 <= second <= 1 + 7 + 3, "the batch, then one half per level (log2 100 = 7)"
    assert states(sessions) == {"pending"}
    with sessions() as session:
        attempts = {
            r.attempts
            for r in store.due_records(
                session, after_seq=0, limit=100, now=datetime.now(UTC), force=True
            )
        }
    assert attempts == {2}, "each record backed off once per sync"


def test_429_waits_at_least_as_long_as_the_server_asks(
    service: CoachingService, sync_engine: SyncEngine, faulty: Faulty
) -> None:
    seed(service, families=1, visits=1)
    faulty.fault = answer(
        429,
        json.dumps({"code": "too_many_requests", "message": "slow down"}).encode(),
        "application/json",
        **{"Retry-After": "600"},
    )
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.error) == ("failed", "rate_limited")
    assert outcome.retry_in is not None
    assert outcome.retry_in >= 600


def test_retry_after_reads_seconds_and_http_dates_within_a_cap() -> None:
    now = datetime(2020, 3, 18, 10, 0, tzinfo=UTC)

    def after(value: str) -> float | None:
        return retry_after_seconds(httpx.Response(429, headers={"Retry-After": value}), now)

    assert after("0") == 0
    assert after("120") == 120
    assert after("Wed, 18 Mar 2020 10:02:00 GMT") == 120
    assert after("Wed, 18 Mar 2020 09:00:00 GMT") == 0, "a date in the past: at once"
    assert after("99999999") == 3600, "capped at an hour"
    assert after("soon") is None
    assert after("-5") is None
    assert retry_after_seconds(httpx.Response(429), now) is None


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://coach.example.org", None),
        ("https://203.0.113.5:8443", None),
        ("http://127.0.0.1:8000", None),
        ("http://127.255.255.254", None),
        ("http://localhost:8000", None),
        ("http://LOCALHOST", None),
        ("http://app.localhost", None),
        ("http://[::1]:8000", None),
        ("http://coach.example.org", "insecure_url"),
        ("http://128.0.0.1", "insecure_url"),
        ("http://192.168.1.10:8000", "insecure_url"),
        ("http://localhost.example.org", "insecure_url"),
        ("http://[::2]", "insecure_url"),
        ("http://0.0.0.0:8000", "insecure_url"),
        ("ftp://coach.example.org", "bad_url"),
        ("coach.example.org", "bad_url"),
        ("http://", "bad_url"),
        ("https://coach.example.org:99999", "bad_url"),
        ("", "bad_url"),
    ],
)
def test_plain_http_only_to_this_computer(url: str, problem: str | None) -> None:
    assert check_server_url(url) == problem


def test_enrolment_over_plain_http_to_another_host_is_refused_before_any_request(
    sessions: sessionmaker[Session], faulty: Faulty, local_server: LocalServer
) -> None:
    engine = SyncEngine(sessions, transport=faulty)
    try:
        outcome = engine.enrol("http://coach.example.org", local_server.code())
        assert (outcome.ok, outcome.error) == (False, "insecure_url")
        assert faulty.requests == []
        assert engine.enrol("http://127.0.0.1:8000", local_server.code()).ok
    finally:
        engine.close()


def test_a_laptop_enrolled_over_plain_http_stops_sending(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    faulty: Faulty,
) -> None:
    """An address stored by an older version that allowed it: no token goes out in clear."""
    seed(service, families=1, visits=1)
    from coach_app.sync.outbox import ensure_state

    with sessions() as session, session.begin():
        ensure_state(session).server_url = "http://coach.example.org"
    before = len(faulty.requests)
    outcome = sync_engine.sync(force=True)
    assert (outcome.outcome, outcome.error) == ("failed", "insecure_url")
    assert len(faulty.requests) == before
    assert sync_engine.status().last_error == "insecure_url"


def test_quarantined_records_can_be_queued_again(
    service: CoachingService,
    sessions: sessionmaker[Session],
    sync_engine: SyncEngine,
    local_server: LocalServer,
) -> None:
    seed(service, families=1, visits=2)
    first = sorted(outbox(sessions))[0]
    with sessions() as session, session.begin():  # as if the server had refused it earlier
        store.mark_rejected(session, [(first, outbox(sessions)[first][1], "kind_mismatch")])
    assert sync_engine.sync().rejected == 0
    assert outbox(sessions)[first][2] == "rejected"
    assert first not in local_server.latest()

    assert sync_engine.requeue([first]) == 1
    assert sync_engine.requeue() == 0, "nothing else is quarantined"
    outcome = sync_engine.sync()
    assert (outcome.outcome, outcome.accepted) == ("synced", 1)
    assert_server_matches(sessions, local_server)
