"""The wire contract, versions 1 and 2: every kind, every field, both sides of every boundary."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from coach_protocol import (
    MAX_BATCH_RECORDS,
    PROTOCOL_VERSION,
    SUPPORTED_PROTOCOL_VERSIONS,
    BatchRequest,
    BatchRequestV1,
    BatchRequestV2,
    KindCounts,
    Record,
    kinds,
    record_adapter,
    v1,
)
from coach_protocol.fields import MAX_VERSION
from coach_protocol.schema import json_schema

PID = "0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1f"
OTHER = "5d3c2b1a-0f9e-4d8c-b7a6-958473625140"
#: One valid example of each version 2 shape (status changes twice: goal and family).
VALID: dict[str, dict[str, Any]] = {
    "family": {
        "kind": "family",
        "municipality_code": "GM0153",
        "household_size_band": "5+",
        "enrolled_month": "2019-01",
    },
    "person": {"kind": "person", "family_pid": OTHER, "gender": "x", "role": "adult"},
    "goal": {
        "kind": "goal",
        "family_pid": OTHER,
        "person_pid": OTHER,
        "domain": "civic_integration",
        "opened_month": "2019-01",
        "age_band": "12-17",
    },
    "goal_status": {
        "kind": "status_change",
        "subject_kind": "goal",
        "subject_pid": OTHER,
        "status": "started",
        "month": "2019-09",
        "age_band": "18-29",
    },
    "family_status": {
        "kind": "status_change",
        "subject_kind": "family",
        "subject_pid": OTHER,
        "status": "paused",
        "month": "2019-10",
        "age_band": None,
    },
    "language_level": {
        "kind": "language_level",
        "person_pid": OTHER,
        "level": "a2",
        "month": "2020-02",
        "age_band": "60-64",
    },
    "visit": {
        "kind": "visit",
        "family_pid": OTHER,
        "iso_week": "2019-W53",
        "duration_band": "<30",
        "mode": "video",
    },
    "assessment": {
        "kind": "assessment",
        "subject_pid": OTHER,
        "domain": "housing",
        "score": 5,
        "month": "2019-12",
        "age_band": None,
    },
    "tombstone": {"kind": "tombstone", "reason": "retracted"},
}
VALID_V1: dict[str, dict[str, Any]] = {
    "family": {
        "kind": "family",
        "municipality_code": "GM0153",
        "household_size_band": "5+",
        "programme_status": "intake",
        "enrolled_month": "2019-01",
        "status_month": "2019-01",
    },
    "person": {
        "kind": "person",
        "family_pid": OTHER,
        "age_band": "50-64",
        "gender": "x",
        "role": "adult",
    },
    "goal": {
        "kind": "goal",
        "family_pid": OTHER,
        "person_pid": None,
        "domain": "civic_integration",
        "status": "planned",
        "opened_month": "2019-01",
        "status_month": "2019-02",
    },
    "visit": VALID["visit"],
    "assessment": {
        "kind": "assessment",
        "subject_pid": OTHER,
        "domain": "housing",
        "score": 5,
        "month": "2019-12",
    },
    "tombstone": {"kind": "tombstone", "reason": "consent_withdrawn"},
}
V2: TypeAdapter[Any] = TypeAdapter(Record)
V1: TypeAdapter[Any] = TypeAdapter(v1.RecordV1)
BATCH: TypeAdapter[Any] = TypeAdapter(BatchRequest)


def _v2(shape: str, **changes: Any) -> dict[str, Any]:
    return {"pid": PID, "version": 1, **VALID[shape], **changes}


def _v1(kind: str, **changes: Any) -> dict[str, Any]:
    return {"pid": PID, "version": 1, **VALID_V1[kind], **changes}


def _accepts(adapter: TypeAdapter[Any], record: dict[str, Any]) -> bool:
    try:
        adapter.validate_json(json.dumps(record))
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("shape", list(VALID))
def test_each_version_2_shape_round_trips_through_json(shape: str) -> None:
    record = V2.validate_json(json.dumps(_v2(shape)))
    assert record.kind == VALID[shape]["kind"]
    assert json.loads(V2.dump_json(record)) == _v2(shape)


@pytest.mark.parametrize("kind", list(VALID_V1))
def test_each_version_1_kind_still_round_trips_unchanged(kind: str) -> None:
    record = V1.validate_json(json.dumps(_v1(kind)))
    assert json.loads(V1.dump_json(record)) == _v1(kind)


@pytest.mark.parametrize("shape", list(VALID))
def test_version_2_refuses_unknown_fields_and_wants_every_field(shape: str) -> None:
    assert not _accepts(V2, _v2(shape, notes="free text"))
    for field in [*VALID[shape], "pid", "version"]:
        if field == "kind":
            continue
        incomplete = _v2(shape)
        del incomplete[field]
        assert not _accepts(V2, incomplete), f"{shape} without {field}"


@pytest.mark.parametrize("kind", list(VALID_V1))
def test_version_1_refuses_unknown_fields(kind: str) -> None:
    assert not _accepts(V1, _v1(kind, notes="free text"))


@pytest.mark.parametrize(
    ("field", "accepted", "refused"),
    [
        ("version", 1, 0),
        ("version", MAX_VERSION, MAX_VERSION + 1),
        ("version", 3.0, 1.5),
        ("version", 2, "2"),
        ("version", 1, True),
        ("pid", PID, PID.upper()),
        ("pid", PID, "0b6f4c1e-8f2a-1d3b-9c1e-2a4b6c8d0e1f"),  # a UUID1
        ("pid", PID, "0b6f4c1e-8f2a-4d3b-7c1e-2a4b6c8d0e1f"),  # not the RFC variant
        ("pid", PID, PID + "0"),
        ("month", "1900-01", "1899-12"),
        ("month", "2099-12", "2100-01"),
        ("month", "2019-01", "2019-00"),
        ("month", "2019-12", "2019-13"),
        ("month", "2019-03", "2019-3"),
        ("month", "2019-03", "2019-03-01"),
        ("score", 1, 0),
        ("score", 5, 6),
        ("score", 3, "3"),
        ("score", 4.0, 4.5),
        ("domain", "entrepreneurship", "knitting"),
        ("age_band", "50-59", "50-64"),
        ("age_band", "60-64", "60-69"),
        ("age_band", "65+", "65"),
        ("age_band", None, ""),
    ],
)
def test_boundaries_of_an_assessment_both_sides(field: str, accepted: Any, refused: Any) -> None:
    assert _accepts(V2, _v2("assessment", **{field: accepted}))
    assert not _accepts(V2, _v2("assessment", **{field: refused}))


@pytest.mark.parametrize(
    ("shape", "field", "accepted", "refused"),
    [
        ("visit", "iso_week", "2019-W01", "2019-W00"),
        ("visit", "iso_week", "2020-W53", "2020-W54"),
        ("visit", "iso_week", "2019-W11", "2019-11"),
        ("visit", "duration_band", "90+", "90"),
        ("visit", "mode", "club", "email"),
        ("family", "municipality_code", "GM0000", "GM015"),
        ("family", "municipality_code", "GM9999", "GM01530"),
        ("family", "municipality_code", "GM0153", "gm0153"),
        ("family", "household_size_band", "1", "0"),
        ("person", "gender", "unknown", "female"),
        ("person", "role", "child", "parent"),
        ("language_level", "level", "below_a1", "A1"),
        ("language_level", "level", "c2", "c3"),
        ("goal_status", "status", "stopped", "withdrawn"),
        ("goal_status", "age_band", None, "18-30"),
        ("family_status", "status", "withdrawn", "achieved"),
        ("family_status", "age_band", None, "30-49"),
        ("tombstone", "reason", "retracted", "because"),
    ],
)
def test_boundaries_of_each_version_2_field_both_sides(
    shape: str, field: str, accepted: Any, refused: Any
) -> None:
    assert _accepts(V2, _v2(shape, **{field: accepted}))
    assert not _accepts(V2, _v2(shape, **{field: refused}))


def test_a_goal_carries_an_age_band_only_with_a_person() -> None:
    assert _accepts(V2, _v2("goal", person_pid=None, age_band=None))
    assert _accepts(V2, _v2("goal", person_pid=OTHER, age_band=None))
    assert not _accepts(V2, _v2("goal", person_pid=None, age_band="30-49"))


def test_version_1_keeps_its_own_age_bands_and_tombstone_reasons() -> None:
    assert _accepts(V1, _v1("person", age_band="50-64"))
    assert not _accepts(V1, _v1("person", age_band="50-59"))
    assert not _accepts(V1, _v1("tombstone", reason="retracted"))
    assert not _accepts(V1, {"pid": PID, "version": 1, **VALID["language_level"]})


@pytest.mark.parametrize("version", SUPPORTED_PROTOCOL_VERSIONS)
def test_a_batch_holds_at_most_100_records_of_its_own_version(version: int) -> None:
    tombstone = _v1("tombstone") if version == 1 else _v2("tombstone")
    full = {"protocol_version": version, "records": [tombstone] * MAX_BATCH_RECORDS}
    assert len(BATCH.validate_json(json.dumps(full)).records) == MAX_BATCH_RECORDS
    over = {**full, "records": [tombstone] * (MAX_BATCH_RECORDS + 1)}
    with pytest.raises(ValidationError):
        BATCH.validate_json(json.dumps(over))


def test_a_batch_is_read_by_its_protocol_version_and_never_mixes_versions() -> None:
    assert isinstance(
        BATCH.validate_python({"protocol_version": 1, "records": [_v1("family")]}),
        BatchRequestV1,
    )
    assert isinstance(
        BATCH.validate_python({"protocol_version": 2, "records": [_v2("family")]}),
        BatchRequestV2,
    )
    for body in [
        {"protocol_version": 1, "records": [_v2("family")]},
        {"protocol_version": 2, "records": [_v1("family")]},
        {"protocol_version": 2, "records": [_v2("family"), _v1("person")]},
        {"protocol_version": 3, "records": []},
        {"protocol_version": 0, "records": []},
        {"protocol_version": "2", "records": []},
        {"protocol_version": 2, "records": [], "device": "x"},
        {"protocol_version": 2, "records": ["family", 1, None, []]},
        {"protocol_version": 2, "records": [{"kind": "status_change"}]},
        {"protocol_version": 2, "records": [{**_v2("goal_status"), "subject_kind": "person"}]},
        [],
        "batch",
        None,
    ]:
        with pytest.raises(ValidationError):
            BATCH.validate_json(json.dumps(body))


def test_record_adapters_follow_the_supported_versions() -> None:
    assert PROTOCOL_VERSION == 2
    assert SUPPORTED_PROTOCOL_VERSIONS == (1, 2)
    assert record_adapter(1).validate_python(_v1("family")).programme_status == "intake"
    assert record_adapter(2).validate_python(_v2("language_level")).level == "a2"
    with pytest.raises(KeyError):
        record_adapter(3)


def test_sync_state_counts_every_kind_of_the_current_version() -> None:
    assert set(KindCounts.model_fields) == set(kinds())
    assert {VALID[shape]["kind"] for shape in VALID} == set(kinds())


def test_the_json_schema_covers_both_versions_and_forbids_extra_fields() -> None:
    schema = json_schema()
    assert schema["title"] == "Coach Companion protocol v2"
    names = [
        "FamilyRecord",
        "PersonRecord",
        "GoalRecord",
        "GoalStatusChangeRecord",
        "FamilyStatusChangeRecord",
        "LanguageLevelRecord",
        "VisitRecord",
        "AssessmentRecord",
        "TombstoneRecord",
    ]
    names += [
        f"{n}RecordV1" for n in ["Family", "Person", "Goal", "Visit", "Assessment", "Tombstone"]
    ]
    for name in names:
        assert schema["$defs"][name]["additionalProperties"] is False, name
    assert {"BatchRequest", "BatchRequestV1", "BatchRequestV2", "Record", "RecordV1"} <= set(
        schema["$defs"]
    )


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
