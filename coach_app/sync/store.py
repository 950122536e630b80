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
from coach_app.sync import anonymise
from coach_app.sync.outbox import ensure_state
from coach_protocol.reconcile import bucket_key

TOMBSTONE = "tombstone"

__all__ = [
    "BACKOFF_BASE_SECONDS",
    "BACKOFF_CAP_SECONDS",
    "Credentials",
    "OutboxEntry",
    "PendingRecord",
    "QueuedRecord",
    "Reconciliation",
    "StatusSnapshot",
    "backoff_delay",
    "credentials",
    "due_records",
    "mark_failed",
    "mark_rejected",
    "mark_sent",
    "outbox_held",
    "pending_records",
    "quarantined",
    "reconcile",
    "requeue_quarantined",
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


def outbox_held(session: Session) -> list[tuple[str, str, int]]:
    """(kind, pid, version) of every outbox row: what the server should hold once everything
    pending has gone (compared with the server's digests)."""
    rows = session.execute(select(OutboxRow.kind, OutboxRow.pid, OutboxRow.version))
    return [(kind, pid, int(version)) for kind, pid, version in rows]


@dataclass(frozen=True)
class Reconciliation:
    """What one comparison with the server's holdings changed in the outbox.

    ``resent``: sent rows the server lacks or holds at an older version, queued again;
    ``raised``: rows the server holds at the same or a newer version (this laptop was restored
    from an older backup), moved to a version above the server's and queued;
    ``retracted``: live pids the server holds that this laptop no longer knows, tombstoned;
    ``adopted``: tombstoned pids the server holds that this laptop does not know, noted as sent;
    ``waiting``: differences that rows still pending or quarantined explain."""

    resent: int = 0
    raised: int = 0
    retracted: int = 0
    adopted: int = 0
    waiting: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.resent or self.raised or self.retracted or self.adopted)


def reconcile(
    session: Session, buckets: Iterable[str], server: Iterable[tuple[str, str, int]]
) -> Reconciliation:
    """Compares, pid by pid, the outbox rows in ``buckets`` with the server's (kind, pid,
    version) in the same buckets and queues what makes the server hold every record at its
    latest version (see `Reconciliation`)."""
    wanted = set(buckets)
    held = {pid: (kind, version) for kind, pid, version in server}
    rows = {
        row.pid: row
        for row in session.scalars(select(OutboxRow))
        if bucket_key(row.kind, row.pid) in wanted or row.pid in held
    }
    counts = dict.fromkeys(("resent", "raised", "retracted", "adopted", "waiting"), 0)
    for pid, row in rows.items():
        kind, version = held.get(pid, (None, 0))
        if kind == row.kind and version == row.version:
            continue
        if row.state == "rejected":
            counts["waiting"] += 1
        elif version >= row.version:  # same version with other content, or a newer one
            _raise_above(row, version)
            counts["raised"] += 1
        elif row.state == "pending":
            counts["waiting"] += 1
        else:
            row.state = "pending"
            row.attempts = 0
            row.next_attempt_at = None
            counts["resent"] += 1
    for pid, (kind, version) in held.items():
        if pid in rows:
            continue
        adopt = kind == TOMBSTONE
        reason = "erased" if adopt else "retracted"
        record = anonymise.validated(
            anonymise.tombstone_fields(pid=pid, reason=reason), version if adopt else version + 1
        ) or anonymise.validated(
            anonymise.tombstone_fields(pid=pid, reason="erased"), version if adopt else version + 1
        )
        if record is None:  # a pid or version the protocol refuses: nothing to send for it
            continue
        session.add(
            OutboxRow(
                pid=pid,
                kind=TOMBSTONE,
                version=record.version,
                payload=anonymise.canonical_json(record),
                state="sent" if adopt else "pending",
                attempts=0,
            )
        )
        counts["adopted" if adopt else "retracted"] += 1
    session.flush()
    return Reconciliation(**counts)


def _raise_above(row: OutboxRow, server_version: int) -> None:
    """The row's record again at a version above the server's, content unchanged, queued."""
    fields = json.loads(row.payload)
    fields["version"] = server_version + 1
    row.payload = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    row.version = server_version + 1
    row.state = "pending"
    row.attempts = 0
    row.next_attempt_at = None
    row.last_error = None


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
