"""Authorisation: devices, leaders, enrolment codes, expiry and revocation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from server_helpers import LEADER_PASSWORD, Server, batch, bearer, family

from coach_protocol import PROTOCOL_VERSION


def test_an_enrolment_code_works_once(server: Server) -> None:
    code = server.new_code()
    first = server.client.post("/api/v1/enrol", json={"code": code})
    assert first.status_code == 200
    assert first.json()["protocol_version"] == PROTOCOL_VERSION
    second = server.client.post("/api/v1/enrol", json={"code": code})
    assert second.status_code == 401
    assert second.json()["code"] == "enrolment_code_refused"


def test_an_enrolment_code_expires(server: Server) -> None:
    code = server.new_code(ttl=timedelta(hours=1))
    server.clock.advance(timedelta(hours=1, seconds=1))
    assert server.client.post("/api/v1/enrol", json={"code": code}).status_code == 401


def test_an_unknown_enrolment_code_is_refused(server: Server) -> None:
    assert (
        server.client.post("/api/v1/enrol", json={"code": "AAAA-BBBB-CCCC-DDDD"}).status_code == 401
    )


def test_the_server_keeps_only_a_hash_of_the_device_token(server: Server) -> None:
    from sqlalchemy import select

    from coach_server.models import Device

    device_id, headers = server.enrol("Coach Z")
    token = headers["Authorization"].removeprefix("Bearer ")
    stored = server.admin(
        lambda s: s.scalars(select(Device.token_hash).where(Device.id == device_id)).one()
    )
    assert token not in stored
    assert len(stored) == 64


def test_a_device_cannot_read_summaries_or_manage_devices(server: Server) -> None:
    _, device = server.enrol()
    assert (
        server.client.get("/api/v1/summary?from=2019-01&to=2019-12", headers=device).status_code
        == 401
    )
    assert (
        server.client.get("/api/v1/summary.csv?from=2019-01&to=2019-12", headers=device).status_code
        == 401
    )
    assert server.client.get("/api/v1/devices", headers=device).status_code == 401
    assert (
        server.client.post(
            "/api/v1/enrolment-codes", json={"coach_name": "X"}, headers=device
        ).status_code
        == 401
    )


def test_a_device_sees_only_its_own_state(server: Server) -> None:
    first_id, first = server.enrol("Coach A")
    second_id, second = server.enrol("Coach B")
    server.push(first, family(), family())
    state = server.client.get("/api/v1/sync/state", headers=second).json()
    assert state["device_id"] == second_id
    assert state["live_records"]["family"] == 0
    assert server.client.get("/api/v1/sync/state", headers=first).json()["device_id"] == first_id


def test_a_leader_cannot_post_records_or_read_device_state(server: Server) -> None:
    leader = server.leader()
    assert (
        server.client.post("/api/v1/records", json=batch(family()), headers=leader).status_code
        == 401
    )
    assert server.client.get("/api/v1/sync/state", headers=leader).status_code == 401


@pytest.mark.parametrize(
    "headers",
    [
        {},
        bearer("not-a-token"),
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer"},
    ],
    ids=["missing", "unknown", "wrong-scheme", "empty"],
)
def test_missing_and_unknown_tokens_get_401(server: Server, headers: dict[str, str]) -> None:
    for method, path in [
        ("POST", "/api/v1/records"),
        ("GET", "/api/v1/sync/state"),
        ("GET", "/api/v1/summary?from=2019-01&to=2019-02"),
        ("GET", "/api/v1/devices"),
    ]:
        kwargs = {"json": batch(family())} if method == "POST" else {}
        response = server.client.request(method, path, headers=headers, **kwargs)
        assert response.status_code == 401, (path, response.text)
        assert response.headers["www-authenticate"] == "Bearer"


def test_a_revoked_device_gets_401(server: Server) -> None:
    device_id, device = server.enrol()
    leader = server.leader()
    assert server.push(device, family())[0]["status"] == "accepted"

    response = server.client.post(f"/api/v1/devices/{device_id}/revoke", headers=leader)

    assert response.status_code == 204
    refused = server.client.post("/api/v1/records", json=batch(family()), headers=device)
    assert refused.status_code == 401
    assert refused.json()["code"] == "device_revoked", "the laptop may tell revocation apart"
    state = server.client.get("/api/v1/sync/state", headers=device)
    assert (state.status_code, state.json()["code"]) == (401, "device_revoked")
    listed = server.client.get("/api/v1/devices", headers=leader).json()
    assert listed[0]["revoked_at"] is not None


def test_revoking_an_unknown_device_is_404(server: Server) -> None:
    leader = server.leader()
    response = server.client.post(
        "/api/v1/devices/3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b/revoke", headers=leader
    )
    assert response.status_code == 404


def test_leader_tokens_expire(server: Server) -> None:
    leader = server.leader()
    assert server.client.get("/api/v1/devices", headers=leader).status_code == 200
    server.clock.advance(timedelta(hours=8, seconds=1))
    assert server.client.get("/api/v1/devices", headers=leader).status_code == 401


def test_a_wrong_password_gets_401_and_is_audited(server: Server) -> None:
    server.leader("alice")
    wrong = server.client.post("/api/v1/auth/login", json={"username": "alice", "password": "nope"})
    unknown = server.client.post(
        "/api/v1/auth/login", json={"username": "bob", "password": LEADER_PASSWORD}
    )
    assert wrong.status_code == 401
    assert unknown.status_code == 401
    actions = _audit(server)
    assert ("leader:alice", "leader.login_failed", None) in actions
    assert ("leader:bob", "leader.login_failed", None) in actions


def test_leaders_create_codes_and_list_devices_with_coach_and_last_sync(server: Server) -> None:
    leader = server.leader()
    created = server.client.post(
        "/api/v1/enrolment-codes",
        json={"coach_name": "Ayşe Yılmaz", "ttl_hours": 2},
        headers=leader,
    )
    assert created.status_code == 201
    body = created.json()
    enrolled = server.client.post("/api/v1/enrol", json={"code": body["code"]}).json()
    server.push(bearer(enrolled["token"]), family())

    [device] = server.client.get("/api/v1/devices", headers=leader).json()

    assert device["device_id"] == enrolled["device_id"]
    assert device["coach_name"] == "Ayşe Yılmaz"
    assert device["last_sync_at"] == "2020-03-18T10:00:00Z"
    assert device["revoked_at"] is None


def test_leader_actions_are_audited_without_record_contents(server: Server) -> None:
    leader = server.leader()
    device_id, device = server.enrol()
    server.push(device, family())
    server.client.post("/api/v1/enrolment-codes", json={"coach_name": "Coach Q"}, headers=leader)
    server.client.get("/api/v1/devices", headers=leader)
    server.client.get("/api/v1/summary?from=2019-01&to=2019-12", headers=leader)
    server.client.get("/api/v1/summary.csv?from=2019-01&to=2019-12", headers=leader)
    server.client.post(f"/api/v1/devices/{device_id}/revoke", headers=leader)

    actions = _audit(server)

    assert ("admin:test", "leader.created", "leader") in actions
    assert ("leader:leader", "leader.login", None) in actions
    assert ("leader:leader", "enrolment_code.created", "Coach Q") in actions
    assert ("leader:leader", "devices.listed", None) in actions
    assert ("leader:leader", "summary.viewed", None) in actions
    assert ("leader:leader", "summary.exported", None) in actions
    assert ("leader:leader", "device.revoked", device_id) in actions
    assert not any("GM0153" in str(entry) for entry in actions)


def _audit(server: Server) -> list[tuple[str, str, str | None]]:
    from sqlalchemy import select

    from coach_server.models import AuditEntry

    return server.admin(
        lambda s: [
            tuple(r)
            for r in s.execute(select(AuditEntry.actor, AuditEntry.action, AuditEntry.target))
        ]
    )
