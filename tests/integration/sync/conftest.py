"""End-to-end sync fixtures: a real ``coach-server serve`` on 127.0.0.1 (SQLite, or the
throwaway PostgreSQL cluster of the server tests) and a real app data folder."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from pg_cluster import Cluster, find_bindir, start_cluster

from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.workspace import Workspace
from coach_server.db import create_db_engine, make_session_factory
from coach_server.models import LatestRecord

PASSPHRASE = "a quiet kitchen table"
LEADER_PASSWORD = "a long enough test password"
SERVER = [str(Path(sys.executable).with_name("coach-server"))]
ENV = {
    **os.environ,
    "COACH_SERVER_ARGON2_MEMORY_KIB": "1024",
    "COACH_SERVER_ARGON2_ITERATIONS": "1",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningServer:
    url: str
    storage: list[str]
    database_url: str
    cluster: Cluster | None = None
    process: subprocess.Popen[bytes] | None = None
    leader_created: bool = False

    def start(self) -> None:
        """(Re)start ``coach-server serve`` on the same port; returns when it answers."""
        port = self.url.rsplit(":", 1)[1]
        self.process = subprocess.Popen(
            [*SERVER, *self.storage, "serve", "--host", "127.0.0.1", "--port", port],
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("coach-server did not start")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def backup(self, target: Path) -> None:
        """A copy of the server's database as an operator makes it (server stopped for SQLite;
        ``pg_dump`` for PostgreSQL)."""
        if self.cluster is None:
            shutil.copyfile(self.database_url.removeprefix("sqlite:///"), target)
            return
        self._pg("pg_dump", "--format=custom", f"--file={target}", self._database_name)

    def restore(self, source: Path) -> None:
        """Puts a copy back (the server must be stopped), as the README says."""
        if self.cluster is None:
            database = Path(self.database_url.removeprefix("sqlite:///"))
            for suffix in ("-wal", "-shm"):
                database.with_name(database.name + suffix).unlink(missing_ok=True)
            shutil.copyfile(source, database)
            return
        self._pg(
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            f"--dbname={self._database_name}",
            str(source),
        )

    @property
    def _database_name(self) -> str:
        return self.database_url.rsplit("/", 1)[1]

    def _pg(self, tool: str, *args: str) -> None:
        assert self.cluster is not None
        subprocess.run(
            [
                str(self.cluster.bindir / tool),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.cluster.port),
                "-U",
                "postgres",
                *args,
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def cli(self, *args: str, stdin: str = "") -> str:
        result = subprocess.run(
            [*SERVER, *self.storage, *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=ENV,
            check=True,
            timeout=60,
        )
        return result.stdout.strip()

    def code(self, coach: str = "Coach A") -> str:
        return self.cli("enrolment-code", "--coach", coach).splitlines()[0]

    def leader_headers(self) -> dict[str, str]:
        """Creates the leader on first use; a fresh sign-in each time."""
        if not self.leader_created:
            self.cli("create-leader", "leader", stdin=LEADER_PASSWORD + "\n")
            self.leader_created = True
        token = httpx.post(
            f"{self.url}/api/v1/auth/login",
            json={"username": "leader", "password": LEADER_PASSWORD},
        ).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}

    def figures(self, period: str = "2019") -> dict[tuple[str, ...], int]:
        """Every figure of ``period`` the server computes, before suppression (what its
        summaries are made of), keyed without the period: ``("families_by_status",
        "active")`` and so on."""
        from datetime import UTC, datetime

        from coach_server.indicators import build_figures
        from coach_server.programme_data import load_programme

        now = datetime.now(UTC)
        engine = create_db_engine(self.database_url)
        try:
            with make_session_factory(engine)() as session:
                figures = build_figures(
                    load_programme(session),
                    now.year * 12 + now.month - 1,
                    {
                        "0-17": ["0-3", "4-11", "12-17"],
                        "18-59": ["18-29", "30-49", "50-59"],
                        "60+": ["60-64", "65+"],
                    },
                )
        finally:
            engine.dispose()
        return {
            (key[0], *key[2:]): value
            for key, value in zip(figures.linked.keys, figures.linked.values, strict=True)
            if key[1] == period
        }

    def latest(self) -> dict[str, tuple[str, int]]:
        engine = create_db_engine(self.database_url)
        try:
            with make_session_factory(engine)() as session:
                rows = session.execute(
                    select(LatestRecord.pid, LatestRecord.kind, LatestRecord.version)
                )
                return {pid: (kind, version) for pid, kind, version in rows}
        finally:
            engine.dispose()


@pytest.fixture(scope="session")
def sync_pg_cluster() -> Iterator[Cluster]:
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) were not found")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) were not found")
    cluster = start_cluster(bindir)
    try:
        yield cluster
    finally:
        cluster.stop()


def _start_server(request: pytest.FixtureRequest, kind: str, data: Path) -> RunningServer:
    """A running ``coach-server serve`` on SQLite or on a new database of the throwaway
    PostgreSQL cluster; stop it with ``stop()``."""
    cluster: Cluster | None = None
    if kind == "postgres":
        import psycopg

        cluster = request.getfixturevalue("sync_pg_cluster")
        name = f"sync_{os.urandom(6).hex()}"
        with psycopg.connect(
            f"postgresql://postgres@127.0.0.1:{cluster.port}/postgres", autocommit=True
        ) as connection:
            connection.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
        database_url = f"{cluster.url}/{name}"
        storage = ["--data-dir", str(data), "--database-url", database_url]
    else:
        database_url = f"sqlite:///{data / 'coach-server.sqlite3'}"
        storage = ["--data-dir", str(data)]
    running = RunningServer(f"http://127.0.0.1:{_free_port()}", storage, database_url, cluster)
    try:
        running.start()
    except BaseException:
        running.stop()
        raise
    return running


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    running = _start_server(request, request.param, tmp_path / "server")
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server_pair(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[RunningServer, RunningServer]]:
    """Two servers on the same kind of database (each its own), to compare what they serve."""
    first = _start_server(request, request.param, tmp_path / "server-1")
    try:
        second = _start_server(request, request.param, tmp_path / "server-2")
        try:
            yield first, second
        finally:
            second.stop()
    finally:
        first.stop()


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    folder = DataFolder(tmp_path / "laptop")
    ws = Workspace(folder, kdf=KdfParams())
    ws.create(PASSPHRASE)
    ws.lock()
    return folder
