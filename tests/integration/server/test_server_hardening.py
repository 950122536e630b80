"""Hardening of the server (issue 11, case 10; OWASP ASVS 4.0 levels 2, V2, V3, V8, V14)."""

from __future__ import annotations

import pytest
from server_helpers import LEADER_PASSWORD, Server, batch, family

from coach_server.api.headers import API_POLICY


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
    from fastapi.testclient import TestClient

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
