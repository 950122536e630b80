"""Idempotent, set-based ingestion of anonymised records (protocol versions 1 and 2).

The idempotency key is (device, pid, version). Each accepted version is remembered by a hash of
its canonical payload in ``received_records`` (whose ``seq`` is the server-side receive order);
the latest state of each (device, pid) is in ``latest_records`` and, for a live record, its
fields are in the typed table of its kind (:mod:`coach_server.models`).

Rules (docs/decisions/0002):
- an unseen (device, pid, version) is ``accepted``; a newer version replaces the latest state,
  an older one is remembered but changes nothing;
- the same (device, pid, version) with the same payload is a ``duplicate``; with another
  payload it is ``rejected`` (``conflicting_payload``) and nothing is overwritten;
- a pid seen before as another kind of record is ``rejected`` (``kind_mismatch``);
- a tombstone always removes the pid from every summary, whatever its version; its typed row
  is deleted. Only a version above both brings the pid back.

Version 1 records are mapped onto the version 2 layout: a family's ``programme_status`` and
``status_month`` (a goal's ``status`` and ``status_month``) become one status entry at that
month whose pid is the family's (goal's) own pid, following the record's latest version; a
version 2 family or goal replaces that entry with the ``status_change`` records it comes with.
A version 1 person keeps its age band as given (``50-64`` included).

Set-based: a batch costs the same few statements whatever its size (one UPDATE of the device,
two SELECTs, one multi-row INSERT into ``received_records``, one multi-row upsert of latest
states, and per typed table touched one multi-row upsert and at most one DELETE). The UPDATE of
the device row comes first: on PostgreSQL its row lock makes concurrent batches of one device
(several workers, retries) wait for each other, and under READ COMMITTED the next statements
see what the other committed, so every record is stored exactly once. SQLite's
``BEGIN IMMEDIATE`` serialises writers anyway. Batches of different devices never wait.

Functions here take a session and never commit: the route owns the transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Column,
    ColumnElement,
    Date,
    Integer,
    SmallInteger,
    String,
    Table,
    any_,
    cast,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from coach_protocol import KindCounts, Record, RecordResult, SyncState, kinds, v1
from coach_protocol.fields import CEFR_LEVELS
from coach_protocol.messages import RecordStatus, RejectReason
from coach_protocol.records import (
    AssessmentRecord,
    FamilyRecord,
    FamilyStatusChangeRecord,
    GoalRecord,
    GoalStatusChangeRecord,
    LanguageLevelRecord,
    PersonRecord,
    TombstoneRecord,
    VisitRecord,
)
from coach_server.calendar import iso_week_month, thursday
from coach_server.models import (
    AssessmentRow,
    Device,
    FamilyRow,
    GoalRow,
    LanguageLevelRow,
    LatestRecord,
    PersonRow,
    ReceivedRecord,
    StatusChangeRow,
    UTCDateTime,
    VisitRow,
)
from coach_server.periods import month_index

__all__ = [
    "AnyRecord",
    "canonical_payload",
    "high_water_mark",
    "ingest_batch",
    "sync_state",
]

#: A validated record of either protocol version.
AnyRecord = Record | v1.RecordV1

TOMBSTONE: Final = "tombstone"
_V1_TYPES: Final = (
    v1.FamilyRecordV1,
    v1.PersonRecordV1,
    v1.GoalRecordV1,
    v1.VisitRecordV1,
    v1.AssessmentRecordV1,
    v1.TombstoneRecordV1,
)
_RECEIVED: Final[Table] = ReceivedRecord.__table__  # type: ignore[assignment]
_LATEST: Final[Table] = LatestRecord.__table__  # type: ignore[assignment]
_DEVICES: Final[Table] = Device.__table__  # type: ignore[assignment]
_FAMILIES: Final[Table] = FamilyRow.__table__  # type: ignore[assignment]
_PEOPLE: Final[Table] = PersonRow.__table__  # type: ignore[assignment]
_GOALS: Final[Table] = GoalRow.__table__  # type: ignore[assignment]
_STATUS: Final[Table] = StatusChangeRow.__table__  # type: ignore[assignment]
_LEVELS: Final[Table] = LanguageLevelRow.__table__  # type: ignore[assignment]
_VISITS: Final[Table] = VisitRow.__table__  # type: ignore[assignment]
_ASSESSMENTS: Final[Table] = AssessmentRow.__table__  # type: ignore[assignment]
_TABLE_OF_KIND: Final[dict[str, Table]] = {
    "family": _FAMILIES,
    "person": _PEOPLE,
    "goal": _GOALS,
    "status_change": _STATUS,
    "language_level": _LEVELS,
    "visit": _VISITS,
    "assessment": _ASSESSMENTS,
}
#: Kinds whose version 1 record carries a status entry (stored in ``status_changes``).
_WITH_V1_STATUS: Final = frozenset({"family", "goal"})


def canonical_payload(record: AnyRecord) -> str:
    """The record as compact JSON with sorted keys: what is hashed."""
    return json.dumps(record.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))


def protocol_version_of(record: AnyRecord) -> int:
    """1 for a version 1 record, 2 for a version 2 record."""
    return 1 if isinstance(record, _V1_TYPES) else 2


@dataclass(frozen=True, slots=True)
class _Latest:
    """A pid's latest state: its kind (or ``tombstone``) and version, and the record that set
    it when that record is in this batch."""

    kind: str
    version: int
    protocol_version: int
    record: AnyRecord | None = None


def _insert(session: Session, table: Table) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise RuntimeError(f"unsupported database dialect {dialect!r}")


def ingest_batch(
    session: Session, device_id: str, records: Sequence[AnyRecord], now: datetime
) -> list[RecordResult]:
    """Applies a batch for the device; one result per record, in order.

    The records may be of either protocol version (even mixed). Also sets the device's
    ``last_sync_at`` to ``now``, first, which serialises concurrent batches of the device.
    """
    session.execute(update(_DEVICES).where(_DEVICES.c.id == device_id).values(last_sync_at=now))
    if not records:
        return []
    pids = list({record.pid for record in records})
    hashes: dict[tuple[str, int], str] = {}
    kinds_of: dict[str, set[str]] = defaultdict(set)
    for pid, version, kind, digest in _of_pids(
        session,
        _RECEIVED,
        (_RECEIVED.c.pid, _RECEIVED.c.version, _RECEIVED.c.kind, _RECEIVED.c.payload_sha256),
        device_id,
        pids,
    ):
        hashes[(pid, version)] = digest
        if kind != TOMBSTONE:
            kinds_of[pid].add(kind)
    stored: dict[str, _Latest] = {
        pid: _Latest(kind, version, protocol)
        for pid, kind, version, protocol in _of_pids(
            session,
            _LATEST,
            (_LATEST.c.pid, _LATEST.c.kind, _LATEST.c.version, _LATEST.c.protocol_version),
            device_id,
            pids,
        )
    }

    results: list[RecordResult] = []
    accepted: list[tuple[AnyRecord, str]] = []
    changed: dict[str, _Latest] = {}
    for record in records:
        digest = hashlib.sha256(canonical_payload(record).encode("utf-8")).hexdigest()
        known = hashes.get((record.pid, record.version))
        if known is not None:
            if known == digest:
                results.append(_result(record, "duplicate"))
            else:
                results.append(_result(record, "rejected", "conflicting_payload"))
            continue
        if record.kind != TOMBSTONE and kinds_of[record.pid] - {record.kind}:
            results.append(_result(record, "rejected", "kind_mismatch"))
            continue
        hashes[(record.pid, record.version)] = digest
        if record.kind != TOMBSTONE:
            kinds_of[record.pid].add(record.kind)
        accepted.append((record, digest))
        results.append(_result(record, "accepted"))
        current = changed.get(record.pid) or stored.get(record.pid)
        protocol = protocol_version_of(record)
        if record.kind == TOMBSTONE:
            version = max(record.version, current.version if current else 0)
            changed[record.pid] = _Latest(TOMBSTONE, version, protocol, record)
        elif current is None or record.version > current.version:
            changed[record.pid] = _Latest(record.kind, record.version, protocol, record)

    if accepted:
        seqs = _insert_received(session, device_id, accepted, now)
        had_v1_status = {
            pid
            for pid, state in stored.items()
            if state.protocol_version == 1 and state.kind in _WITH_V1_STATUS
        }
        _write_latest(session, device_id, changed, kinds_of, had_v1_status, seqs, now)
    return results


def _insert_received(
    session: Session, device_id: str, accepted: list[tuple[AnyRecord, str]], now: datetime
) -> dict[tuple[str, int], int]:
    rows = [
        {
            "device_id": device_id,
            "pid": record.pid,
            "version": record.version,
            "kind": record.kind,
            "payload_sha256": digest,
            "received_at": now,
            "protocol_version": protocol_version_of(record),
        }
        for record, digest in accepted
    ]
    if _is_postgresql(session):
        returned = _pg_unnest_insert(
            session,
            _RECEIVED,
            rows,
            "ON CONFLICT (device_id, pid, version) DO NOTHING RETURNING pid, version, seq",
        )
    else:
        statement = (
            _insert(session, _RECEIVED)
            .on_conflict_do_nothing(index_elements=["device_id", "pid", "version"])
            .returning(_RECEIVED.c.pid, _RECEIVED.c.version, _RECEIVED.c.seq)
        )
        returned = list(session.execute(statement, rows))
    seqs = {(pid, version): seq for pid, version, seq in returned}
    if len(seqs) != len(rows):
        # Unreachable while the device row's lock serialises the device's batches.
        raise RuntimeError("a concurrent batch of the same device stored some of these records")
    return seqs


def _write_latest(
    session: Session,
    device_id: str,
    changed: dict[str, _Latest],
    kinds_of: dict[str, set[str]],
    had_v1_status: set[str],
    seqs: dict[tuple[str, int], int],
    now: datetime,
) -> None:
    """Writes the new latest states and their typed rows. ``had_v1_status``: pids stored as a
    version 1 family or goal before this batch (their status entry may have to go)."""
    latest_rows: list[dict[str, Any]] = []
    upserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    deletes: dict[str, list[str]] = defaultdict(list)
    for pid, state in changed.items():
        record = state.record
        assert record is not None
        seq = seqs[(pid, record.version)]
        protocol = state.protocol_version
        latest_rows.append(
            {
                "device_id": device_id,
                "pid": pid,
                "kind": state.kind,
                "version": state.version,
                "seq": seq,
                "updated_at": now,
                "protocol_version": protocol,
                "tombstone_reason": record.reason
                if isinstance(record, TombstoneRecord | v1.TombstoneRecordV1)
                else None,
            }
        )
        if state.kind == TOMBSTONE:
            for kind in kinds_of[pid]:
                deletes[kind].append(pid)
                if kind in _WITH_V1_STATUS:
                    deletes["status_change"].append(pid)
            continue
        common = {
            "device_id": device_id,
            "pid": pid,
            "version": record.version,
            "seq": seq,
            "protocol_version": protocol,
        }
        for kind, fields in _typed_rows(record):
            upserts[kind].append({**common, **fields})
        if protocol == 2 and pid in had_v1_status:
            deletes["status_change"].append(pid)  # the version 1 record's status entry

    _upsert(session, _LATEST, latest_rows)
    for kind, pids in deletes.items():
        table = _TABLE_OF_KIND[kind]
        session.execute(
            delete(table).where(table.c.device_id == device_id, _pid_in(session, table, pids))
        )
    for kind, rows in upserts.items():
        _upsert(session, _TABLE_OF_KIND[kind], rows)


def _upsert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One multi-row ``INSERT ... ON CONFLICT (device_id, pid) DO UPDATE`` for all ``rows``.

    ``RETURNING`` makes SQLAlchemy send the rows as one multi-row statement ("insertmanyvalues")
    on both backends instead of one statement per row.
    """
    if not rows:
        return
    keys = ("device_id", "pid")
    if _is_postgresql(session):
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in rows[0] if c not in keys)
        _pg_unnest_insert(
            session, table, rows, f"ON CONFLICT (device_id, pid) DO UPDATE SET {updates}"
        )
        return
    statement = _insert(session, table)
    statement = statement.on_conflict_do_update(
        index_elements=list(keys),
        set_={c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys},
    ).returning(table.c.pid)
    session.execute(statement, rows).close()


