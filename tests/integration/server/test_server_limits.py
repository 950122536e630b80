"""Limits and bad input: 413, 422, never a 5xx."""

from __future__ import annotations

import json
from typing import Any

from server_helpers import Server, batch, family


def test_a_body_over_one_mebibyte_gets_413(server: Server) -> None:
    _, device = server.enrol()
    body = json.dumps(batch(family())).encode() + b" " * (1024 * 1024)
    response = server.client.post(
        "/api/v1/records", content=body, headers={**device, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"


def test_a_streamed_body_over_the_limit_without_content_length_gets_413(server: Server) -> None:
    _, device = server.enrol()

    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"protocol_version": 1, "records": ['
        for _ in range(20):
            yield b" " * 65536

    response = server.client.post(
        "/api/v1/records", content=chunks(), headers={**device, "Content-Type": "application/json"}
    )
    assert "content-length" not in {k.lower() for k in response.request.headers}
    assert response.status_code == 413


def test_a_body_just_under_the_limit_is_read(server: Server) -> None:
    _, device = server.enrol()
    body = json.dumps(batch(family())).encode()
    body += b" " * (1024 * 1024 - len(body))
    response = server.client.post(
        "/api/v1/records", content=body, headers={**device, "Content-Type": "application/json"}
    )
    assert response.status_code == 200


def test_more_than_100_records_get_422(server: Server) -> None:
    _, device = server.enrol()
    response = server.client.post(
        "/api/v1/records", json=batch(*(family() for _ in range(101))), headers=device
    )
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_request"
    assert (
        server.client.post(
            "/api/v1/records", json=batch(*(family() for _ in range(100))), headers=device
        ).status_code
        == 200
    )


def _refused_alone(server: Server, device: dict[str, str], record: dict[str, Any]) -> str:
    """Posts ``record`` between two valid families: it alone is refused as ``invalid_record``
    and nothing of it is stored. Returns the answer's text."""
    before = server.client.get("/api/v1/sync/digest", headers=device).json()["records"]
    response = server.client.post(
        "/api/v1/records", json=batch(family(), record, family()), headers=device
    )
    assert response.status_code == 200, record
    statuses = [(r["status"], r.get("reason")) for r in response.json()["results"]]
    assert statuses == [
        ("accepted", None),
        ("rejected", "invalid_record"),
        ("accepted", None),
    ], record
    after = server.client.get("/api/v1/sync/digest", headers=device).json()["records"]
    assert after == before + 2, record
    return response.text


def test_unknown_fields_are_refused_and_never_echoed(server: Server) -> None:
    _, device = server.enrol()
    smuggled = {**family(), "notes": "Mrs X is depressed"}
    assert "depressed" not in _refused_alone(server, device, smuggled)
    top_level = {**batch(family()), "extra": 1}
    assert server.client.post("/api/v1/records", json=top_level, headers=device).status_code == 422


def test_malformed_json_gets_422(server: Server) -> None:
    _, device = server.enrol()
    for body in [
        b"{",
        b"[1, 2",
        b"\xff\xfe",
        b"",
        b"null",
        b'{"protocol_version": 1, "records": {}}',
    ]:
        response = server.client.post(
            "/api/v1/records", content=body, headers={**device, "Content-Type": "application/json"}
        )
        assert response.status_code == 422, body


def test_out_of_range_values_are_refused_record_by_record_and_never_500(server: Server) -> None:
    _, device = server.enrol()
    bad = [
        {**family(), "version": 0},
        {**family(), "version": 2**31},
        {**family(), "version": "1"},
        {**family(), "version": 1.5},
        {**family(), "pid": "not-a-uuid"},
        {**family(), "pid": "0b6f4c1e-8f2a-1d3b-9c1e-2a4b6c8d0e1f"},  # UUID1
        {**family(), "municipality_code": "Enschede"},
        {**family(), "enrolled_month": "2019-13"},
        {**family(), "programme_status": "Active"},
        {**family(), "kind": "note"},
        {"kind": "family"},
        {},
    ]
    for record in bad:
        _refused_alone(server, device, record)
    v2_family = {k: v for k, v in family().items() if k not in {"programme_status", "status_month"}}
    for wrong_record in [
        {"protocol_version": 2, "records": [family()]},  # a version 1 record
        {"protocol_version": 1, "records": [v2_family]},  # a version 2 record
    ]:
        response = server.client.post("/api/v1/records", json=wrong_record, headers=device)
        assert response.json()["results"][0]["reason"] == "invalid_record", wrong_record
    for wrong_protocol in [
        {"protocol_version": 3, "records": []},
        {"protocol_version": "2", "records": []},
    ]:
        response = server.client.post("/api/v1/records", json=wrong_protocol, headers=device)
        assert response.status_code == 422, wrong_protocol


def test_bad_summary_periods_get_422(server: Server) -> None:
    leader = server.leader()
    for query in [
        "from=2019-1&to=2019-02",
        "to=2019-02",
        "from=2019-01&to=2019-02&threshold=-1",
        "from=x&to=y",
    ]:
        assert server.client.get(f"/api/v1/summary?{query}", headers=leader).status_code == 422, (
            query
        )


def test_unknown_paths_and_methods_get_4xx_in_the_error_shape(server: Server) -> None:
    missing = server.client.get("/api/v1/nothing")
    assert missing.status_code == 404
    assert set(missing.json()) == {"code", "message"}
    assert server.client.delete("/api/v1/records").status_code == 405
