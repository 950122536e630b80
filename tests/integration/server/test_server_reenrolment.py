"""Re-enrolment keeps the laptop's identity (issue 11, case 3): nothing is counted twice."""

from __future__ import annotations

from typing import Any

import pytest
from server_helpers import Server, bearer, family, person, visit
from sqlalchemy import select

from coach_server.models import Device, LatestRecord


def _records(n: int = 6) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for _ in range(n):
        f = family(status="active")
        records += [f, person(f["pid"]), visit(f["pid"])]
    return records


def _families(server: Server, leader: dict[str, str]) -> Any:
    return server.summary(leader)["families_by_status"]["total"]


def _enrol(server: Server, code: str, **previous: str) -> dict[str, Any]:
    response = server.client.post("/api/v1/enrol", json={"code": code, **previous})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _code(server: Server, leader: dict[str, str], **extra: Any) -> Any:
    response = server.client.post(
        "/api/v1/enrolment-codes", json={"coach_name": "Coach A", **extra}, headers=leader
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_a_code_that_names_a_device_continues_it(server: Server) -> None:
    device_id, old = server.enrol()
    records = _records()
    server.push(old, *records)
    leader = server.leader()
    assert _families(server, leader) == 6

    made = _code(server, leader, replaces_device_id=device_id)
    assert made["replaces_device_id"] == device_id
    enrolled = _enrol(server, made["code"])  # a reinstalled laptop: no previous credentials

    assert enrolled["device_id"] == device_id
    refused = server.client.get("/api/v1/sync/digest", headers=old)
    assert (refused.status_code, refused.json()["code"]) == (401, "unauthorised")
    new = bearer(enrolled["token"])
    assert server.client.get("/api/v1/sync/digest", headers=new).json()["records"] == 18
    # The laptop sends everything again: duplicates, counted once.
    assert {r["status"] for r in server.push(new, *records)} == {"duplicate"}
    assert _families(server, leader) == 6
    devices = server.client.get("/api/v1/devices", headers=leader).json()
    assert [(d["device_id"], d["revoked_at"]) for d in devices] == [(device_id, None)]


def test_a_revoked_laptop_proving_its_identity_continues_its_device(server: Server) -> None:
    device_id, old = server.enrol()
    server.push(old, *_records())
    leader = server.leader()
    assert (
        server.client.post(f"/api/v1/devices/{device_id}/revoke", headers=leader).status_code == 204
    )
    token = old["Authorization"].removeprefix("Bearer ")

    enrolled = _enrol(server, server.new_code(), device_id=device_id, device_token=token)

    assert enrolled["device_id"] == device_id
    new = bearer(enrolled["token"])
    assert server.client.get("/api/v1/sync/digest", headers=new).status_code == 200
    assert server.client.get("/api/v1/sync/digest", headers=old).status_code == 401
    assert _families(server, leader) == 6


def test_a_wrong_proof_makes_a_new_device(server: Server) -> None:
    device_id, _ = server.enrol()
    enrolled = _enrol(server, server.new_code(), device_id=device_id, device_token="guessed")
    assert enrolled["device_id"] != device_id
    other_id, other = server.enrol("Coach B")
    token = other["Authorization"].removeprefix("Bearer ")
    # Another device's token does not prove this device either.
    enrolled = _enrol(server, server.new_code(), device_id=device_id, device_token=token)
    assert enrolled["device_id"] not in (device_id, other_id)


def test_a_replaced_device_stops_counting_once_its_replacement_holds_the_pids(
    server: Server,
) -> None:
    """The leader names device R in the code, but the laptop proves it was device P: P is
    replaced by R. Its records count until R has them, never twice."""
    p_id, p = server.enrol("Coach P")
    r_id, _ = server.enrol("Coach R")
    records = _records()
    server.push(p, *records)
    leader = server.leader()
    made = _code(server, leader, replaces_device_id=r_id)
    token = p["Authorization"].removeprefix("Bearer ")

    enrolled = _enrol(server, made["code"], device_id=p_id, device_token=token)

    assert enrolled["device_id"] == r_id
    assert server.client.get("/api/v1/sync/digest", headers=p).status_code == 401
    assert _families(server, leader) == 6, "P's records still count: R has none yet"
    r = bearer(enrolled["token"])
    server.push(r, *records[:9])  # half way
    assert _families(server, leader) == 6
    server.push(r, *records[9:])
    assert _families(server, leader) == 6
    replaced = server.admin(lambda s: s.get(Device, p_id))
    assert (replaced.replaced_by, replaced.revoked_at is not None) == (r_id, True)
    held = server.admin(lambda s: sorted(s.execute(select(LatestRecord.device_id)).scalars().all()))
    assert held.count(p_id) == held.count(r_id) == 18


def test_a_code_for_an_unknown_device_is_404(server: Server) -> None:
    leader = server.leader()
    response = server.client.post(
        "/api/v1/enrolment-codes",
        json={"coach_name": "X", "replaces_device_id": "3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b"},
        headers=leader,
    )
    assert (response.status_code, response.json()["code"]) == (404, "not_found")


def test_enrolment_codes_still_work_once(server: Server) -> None:
    code = server.new_code()
    assert server.client.post("/api/v1/enrol", json={"code": code}).status_code == 200
    again = server.client.post("/api/v1/enrol", json={"code": code})
    assert (again.status_code, again.json()["code"]) == (401, "enrolment_code_refused")


def _lenient_forms(code: str) -> list[str]:
    compact = code.replace("-", "")
    groups = code.split("-")
    return [
        " ".join(groups),  # DGWT 2UWP J44B DVA3
        compact,  # no dashes
        compact.lower(),
        "\u2013".join(groups),  # en dashes
        "\u00a0".join(groups).lower(),  # no-break spaces
        "\n".join(groups) + "\n",  # line breaks, as pasted from a message
        " " + "\u2014".join(groups) + "\t",  # em dashes and surrounding whitespace
        "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in code),  # full-width
        "\u200b".join(compact),  # zero-width spaces
    ]


@pytest.mark.parametrize("form", range(9))
def test_enrolment_codes_as_people_type_them_are_accepted(server: Server, form: int) -> None:
    code = server.new_code()
    typed = _lenient_forms(code)[form]
    response = server.client.post("/api/v1/enrol", json={"code": typed})
    assert response.status_code == 200, (typed, response.text)
    again = server.client.post("/api/v1/enrol", json={"code": code})
    assert again.status_code == 401, "the typed form used the same single-use code"


@pytest.mark.parametrize(
    "typed",
    ["DGWT-2UWP-J44B", "DGWT-2UWP-J44B-DVA3-X", "DGWT-2UWP-J44B-DVA0", "", "-" * 19],
    ids=["short", "long", "zero", "empty", "dashes-only"],
)
def test_malformed_enrolment_codes_are_refused_by_the_server(server: Server, typed: str) -> None:
    response = server.client.post("/api/v1/enrol", json={"code": typed})
    if typed == "":
        assert response.status_code == 422
    else:
        assert (response.status_code, response.json()["code"]) == (401, "enrolment_code_refused")