def _of_pids(
    session: Session,
    table: Table,
    columns: tuple[ColumnElement[Any], ...],
    device_id: str,
    pids: list[str],
) -> Sequence[tuple[Any, ...]]:
    """``columns`` of the device's rows of ``table`` for ``pids``.

    On PostgreSQL each pid of the array is looked up on its own on the (device_id, pid) index:
    a ``LATERAL`` subquery per pid, kept apart by ``OFFSET 0`` (PostgreSQL does not merge such
    a subquery into the outer query). A plain join of the array to the table, or a
    ``pid = ANY(...)`` filter, is planned from the table's statistics; during a bulk first
    sync these lag far behind the table, and PostgreSQL then read every row of the device and
    hashed them, once per batch: 2 ms a lookup after 10,000 records, 35 ms after 100,000.
    """
    if _is_postgresql(session):
        names = ", ".join(f"found.{column.key}" for column in columns)
        # Table and column names come from the models, values are parameters.
        sql = (
            f"SELECT {names} FROM unnest(CAST(%(pids)s AS varchar(36)[])) AS wanted(pid) "  # noqa: S608
            f"CROSS JOIN LATERAL (SELECT * FROM {table.name} "
            "WHERE device_id = %(device_id)s AND pid = wanted.pid OFFSET 0) AS found"
        )
        result = session.connection().exec_driver_sql(sql, {"pids": pids, "device_id": device_id})
        return [tuple(row) for row in result]
    query = select(*columns).where(table.c.device_id == device_id, table.c.pid.in_(pids))
    return [tuple(row) for row in session.execute(query)]


