"""Fixtures of the off-laptop tests: the server in process (its real app and database, reached
through Starlette's test transport) and real, unlocked laptops enrolled with it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from offsite_helpers import PASSPHRASE, URL, InProcessServer, Laptop

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.sync import SyncEngine
from coach_app.workspace import Workspace
from coach_server.app import create_app
from coach_server.settings import Settings


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
