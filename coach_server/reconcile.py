"""What the server holds for a device, for exact reconciliation (`coach_protocol.reconcile`).

Reads ``latest_records`` only: per (device, pid) the kind and version of the latest state.
Functions take a session and never commit.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_protocol.reconcile import HeldRecord, HeldRecords, SyncDigest, bucket_digests, bucket_key
from coach_server.models import LatestRecord

__all__ = ["held_in_buckets", "sync_digest"]


def _held(session: Session, device_id: str) -> list[tuple[str, str, int]]:
    rows = session.execute(
        select(LatestRecord.kind, LatestRecord.pid, LatestRecord.version).where(
            LatestRecord.device_id == device_id
        )
    )
    return [(kind, pid, int(version)) for kind, pid, version in rows]


def sync_digest(session: Session, device_id: str) -> SyncDigest:
    """One digest per bucket of the device's latest states."""
    held = _held(session, device_id)
    return SyncDigest(device_id=device_id, records=len(held), buckets=bucket_digests(held))


def held_in_buckets(session: Session, device_id: str, buckets: Collection[str]) -> HeldRecords:
    """The (kind, pid, version) of every pid of the device in ``buckets``, ordered by pid."""
    wanted = set(buckets)
    return HeldRecords(
        records=[
            HeldRecord(kind=kind, pid=pid, version=version)
            for kind, pid, version in sorted(_held(session, device_id), key=lambda h: h[1])
            if bucket_key(kind, pid) in wanted
        ]
    )
