"""The wire contract: allowlisted, constrained fields only."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from coach_protocol import MAX_BATCH_RECORDS, PROTOCOL_VERSION, BatchRequest, Record
from coach_protocol.schema import json_schema

PID = "0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1f"
OTHER = "5d3c2b1a-0f9e-4d8c-b7a6-958473625140"
VALID: dict[str, dict[str, Any]] = {
    "family": {
        "municipality_code": "GM0153",
        "household_size_band": "5+",
        "programme_status": "intake",
        "enrolled_month": "2019-01",
        "status_month": "2019-01",
    },
    "person": {"family_pid": OTHER, "age_band": "65+", "gender": "x", "role": "adult"},
    "goal": {
        "family_pid": OTHER,
        "person_pid": None,
        "domain": "civic_integration",
        "status": "planned",
        "opened_month": "2019-01",
        "status_month": "2019-02",
    },
    "visit": {"family_pid": OTHER, "iso_week": "2019-W53", "duration_band": "<30", "mode": "video"},
    "assessment": {"subject_pid": OTHER, "domain": "housing", "score": 5, "month": "2019-12"},
    "tombstone": {"reason": "consent_withdrawn"},
}
adapter: TypeAdapter[Any] = TypeAdapter(Record)


def _record(kind: str, **changes: Any) -> dict[str, Any]:
    return {"kind": kind, "pid": PID, "version": 1, **VALID[kind], **changes}


@pytest.mark.parametrize("kind", list(VALID))
def test_each_kind_round_trips_through_json(kind: str) -> None:
    record = adapter.validate_json(json.dumps(_record(kind)))
    assert record.kind == kind
    assert json.loads(adapter.dump_json(record)) == _record(kind)


@pytest.mark.parametrize("kind", list(VALID))
def test_unknown_fields_are_refused(kind: str) -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        adapter.validate_python(_record(kind, notes="free text"))


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("family", "pid", "not-a-uuid"),
        ("family", "pid", "0B6F4C1E-8F2A-4D3B-9C1E-2A4B6C8D0E1F"),
        ("family", "pid", "0b6f4c1e-8f2a-1d3b-9c1e-2a4b6c8d0e1f"),
        ("family", "version", 0),
        ("family", "version", "1"),
        ("family", "version", True),
        ("family", "version", 1.5),
        ("family", "municipality_code", "GM015"),
        ("family", "enrolled_month", "2019-1"),
        ("family", "status_month", "2019-03-01"),
        ("person", "age_band", "18-30"),
        ("person", "gender", "female"),
        ("goal", "domain", "knitting"),
        ("visit", "iso_week", "2019-W54"),
        ("visit", "iso_week", "2019-11"),
        ("assessment", "score", 6),
        ("assessment", "score", "3"),
        ("tombstone", "reason", "because"),
    ],
)
def test_constrained_fields_refuse_anything_else(kind: str, field: str, value: Any) -> None:
    with pytest.raises(ValidationError):
        adapter.validate_python(_record(kind, **{field: value}))


def test_a_whole_float_version_is_an_integer_as_in_json_schema() -> None:
    assert adapter.validate_json(json.dumps(_record("family", version=3.0))).version == 3


def test_a_batch_holds_at_most_100_records() -> None:
    records = [_record("tombstone") for _ in range(MAX_BATCH_RECORDS)]
    assert (
        len(BatchRequest.model_validate({"protocol_version": 1, "records": records}).records) == 100
    )
    with pytest.raises(ValidationError):
        BatchRequest.model_validate(
            {"protocol_version": 1, "records": [*records, _record("tombstone")]}
        )
    with pytest.raises(ValidationError):
        BatchRequest.model_validate({"protocol_version": 2, "records": []})


def test_the_json_schema_covers_every_kind_and_forbids_extra_fields() -> None:
    schema = json_schema()
    assert PROTOCOL_VERSION == 1
    for name in [
        "FamilyRecord",
        "PersonRecord",
        "GoalRecord",
        "VisitRecord",
        "AssessmentRecord",
        "TombstoneRecord",
    ]:
        assert schema["$defs"][name]["additionalProperties"] is False
    assert "BatchRequest" in schema["$defs"]


def test_the_schema_module_prints_json_and_the_package_imports_only_pydantic() -> None:
    printed = subprocess.run(
        [sys.executable, "-W", "error", "-m", "coach_protocol.schema"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(printed.stdout) == json.loads(json.dumps(json_schema()))
    probe = (
        "import sys; before = set(sys.modules);"
        "import coach_protocol, coach_protocol.schema;"
        "allowed = set(sys.stdlib_module_names) | {'pydantic', 'pydantic_core',"
        " 'typing_extensions', 'annotated_types', 'typing_inspection', 'coach_protocol'};"
        "new = {m.split('.')[0] for m in set(sys.modules) - before};"
        "print(sorted(m for m in new - allowed if not m.startswith('_sysconfigdata')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
