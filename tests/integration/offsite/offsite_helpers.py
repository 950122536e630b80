"""Helpers of the off-laptop tests: the server in process and an enrolled laptop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import httpx
from fastapi.testclient import TestClient

from coach_app.paths import DataFolder
from coach_app.storage import make_session_factory
from coach_app.workspace import Workspace
from coach_server.db import create_db_engine
from coach_server.db import make_session_factory as server_sessions
from coach_server.services import create_enrolment_code

PASSPHRASE = "a quiet kitchen table"
URL = "http://127.0.0.1"


@dataclass
class InProcessServer:
    client: TestClient
    database_url: str

    @property
    def transport(self) -> httpx.BaseTransport:
        return self.client._transport

    def admin(self, action: Callable[..., object]) -> object:
        engine = create_db_engine(self.database_url)
        try:
            with server_sessions(engine)() as session, session.begin():
                return action(session)
        finally:
            engine.dispose()

    def code(self, coach: str) -> str:
        from datetime import UTC, datetime

        code, _ = self.admin(  # type: ignore[misc]
            lambda s: create_enrolment_code(
                s,
                coach_name=coach,
                ttl=timedelta(hours=1),
                actor="admin:test",
                now=datetime.now(UTC),
            )
        )
        return str(code)


@dataclass
class Laptop:
    folder: DataFolder
    workspace: Workspace
    device_id: str

    @property
    def sessions(self):  # type: ignore[no-untyped-def]
        return make_session_factory(self.workspace.engine)
