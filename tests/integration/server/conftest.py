"""Fixtures of the server's integration tests: every API test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from pg_cluster import Cluster, find_bindir, start_cluster
from server_helpers import FakeClock, Server

from coach_server.app import create_app
from coach_server.db import create_db_engine, upgrade
from coach_server.settings import Settings

TEMPLATE_DB = "coach_template"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bindir = find_bindir()
    if bindir is None:
        message = (
            "PostgreSQL server binaries (initdb, pg_ctl) were not found; install PostgreSQL "
            "(e.g. the postgresql package) so the postgres-marked tests can start a cluster"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    cluster = start_cluster(bindir)
    try:
        yield cluster
    finally:
        cluster.stop()


def _psql_url(cluster: Cluster, database: str) -> str:
    return f"postgresql://postgres@127.0.0.1:{cluster.port}/{database}"


def create_pg_database(cluster: Cluster, *, template: str | None = None) -> str:
    """A new empty (or template-copied) database; returns its SQLAlchemy URL."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_psql_url(cluster, "postgres"), autocommit=True) as connection:
        clause = f" TEMPLATE {template}" if template else ""
        connection.execute(f"CREATE DATABASE {name}{clause}")  # type: ignore[arg-type]
    return f"{cluster.url}/{name}"


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> str:
    """A migrated database copied for each test (much faster than migrating each time)."""
    url = create_pg_database(pg_cluster)
    engine = create_db_engine(url)
    upgrade(engine)
    engine.dispose()
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(_psql_url(pg_cluster, "postgres"), autocommit=True) as connection:
        connection.execute(f"ALTER DATABASE {name} RENAME TO {TEMPLATE_DB}")  # type: ignore[arg-type]
    return TEMPLATE_DB


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "postgres":
        cluster = request.getfixturevalue("pg_cluster")
        return create_pg_database(cluster, template=request.getfixturevalue("pg_template"))
    template: Path = request.getfixturevalue("sqlite_template")
    path = tmp_path / "server.sqlite3"
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


def make_settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        argon2_memory_kib=1024,
        argon2_iterations=1,
    )


@pytest.fixture
def server(tmp_path: Path, database_url: str) -> Iterator[Server]:
    clock = FakeClock()
    app = create_app(make_settings(tmp_path, database_url), clock=clock)
    with TestClient(app, raise_server_exceptions=True) as client:
        yield Server(client=client, clock=clock, database_url=database_url)
