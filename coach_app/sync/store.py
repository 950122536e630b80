"""Reads and writes of the outbox and the sync state for the engine and the Sync screen.

Functions take a session and never commit; the engine owns its short transactions. What they
return are frozen dataclasses (safe to hand to the GUI thread), never ORM rows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from coach_app.storage.models_sync import OutboxRow, SyncStateRow
from coach_app.sync.outbox import ensure_state

__all__ = [
    "BACKOFF_BASE_SECONDS",
    "BACKOFF_CAP_SECONDS",
    "Credentials",
    "OutboxEntry",
    "PendingRecord",
    "QueuedRecord",
    "StatusSnapshot",
    "backoff_delay",
    "credentials",
    "due_records",
    "local_counts",
    "mark_failed",
    "mark_rejected",
    "mark_sent",
    "pending_records",
    "quarantined",
    "requeue_quarantined",
    "resend_all",
    "snapshot",
]

BACKOFF_BASE_SECONDS = 30.0
BACKOFF_CAP_SECONDS = 15 * 60.0


@dataclass(frozen=True)
class Credentials:
    server_url: str | None
    device_id: str | None
    token: str | None
    revoked: bool


@dataclass(frozen=True)
class QueuedRecord:
    """A pending outbox row as the engine sends it: the payload is the exact JSON sent."""

    seq: int
    pid: str
    version: int
    payload: bytes
    attempts: int = 0


@dataclass(frozen=True)
class OutboxEntry:
    """An outbox row for the screen: its record (as uploaded) and its delivery state."""

    pid: str
    kind: str
    version: int
    payload: str
    state: str
    attempts: int
    reason: str | None

    @property
    def record(self) -> dict[str, Any]:
        """The record as uploaded (``payload`` is the exact JSON text)."""
        value: dict[str, Any] = json.loads(self.payload)
        return value


PendingRecord = OutboxEntry


@dataclass(frozen=True)
class StatusSnapshot:
    """The sync status in facts; the screen puts it in words."""

    enrolled: bool
    revoked: bool
    server_url: str | None
    device_id: str | None
    pending: int
    sent: int
    rejected: int
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None


def credentials(session: Session) -> Credentials:
    state = ensure_state(session)
    return Credentials(state.server_url, state.device_id, state.device_token, bool(state.revoked))


def backoff_delay(attempts: int, rng: random.Random) -> float:
    """Seconds before retry number ``attempts`` (1-based): doubling from 30 s, capped at 15
    minutes, with "equal jitter" (half fixed, half random) so devices do not retry together."""
    ceiling = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2 ** max(0, attempts - 1))
    return float(ceiling / 2 + rng.uniform(0, ceiling / 2))


def due_records(
    session: Session, *, after_seq: int, limit: int, now: datetime, force: bool
) -> list[QueuedRecord]:
    """Pending rows after ``after_seq`` in queue order, skipping those still backing off
    (unless ``force``). A retry time more than the cap ahead (the clock moved back) is due."""
    query = select(
        OutboxRow.seq, OutboxRow.pid, OutboxRow.version, OutboxRow.payload, OutboxRow.attempts
    ).where(OutboxRow.state == "pending", OutboxRow.seq > after_seq)
    if not force:
        query = query.where(
            or_(
                OutboxRow.next_attempt_at.is_(None),
                OutboxRow.next_attempt_at <= now,
                OutboxRow.next_attempt_at > now + timedelta(seconds=BACKOFF_CAP_SECONDS),
            )
        )
    rows = session.execute(query.order_by(OutboxRow.seq).limit(limit))
    return [
        QueuedRecord(r.seq, r.pid, r.version, r.payload.encode("utf-8"), r.attempts) for r in rows
    ]


def mark_sent(session: Session, acknowledged: Iterable[tuple[str, int]]) -> None:
    """Rows the server acknowledged (accepted or duplicate) become sent, unless a newer version
    was queued meanwhile (that one stays pending). One executemany statement."""
    params = [{"p": pid, "v": version} for pid, version in acknowledged]
    if not params:
        return
    table = cast(Table, OutboxRow.__table__)
    session.connection().execute(
        update(table)
        .where(table.c.pid == bindparam("p"), table.c.version == bindparam("v"))
        .values(state="sent", next_attempt_at=None, last_error=None),
        params,
    )


def mark_rejected(session: Session, rejected: Iterable[tuple[str, int, str]]) -> None:
    """Quarantine: the row leaves the queue with the server's reason; a later change of the
    entity queues a new version."""
    for pid, version, reason in rejected:
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.pid == pid, OutboxRow.version == version)
            .values(state="rejected", last_error=reason[:200], next_attempt_at=None)
            .execution_options(synchronize_session=False)
        )


def mark_failed(
    session: Session, records: Sequence[QueuedRecord], *, now: datetime, rng: random.Random
) -> float:
    """One more failed attempt for each row; returns the shortest delay until a retry."""
    shortest = BACKOFF_CAP_SECONDS
    for record in records:
        row = session.get(OutboxRow, record.seq)
        if row is None or row.version != record.version or row.state != "pending":
            continue
        row.attempts += 1
        delay = backoff_delay(row.attempts, rng)
        shortest = min(shortest, delay)
        row.next_attempt_at = now + timedelta(seconds=delay)
    return shortest


def requeue_quarantined(session: Session, pids: Iterable[str] | None = None) -> int:
    """Put quarantined rows (all, or those of ``pids``) back in the queue, due at once; the
    number re-queued. The server answers them again (e.g. after it was fixed or upgraded)."""
    statement = update(OutboxRow).where(OutboxRow.state == "rejected")
    if pids is not None:
        statement = statement.where(OutboxRow.pid.in_(list(pids)))
    result = session.execute(
        statement.values(
            state="pending", attempts=0, next_attempt_at=None, last_error=None
        ).execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def resend_all(session: Session) -> int:
    """Queue every sent row again (after the server was found missing some)."""
    result = session.execute(
        update(OutboxRow)
        .where(OutboxRow.state == "sent")
        .values(state="pending", attempts=0, next_attempt_at=None)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def local_counts(session: Session) -> dict[str, int]:
    """Sent rows per kind: what the server's latest state per kind should be."""
    rows = session.execute(
        select(OutboxRow.kind, func.count())
        .where(OutboxRow.state == "sent")
        .group_by(OutboxRow.kind)
    )
    return {kind: int(count) for kind, count in rows}