def _pid_in(session: Session, table: Table, pids: list[str]) -> ColumnElement[bool]:
    """``pid = ANY(:pids)`` with one array parameter on PostgreSQL (one plan whatever the
    batch), ``pid IN (...)`` on SQLite."""
    if _is_postgresql(session):
        return table.c.pid == any_(cast(pids, ARRAY(String(36))))
    return table.c.pid.in_(pids)


def _is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _pg_array_type(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return "timestamp"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, SmallInteger):
        return "int2"
    if isinstance(kind, BigInteger):
        return "int8"
    if isinstance(kind, Integer):
        return "int4"
    return "text"


def _pg_unnest_insert(
    session: Session, table: Table, rows: list[dict[str, Any]], conflict: str
) -> list[Any]:
    """``INSERT INTO table SELECT * FROM unnest(<one array per column>) <conflict>``: one short
    statement with one parameter per column whatever the number of rows, so PostgreSQL plans
    it once and psycopg parses it once (a multi-row ``VALUES`` has a parameter per value)."""
    names = list(rows[0])
    arrays: dict[str, list[Any]] = {name: [] for name in names}
    for row in rows:
        for name in names:
            value = row[name]
            if isinstance(value, datetime):
                value = value.astimezone(UTC).replace(tzinfo=None)
            arrays[name].append(value)
    casts = ", ".join(f"CAST(%({name})s AS {_pg_array_type(table.c[name])}[])" for name in names)
    # Table and column names come from the models (table.c[name] above), values are parameters.
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) SELECT * FROM unnest({casts}) {conflict}"  # noqa: S608
    result = session.connection().exec_driver_sql(sql, arrays)
    return list(result) if result.returns_rows else []


