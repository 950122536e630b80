"""Fixtures of the off-laptop tests: the server in process (its real app and database, reached
through Starlette's test transport) and real, unlocked laptops enrolled with it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.sync import SyncEngine
from coach_app.workspace import Workspace
from coach_server.app import create_app
from coach_server.db import create_db_engine
from coach_server.db import make_session_factory as server_sessions
from coach_server.services import create_enrolment_code
from coach_server.settings import Settings

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


#: Server settings a test may change with ``@pytest.mark.parametrize("server_settings", ...)``.
@pytest.fixture
def server_settings() -> dict[str, object]:
    return {}


@pytest.fixture
def offsite_server(tmp_path: Path, server_settings: dict[str, object]) -> Iterator[InProcessServer]:
    database_url = f"sqlite:///{tmp_path / 'server' / 'server.sqlite3'}"
    settings = Settings(
        data_dir=tmp_path / "server",
        database_url=database_url,
        argon2_memory_kib=1024,
        argon2_iterations=1,
        **server_settings,  # type: ignore[arg-type]
    )
    with TestClient(create_app(settings)) as client:
        yield InProcessServer(client, database_url)


@dataclass
class Laptop:
    folder: DataFolder
    workspace: Workspace
    device_id: str

    @property
    def sessions(self):  # type: ignore[no-untyped-def]
        return make_session_factory(self.workspace.engine)


@pytest.fixture
def make_laptop(
    tmp_path: Path, offsite_server: InProcessServer
) -> Iterator[Callable[[str], Laptop]]:
    opened: list[Workspace] = []

    def make(coach: str) -> Laptop:
        folder = DataFolder(tmp_path / coach.replace(" ", "-"))
        workspace = Workspace(folder, kdf=KdfParams())
        workspace.create(PASSPHRASE)
        opened.append(workspace)
        engine = SyncEngine(
            make_session_factory(workspace.engine), transport=offsite_server.transport
        )
        try:
            enrolled = engine.enrol(URL, offsite_server.code(coach))
        finally:
            engine.close()
        assert enrolled.ok, enrolled.error
        assert enrolled.device_id is not None
        return Laptop(folder, workspace, enrolled.device_id)

    yield make
    for workspace in opened:
        workspace.lock()