def _entry(row: OutboxRow) -> OutboxEntry:
    return OutboxEntry(
        pid=row.pid,
        kind=row.kind,
        version=row.version,
        payload=row.payload,
        state=row.state,
        attempts=row.attempts,
        reason=row.last_error,
    )


def pending_records(session: Session, limit: int = 1000) -> list[OutboxEntry]:
    """What will be sent, in the order it will be sent, exactly as it will be uploaded."""
    rows = session.scalars(
        select(OutboxRow).where(OutboxRow.state == "pending").order_by(OutboxRow.seq).limit(limit)
    )
    return [_entry(r) for r in rows]


def quarantined(session: Session) -> list[OutboxEntry]:
    rows = session.scalars(
        select(OutboxRow).where(OutboxRow.state == "rejected").order_by(OutboxRow.seq)
    )
    return [_entry(r) for r in rows]


def snapshot(session: Session) -> StatusSnapshot:
    state = session.get(SyncStateRow, 1)
    counts = dict(
        session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all()
    )
    return StatusSnapshot(
        enrolled=bool(state and state.device_token),
        revoked=bool(state and state.revoked),
        server_url=state.server_url if state else None,
        device_id=state.device_id if state else None,
        pending=int(counts.get("pending", 0)),
        sent=int(counts.get("sent", 0)),
        rejected=int(counts.get("rejected", 0)),
        last_success_at=state.last_success_at if state else None,
        last_error=state.last_error if state else None,
        last_error_at=state.last_error_at if state else None,
    )
