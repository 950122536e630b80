"""JSON Schema of the wire contract; ``python -m coach_protocol.schema`` prints it."""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import TypeAdapter

from coach_protocol.messages import (
    PROTOCOL_VERSION,
    BatchRequest,
    BatchResponse,
    EnrolRequest,
    EnrolResponse,
    SyncState,
)
from coach_protocol.records import Record
from coach_protocol.v1 import RecordV1

__all__ = ["json_schema", "main"]


def json_schema() -> dict[str, Any]:
    """One JSON Schema document with every record kind (versions 1 and 2) and message under
    ``$defs``; ``Record`` is version 2's union, ``RecordV1`` version 1's."""
    types: dict[str, Any] = {
        "Record": Record,
        "RecordV1": RecordV1,
        "BatchRequest": BatchRequest,
        "BatchResponse": BatchResponse,
        "SyncState": SyncState,
        "EnrolRequest": EnrolRequest,
        "EnrolResponse": EnrolResponse,
    }
    defs: dict[str, Any] = {}
    for name, tp in types.items():
        schema = TypeAdapter(tp).json_schema(ref_template="#/$defs/{model}")
        defs.update(schema.pop("$defs", {}))
        defs[name] = schema
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Coach Companion protocol v{PROTOCOL_VERSION}",
        "$defs": dict(sorted(defs.items())),
    }


def main() -> int:
    json.dump(json_schema(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
