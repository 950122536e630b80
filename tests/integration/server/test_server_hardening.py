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
