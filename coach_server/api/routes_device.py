"""Routes for enrolled devices: enrolment, record batches, sync state."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Body, Request, status

from coach_protocol import (
    BatchEnvelope,
    BatchResponse,
    EnrolRequest,
    EnrolResponse,
    RecordResult,
    SyncState,
)
from coach_server.api.deps import CurrentDevice, DbSession, Now
from coach_server.api.errors import ApiError, error_responses
from coach_server.batch_validation import validate_records
from coach_server.ingest import high_water_mark, ingest_batch, sync_state
from coach_server.services import enrol_device

__all__ = ["router"]

_log = logging.getLogger("coach_server.ingest")

router = APIRouter(prefix="/api/v1", tags=["device"])

_PID_F = "0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1f"
_EXAMPLE_BATCH = {
    "protocol_version": 2,
    "records": [
        {
            "kind": "family",
            "pid": _PID_F,
            "version": 3,
            "municipality_code": "GM0153",
            "household_size_band": "3-4",
            "enrolled_month": "2019-02",
        },
        {
            "kind": "status_change",
            "pid": "7e1a9c3b-2d4f-4a6b-8c0d-1e2f3a4b5c6d",
            "version": 1,
            "subject_kind": "family",
            "subject_pid": _PID_F,
            "status": "active",
            "month": "2019-03",
            "age_band": None,
        },
        {
            "kind": "visit",
            "pid": "5d3c2b1a-0f9e-4d8c-b7a6-958473625140",
            "version": 1,
            "family_pid": _PID_F,
            "iso_week": "2019-W11",
            "duration_band": "60-89",
            "mode": "home",
        },
    ],
}
_EXAMPLE_BATCH_V1 = {
    "protocol_version": 1,
    "records": [
        {
            "kind": "family",
            "pid": _PID_F,
            "version": 3,
            "municipality_code": "GM0153",
            "household_size_band": "3-4",
            "programme_status": "active",
            "enrolled_month": "2019-02",
            "status_month": "2019-03",
        }
    ],
}


@router.post(
    "/enrol",
    response_model=EnrolResponse,
    summary="Exchange a single-use enrolment code for device credentials",
    responses={
        **error_responses(401, 413, 422),
        401: {"description": "The code is unknown, already used or expired."},
    },
    openapi_extra={
        "requestBody": {
            "content": {"application/json": {"example": {"code": "K7QM-4XZP-9RTA-BC3D"}}}
        }
    },
)
def enrol(body: EnrolRequest, session: DbSession, now: Now, request: Request) -> EnrolResponse:
    """Returns a device id and a secret token (shown once; the server keeps only its hash).
    The coach name given with the code is attached to the device.

    The laptop continues an existing device (same id, new token, the old one revoked) when the
    code names that device, or when it sends that device's id and current token (after a
    revocation, or restored from a backup): its records are then never counted twice."""
    with session.begin():
        enrolled = enrol_device(
            session,
            code=body.code,
            now=now,
            previous_device_id=body.device_id,
            previous_token=body.device_token,
        )
    if enrolled is None:
        raise ApiError(
            status.HTTP_401_UNAUTHORIZED,
            "enrolment_code_refused",
            "unknown, used or expired enrolment code",
        )
    device_id, token = enrolled
    request.app.state.summaries.notify()  # the caseload lists every coach
    _log.info("device enrolled", extra={"device_id": device_id})
    return EnrolResponse(device_id=device_id, token=token)


@router.post(
    "/records",
    response_model=BatchResponse,
    response_model_exclude_none=True,
    summary="Push a batch of anonymised records (at most 100, at most 1 MiB)",
    responses=error_responses(401, 413, 422),
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {
                    "examples": {
                        "version 2": {"value": _EXAMPLE_BATCH},
                        "version 1": {"value": _EXAMPLE_BATCH_V1},
                    }
                }
            }
        }
    },
)
def post_records(
    body: Annotated[BatchEnvelope, Body()],
    device: CurrentDevice,
    session: DbSession,
    now: Now,
    request: Request,
) -> BatchResponse:
    """Upserts each record on (device, pid, version) and answers per record, in order.
    `protocol_version` 2 carries version 2 records, 1 the version 1 records of laptops not yet
    upgraded (docs/protocol.md):

    - `accepted`: new; a newer version replaces the latest state, an older one changes nothing;
    - `duplicate`: this (device, pid, version) was received before with the same content;
    - `rejected` with a reason: `conflicting_payload` (same version, other content; nothing is
      overwritten), `kind_mismatch` (the pid is known as another kind) or `invalid_record`
      (the record does not follow its schema; `field` and `detail` say where and why; the
      other records are answered as usual).

    Only an envelope that is not `{protocol_version: 1 or 2, records: [at most 100 objects]}`
    is refused as a whole (422). A tombstone removes its pid from every summary. Replaying a
    batch changes nothing.
    The high-water mark is the largest server-side sequence number accepted from this device.
    """
    checked = validate_records(body.protocol_version, body.records)
    valid = [r for r in checked if not isinstance(r, RecordResult)]
    with session.begin():
        answers = iter(ingest_batch(session, device.id, valid, now))
        mark = high_water_mark(session, device.id)
    results = [r if isinstance(r, RecordResult) else next(answers) for r in checked]
    counts = {s: sum(r.status == s for r in results) for s in ("accepted", "duplicate", "rejected")}
    if counts["accepted"]:
        request.app.state.summaries.notify()  # leaders' summaries are computed ahead
    _log.info("batch received", extra={"device_id": device.id, **counts})
    return BatchResponse(results=results, high_water_mark=mark)


@router.get(
    "/sync/state",
    response_model=SyncState,
    summary="What the server holds for the calling device",
    responses=error_responses(401),
)
def get_sync_state(device: CurrentDevice, session: DbSession) -> SyncState:
    """Counts per kind of the device's latest record states (a pid counts under the kind of its
    latest version; tombstoned pids under `tombstone`), the number of (pid, version) pairs
    accepted, and the high-water mark: the largest server-side sequence number of any record
    accepted from this device (0 if none). The laptop compares these with its outbox and
    re-sends what is missing."""
    with session.begin():
        return sync_state(session, device.id)
