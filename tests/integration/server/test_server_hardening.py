"""Hardening of the server (issue 11, case 10; OWASP ASVS 4.0 levels 2, V2, V3, V8, V14)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_helpers import LEADER_PASSWORD, FakeClock, Server, batch, family

from coach_server.api.headers import API_POLICY
from coach_server.app import create_app
from coach_server.settings import Settings


def test_every_answer_is_no_store_nosniff_with_a_restrictive_policy(server: Server) -> None:
    leader = server.leader()
    _, device = server.enrol()
    answers = {
        "login": server.client.post(
            "/api/v1/auth/login", json={"username": "leader", "password": LEADER_PASSWORD}
        ),
        "enrol": server.client.post("/api/v1/enrol", json={"code": server.new_code()}),
        "summary": server.client.get(
            "/api/v1/summary", params={"from": "2019-01", "to": "2019-12"}, headers=leader
        ),
        "csv": server.client.get(
            "/api/v1/summary.csv", params={"from": "2019-01", "to": "2019-12"}, headers=leader
        ),
        "code": server.client.post(
            "/api/v1/enrolment-codes", json={"coach_name": "C"}, headers=leader
        ),
        "records": server.client.post("/api/v1/records", json=batch(family()), headers=device),
        "state": server.client.get("/api/v1/sync/state", headers=device),
        "unauthorised": server.client.get("/api/v1/devices"),
        "invalid": server.client.post("/api/v1/auth/login", content=b"{"),
        "too-large": server.client.post("/api/v1/records", content=b"x" * (1024 * 1024 + 1)),
        "health": server.client.get("/healthz"),
        "openapi": server.client.get("/openapi.json"),
    }
    for name, response in answers.items():
        assert response.status_code < 500, name
        assert response.headers["cache-control"] == "no-store", name
        assert response.headers["x-content-type-options"] == "nosniff", name
        assert response.headers["content-security-policy"] == API_POLICY, name
        assert response.headers["referrer-policy"] == "no-referrer", name
    assert "default-src 'none'" in API_POLICY
    assert "frame-ancestors 'none'" in API_POLICY


def test_an_unexpected_error_is_a_500_in_the_servers_own_shape(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coach_server.api.routes_device as routes

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug with a value in it: Kanarie")

    monkeypatch.setattr(routes, "ingest_batch", broken)
    _, device = server.enrol()
    client = TestClient(server.client.app, raise_server_exceptions=False)
    response = client.post("/api/v1/records", json=batch(family()), headers=device)
    assert response.status_code == 500
    assert response.json() == {
        "code": "internal_server_error",
        "message": "the server had an unexpected problem",
    }
    assert "Kanarie" not in response.text


def test_signing_out_revokes_the_leader_token_at_once(server: Server) -> None:
    leader = server.leader()
    assert server.client.get("/api/v1/devices", headers=leader).status_code == 200
    assert server.client.post("/api/v1/auth/logout", headers=leader).status_code == 204
    refused = server.client.get("/api/v1/devices", headers=leader)
    assert (refused.status_code, refused.json()["code"]) == (401, "unauthorised")
    assert server.client.post("/api/v1/auth/logout", headers=leader).status_code == 401
    other = server.leader()  # another session of the same leader is not touched by it
    assert server.client.get("/api/v1/devices", headers=other).status_code == 200


def _argon2_work(phc: str) -> tuple[str, ...]:
    """The parameters that decide an Argon2id verification's cost: version, m, t, p."""
    _, algorithm, version, params, _salt, _hash = phc.split("$")
    return (algorithm, version, params)


