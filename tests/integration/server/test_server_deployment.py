"""Production deployment as the README describes it: several server processes on one
PostgreSQL, ``pg_dump``/``pg_restore``, and the files in ``deploy/``."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from pg_cluster import Cluster
from processes import COACH_SERVER, LEADER_PASSWORD, cli, new_database, server_env, serving
from server_helpers import batch, family, person, pid, tombstone, visit
from sqlalchemy import func, select

from coach_server.db import create_db_engine, make_session_factory
from coach_server.models import LatestRecord, ReceivedRecord
from coach_server.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"


def _login(url: str) -> dict[str, str]:
    response = httpx.post(
        f"{url}/api/v1/auth/login", json={"username": "leader", "password": LEADER_PASSWORD}
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _summary(url: str, leader: dict[str, str]) -> dict[str, Any]:
    response = httpx.get(
        f"{url}/api/v1/summary", params={"from": "2019-01", "to": "2019-12"}, headers=leader
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    body.pop("generated_at")
    return body


def _rounds() -> list[list[dict[str, Any]]]:
    """Batches a laptop would send: new families with people and visits, then changes to them
    and tombstones for some, each record of a round once."""
    first: list[dict[str, Any]] = []
    families: list[str] = []
    for n in range(40):
        f = pid()
        families.append(f)
        status = "active" if n % 4 else "paused"
        first += [family(f, status=status), person(f), visit(f), visit(f, iso_week="2019-W20")]
    second = [family(f, version=2, status="completed") for f in families[:12]]
    second += [tombstone(f, version=2) for f in families[12:18]]
    return [first[i : i + 50] for i in range(0, len(first), 50)] + [second]


@pytest.mark.postgres
def test_two_server_processes_on_one_postgresql_take_every_record_exactly_once(
    pg_cluster: Cluster, tmp_path: Path
) -> None:
    database_url = new_database(pg_cluster)
    env_a = server_env(database_url, tmp_path / "a")
    env_b = server_env(database_url, tmp_path / "b")
    cli(env_a, "migrate")
    cli(env_a, "create-leader", "leader", stdin=LEADER_PASSWORD + "\n")
    code = cli(env_a, "enrolment-code", "--coach", "Coach A").splitlines()[0]

    with (
        serving(env_a, tmp_path / "a.log", "--workers", "2") as a,
        serving(env_b, tmp_path / "b.log") as b,
    ):
        enrolled = httpx.post(f"{a.url}/api/v1/enrol", json={"code": code}).json()
        device = {"Authorization": f"Bearer {enrolled['token']}"}
        statuses: Counter[tuple[str, int, str]] = Counter()
        expected: dict[str, tuple[str, int]] = {}
        for records in _rounds():
            barrier = threading.Barrier(2)
            answers: dict[str, httpx.Response] = {}
            body = batch(*records)

            def post(
                name: str,
                url: str,
                body: dict[str, Any],
                barrier: threading.Barrier,
                answers: dict[str, httpx.Response],
            ) -> None:
                with httpx.Client(timeout=60) as client:
                    barrier.wait()
                    answers[name] = client.post(f"{url}/api/v1/records", json=body, headers=device)

            threads = [
                threading.Thread(target=post, args=(name, url, body, barrier, answers))
                for name, url in (("a", a.url), ("b", b.url))
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
            for name in ("a", "b"):
                assert answers[name].status_code == 200, answers[name].text
                for result in answers[name].json()["results"]:
                    statuses[(result["pid"], result["version"], result["status"])] += 1
            for record in records:
                expected[record["pid"]] = (record["kind"], record["version"])

        # Each (pid, version) was taken once and answered as a duplicate once.
        keys = {(p, v) for p, v, _ in statuses}
        for p, v in keys:
            assert statuses[(p, v, "accepted")] == 1, (p, v)
            assert statuses[(p, v, "duplicate")] == 1, (p, v)
            assert statuses[(p, v, "rejected")] == 0, (p, v)

        engine = create_db_engine(database_url)
        try:
            with make_session_factory(engine)() as session:
                received = session.scalar(select(func.count()).select_from(ReceivedRecord))
                latest = {
                    p: (kind, version)
                    for p, kind, version in session.execute(
                        select(LatestRecord.pid, LatestRecord.kind, LatestRecord.version)
                    )
                }
        finally:
            engine.dispose()
        assert received == len(keys)
        assert latest == expected

        leader = _login(a.url)
        from_a, from_b = _summary(a.url, leader), _summary(b.url, leader)
        assert from_a == from_b
        cells = from_a["families_by_status"]["cells"]
        assert (cells["active"], cells["paused"], cells["completed"]) == (17, 5, 12)
        assert from_a["families_by_status"]["total"] == 34, "tombstoned families are gone"


def _pg_tool(cluster: Cluster, tool: str, *args: str) -> None:
    result = subprocess.run(
        [
            str(cluster.bindir / tool),
            "-h",
            "127.0.0.1",
            "-p",
            str(cluster.port),
            "-U",
            "postgres",
            *args,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.postgres
def test_pg_dump_and_pg_restore_as_the_readme_says(pg_cluster: Cluster, tmp_path: Path) -> None:
    database_url = new_database(pg_cluster)
    name = database_url.rsplit("/", 1)[1]
    env = server_env(database_url, tmp_path / "data")
    cli(env, "migrate")
    cli(env, "create-leader", "leader", stdin=LEADER_PASSWORD + "\n")
    code = cli(env, "enrolment-code", "--coach", "Coach A").splitlines()[0]
    dump = tmp_path / "coach.dump"
    with serving(env, tmp_path / "server.log") as server:
        token = httpx.post(f"{server.url}/api/v1/enrol", json={"code": code}).json()["token"]
        device = {"Authorization": f"Bearer {token}"}
        families = [family(status="active") for _ in range(6)]
        sent = httpx.post(f"{server.url}/api/v1/records", json=batch(*families), headers=device)
        assert sent.status_code == 200
        before = _summary(server.url, _login(server.url))
        # Backup while serving (pg_dump takes a consistent snapshot).
        _pg_tool(pg_cluster, "pg_dump", "--format=custom", f"--file={dump}", name)
        later = [family(status="paused") for _ in range(7)]
        sent = httpx.post(f"{server.url}/api/v1/records", json=batch(*later), headers=device)
        assert sent.status_code == 200
        assert _summary(server.url, _login(server.url)) != before
    # Restore: service stopped, then pg_restore --clean --if-exists into the same database.
    _pg_tool(
        pg_cluster,
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        f"--dbname={name}",
        str(dump),
    )
    cli(env, "migrate")
    with serving(env, tmp_path / "server-2.log") as server:
        assert _summary(server.url, _login(server.url)) == before
        state = httpx.get(f"{server.url}/api/v1/sync/state", headers=device)
        assert state.status_code == 200, "the device's token survives a restore"


def test_the_systemd_unit_is_valid_and_runs_commands_that_exist(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    unit = (DEPLOY / "coach-server.service").read_text()
    commands = re.findall(r"^Exec\w+=(/opt/coach-server/venv/bin/coach-server .*)$", unit, re.M)
    assert len(commands) == 2
    local = unit.replace("/opt/coach-server/venv/bin/coach-server", COACH_SERVER)
    (tmp_path / "coach-server.service").write_text(local)
    result = subprocess.run(
        [analyze, "verify", str(tmp_path / "coach-server.service")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.stdout + result.stderr == ""
    from coach_server.cli import _parser

    for command in commands:
        _parser().parse_args(command.split()[1:])  # exits on an unknown option


def test_deploy_files_and_readme_name_only_real_settings() -> None:
    """Every COACH_SERVER_* variable in deploy/ and the README is a setting, and every setting
    is documented in the README."""
    settings = {f"COACH_SERVER_{name.upper()}" for name in Settings.model_fields}
    readme = (ROOT / "README.md").read_text()
    texts = [readme] + [p.read_text() for p in DEPLOY.iterdir() if p.is_file()]
    named = {m for text in texts for m in re.findall(r"COACH_SERVER_[A-Z0-9_]+", text)}
    assert named - settings == set()
    assert settings - set(re.findall(r"COACH_SERVER_[A-Z0-9_]+", readme)) == set()
    example = (DEPLOY / "coach-server.env.example").read_text()
    assert "COACH_SERVER_ENVIRONMENT=production" in example
    container = (DEPLOY / "Containerfile").read_text()
    assert 'CMD ["coach-server", "serve"' in container
    for proxy in ("Caddyfile", "nginx.conf"):
        text = (DEPLOY / proxy).read_text()
        assert "127.0.0.1:8000" in text
        assert "Strict-Transport-Security" in text


def test_sign_in_limits_survive_sigkill_and_restart(tmp_path: Path) -> None:
    """The counters are committed before each password check, so killing the server (or one
    of its workers) forgets no failed attempt."""
    import signal

    env = server_env(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path / "data")
    cli(env, "create-leader", "leader", stdin=LEADER_PASSWORD + "\n")
    wrong = {"username": "leader", "password": "not the password"}
    with serving(env, tmp_path / "first.log", "--workers", "2") as server:
        for _ in range(10):
            assert httpx.post(f"{server.url}/api/v1/auth/login", json=wrong).status_code == 401
        server.process.send_signal(signal.SIGKILL)
        server.process.wait(30)
    with serving(env, tmp_path / "second.log") as server:
        answer = httpx.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": "leader", "password": LEADER_PASSWORD},
        )
        assert answer.status_code == 429
        assert int(answer.headers["retry-after"]) >= 1
