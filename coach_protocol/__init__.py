"""The wire contract between the desktop app and the server: anonymised records and messages.

The current protocol is version 2 (:mod:`coach_protocol.records`); version 1's records
(:mod:`coach_protocol.v1`) are still accepted by the server. docs/protocol.md describes both.
Imports only pydantic and the standard library.
"""

from coach_protocol import v1
from coach_protocol.messages import (
    MAX_BATCH_BYTES,
    MAX_BATCH_RECORDS,
    PROTOCOL_VERSION,
    SUPPORTED_PROTOCOL_VERSIONS,
    BatchEnvelope,
    BatchRequest,
    BatchRequestV1,
    BatchRequestV2,
    BatchResponse,
    EnrolRequest,
    EnrolResponse,
    KindCounts,
    RecordResult,
    RecordStatus,
    RejectReason,
    SyncState,
    kinds,
    record_adapter,
)
from coach_protocol.records import (
    AssessmentRecord,
    FamilyRecord,
    FamilyStatusChangeRecord,
    GoalRecord,
    GoalStatusChangeRecord,
    LanguageLevelRecord,
    PersonRecord,
    Record,
    RecordKind,
    StatusChangeRecord,
    TombstoneRecord,
    VisitRecord,
)

__all__ = [
    "MAX_BATCH_BYTES",
    "MAX_BATCH_RECORDS",
    "PROTOCOL_VERSION",
    "SUPPORTED_PROTOCOL_VERSIONS",
    "AssessmentRecord",
    "BatchEnvelope",
    "BatchRequest",
    "BatchRequestV1",
    "BatchRequestV2",
    "BatchResponse",
    "EnrolRequest",
    "EnrolResponse",
    "FamilyRecord",
    "FamilyStatusChangeRecord",
    "GoalRecord",
    "GoalStatusChangeRecord",
    "KindCounts",
    "LanguageLevelRecord",
    "PersonRecord",
    "Record",
    "RecordKind",
    "RecordResult",
    "RecordStatus",
    "RejectReason",
    "StatusChangeRecord",
    "SyncState",
    "TombstoneRecord",
    "VisitRecord",
    "kinds",
    "record_adapter",
    "v1",
]
