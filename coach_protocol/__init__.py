"""The wire contract between the desktop app and the server: anonymised records and messages.

Imports only pydantic and the standard library.
"""

from coach_protocol.messages import (
    MAX_BATCH_BYTES,
    MAX_BATCH_RECORDS,
    PROTOCOL_VERSION,
    BatchRequest,
    BatchResponse,
    EnrolRequest,
    EnrolResponse,
    KindCounts,
    RecordResult,
    RecordStatus,
    RejectReason,
    SyncState,
    kinds,
)
from coach_protocol.records import (
    AssessmentRecord,
    FamilyRecord,
    GoalRecord,
    PersonRecord,
    Record,
    RecordKind,
    TombstoneRecord,
    VisitRecord,
)

__all__ = [
    "MAX_BATCH_BYTES",
    "MAX_BATCH_RECORDS",
    "PROTOCOL_VERSION",
    "AssessmentRecord",
    "BatchRequest",
    "BatchResponse",
    "EnrolRequest",
    "EnrolResponse",
    "FamilyRecord",
    "GoalRecord",
    "KindCounts",
    "PersonRecord",
    "Record",
    "RecordKind",
    "RecordResult",
    "RecordStatus",
    "RejectReason",
    "SyncState",
    "TombstoneRecord",
    "VisitRecord",
    "kinds",
]