def _typed_rows(record: AnyRecord) -> list[tuple[str, dict[str, Any]]]:
    """The typed rows (kind of table, columns) a live record is stored as."""
    if isinstance(record, FamilyRecord | v1.FamilyRecordV1):
        family = {
            "municipality_code": record.municipality_code,
            "household_size_band": record.household_size_band,
            "enrolled_month": month_index(record.enrolled_month),
        }
        if isinstance(record, FamilyRecord):
            return [("family", family)]
        status = _status("family", record.pid, record.programme_status, record.status_month)
        return [("family", family), ("status_change", status)]
    if isinstance(record, PersonRecord | v1.PersonRecordV1):
        return [
            (
                "person",
                {
                    "family_pid": record.family_pid,
                    "gender": record.gender,
                    "role": record.role,
                    "age_band": record.age_band if isinstance(record, v1.PersonRecordV1) else None,
                },
            )
        ]
    if isinstance(record, GoalRecord | v1.GoalRecordV1):
        goal = {
            "family_pid": record.family_pid,
            "person_pid": record.person_pid,
            "domain": record.domain,
            "opened_month": month_index(record.opened_month),
            "age_band": record.age_band if isinstance(record, GoalRecord) else None,
        }
        if isinstance(record, GoalRecord):
            return [("goal", goal)]
        status = _status("goal", record.pid, record.status, record.status_month)
        return [("goal", goal), ("status_change", status)]
    if isinstance(record, GoalStatusChangeRecord | FamilyStatusChangeRecord):
        status = _status(record.subject_kind, record.subject_pid, record.status, record.month)
        return [("status_change", {**status, "age_band": record.age_band})]
    if isinstance(record, LanguageLevelRecord):
        return [
            (
                "language_level",
                {
                    "person_pid": record.person_pid,
                    "level": record.level,
                    "level_rank": CEFR_LEVELS.index(record.level),
                    "month": month_index(record.month),
                    "age_band": record.age_band,
                },
            )
        ]
    if isinstance(record, VisitRecord | v1.VisitRecordV1):
        return [
            (
                "visit",
                {
                    "family_pid": record.family_pid,
                    "iso_week": record.iso_week,
                    "week_start": thursday(record.iso_week) - timedelta(days=3),
                    "month": month_index(iso_week_month(record.iso_week)),
                    "duration_band": record.duration_band,
                    "mode": record.mode,
                },
            )
        ]
    if isinstance(record, AssessmentRecord | v1.AssessmentRecordV1):
        return [
            (
                "assessment",
                {
                    "subject_pid": record.subject_pid,
                    "domain": record.domain,
                    "score": record.score,
                    "month": month_index(record.month),
                    "age_band": record.age_band if isinstance(record, AssessmentRecord) else None,
                },
            )
        ]
    raise TypeError(f"no typed table for a {type(record).__name__}")


