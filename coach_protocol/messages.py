"""Request and response bodies exchanged between a coach's laptop and the server."""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from coach_protocol.records import Pid, Record, RecordKind, Version

__all__ = [
    "MAX_BATCH_BYTES",
    "MAX_BATCH_RECORDS",
    "PROTOCOL_VERSION",
    "BatchRequest",
    "BatchResponse",
    "EnrolRequest",
    "EnrolResponse",
    "KindCounts",
    "RecordResult",
    "RecordStatus",
    "RejectReason",
    "SyncState",
]

PROTOCOL_VERSION: Final = 1
#: At most this many records in one ``POST /api/v1/records``.
MAX_BATCH_RECORDS: Final = 100
#: At most this many bytes in one request body (1 MiB).
MAX_BATCH_BYTES: Final = 1024 * 1024

RecordStatus = Literal["accepted", "duplicate", "rejected"]
#: ``conflicting_payload``: this (device, pid, version) was received before with other content.
#: ``kind_mismatch``: this pid was received before as another kind of record.
RejectReason = Literal["conflicting_payload", "kind_mismatch"]

EnrolmentCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$", min_length=19, max_length=19),
    Field(
        description="Single-use enrolment code from a project leader.",
        examples=["K7QM-4XZP-9RTA-BC3D"],
    ),
]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class BatchRequest(_Message):
    """A batch of anonymised records pushed by an enrolled device."""

    protocol_version: Literal[1] = Field(description="Must be PROTOCOL_VERSION.")
    records: list[Record] = Field(max_length=MAX_BATCH_RECORDS)


class RecordResult(_Message):
    """What the server did with one record of a batch."""

    pid: Pid
    version: Version
    status: RecordStatus
    reason: RejectReason | None = Field(
        default=None, description="Why the record was rejected; null unless status is rejected."
    )


class BatchResponse(_Message):
    """Per-record results, in the order of the request, and the device's high-water mark."""

    results: list[RecordResult]
    high_water_mark: int = Field(
        ge=0,
        description=(
            "The largest server-side sequence number of any record accepted from this device "
            "(0 if none). It only grows; the laptop's clock plays no part."
        ),
    )


class KindCounts(_Message):
    """Counts of the latest state of a device's records, per kind."""

    family: int = Field(ge=0)
    person: int = Field(ge=0)
    goal: int = Field(ge=0)
    visit: int = Field(ge=0)
    assessment: int = Field(ge=0)
    tombstone: int = Field(ge=0, description="Pids whose latest state is a tombstone.")


class SyncState(_Message):
    """What the server holds for the calling device, for the laptop's sanity check."""

    device_id: str
    live_records: KindCounts = Field(
        description="Distinct pids per kind whose latest accepted version is of that kind."
    )
    received_versions: int = Field(
        ge=0, description="Distinct (pid, version) pairs accepted from this device."
    )
    high_water_mark: int = Field(
        ge=0,
        description=(
            "The largest server-side sequence number of any record accepted from this device "
            "(0 if none)."
        ),
    )


class EnrolRequest(_Message):
    """Exchanges a single-use enrolment code for device credentials."""

    code: EnrolmentCode


class EnrolResponse(_Message):
    """Device credentials; the token is shown once and the server keeps only its hash."""

    device_id: str
    token: str = Field(description="Bearer token for the device's requests.")
    protocol_version: int = PROTOCOL_VERSION


def kinds() -> tuple[RecordKind, ...]:
    """The record kinds, in the protocol's order."""
    return ("family", "person", "goal", "visit", "assessment", "tombstone")
