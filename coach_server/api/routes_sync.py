"""Routes for exact reconciliation: a device compares what the server holds with its outbox."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from coach_protocol.reconcile import MAX_BUCKETS_PER_REQUEST, BucketKey, HeldRecords, SyncDigest
from coach_server.api.deps import CurrentDevice, DbSession
from coach_server.api.errors import error_responses
from coach_server.reconcile import held_in_buckets, sync_digest

__all__ = ["router"]

router = APIRouter(prefix="/api/v1/sync", tags=["device"])


@router.get(
    "/digest",
    response_model=SyncDigest,
    summary="Digests of what the server holds for the calling device, per kind and pid bucket",
    responses=error_responses(401),
)
def get_digest(device: CurrentDevice, session: DbSession) -> SyncDigest:
    """Per bucket (a record kind and the first hex digit of the pid), the first 128 bits of the
    SHA-256 of the sorted `pid:version` lines of the device's latest states (a tombstoned pid
    under `tombstone`). The laptop computes the same over its outbox; when every digest is
    equal, nothing is missing, older or newer on either side."""
    with session.begin():
        return sync_digest(session, device.id)


@router.get(
    "/held",
    response_model=HeldRecords,
    summary="The (kind, pid, version) the server holds in the given buckets",
    responses=error_responses(401, 422),
)
def get_held(
    device: CurrentDevice,
    session: DbSession,
    bucket: Annotated[
        list[BucketKey],
        Query(
            min_length=1,
            max_length=MAX_BUCKETS_PER_REQUEST,
            description="Buckets to list, e.g. `visit:3`; at most 256.",
        ),
    ],
) -> HeldRecords:
    """Only for the buckets whose digests differ: the laptop then compares pid by pid and
    sends again what the server lacks or holds at an older version."""
    with session.begin():
        return held_in_buckets(session, device.id, bucket)