def _status(subject_kind: str, subject_pid: str, status: str, month: str) -> dict[str, Any]:
    return {
        "subject_kind": subject_kind,
        "subject_pid": subject_pid,
        "status": status,
        "month": month_index(month),
        "age_band": None,
    }


def _result(
    record: AnyRecord, status: RecordStatus, reason: RejectReason | None = None
) -> RecordResult:
    return RecordResult(pid=record.pid, version=record.version, status=status, reason=reason)


def high_water_mark(session: Session, device_id: str) -> int:
    """The largest ``seq`` accepted from the device, 0 if none (an index lookup)."""
    value = session.scalar(
        select(func.max(_RECEIVED.c.seq)).where(_RECEIVED.c.device_id == device_id)
    )
    return int(value or 0)


def sync_state(session: Session, device_id: str) -> SyncState:
    """Counts per kind of the device's latest states, versions received and high-water mark."""
    counts: dict[str, int] = dict.fromkeys(kinds(), 0)
    rows = session.execute(
        select(_LATEST.c.kind, func.count())
        .where(_LATEST.c.device_id == device_id)
        .group_by(_LATEST.c.kind)
    )
    for kind, count in rows:
        counts[kind] = int(count)
    received = session.scalar(
        select(func.count()).select_from(_RECEIVED).where(_RECEIVED.c.device_id == device_id)
    )
    return SyncState(
        device_id=device_id,
        live_records=KindCounts(**counts),
        received_versions=int(received or 0),
        high_water_mark=high_water_mark(session, device_id),
    )