def test_an_unknown_user_costs_the_same_argon2_work_as_a_known_one(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measured by work done, not wall time: each login verifies exactly one Argon2id hash
    with the same memory, iterations and lanes, whether the username exists or not."""
    import coach_server.services as services

    verified: list[str] = []
    real = services.verify_password

    def spy(password: str, phc: str) -> bool:
        verified.append(phc)
        return real(password, phc)

    server.leader("alice")
    monkeypatch.setattr(services, "verify_password", spy)
    for username in ("alice", "nobody-by-this-name"):
        response = server.client.post(
            "/api/v1/auth/login", json={"username": username, "password": "wrong password"}
        )
        assert response.status_code == 401
    known, unknown = verified
    assert _argon2_work(known) == _argon2_work(unknown)
    assert known != unknown
    settings = server.client.app.state.settings  # type: ignore[attr-defined]
    assert f"m={settings.argon2_memory_kib},t={settings.argon2_iterations},p=4" in unknown


def test_a_password_hashed_with_older_parameters_is_rehashed_at_login(server: Server) -> None:
    from sqlalchemy import select

    from coach_server.models import Leader
    from coach_server.security import hash_password

    server.leader("carol")
    weak = hash_password(LEADER_PASSWORD, memory_kib=64, iterations=1)
    server.admin(
        lambda s: s.execute(
            Leader.__table__.update().where(Leader.username == "carol").values(password_hash=weak)
        )
    )
    response = server.client.post(
        "/api/v1/auth/login", json={"username": "carol", "password": LEADER_PASSWORD}
    )
    assert response.status_code == 200
    stored = server.admin(
        lambda s: s.scalars(select(Leader.password_hash).where(Leader.username == "carol")).one()
    )
    assert stored != weak
    assert "m=1024,t=1,p=4" in stored


def _login(client: Any, username: str, password: str) -> Any:
    return client.post("/api/v1/auth/login", json={"username": username, "password": password})


def test_twenty_wrong_passwords_get_429_with_retry_after(server: Server) -> None:
    server.leader("dana")
    answers = [_login(server.client, "dana", f"wrong {n}").status_code for n in range(20)]
    assert answers == [401] * 10 + [429] * 10
    limited = _login(server.client, "dana", LEADER_PASSWORD)
    assert limited.status_code == 429, "the right password waits too: no oracle while limited"
    assert limited.json()["code"] == "too_many_requests"
    retry_after = int(limited.headers["retry-after"])
    assert 1 <= retry_after <= 15 * 60
    assert ("leader:dana", "leader.login_limited", None) in _audit(server)

    server.clock.advance(timedelta(seconds=retry_after - 1))
    assert _login(server.client, "dana", LEADER_PASSWORD).status_code == 429
    server.clock.advance(timedelta(seconds=1))
    assert _login(server.client, "dana", LEADER_PASSWORD).status_code == 200


def test_an_unknown_username_is_limited_the_same_way(server: Server) -> None:
    answers = [_login(server.client, "no-such-user", "x").status_code for _ in range(11)]
    assert answers == [401] * 10 + [429]


def test_successful_sign_ins_do_not_count(server: Server) -> None:
    server.leader("erin")
    for _ in range(9):
        assert _login(server.client, "erin", "wrong").status_code == 401
    for _ in range(15):
        assert _login(server.client, "erin", LEADER_PASSWORD).status_code == 200
    assert _login(server.client, "erin", "wrong").status_code == 401, "the tenth failure"
    assert _login(server.client, "erin", "wrong").status_code == 429


def test_one_address_trying_many_usernames_is_limited(tmp_path: Path, database_url: str) -> None:
    settings = _settings(tmp_path, database_url, sign_in_limit_per_address="5 per 15 minutes")
    with TestClient(create_app(settings, clock=FakeClock())) as client:
        answers = [_login(client, f"user-{n}", "x").status_code for n in range(6)]
    assert answers == [401] * 5 + [429]


def test_the_limit_is_shared_by_workers_and_survives_a_restart(
    tmp_path: Path, database_url: str
) -> None:
    """Two apps on one database stand for two worker processes; a third one made afterwards
    for a restart. The counters are rows in that database, committed before each check."""
    settings = _settings(tmp_path, database_url)
    clock = FakeClock()
    with (
        TestClient(create_app(settings, clock=clock)) as first,
        TestClient(create_app(settings, clock=clock, migrate=False)) as second,
    ):
        for n in range(10):
            assert _login(first if n % 2 else second, "frank", "x").status_code == 401
        assert _login(first, "frank", "x").status_code == 429
        assert _login(second, "frank", "x").status_code == 429
    with TestClient(create_app(settings, clock=clock, migrate=False)) as restarted:
        assert _login(restarted, "frank", "x").status_code == 429


def test_a_leader_session_ends_after_the_idle_time(server: Server) -> None:
    leader = server.leader()
    for _ in range(3):  # in use: every request keeps it alive
        server.clock.advance(timedelta(minutes=29))
        assert server.client.get("/api/v1/devices", headers=leader).status_code == 200
    server.clock.advance(timedelta(minutes=30))
    assert server.client.get("/api/v1/devices", headers=leader).status_code == 401


def test_a_leader_session_ends_after_its_lifetime_even_in_use(server: Server) -> None:
    leader = server.leader()
    for _ in range(16):  # 16 x 29 minutes = 7 h 44 min, in use all the time
        server.clock.advance(timedelta(minutes=29))
        assert server.client.get("/api/v1/devices", headers=leader).status_code == 200
    server.clock.advance(timedelta(minutes=17))  # 8 h 01 min after sign-in
    assert server.client.get("/api/v1/devices", headers=leader).status_code == 401


def _settings(tmp_path: Path, database_url: str, **extra: Any) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        argon2_memory_kib=1024,
        argon2_iterations=1,
        **extra,
    )


def _audit(server: Server) -> list[tuple[str, str, str | None]]:
    from sqlalchemy import select

    from coach_server.models import AuditEntry

    return server.admin(
        lambda s: [
            (e.actor, e.action, e.target)
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    )
