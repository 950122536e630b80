"""Shared pieces of the sync engine tests: a fault-injecting transport, seed data, checks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from conftest import LocalServer

from coach_app.domain import CoachingService, ConsentKind, Municipality
from coach_app.storage.models_sync import OutboxRow

URL = "https://coach.test"


class Faulty(httpx.BaseTransport):
    """Forwards to the server; ``fault`` (if set) decides what the laptop sees."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.fault: Callable[[httpx.Request, Callable[[], httpx.Response]], httpx.Response] | None
        self.fault = None
        #: The paths the fault applies to (the others always reach the server).
        self.paths = {"/api/v1/records"}
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)

        def forward() -> httpx.Response:
            response = self.inner.handle_request(request)
            response.read()
            return response

        if self.fault is None or request.url.path not in self.paths:
            return forward()
        return self.fault(request, forward)


def committed_then_500(
    request: httpx.Request, forward: Callable[[], httpx.Response]
) -> httpx.Response:
    forward()
    return httpx.Response(500, text="Internal Server Error")


def reset_mid_body(request: httpx.Request, forward: Callable[[], httpx.Response]) -> httpx.Response:
    raise httpx.WriteError("connection reset by peer", request=request)


def committed_then_reset(
    request: httpx.Request, forward: Callable[[], httpx.Response]
) -> httpx.Response:
    forward()
    raise httpx.ReadError("connection reset by peer", request=request)


def committed_then_timeout(
    request: httpx.Request, forward: Callable[[], httpx.Response]
) -> httpx.Response:
    forward()
    raise httpx.ReadTimeout("timed out", request=request)


def garbage_json(request: httpx.Request, forward: Callable[[], httpx.Response]) -> httpx.Response:
    forward()
    return httpx.Response(
        200, content=b'{"results": [garbage', headers={"Content-Type": "application/json"}
    )


def seed(service: CoachingService, families: int = 3, visits: int = 40) -> None:
    for n in range(families):
        family = service.create_family(
            display_name=f"F{n}",
            municipality=Municipality("GM0153", "E"),
            start_date=date(2019, 3, 1),
        )
        service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
        service.add_person(family.id, given_name="P", birth_date=date(1980, 1, 1))
        for v in range(visits):
            service.record_visit(
                family.id,
                started_at=datetime(2019, 4, 1, 9, tzinfo=UTC) + timedelta(days=7 * v),
                duration_minutes=60,
            )


def outbox(sessions: sessionmaker[Session]) -> dict[str, tuple[str, int, str]]:
    with sessions() as session:
        return {r.pid: (r.kind, r.version, r.state) for r in session.scalars(select(OutboxRow))}


def assert_server_matches(sessions: sessionmaker[Session], server: LocalServer) -> None:
    local = outbox(sessions)
    assert {s for _, _, s in local.values()} == {"sent"}
    assert server.latest() == {pid: (kind, version) for pid, (kind, version, _) in local.items()}
