"""Helpers of the off-laptop tests: the server in process and an enrolled laptop."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

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


# --------------------------------------------------------------------------- a real server

SERVER_COMMAND = str(Path(sys.executable).with_name("coach-server"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RealServer:
    """``coach-server serve`` on 127.0.0.1 with SQLite in ``data_dir``."""

    url: str
    data_dir: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes]

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.data_dir / 'coach-server.sqlite3'}"

    def cli(self, *args: str, stdin: str = "") -> str:
        result = subprocess.run(
            [SERVER_COMMAND, "--data-dir", str(self.data_dir), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            check=True,
            timeout=120,
        )
        return result.stdout.strip()

    def code(self, coach: str, *extra: str) -> str:
        return self.cli("enrolment-code", "--coach", coach, *extra).splitlines()[0]

    def leader_headers(self) -> dict[str, str]:
        self.cli("create-leader", "leader", stdin=LEADER_PASSWORD + "\n")
        token = httpx.post(
            f"{self.url}/api/v1/auth/login",
            json={"username": "leader", "password": LEADER_PASSWORD},
        ).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}

    def admin(self, action: Callable[..., object]) -> object:
        return InProcessServer.admin(self, action)  # type: ignore[arg-type]


LEADER_PASSWORD = "a long enough test password"


@contextmanager
def real_server(data_dir: Path, **settings: str) -> Iterator[RealServer]:
    env = {
        **os.environ,
        "COACH_SERVER_ARGON2_MEMORY_KIB": "1024",
        "COACH_SERVER_ARGON2_ITERATIONS": "1",
        **{f"COACH_SERVER_{k.upper()}": v for k, v in settings.items()},
    }
    port = free_port()
    process = subprocess.Popen(
        [
            SERVER_COMMAND,
            "--data-dir",
            str(data_dir),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("coach-server did not start")
            time.sleep(0.1)
        yield RealServer(url, data_dir, env, process)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class RecordingProxy:
    """A TCP proxy on 127.0.0.1 in front of the server: every byte a laptop sends is kept."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.sent = bytearray()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._stopped = False
        self._connections: list[_Connection] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            pair = _Connection(client, upstream)
            with self._lock:
                self._connections.append(pair)
            threading.Thread(target=self._pump, args=(pair, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(pair, False), daemon=True).start()

    def _pump(self, pair: _Connection, record: bool) -> None:
        source, sink = (pair.client, pair.upstream) if record else (pair.upstream, pair.client)
        try:
            while data := source.recv(65536):
                if record:
                    with self._lock:
                        self.sent += data
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sink.shutdown(socket.SHUT_WR)
            pair.done()

    def close(self) -> None:
        self._stopped = True
        self._listener.close()
        with self._lock:
            for pair in self._connections:
                pair.close()


class _Connection:
    """A laptop's connection and the proxy's to the server; closed when both directions end."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self._open = 2
        self._lock = threading.Lock()

    def done(self) -> None:
        with self._lock:
            self._open -= 1
            last = self._open == 0
        if last:
            self.close()

    def close(self) -> None:
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                sock.close()
