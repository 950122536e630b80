"""Per-record validation of a batch: a valid envelope is answered record by record, also for
records that fail the protocol's schema (issue 11; DESIGN.md section 6: a bad record never
blocks the others). Only a malformed envelope is refused as a whole (422).
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from coach_protocol import RecordResult, record_adapter
from coach_protocol.fields import Pid, Version

__all__ = ["invalid_result", "validate_records"]

_PID: TypeAdapter[str] = TypeAdapter(Pid)
_VERSION: TypeAdapter[int] = TypeAdapter(Version)
#: Error types of a record that is no member of the union: pydantic's own for version 1, the
#: discriminator's custom type for version 2 (`coach_protocol.records.Record`).
_UNKNOWN_MEMBER = frozenset({"union_tag_invalid", "union_tag_not_found", "record_kind"})


def validate_records(protocol_version: int, raw: list[dict[str, Any]]) -> list[Any]:
    """Each raw record as a protocol record of ``protocol_version``, or, where it fails
    validation, the `RecordResult` that answers it (``rejected``, ``invalid_record``)."""
    adapter = record_adapter(protocol_version)
    checked: list[Any] = []
    for record in raw:
        try:
            checked.append(adapter.validate_python(record, strict=True))
        except ValidationError as error:
            checked.append(invalid_result(record, error))
    return checked


def invalid_result(record: dict[str, Any], error: ValidationError) -> RecordResult:
    """The answer to an invalid record: its own pid and version when those are valid, the
    first field at fault and why (pydantic's words, never the value sent)."""
    first = error.errors(include_url=False, include_input=False)[0]
    location = [str(part) for part in first.get("loc", ())]
    kind = record.get("kind")
    if location and isinstance(kind, str) and location[0].split(":")[0] == kind:
        location = location[1:]  # the tagged union's own step: "visit", "status_change:goal"
    if first.get("type") in _UNKNOWN_MEMBER:
        location = ["subject_kind" if kind == "status_change" else "kind"]
    return RecordResult(
        pid=_valid(_PID, record.get("pid")),
        version=_valid(_VERSION, record.get("version")),
        status="rejected",
        reason="invalid_record",
        field=".".join(location)[:200] or None,
        detail=str(first.get("msg", "invalid"))[:500],
    )


def _valid(adapter: TypeAdapter[Any], value: object) -> Any:
    try:
        return adapter.validate_python(value, strict=True)
    except ValidationError:
        return None
