"""Request and response bodies exchanged between a coach's laptop and the server."""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    TypeAdapter,
)

from coach_protocol import v1
from coach_protocol.fields import Pid, Version
from coach_protocol.records import Record, RecordKind

__all__ = [
    "MAX_BATCH_BYTES",
    "MAX_BATCH_RECORDS",
    "PROTOCOL_VERSION",
    "SUPPORTED_PROTOCOL_VERSIONS",
    "BatchEnvelope",
    "BatchRequest",
    "BatchRequestV1",
    "BatchRequestV2",
    "BatchResponse",
    "EnrolRequest",
    "EnrolResponse",
    "KindCounts",
    "RecordResult",
    "RecordStatus",
    "RejectReason",
    "SyncState",
    "kinds",
    "record_adapter",
]

#: The version a laptop sends today (docs/protocol.md). The server also accepts version 1.
PROTOCOL_VERSION: Final = 2
#: Every ``protocol_version`` the server accepts in a batch.
SUPPORTED_PROTOCOL_VERSIONS: Final = (v1.PROTOCOL_VERSION, PROTOCOL_VERSION)
#: At most this many records in one ``POST /api/v1/records``.
MAX_BATCH_RECORDS: Final = 100
#: At most this many bytes in one request body (1 MiB).
MAX_BATCH_BYTES: Final = 1024 * 1024

RecordStatus = Literal["accepted", "duplicate", "rejected"]
#: ``conflicting_payload``: this (device, pid, version) was received before with other content.
#: ``kind_mismatch``: this pid was received before as another kind of record.
#: ``invalid_record``: the record does not follow the protocol (``field`` and ``detail`` say
#: where and why); the other records of the batch are answered as usual.
RejectReason = Literal["conflicting_payload", "kind_mismatch", "invalid_record"]

EnrolmentCode = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100),
    Field(
        description=(
            "Single-use enrolment code from a project leader, as people type it: 16 symbols of "
            "A-Z and 2-9 (no I, O, 0, 1) in any case, with or without spaces, line breaks or "
            "any kind of dash between them (e.g. `dgwt 2uwp j44b dva3`)."
        ),
        examples=["K7QM-4XZP-9RTA-BC3D", "k7qm 4xzp 9rta bc3d"],
    ),
]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class BatchRequestV1(_Message):
    """A batch of version 1 records (laptops not yet upgraded)."""

    protocol_version: Literal[1]
    records: list[v1.RecordV1] = Field(max_length=MAX_BATCH_RECORDS)


class BatchRequestV2(_Message):
    """A batch of version 2 records."""

    protocol_version: Literal[2]
    records: list[Record] = Field(max_length=MAX_BATCH_RECORDS)


#: A batch of anonymised records pushed by an enrolled device: ``protocol_version`` 1 with
#: version 1 records or 2 with version 2 records, never mixed. Validate it with
#: ``TypeAdapter(BatchRequest)``; build one as ``BatchRequestV1(...)`` or ``BatchRequestV2(...)``.
BatchRequest = Annotated[
    Annotated[BatchRequestV1, Tag("1")] | Annotated[BatchRequestV2, Tag("2")],
    Discriminator(
        lambda value: str(
            value.get("protocol_version")
            if isinstance(value, dict)
            else getattr(value, "protocol_version", None)
        ),
        custom_error_type="protocol_version",
        custom_error_message="protocol_version must be 1 or 2",
    ),
]


class RecordResult(_Message):
    """What the server did with one record of a batch.

    For a record that fails validation (``invalid_record``), ``pid`` and ``version`` are the
    record's own when they are valid themselves, else absent; ``field`` names the first field
    at fault (dotted, e.g. ``score``) and ``detail`` says why, without repeating the value.
    The server leaves out what is null, so an answer without an invalid record reads as it did
    before ``invalid_record`` existed. Results match the batch's records by position."""

    pid: Pid | None = Field(default=None, description="Absent only for an unreadable pid.")
    version: Version | None = Field(
        default=None, description="Absent only for an unreadable version."
    )
    status: RecordStatus
    reason: RejectReason | None = Field(
        default=None, description="Why the record was rejected; null unless status is rejected."
    )
    field: Annotated[str, StringConstraints(max_length=200)] | None = Field(
        default=None, description="For invalid_record: the field at fault."
    )
    detail: Annotated[str, StringConstraints(max_length=500)] | None = Field(
        default=None, description="For invalid_record: why, in words (never the value sent)."
    )


class BatchEnvelope(_Message):
    """A batch as the server reads it: a valid envelope (``protocol_version`` 1 or 2, at most
    100 records) whose records are validated one by one, each against the record schema of
    its version (``Record`` or ``RecordV1``), so one bad record never blocks the others."""

    protocol_version: Literal[1, 2] = Field(description="1 or 2: the records' protocol version.")
    records: list[dict[str, Any]] = Field(
        max_length=MAX_BATCH_RECORDS,
        description=(
            "Records of `protocol_version` (schemas `Record` for 2, `RecordV1` for 1); a record "
            "that does not follow its schema is answered `rejected` / `invalid_record`."
        ),
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
    status_change: int = Field(ge=0)
    language_level: int = Field(ge=0)
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
    """Exchanges a single-use enrolment code for device credentials.

    A laptop that was enrolled before sends its previous device id and token (kept in its
    encrypted database, also after a revocation or a restore from a backup): with them it
    continues as that device, so the server never counts its records twice. A code that names
    the device it replaces continues that device whatever the laptop sends."""

    code: EnrolmentCode
    device_id: Pid | None = Field(
        default=None, description="The device this laptop was enrolled as before, if any."
    )
    device_token: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = Field(
        default=None, description="That device's last token: proof that this laptop was it."
    )


class EnrolResponse(_Message):
    """Device credentials; the token is shown once and the server keeps only its hash."""

    device_id: str
    token: str = Field(description="Bearer token for the device's requests.")
    protocol_version: int = PROTOCOL_VERSION


def kinds() -> tuple[RecordKind, ...]:
    """The record kinds of the current version, in the protocol's order (version 1 has the
    same kinds but ``status_change`` and ``language_level``)."""
    return (
        "family",
        "person",
        "goal",
        "status_change",
        "language_level",
        "visit",
        "assessment",
        "tombstone",
    )


_RECORD_ADAPTERS: Final[dict[int, TypeAdapter[Any]]] = {
    v1.PROTOCOL_VERSION: TypeAdapter(v1.RecordV1),
    PROTOCOL_VERSION: TypeAdapter(Record),
}


def record_adapter(protocol_version: int) -> TypeAdapter[Any]:
    """The validator of one record of ``protocol_version`` (1 or 2).

    Raises:
        KeyError: for a version not in :data:`SUPPORTED_PROTOCOL_VERSIONS`.
    """
    return _RECORD_ADAPTERS[protocol_version]
