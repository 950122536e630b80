"""Real ``coach-server`` processes for the deployment tests: the command as an operator runs
it, on 127.0.0.1, stopped with SIGTERM (as systemd does)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

COACH_SERVER = str(Path(sys.executable).with_name("coach-server"))
LEADER_PASSWORD = "a long enough test password"


def new_database(cluster: Any) -> str:
    """A new empty database on the throwaway cluster (``pg_cluster.Cluster``); its URL."""
    import psycopg

    name = f"d_{uuid.uuid4().hex[:16]}"
    admin = f"postgresql://postgres@127.0.0.1:{cluster.port}/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    return f"{cluster.url}/{name}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(database_url: str, data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "COACH_SERVER_DATABASE_URL": database_url,
        "COACH_SERVER_DATA_DIR": str(data_dir),
        "COACH_SERVER_ARGON2_MEMORY_KIB": "1024",
        "COACH_SERVER_ARGON2_ITERATIONS": "1",
    }


def cli(env: dict[str, str], *args: str, stdin: str = "") -> str:
    result = subprocess.run(
        [COACH_SERVER, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@dataclass
class Served:
    url: str
    process: subprocess.Popen[bytes]
    log: Path


@contextmanager
def serving(env: dict[str, str], log: Path, *args: str) -> Iterator[Served]:
    """``coach-server serve ARGS`` until it answers /healthz; SIGTERM and wait at the end."""
    port = free_port()
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [COACH_SERVER, "serve", "--host", "127.0.0.1", "--port", str(port), *args],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
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
                    raise RuntimeError("coach-server did not start:\n" + log.read_text())
                time.sleep(0.1)
            yield Served(url, process, log)
        finally:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
