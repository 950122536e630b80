"""The allowlist, proven from the published JSON Schema and checked against the validators.

1. Every record kind of both versions carries exactly the fields docs/protocol.md lists.
2. Every field is constrained: a string is a closed list or one of four anchored patterns (pid,
   month, ISO week, municipality code), an integer has both bounds; nothing else (no free
   text, no number, no object, no list) can appear in a record.
3. Property tests: any text or integer put into any field is accepted exactly when the schema
   allows it, so the validators and the schema cannot drift apart; and every record the schema
   describes validates and serialises back to the same keys and values.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from coach_protocol import Record, v1
from coach_protocol.fields import (
    ISO_WEEK_PATTERN,
    MONTH_PATTERN,
    MUNICIPALITY_CODE_PATTERN,
    PID_PATTERN,
)
from coach_protocol.schema import json_schema

SAFE_PATTERNS = {PID_PATTERN, MONTH_PATTERN, ISO_WEEK_PATTERN, MUNICIPALITY_CODE_PATTERN}
COMMON = {"kind", "pid", "version"}
#: The allowlist per record (schema name): the same table as docs/protocol.md.
FIELDS: dict[str, set[str]] = {
    "FamilyRecord": COMMON | {"municipality_code", "household_size_band", "enrolled_month"},
    "PersonRecord": COMMON | {"family_pid", "gender", "role"},
    "GoalRecord": COMMON | {"family_pid", "person_pid", "domain", "opened_month", "age_band"},
    "GoalStatusChangeRecord": COMMON
    | {"subject_kind", "subject_pid", "status", "month", "age_band"},
    "FamilyStatusChangeRecord": COMMON
    | {"subject_kind", "subject_pid", "status", "month", "age_band"},
    "LanguageLevelRecord": COMMON | {"person_pid", "level", "month", "age_band"},
    "VisitRecord": COMMON | {"family_pid", "iso_week", "duration_band", "mode"},
    "AssessmentRecord": COMMON | {"subject_pid", "domain", "score", "month", "age_band"},
    "TombstoneRecord": COMMON | {"reason"},
    "FamilyRecordV1": COMMON
    | {
        "municipality_code",
        "household_size_band",
        "programme_status",
        "enrolled_month",
        "status_month",
    },
    "PersonRecordV1": COMMON | {"family_pid", "age_band", "gender", "role"},
    "GoalRecordV1": COMMON
    | {"family_pid", "person_pid", "domain", "status", "opened_month", "status_month"},
    "VisitRecordV1": COMMON | {"family_pid", "iso_week", "duration_band", "mode"},
    "AssessmentRecordV1": COMMON | {"subject_pid", "domain", "score", "month"},
    "TombstoneRecordV1": COMMON | {"reason"},
}
ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "v2": TypeAdapter(Record),
    "v1": TypeAdapter(v1.RecordV1),
}


def _version(name: str) -> str:
    return "v1" if name.endswith("V1") else "v2"


@cache
def _models() -> dict[str, dict[str, Any]]:
    defs = json_schema()["$defs"]
    return {name: defs[name] for name in FIELDS}


def _alternatives(prop: dict[str, Any]) -> list[dict[str, Any]]:
    return list(prop.get("anyOf", [prop]))


def _fields() -> list[tuple[str, str]]:
    return [(name, field) for name, model in _models().items() for field in model["properties"]]


def _allowed(spec: dict[str, Any], value: object) -> bool:
    """Whether the schema ``spec`` (one property) allows ``value``."""
    for alternative in _alternatives(spec):
        kind = alternative["type"]
        if kind == "null" and value is None:
            return True
        if kind == "string" and isinstance(value, str):
            if "const" in alternative and value == alternative["const"]:
                return True
            if value in alternative.get("enum", ()):
                return True
            if "pattern" in alternative and re.fullmatch(alternative["pattern"], value):
                return True
        if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
            return bool(alternative["minimum"] <= value <= alternative["maximum"])
    return False


def _valid_value(alternative: dict[str, Any]) -> st.SearchStrategy[Any]:
    kind = alternative["type"]
    if kind == "null":
        return st.none()
    if kind == "integer":
        return st.integers(alternative["minimum"], alternative["maximum"])
    if "const" in alternative:
        return st.just(alternative["const"])
    if "enum" in alternative:
        return st.sampled_from(alternative["enum"])
    return st.from_regex(alternative["pattern"], fullmatch=True)


def _example(name: str) -> st.SearchStrategy[dict[str, Any]]:
    properties = _models()[name]["properties"]
    return st.fixed_dictionaries(
        {
            field: st.one_of(*(_valid_value(a) for a in _alternatives(prop)))
            for field, prop in properties.items()
        }
    )


_FIXED = {
    PID_PATTERN: "0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1f",
    MONTH_PATTERN: "2019-03",
    ISO_WEEK_PATTERN: "2019-W11",
    MUNICIPALITY_CODE_PATTERN: "GM0153",
}


def _base(name: str) -> dict[str, Any]:
    """One fixed valid record: the first alternative of each field, its first allowed value."""
    record: dict[str, Any] = {}
    for field, prop in _models()[name]["properties"].items():
        first = _alternatives(prop)[0]
        if first["type"] == "integer":
            record[field] = first["minimum"]
        elif first["type"] == "null":
            record[field] = None
        else:
            record[field] = first.get("const") or (first.get("enum") or [None])[0]
            record[field] = record[field] or _FIXED[first["pattern"]]
    return record


def _accepts(name: str, record: dict[str, Any]) -> bool:
    try:
        ADAPTERS[_version(name)].validate_json(json.dumps(record))
    except ValidationError:
        return False
    return True


def _consistent(name: str, record: dict[str, Any]) -> dict[str, Any]:
    """The one cross-field rule the schema does not show: no age band without a person."""
    if name == "GoalRecord" and record["person_pid"] is None:
        return {**record, "age_band": None}
    return record


@pytest.mark.parametrize("name", list(FIELDS))
def test_each_record_carries_exactly_the_allowlisted_fields(name: str) -> None:
    model = _models()[name]
    assert set(model["properties"]) == FIELDS[name]
    assert model["additionalProperties"] is False
    required = set(model["required"])
    optional = {"person_pid"} if name == "GoalRecordV1" else set()
    assert required == FIELDS[name] - optional


@pytest.mark.parametrize(("name", "field"), _fields())
def test_every_field_is_a_closed_list_an_anchored_pattern_or_a_bounded_integer(
    name: str, field: str
) -> None:
    for alternative in _alternatives(_models()[name]["properties"][field]):
        kind = alternative["type"]
        assert kind in {"string", "integer", "null"}, (name, field, alternative)
        if kind == "integer":
            assert {"minimum", "maximum"} <= set(alternative), (name, field)
        if kind == "string":
            closed = "enum" in alternative or "const" in alternative
            assert closed or alternative.get("pattern") in SAFE_PATTERNS, (name, field)
            if not closed:
                assert alternative["maxLength"] <= 36, (name, field)
            for word in alternative.get("enum", [alternative.get("const", "")]):
                assert re.fullmatch(r"[a-z0-9_+<-]{0,20}", word), (name, field, word)


@pytest.mark.parametrize("name", list(FIELDS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_record_the_schema_describes_validates_and_round_trips(
    name: str, data: st.DataObject
) -> None:
    record = _consistent(name, data.draw(_example(name)))
    adapter = ADAPTERS[_version(name)]
    parsed = adapter.validate_json(json.dumps(record))
    assert type(parsed).__name__ == name
    assert json.loads(adapter.dump_json(parsed)) == record


@pytest.mark.parametrize(("name", "field"), [f for f in _fields() if f[1] not in {"kind"}])
@settings(max_examples=40, deadline=None)
@given(
    value=st.one_of(
        st.text(max_size=40),
        st.text(alphabet="0123456789abcdefGMW-+<_", max_size=40),
        st.integers(-(2**40), 2**40),
        st.none(),
        st.booleans(),
        st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer()),
    ),
)
def test_any_value_in_any_field_is_accepted_exactly_when_the_schema_allows_it(
    name: str, field: str, value: object
) -> None:
    spec = _models()[name]["properties"][field]
    record = {**_base(name), field: value}
    if name == "GoalRecord" and field == "person_pid" and value is None:
        record["age_band"] = None
    assert _accepts(name, record) == _allowed(spec, value), (field, value)


@pytest.mark.parametrize("name", list(FIELDS))
@settings(max_examples=20, deadline=None)
@given(notes=st.text(min_size=1, max_size=30))
def test_no_field_outside_the_allowlist_can_be_added(name: str, notes: str) -> None:
    record = _base(name)
    assert _accepts(name, record)
    for extra in ["notes", "name", "birth_date", "address", notes]:
        if extra not in record:
            assert not _accepts(name, {**record, extra: notes})
