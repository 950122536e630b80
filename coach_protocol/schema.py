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

__all__ = ["json_schema", "main"]


def json_schema() -> dict[str, Any]:
    """One JSON Schema document with every record kind and message under ``$defs``."""
    types: dict[str, Any] = {
        "Record": Record,
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
