"""Sync unit tests: a migrated encrypted database with the outbox writer, and the real server
application in process (its ASGI transport stands in for the network)."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from sync_helpers import URL, Faulty

from coach_app.domain import CoachingService
from coach_app.storage import (
    close_database,
    make_session_factory,
    migrate,
    open_database,
    sql_uow_factory,
)
from coach_app.sync import OutboxWriter, SyncEngine
from coach_server.app import create_app
from coach_server.db import create_db_engine
from coach_server.db import make_session_factory as server_sessions
from coach_server.services import create_enrolment_code
from coach_server.settings import Settings

TODAY = date(2020, 3, 18)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(tmp_path / "coach.db", bytearray(os.urandom(32)))
    migrate(engine)
    yield engine
    close_database(engine)


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def writer() -> OutboxWriter:
    return OutboxWriter()


@pytest.fixture
def service(engine: Engine, writer: OutboxWriter) -> CoachingService:
    return CoachingService(sql_uow_factory(engine, before_commit=writer))


@dataclass
class LocalServer:
    """The server app in process: ``transport`` for the engine, ``code()`` for enrolment."""

    client: TestClient
    database_url: str

    @property
    def transport(self) -> httpx.BaseTransport:
        return self.client._transport  # the ASGI transport of the TestClient

    def code(self, coach: str = "Coach A") -> str:
        engine = create_db_engine(self.database_url)
        try:
            with server_sessions(engine)() as session, session.begin():
                code, _ = create_enrolment_code(
                    session,
                    coach_name=coach,
                    ttl=timedelta(hours=1),
                    actor="admin:test",
                    now=datetime.now(UTC),
                )
                return code
        finally:
            engine.dispose()

    def latest(self) -> dict[str, tuple[str, int]]:
        """pid -> (kind, version) of the latest state the server holds."""
        from sqlalchemy import select

        from coach_server.models import LatestRecord

        engine = create_db_engine(self.database_url)
        try:
            with server_sessions(engine)() as session:
                rows = session.execute(
                    select(LatestRecord.pid, LatestRecord.kind, LatestRecord.version)
                )
                return {pid: (kind, version) for pid, kind, version in rows}
        finally:
            engine.dispose()


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[LocalServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    settings = Settings(
        data_dir=tmp_path / "server", database_url=url, argon2_memory_kib=1024, argon2_iterations=1
    )
    with TestClient(create_app(settings)) as client:
        yield LocalServer(client, url)


@pytest.fixture
def faulty(local_server: LocalServer) -> Faulty:
    return Faulty(local_server.transport)


@pytest.fixture
def sync_engine(
    sessions: sessionmaker[Session], faulty: Faulty, local_server: LocalServer
) -> Iterator[SyncEngine]:
    engine = SyncEngine(sessions, transport=faulty, rng=random.Random(1))
    assert engine.enrol(URL, local_server.code()).ok
    yield engine
    engine.close()
