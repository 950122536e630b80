"""Per-record validation (issue 11, case 6): a valid envelope is answered record by record."""

from __future__ import annotations

from typing import Any

import pytest
from server_helpers import (
    Server,
    assessment,
    assessment_v2,
    family,
    family_v2,
    goal_v2,
    person_v2,
    status_change,
    visit,
)


def _post(server: Server, headers: dict[str, str], body: Any) -> Any:
    return server.client.post("/api/v1/records", json=body, headers=headers)


def _batch(*records: Any, version: int = 1) -> dict[str, Any]:
    return {"protocol_version": version, "records": list(records)}


def test_one_schema_invalid_record_does_not_reject_the_batch(server: Server) -> None:
    _, device = server.enrol()
    f = family()
    bad = assessment(f["pid"], score=9)
    v = visit(f["pid"])
    response = _post(server, device, _batch(f, bad, v))
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted"]
    assert results[1] == {
        "pid": bad["pid"],
        "version": 1,
        "status": "rejected",
        "reason": "invalid_record",
        "field": "score",
        "detail": "Input should be less than or equal to 5",
    }
    state = server.client.get("/api/v1/sync/digest", headers=device).json()
    assert state["records"] == 2, "the valid records were stored"
    # Once fixed (a new version), the record is taken.
    fixed = {**bad, "score": 4, "version": 2}
    assert [r["status"] for r in server.push(device, fixed)] == ["accepted"]


@pytest.mark.parametrize(
    ("change", "field", "pid_known"),
    [
        ({"kind": "meeting"}, "kind", True),
        ({"kind": None}, "kind", True),
        ({"pid": "not-a-pid"}, "pid", False),
        ({"version": 0}, "version", True),
        ({"version": "1"}, "version", True),
        ({"notes": "Kanarie"}, "notes", True),
        ({"iso_week": "2019-W54"}, "iso_week", True),
    ],
)
def test_each_kind_of_invalid_record_is_named(
    server: Server, change: dict[str, Any], field: str, pid_known: bool
) -> None:
    _, device = server.enrol()
    f = family()
    record = {**visit(f["pid"]), **change}
    response = _post(server, device, _batch(f, record))
    assert response.status_code == 200, response.text
    first, second = response.json()["results"]
    assert first["status"] == "accepted"
    assert (second["status"], second["reason"], second["field"]) == (
        "rejected",
        "invalid_record",
        field,
    )
    assert ("pid" in second) == pid_known
    assert "Kanarie" not in response.text, "the value sent is never repeated"


def test_the_issue_s_batch_in_version_2(server: Server) -> None:
    """``[valid family, assessment with score 9, valid visit]`` as a version 2 batch."""
    _, device = server.enrol()
    f = family_v2()
    bad = assessment_v2(f["pid"], score=9)
    response = _post(server, device, _batch(f, bad, visit(f["pid"]), version=2))
    results = response.json()["results"]
    assert [(r["status"], r.get("reason"), r.get("field")) for r in results] == [
        ("accepted", None, None),
        ("rejected", "invalid_record", "score"),
        ("accepted", None, None),
    ]
    assert server.client.get("/api/v1/sync/digest", headers=device).json()["records"] == 2


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda f, p: status_change("goal", p, "active", "2019-03"), "status"),
        (lambda f, p: status_change("family", f, "achieved", "2019-03"), "status"),
        (lambda f, p: status_change("meeting", f, "active", "2019-03"), "subject_kind"),
        (lambda f, p: {**person_v2(f), "kind": "pet"}, "kind"),
        (lambda f, p: goal_v2(f, None, age_band="30-49"), None),  # a rule of the record
        (lambda f, p: {**family_v2(), "enrolled_month": "2019-13"}, "enrolled_month"),
        (lambda f, p: {"kind": "visit"}, "pid"),
    ],
    ids=[
        "goal-status-active",
        "family-status-achieved",
        "status-subject-unknown",
        "kind-unknown",
        "age-band-without-person",
        "month-13",
        "visit-with-no-fields",
    ],
)
def test_version_2_records_name_the_field_at_fault(
    server: Server, make: Any, field: str | None
) -> None:
    _, device = server.enrol()
    f = family_v2()
    p = person_v2(f["pid"])
    response = _post(server, device, _batch(f, p, make(f["pid"], p["pid"]), version=2))
    assert response.status_code == 200, response.text
    *valid, bad = response.json()["results"]
    assert [r["status"] for r in valid] == ["accepted", "accepted"]
    assert (bad["status"], bad["reason"], bad.get("field")) == (
        "rejected",
        "invalid_record",
        field,
    )
    assert bad["detail"]


def test_answers_without_an_invalid_record_read_as_before(server: Server) -> None:
    """Nothing null is sent: a laptop that predates ``invalid_record`` reads the answer."""
    _, device = server.enrol()
    f = family_v2()
    response = _post(server, device, _batch(f, version=2))
    assert response.json()["results"] == [{"pid": f["pid"], "version": 1, "status": "accepted"}]


def test_a_version_2_record_in_a_version_1_batch_is_invalid(server: Server) -> None:
    _, device = server.enrol()
    f = family()
    v2_family = {k: v for k, v in f.items() if k not in ("programme_status", "status_month")}
    response = _post(server, device, _batch(v2_family, version=1))
    assert response.json()["results"][0]["reason"] == "invalid_record"


@pytest.mark.parametrize(
    "body",
    [
        {"protocol_version": 3, "records": []},
        {"protocol_version": "1", "records": []},
        {"records": []},
        {"protocol_version": 1},
        {"protocol_version": 1, "records": {}},
        {"protocol_version": 1, "records": [1, 2]},
        {"protocol_version": 1, "records": [family()] * 101},
        {"protocol_version": 1, "records": [], "extra": True},
        [],
    ],
    ids=[
        "version-3",
        "version-string",
        "no-version",
        "no-records",
        "records-object",
        "records-not-objects",
        "101-records",
        "extra-field",
        "not-an-object",
    ],
)
def test_only_a_malformed_envelope_is_refused_as_a_whole(server: Server, body: Any) -> None:
    _, device = server.enrol()
    response = _post(server, device, body)
    assert (response.status_code, response.json()["code"]) == (422, "invalid_request")
