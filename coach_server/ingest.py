"""Idempotent ingestion of anonymised records, and a device's sync state.

The idempotency key is (device, pid, version). Each accepted version is remembered by a hash of
its canonical payload in ``received_records`` (whose ``seq`` is the server-side receive order);
the latest state of each (device, pid) lives in ``latest_records``. Both writes are
``INSERT ... ON CONFLICT``, so several workers receiving the same record never fail on a
unique constraint: one inserts, the others see a duplicate.

Rules:
- an unseen (device, pid, version) is ``accepted``; a newer version replaces the latest state,
  an older one is remembered but changes nothing;
- the same (device, pid, version) with the same payload is a ``duplicate``; with another
  payload it is ``rejected`` (``conflicting_payload``) and nothing is overwritten;
- a pid seen before as another kind of record is ``rejected`` (``kind_mismatch``);
- a tombstone always removes the pid from every summary, whatever its version; the payload of
  the latest state is dropped. Only a version above both brings the pid back.

Functions here take a session and never commit: the route owns the transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from coach_protocol import KindCounts, RecordResult, SyncState, kinds
from coach_protocol.v1 import RecordV1 as Record
from coach_protocol.v1 import TombstoneRecordV1 as TombstoneRecord
from coach_server.models import Device, LatestRecord, ReceivedRecord

__all__ = ["canonical_payload", "high_water_mark", "ingest_batch", "sync_state"]

TOMBSTONE = "tombstone"


def canonical_payload(record: Record) -> str:
    """The record as compact JSON with sorted keys: what is hashed and stored."""
    return json.dumps(record.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise RuntimeError(f"unsupported database dialect {dialect!r}")


def ingest_batch(
    session: Session, device: Device, records: Sequence[Record], now: datetime
) -> list[RecordResult]:
    """Applies a batch for ``device``; one result per record, in order."""
    results = [_ingest_one(session, device.id, record, now) for record in records]
    device.last_sync_at = now
    return results


def _ingest_one(session: Session, device_id: str, record: Record, now: datetime) -> RecordResult:
    payload = canonical_payload(record)
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    known = _known_result(session, device_id, record, digest)
    if known is not None:
        return known
    if record.kind != TOMBSTONE:
        other_kinds = session.scalars(
            select(ReceivedRecord.kind)
            .where(
                ReceivedRecord.device_id == device_id,
                ReceivedRecord.pid == record.pid,
                ReceivedRecord.kind.not_in([TOMBSTONE, record.kind]),
            )
            .limit(1)
        ).first()
        if other_kinds is not None:
            return _result(record, "rejected", "kind_mismatch")

    inserted = session.execute(
        _insert(session, ReceivedRecord)
        .values(
            device_id=device_id,
            pid=record.pid,
            version=record.version,
            kind=record.kind,
            payload_sha256=digest,
            received_at=now,
        )
        .on_conflict_do_nothing(index_elements=["device_id", "pid", "version"])
        .returning(ReceivedRecord.seq)
    ).scalar_one_or_none()
    if inserted is None:  # another worker inserted it between our read and our write
        raced = _known_result(session, device_id, record, digest)
        assert raced is not None, "a conflicting insert must be visible after ON CONFLICT"
        return raced
    _update_latest(session, device_id, record, payload, inserted, now)
    return _result(record, "accepted", None)


def _known_result(
    session: Session, device_id: str, record: Record, digest: str
) -> RecordResult | None:
    existing = session.scalars(
        select(ReceivedRecord.payload_sha256).where(
            ReceivedRecord.device_id == device_id,
            ReceivedRecord.pid == record.pid,
            ReceivedRecord.version == record.version,
        )
    ).first()
    if existing is None:
        return None
    if existing == digest:
        return _result(record, "duplicate", None)
    return _result(record, "rejected", "conflicting_payload")


def _update_latest(
    session: Session, device_id: str, record: Record, payload: str, seq: int, now: datetime
) -> None:
    stored = (
        json.dumps({"reason": record.reason}) if isinstance(record, TombstoneRecord) else payload
    )
    statement = _insert(session, LatestRecord).values(
        device_id=device_id,
        pid=record.pid,
        kind=record.kind,
        version=record.version,
        seq=seq,
        payload=stored,
        updated_at=now,
    )
    excluded = statement.excluded
    keys = ["device_id", "pid"]
    if record.kind == TOMBSTONE:
        statement = statement.on_conflict_do_update(
            index_elements=keys,
            set_={
                "kind": excluded.kind,
                "payload": excluded.payload,
                "seq": excluded.seq,
                "updated_at": excluded.updated_at,
                "version": case(
                    (LatestRecord.version < excluded.version, excluded.version),
                    else_=LatestRecord.version,
                ),
            },
        )
    else:
        statement = statement.on_conflict_do_update(
            index_elements=keys,
            set_={
                "kind": excluded.kind,
                "payload": excluded.payload,
                "seq": excluded.seq,
                "updated_at": excluded.updated_at,
                "version": excluded.version,
            },
            where=LatestRecord.version < excluded.version,
        )
    session.execute(statement)


def _result(record: Record, status: Any, reason: Any) -> RecordResult:
    return RecordResult(pid=record.pid, version=record.version, status=status, reason=reason)


def high_water_mark(session: Session, device_id: str) -> int:
    """The largest ``seq`` accepted from the device, 0 if none."""
    value = session.scalar(
        select(func.max(ReceivedRecord.seq)).where(ReceivedRecord.device_id == device_id)
    )
    return int(value or 0)


def sync_state(session: Session, device_id: str) -> SyncState:
    """Counts per kind of the device's latest states, versions received and high-water mark."""
    counts: dict[str, int] = dict.fromkeys(kinds(), 0)
    rows = session.execute(
        select(LatestRecord.kind, func.count())
        .where(LatestRecord.device_id == device_id)
        .group_by(LatestRecord.kind)
    )
    for kind, count in rows:
        counts[kind] = int(count)
    received = session.scalar(
        select(func.count())
        .select_from(ReceivedRecord)
        .where(ReceivedRecord.device_id == device_id)
    )
    return SyncState(
        device_id=device_id,
        live_records=KindCounts(**counts),
        received_versions=int(received or 0),
        high_water_mark=high_water_mark(session, device_id),
    )
