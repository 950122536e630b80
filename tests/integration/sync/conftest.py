"""End-to-end sync fixtures: a real ``coach-server serve`` on 127.0.0.1 (SQLite, or the
throwaway PostgreSQL cluster of the server tests) and a real app data folder."""

from __future__ import annotations

import os
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
    process: subprocess.Popen[bytes]

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
        self.cli("create-leader", "leader", stdin=LEADER_PASSWORD + "\n")
        token = httpx.post(
            f"{self.url}/api/v1/auth/login",
            json={"username": "leader", "password": LEADER_PASSWORD},
        ).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}

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


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    data = tmp_path / "server"
    if request.param == "postgres":
        import psycopg

        cluster: Cluster = request.getfixturevalue("sync_pg_cluster")
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
    port = _free_port()
    process = subprocess.Popen(
        [*SERVER, *storage, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("coach-server did not start")
            time.sleep(0.1)
        yield RunningServer(url, storage, database_url, process)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    folder = DataFolder(tmp_path / "laptop")
    ws = Workspace(folder, kdf=KdfParams())
    ws.create(PASSPHRASE)
    ws.lock()
    return folder
