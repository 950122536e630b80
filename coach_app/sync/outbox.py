"""The outbox writer: turns the changes of a use case into anonymised outbox rows, inside the
use case's own transaction (it runs as `SqlUnitOfWork`'s ``before_commit`` hook).

It reads only named columns of the changed rows (never a whole entity), builds records with
:mod:`coach_app.sync.anonymise` and upserts one outbox row per pid:

- a pid's version is the outbox's own per-pid counter: it goes up by one whenever the record's
  anonymised content changes (editing a visit's notes changes nothing that is sent, so nothing
  is queued), and again for a tombstone. Entity versions are not used: they move on every
  edit, and one entity change can alter another's record (a new person changes the family's
  household size band);
- a family without consent for anonymised reporting produces nothing; withdrawing that consent
  retracts each of the family's pids with live content, erasing the family retracts them all
  and forgets the family's pid mappings, in the same transaction;
- each dated entry of a goal's or a family's status history is its own ``status_change``
  record, and each language level its own record, with the age band of the person on the
  event's day (computed here once, from the birth date and that day; nothing is re-derived
  as time passes); an entry removed or corrected away is retracted;
- retracting a pid the server has acknowledged (at any version) queues a tombstone; retracting
  one the server never received deletes its outbox row and its pid mapping: nothing, not even a
  tombstone, is ever sent for a pid the server never had (DESIGN.md section 5). A record being
  uploaded at that very moment is the one exception the laptop cannot see;
- months and ISO weeks are taken in the programme's time zone (the deployment file's
  ``time_zone``, kept in the sync state; default Europe/Amsterdam), never UTC.

When the records' format changes (an upgrade, a new protocol version), the whole outbox is
rebuilt once (`OutboxWriter.rebuild`) in short transactions of a few families (about 50 ms
each), so a coach's save never waits for more than a moment. The sync engine calls
`OutboxWriter.refresh_if_stale` before it sends anything, so no record of an older format
leaves the laptop.

Functions take a session and never commit, except `OutboxWriter.rebuild`, which owns its
short transactions.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, cast
from uuid import UUID
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from coach_app.domain import ConsentKind
from coach_app.storage.driver import DriverStatement
from coach_app.storage.models import (
    AssessmentRow,
    ConsentEventRow,
    FamilyRow,
    FamilyStatusChangeRow,
    GoalRow,
    GoalStatusChangeRow,
    LanguageLevelRow,
    PersonRow,
    VisitRow,
)
from coach_app.storage.models_sync import OutboxRow, PidRow, SyncStateRow
from coach_app.storage.repositories import NEW_VISITS
from coach_app.storage.uow import Change, SqlUnitOfWork, make_session_factory
from coach_app.sync import anonymise

__all__ = [
    "DEFAULT_TIME_ZONE",
    "OUTBOX_FORMAT",
    "OutboxWriter",
    "RebuildStep",
    "ensure_state",
    "set_time_zone",
]

log = logging.getLogger(__name__)

TOMBSTONE = "tombstone"
#: The format of the records this writer builds; an outbox of an older format is rebuilt.
#: 0: never built; 1: protocol version 1 records; 2: protocol version 2 records.
OUTBOX_FORMAT: Final = 2
#: The programme's time zone when the deployment file names none (as `coach_app.deployment`).
DEFAULT_TIME_ZONE: Final = "Europe/Amsterdam"
#: The tombstone reason of a record retracted without an erasure or a consent withdrawal.
RETRACTED: Final = "retracted"
#: The kinds of pid mapping of dated entries (each entry has its own pid).
GOAL_STATUS = "goal_status_change"
FAMILY_STATUS = "family_status_change"
LANGUAGE_LEVEL = "language_level"
#: Outbox rows checked per transaction when a rebuild sweeps out records of an older format.
_SWEEP_CHUNK: Final = 500
#: How long one transaction of a rebuild goes on taking families (at least one), in seconds.
_CHUNK_SECONDS: Final = 0.05
#: Families whose pid mappings and outbox rows a rebuild reads in one go (two statements).
_PREFETCH_FAMILIES: Final = 100

# Statements built once (their cache keys are computed once) and run on the session's connection
# (SQLAlchemy Core: no ORM objects, identity map or flush): the writer runs on every save.
_PID_TABLE: Final = cast(Table, PidRow.__table__)
_OUTBOX_TABLE: Final = cast(Table, OutboxRow.__table__)
_P = _PID_TABLE.c
_O = _OUTBOX_TABLE.c
_STATE_TIME_ZONE = select(SyncStateRow.time_zone).where(SyncStateRow.id == 1)
_PID_COLUMNS = (_P.pid, _P.entity_kind, _P.entity_id, _P.family_id)
_PID_OF_ENTITY = DriverStatement(
    select(*_PID_COLUMNS).where(_P.entity_id == bindparam("entity_id"))
)
_PID_BY_PID = select(*_PID_COLUMNS).where(_P.pid == bindparam("pid"))
_PIDS_OF_FAMILY = select(*_PID_COLUMNS).where(_P.family_id == bindparam("family_id"))
_PIDS_OF_FAMILIES = select(*_PID_COLUMNS).where(
    _P.family_id.in_(bindparam("family_ids", expanding=True))
)
_PIDS_OF_FAMILY_KIND = select(*_PID_COLUMNS).where(
    _P.family_id == bindparam("family_id"), _P.entity_kind == bindparam("entity_kind")
)
_INSERT_PID = DriverStatement(
    insert(_PID_TABLE), column_keys=("pid", "entity_kind", "entity_id", "family_id")
)
_DELETE_PID = delete(_PID_TABLE).where(_P.pid == bindparam("pid"))
_DELETE_PIDS_OF_FAMILY = delete(_PID_TABLE).where(_P.family_id == bindparam("family_id"))
_OUTBOX_COLUMNS = (_O.pid, _O.kind, _O.version, _O.payload, _O.acknowledged_version)
_OUTBOX_OF_PID = DriverStatement(select(*_OUTBOX_COLUMNS).where(_O.pid == bindparam("pid")))
_OUTBOX_OF_PIDS = select(*_OUTBOX_COLUMNS).where(_O.pid.in_(bindparam("pids", expanding=True)))
_INSERT_OUTBOX = DriverStatement(
    insert(_OUTBOX_TABLE),
    column_keys=("pid", "kind", "version", "payload", "state", "attempts"),
)
_REQUEUE_OUTBOX = DriverStatement(
    update(_OUTBOX_TABLE)
    .where(_O.pid == bindparam("the_pid"))
    .values(
        kind=bindparam("kind"),
        version=bindparam("version"),
        payload=bindparam("payload"),
        state="pending",
        attempts=0,
        next_attempt_at=None,
        last_error=None,
    )
)
_DELETE_OUTBOX = delete(_OUTBOX_TABLE).where(_O.pid == bindparam("pid"))
_REPORTING_CONSENT = DriverStatement(
    select(
        ConsentEventRow.given,
        ConsentEventRow.event_date,
        ConsentEventRow.created_at,
        ConsentEventRow.id,
    ).where(
        ConsentEventRow.family_id == bindparam("family_id"),
        ConsentEventRow.kind == ConsentKind.ANONYMISED_REPORTING.value,
    )
)
_FAMILY_IDS = select(FamilyRow.id)
_FAMILY_OF_PERSON = select(PersonRow.family_id).where(PersonRow.id == bindparam("id"))
_BIRTH_DATE = select(PersonRow.birth_date).where(PersonRow.id == bindparam("id"))
_PEOPLE_OF_FAMILY = (
    select(PersonRow.id).where(PersonRow.family_id == bindparam("family_id")).order_by(PersonRow.id)
)
_FAMILY = select(FamilyRow.municipality_code, FamilyRow.start_date, FamilyRow.created_at).where(
    FamilyRow.id == bindparam("id")
)
_PEOPLE_COUNT = (
    select(func.count()).select_from(PersonRow).where(PersonRow.family_id == bindparam("id"))
)
_FAMILY_HISTORY = select(
    FamilyStatusChangeRow.id, FamilyStatusChangeRow.status, FamilyStatusChangeRow.happened_on
).where(FamilyStatusChangeRow.family_id == bindparam("id"))
_PERSON = select(PersonRow.gender, PersonRow.role).where(PersonRow.id == bindparam("id"))
_GOAL = select(GoalRow.family_id, GoalRow.person_id, GoalRow.domain).where(
    GoalRow.id == bindparam("id")
)
_GOAL_HISTORY = (
    select(GoalStatusChangeRow.id, GoalStatusChangeRow.status, GoalStatusChangeRow.happened_on)
    .where(GoalStatusChangeRow.goal_id == bindparam("id"))
    .order_by(GoalStatusChangeRow.position)
)
_GOAL_HISTORY_OF_FAMILY = (
    select(GoalStatusChangeRow.id)
    .join(GoalRow, GoalRow.id == GoalStatusChangeRow.goal_id)
    .where(GoalRow.family_id == bindparam("family_id"))
)
_LANGUAGE_LEVEL = select(
    LanguageLevelRow.family_id,
    LanguageLevelRow.person_id,
    LanguageLevelRow.level,
    LanguageLevelRow.assessed_on,
).where(LanguageLevelRow.id == bindparam("id"))
_LEVELS_OF_FAMILY = select(LanguageLevelRow.id).where(
    LanguageLevelRow.family_id == bindparam("family_id")
)
_VISIT = DriverStatement(
    select(VisitRow.family_id, VisitRow.started_at, VisitRow.duration_minutes, VisitRow.mode).where(
        VisitRow.id == bindparam("id")
    )
)
_ASSESSMENT = select(
    AssessmentRow.family_id,
    AssessmentRow.person_id,
    AssessmentRow.domain,
    AssessmentRow.score,
    AssessmentRow.assessed_on,
).where(AssessmentRow.id == bindparam("id"))
#: The ids of a family's entities of each kind, in id order (a rebuild or a consent change).
_IDS_OF_FAMILY = {
    table: select(table.id).where(table.family_id == bindparam("family_id")).order_by(table.id)
    for table in (GoalRow, VisitRow, AssessmentRow, LanguageLevelRow)
}
#: The ids of the entities that carry a person's age band, in id order (a person change).
_IDS_OF_PERSON = {
    table: select(table.id).where(table.person_id == bindparam("person_id")).order_by(table.id)
    for table in (GoalRow, LanguageLevelRow, AssessmentRow)
}


@dataclass(slots=True)
class _Pid:
    """A ``sync_pid`` row: the entity's pid and owning family."""

    pid: str
    entity_kind: str
    entity_id: str
    family_id: str


@dataclass(slots=True)
class _Queued:
    """The columns of a ``sync_outbox`` row the writer reads (and keeps up to date)."""

    kind: str
    version: int
    payload: str
    acknowledged_version: int | None


def _expire_loaded(session: Session) -> None:
    """Expire outbox and pid rows the session holds as ORM objects (the writer changes their
    rows with Core statements), so they are read again when next used."""
    for item in list(session.identity_map.values()):
        if isinstance(item, OutboxRow | PidRow):
            session.expire(item)


def ensure_state(session: Session) -> SyncStateRow:
    """The single sync-state row, created on first use."""
    state = session.get(SyncStateRow, 1)
    if state is None:
        state = SyncStateRow(id=1, revoked=0, high_water_mark=0, outbox_format=0)
        session.add(state)
        session.flush()
    return state


def set_time_zone(session: Session, key: str) -> bool:
    """Take months and weeks in the time zone ``key`` (an IANA name) from now on. A change
    of a zone already in use marks the outbox for a rebuild (months at the zone's edges may
    move); True if it did. Raises ``zoneinfo.ZoneInfoNotFoundError`` for an unknown name."""
    ZoneInfo(key)
    state = ensure_state(session)
    if state.time_zone == key:
        return False
    changed = state.time_zone is not None and state.outbox_format
    state.time_zone = key
    if changed:
        state.outbox_format = 0
        log.info("programme time zone changed: the outbox will be rebuilt")
    return bool(changed)


@dataclass(frozen=True)
class RebuildStep:
    """Progress of a rebuild: ``done`` of ``total`` families, each in its own transaction."""

    done: int
    total: int


class OutboxWriter:
    """The ``before_commit`` hook of `SqlUnitOfWork`, and the rebuild of the outbox.

    ``time_zone``: the programme's IANA time zone; None reads it from the sync state (which
    the workspace sets from the deployment file), else `DEFAULT_TIME_ZONE`.
    """

    def __init__(
        self,
        *,
        time_zone: str | None = None,
        new_pid: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self._zone = None if time_zone is None else ZoneInfo(time_zone)
        self._new_pid = new_pid

    def zone(self, bind: Session | Connection) -> ZoneInfo:
        """The time zone months and weeks are taken in."""
        if self._zone is not None:
            return self._zone
        return ZoneInfo(bind.scalar(_STATE_TIME_ZONE) or DEFAULT_TIME_ZONE)

    def __call__(self, uow: SqlUnitOfWork, changes: Sequence[Change]) -> None:
        db = uow.connection
        work = _Pass(
            db,
            self.zone(db),
            self._new_pid,
            new_visits=uow.info.get(NEW_VISITS),
            session=uow.loaded_session,
        )
        work.apply(changes)
        work.finish()

    # ----------------------------------------------------------------------- rebuilding

    @staticmethod
    def needs_rebuild(session: Session) -> bool:
        """Whether the outbox holds records of an older format (or was never built)."""
        state = session.get(SyncStateRow, 1)
        return state is None or (state.outbox_format or 0) < OUTBOX_FORMAT

    def rebuild(
        self,
        bind: Engine | sessionmaker[Session],
        *,
        on_step: Callable[[RebuildStep], None] | None = None,
    ) -> int:
        """Re-derive every family's records in short transactions (each takes families for
        about 50 ms, at least one), then sweep out any row of an older format and note the
        format. Returns the number of families.

        ``on_step`` is called after each transaction has committed, with the families done so
        far. A save made meanwhile waits at most for one such transaction; an interrupted
        rebuild (the data locked, the app closed) is simply run again (it changes only what
        differs).
        """
        sessions = bind if isinstance(bind, sessionmaker) else make_session_factory(bind)
        with sessions() as session:
            zone = self.zone(session)
            family_ids = session.scalars(select(FamilyRow.id).order_by(FamilyRow.id)).all()
        total = len(family_ids)
        done = 0
        while done < total:
            # One transaction holds families until it has worked for a moment: short enough
            # that a save waits unnoticed, long enough not to pay a disk flush per family.
            # Its writes wait for the end of the transaction, so a save waits for the write
            # lock only while they are written and committed, not for the whole moment. If
            # another connection committed meanwhile (a save), what was read may be stale:
            # the families are then done again, holding the write lock.
            started = time.monotonic()
            first = done
            with sessions() as session, session.begin(), session.no_autoflush:
                work = _Pass.on_session(session, zone, self._new_pid, defer=True)
                prefetched = done
                try:
                    while done < total and time.monotonic() - started < _CHUNK_SECONDS:
                        if done == prefetched:
                            batch = family_ids[done : done + _PREFETCH_FAMILIES]
                            work.prefetch_families(batch)
                            prefetched += len(batch)
                        work.apply([("consent", UUID(family_ids[done]))])
                        done += 1
                    work.finish()
                except _Stale:
                    log.info("outbox rebuild: a save came between; families done again")
                    work = _Pass.on_session(session, zone, self._new_pid)
                    work.apply([("consent", UUID(i)) for i in family_ids[first:done]])
                    work.finish()
            if on_step is not None:
                on_step(RebuildStep(done, total))
        after: int | None = 0
        while after is not None:
            with sessions() as session, session.begin():
                after = _Pass.on_session(session, zone, self._new_pid).sweep(after, _SWEEP_CHUNK)
        with sessions() as session, session.begin():
            ensure_state(session).outbox_format = OUTBOX_FORMAT
        log.info("outbox rebuilt for %d families", total)
        return total

    def refresh_if_stale(self, session: Session) -> bool:
        """Rebuild the outbox if it holds records of an older format; True if it did.

        Called by the sync engine before it sends. The rebuild runs in its own short
        transactions on ``session``'s engine; only if ``session`` already holds a write
        transaction (which the others would wait for) does it run inside it.
        """
        if not self.needs_rebuild(session):
            return False
        raw = session.connection().connection.dbapi_connection
        writing = bool(getattr(raw, "in_transaction", False))
        if writing or session.new or session.dirty or session.deleted:
            log.warning("outbox rebuilt inside a write transaction")
            work = _Pass.on_session(session, self.zone(session), self._new_pid)
            work.apply([("consent", UUID(i)) for i in work.db.scalars(_FAMILY_IDS).all()])
            work.finish()
            work = _Pass.on_session(session, self.zone(session), self._new_pid)
            work.sweep(0, None)
            work.finish()
            ensure_state(session).outbox_format = OUTBOX_FORMAT
            return True
        bind = session.get_bind()
        assert isinstance(bind, Engine)
        self.rebuild(bind)
        session.expire_all()
        return True


class _Stale(Exception):
    """A deferring pass's reads may be stale: another connection committed since it began."""


class _Pass:
    """One application of changes, with per-pass caches.

    Reads and writes are Core statements built once, run on the session's connection (so in
    its transaction), after one flush of any pending ORM changes: the outbox's own rows are
    never ORM objects (no identity map, no flush at commit). They are written at once, or with
    ``defer`` (a rebuild) held back until the pass reads the outbox's tables again or
    `finish`es, so the transaction takes the write lock only then. The driver starts the
    transaction at the first write, so the reads before it are not in it: before writing, a
    deferring pass takes the write lock and raises `_Stale` (nothing written) if another
    connection committed since the pass began (SQLite's ``data_version``).
    """

    def __init__(
        self,
        db: Connection,
        zone: ZoneInfo,
        new_pid: Callable[[], str],
        *,
        new_visits: dict[str, tuple[str, datetime, int, str]] | None = None,
        session: Session | None = None,
        defer: bool = False,
    ) -> None:
        """A pass on ``db`` (in its transaction, pending ORM changes flushed); ``new_visits``:
        the transaction's `NEW_VISITS`; ``session``: the ORM session of the transaction, if
        any, whose outbox and pid objects `finish` expires."""
        self.session = session
        self.db = db
        self.zone = zone
        self.new_pid = new_pid
        self._allowed: dict[str, bool] = {}
        self._pids: dict[str, _Pid] = {}
        self._fresh: set[str] = set()  # pids made in this pass: they have no outbox row yet
        self._rows: dict[str, _Queued | None] = {}  # outbox rows looked up or written
        self._complete: set[str] = set()  # families whose pid mappings are all in _pids
        # Visits inserted in this transaction (the data in hand; a new id has no pid yet).
        self._new_visits = new_visits or {}
        self._births: dict[str, date | None] = {}  # people's birth dates, for age bands
        self._deferred: list[tuple[Any, dict[str, Any]]] | None = None
        self._data_version: int | None = None
        if defer:
            self._deferred = []
            self._data_version = self.db.exec_driver_sql("PRAGMA data_version").scalar_one()

    @classmethod
    def on_session(
        cls, session: Session, zone: ZoneInfo, new_pid: Callable[[], str], *, defer: bool = False
    ) -> _Pass:
        """A pass in ``session``'s transaction, after flushing its pending ORM changes."""
        session.flush()
        return cls(session.connection(), zone, new_pid, session=session, defer=defer)

    def prefetch_families(self, family_ids: Sequence[str]) -> None:
        """Load the families' pid mappings and outbox rows in two statements (a rebuild visits
        every one of them); the pass then reads neither table for these families again."""
        rows = self._pid_rows(_PIDS_OF_FAMILIES, {"family_ids": list(family_ids)})
        for row in rows:
            self._pids.setdefault(row.entity_id, row)
        pids = [row.pid for row in rows]
        for pid in pids:
            self._rows.setdefault(pid, None)
        if pids:
            for outbox in self._read(_OUTBOX_OF_PIDS, {"pids": pids}):
                self._rows[outbox.pid] = _Queued(
                    outbox.kind, outbox.version, outbox.payload, outbox.acknowledged_version
                )
        self._complete.update(family_ids)

    def _read(self, statement: Any, parameters: dict[str, Any]) -> Sequence[Any]:
        """Run a read of the outbox's own tables, after the writes held back so far; its
        rows."""
        self._write_out()
        return self._run(statement, parameters)

    def _run(self, statement: Any, parameters: Any) -> Sequence[Any]:
        """A `DriverStatement` runs on the driver (the save's hot path), any other statement
        through SQLAlchemy; the rows either returns (index them: only SQLAlchemy's have names)."""
        if isinstance(statement, DriverStatement):
            return statement.run(self.db, parameters)
        result = self.db.execute(statement, parameters)
        return result.all() if result.returns_rows else ()

    def _change(self, statement: Any, parameters: dict[str, Any]) -> None:
        """Run a write of the outbox's own tables now, or hold it back (``defer``)."""
        if self._deferred is None:
            self._run(statement, parameters)
        else:
            self._deferred.append((statement, parameters))

    def _write_out(self) -> None:
        """Run the writes held back, in order (runs of one statement as one executemany),
        after taking the write lock and checking nothing changed underneath (`_Stale`); from
        then on the pass writes at once."""
        pending = self._deferred
        if not pending:
            return
        if not getattr(self.db.connection.dbapi_connection, "in_transaction", True):
            self.db.exec_driver_sql("BEGIN IMMEDIATE")
        if self.db.exec_driver_sql("PRAGMA data_version").scalar_one() != self._data_version:
            raise _Stale
        self._deferred = None
        start = 0
        while start < len(pending):
            statement = pending[start][0]
            end = start + 1
            while end < len(pending) and pending[end][0] is statement:
                end += 1
            self._run(statement, [parameters for _, parameters in pending[start:end]])
            start = end

    def _pid_rows(self, statement: Any, parameters: dict[str, Any]) -> list[_Pid]:
        return [_Pid(*row) for row in self._read(statement, parameters)]

    def _family_pid_rows(self, family_id: str, entity_kind: str | None = None) -> list[_Pid]:
        """The family's pid mappings (of one kind), from the pass's own when it holds them
        all (a prefetched family), else read."""
        if family_id in self._complete:
            return [
                row
                for row in self._pids.values()
                if row.family_id == family_id
                and (entity_kind is None or row.entity_kind == entity_kind)
            ]
        if entity_kind is None:
            return self._pid_rows(_PIDS_OF_FAMILY, {"family_id": family_id})
        return self._pid_rows(
            _PIDS_OF_FAMILY_KIND, {"family_id": family_id, "entity_kind": entity_kind}
        )

    def finish(self) -> None:
        """After the pass: the writes held back are run, and ORM objects of outbox and pid
        rows the session may hold are expired (their rows may have changed underneath)."""
        self._write_out()
        if self.session is not None:
            _expire_loaded(self.session)

    def apply(self, changes: Iterable[Change]) -> None:
        seen: set[Change] = set()
        for change in changes:
            if change in seen:
                continue
            seen.add(change)
            kind, entity_id = change
            key = str(entity_id)
            if kind == "family_erased":
                self._erase(key)
            elif kind == "consent":
                self._whole_family(key)
            elif kind == "family":
                self._family(key)
            elif kind == "person":
                family_id = self.db.scalar(_FAMILY_OF_PERSON, {"id": key})
                if family_id is not None:
                    self._person(key, family_id, dependents=True)
                    self._family(family_id)
            elif kind == "visit":
                self._visit(key)
            elif kind == "goal":
                self._goal(key)
            elif kind == "assessment":
                self._assessment(key)
            elif kind == "language_level":
                self._language_level(key)

    # ------------------------------------------------------------------------- dates

    def local_day(self, moment: datetime) -> date:
        """The calendar day of an aware UTC moment in the programme's time zone."""
        return moment.astimezone(self.zone).date()

    # ------------------------------------------------------------------ consent and pids

    def _reporting_allowed(self, family_id: str) -> bool:
        """Whether the family's latest reporting consent event (by date, then recording time,
        then id) gives consent. A family has a handful of events: they are picked in Python,
        as an ORDER BY here costs a sort (a temporary b-tree) on every save."""
        if family_id not in self._allowed:
            events = _REPORTING_CONSENT.run(self.db, {"family_id": family_id})
            # (given, event date, recorded at, id): the latest by the last three
            latest = max(events, key=lambda e: (e[1], e[2], e[3]), default=None)
            self._allowed[family_id] = latest is not None and bool(latest[0])
        return self._allowed[family_id]

    def _known_pid_row(self, entity_id: str, family_id: str | None = None) -> _Pid | None:
        """The entity's pid mapping if it has one (remembered for the pass)."""
        row = self._pids.get(entity_id)
        if row is None and family_id not in self._complete and entity_id not in self._new_visits:
            found = self._read(_PID_OF_ENTITY, {"entity_id": entity_id})
            if found:
                row = self._pids[entity_id] = _Pid(*found[0])
        return row

    def _prefetch_family_pid(self, family_id: str) -> None:
        """Look the family's pid up before the entity's own pid is made: the lookup then has
        no new row to flush first, and both new rows go in the commit's single flush."""
        self._known_pid_row(family_id, family_id)

    def _pid_row(self, entity_kind: str, entity_id: str, family_id: str) -> _Pid:
        row = self._known_pid_row(entity_id, family_id)
        if row is None:
            row = _Pid(self.new_pid(), entity_kind, entity_id, family_id)
            self._change(
                _INSERT_PID,
                {
                    "pid": row.pid,
                    "entity_kind": entity_kind,
                    "entity_id": entity_id,
                    "family_id": family_id,
                },
            )
            self._fresh.add(row.pid)
            self._pids[entity_id] = row
        return row

    def _pid(self, entity_kind: str, entity_id: str, family_id: str) -> str:
        return self._pid_row(entity_kind, entity_id, family_id).pid

    def _forget_pid(self, pid_row: _Pid) -> None:
        self._pids.pop(pid_row.entity_id, None)
        self._fresh.discard(pid_row.pid)
        self._change(_DELETE_PID, {"pid": pid_row.pid})

    # ------------------------------------------------------------------------ the queue

    def _outbox_row(self, pid: str) -> _Queued | None:
        if pid in self._rows:
            return self._rows[pid]
        if pid in self._fresh:
            return None
        found = self._read(_OUTBOX_OF_PID, {"pid": pid})
        row = _Queued(*found[0][1:]) if found else None
        self._rows[pid] = row
        return row

    def _queue(self, pid: str, fields: dict[str, Any] | None, entity_id: str) -> None:
        """Upsert the pid's outbox row with ``fields`` at the next version, unless the
        content is unchanged. ``None`` (not representable) retracts what was queued."""
        if fields is None:
            log.info("entity %s has no representable record", entity_id)
            self._retract(pid, RETRACTED, entity_id, forget=False)
            return
        row = self._outbox_row(pid)
        if row is not None:
            stored = json.loads(row.payload)
            stored.pop("version", None)
            if stored == fields:
                return
        self._write(pid, row, fields, entity_id)

    def _write(self, pid: str, row: _Queued | None, fields: dict[str, Any], entity_id: str) -> None:
        version = 1 if row is None else row.version + 1
        record = anonymise.validated(fields, version)
        if record is None:
            log.warning("entity %s produced a record the protocol refuses", entity_id)
            return
        payload = anonymise.canonical_json(record)
        if row is None:
            self._fresh.discard(pid)  # from now on the pid has a row
            self._change(
                _INSERT_OUTBOX,
                {
                    "pid": pid,
                    "kind": record.kind,
                    "version": version,
                    "payload": payload,
                    "state": "pending",
                    "attempts": 0,
                },
            )
            self._rows[pid] = _Queued(record.kind, version, payload, None)
        else:
            self._change(
                _REQUEUE_OUTBOX,
                {"the_pid": pid, "kind": record.kind, "version": version, "payload": payload},
            )
            row.kind = record.kind
            row.version = version
            row.payload = payload

    def _retract(
        self, pid: str, reason: str, entity_id: str, *, forget: bool, gone: bool = False
    ) -> None:
        """Withdraw the pid's record: a tombstone if the server ever acknowledged the pid;
        else its outbox row goes, and (``forget``, or for any pid but a family's, which other
        records name) its mapping too, so a later record gets a new pid. ``gone``: the entity
        no longer exists, so its mapping goes in any case (its tombstone stays queued)."""
        row = self._outbox_row(pid)
        if row is not None and row.acknowledged_version is not None:
            if row.kind != TOMBSTONE:
                self._write(pid, row, anonymise.tombstone_fields(pid=pid, reason=reason), entity_id)
            if gone:
                pid_row = self._known_pid_row(entity_id)
                if pid_row is not None and pid_row.pid == pid:
                    self._forget_pid(pid_row)
            return
        if row is not None and row.kind == TOMBSTONE:
            return
        if row is not None:
            self._change(_DELETE_OUTBOX, {"pid": pid})
            self._rows[pid] = None
        pid_row = self._known_pid_row(entity_id)
        if (
            pid_row is not None
            and pid_row.pid == pid
            and (forget or pid_row.entity_kind != "family")
        ):
            self._forget_pid(pid_row)

    def _retract_family(self, family_id: str, reason: str) -> None:
        for pid_row in self._family_pid_rows(family_id):
            self._pids.setdefault(pid_row.entity_id, pid_row)
            self._retract(pid_row.pid, reason, pid_row.entity_id, forget=True)

    def _erase(self, family_id: str) -> None:
        # Tombstones first, while the pid mappings still exist; then forget the mappings.
        self._retract_family(family_id, "erased")
        self._change(_DELETE_PIDS_OF_FAMILY, {"family_id": family_id})
        self._pids = {k: v for k, v in self._pids.items() if v.family_id != family_id}
        self._allowed.pop(family_id, None)

    def _retract_orphans(self, family_id: str, entity_kind: str, existing: set[str]) -> None:
        """Retract the family's dated entries of ``entity_kind`` that no longer exist."""
        for pid_row in self._family_pid_rows(family_id, entity_kind):
            if pid_row.entity_id not in existing:
                self._pids.setdefault(pid_row.entity_id, pid_row)
                self._retract(pid_row.pid, RETRACTED, pid_row.entity_id, forget=True, gone=True)

    def _whole_family(self, family_id: str) -> None:
        if not self._reporting_allowed(family_id):
            self._retract_family(family_id, "consent_withdrawn")
            return
        db = self.db
        family = {"family_id": family_id}
        self._family(family_id)
        for person_id in db.scalars(_PEOPLE_OF_FAMILY, family).all():
            self._person(person_id, family_id)
        for table, build in (
            (GoalRow, self._goal),
            (VisitRow, self._visit),
            (AssessmentRow, self._assessment),
            (LanguageLevelRow, self._language_level),
        ):
            for entity_id in db.scalars(_IDS_OF_FAMILY[table], family).all():
                build(entity_id)
        levels = db.scalars(_LEVELS_OF_FAMILY, family)
        self._retract_orphans(family_id, LANGUAGE_LEVEL, set(levels))

    def sweep(self, after: int, limit: int | None) -> int | None:
        """Retract live rows (after ``after`` in queue order, at most ``limit``) that are no
        longer a valid record of the current format. Returns the last seq looked at, or None
        when there are no more."""
        query = (
            select(OutboxRow.seq, OutboxRow.pid, OutboxRow.payload)
            .where(OutboxRow.seq > after, OutboxRow.kind != TOMBSTONE)
            .order_by(OutboxRow.seq)
        )
        rows = self._read(query if limit is None else query.limit(limit), {})
        for row in rows:
            fields = json.loads(row.payload)
            version = fields.pop("version", 1)
            if anonymise.validated(fields, version) is None:
                found = self._read(_PID_BY_PID, {"pid": row.pid})
                pid_row = _Pid(*found[0]) if found else None
                entity_id = pid_row.entity_id if pid_row is not None else row.pid
                if pid_row is not None:
                    self._pids.setdefault(entity_id, pid_row)
                self._retract(row.pid, RETRACTED, entity_id, forget=True)
        if limit is None or len(rows) < limit:
            return None
        return int(rows[-1].seq)

    # ---------------------------------------------------------------------- the records

    def _birth_date(self, person_id: str | None) -> date | None:
        """The person's birth date (None without a person or a birth date), for age bands."""
        if person_id is None:
            return None
        if person_id not in self._births:
            self._births[person_id] = self.db.scalar(_BIRTH_DATE, {"id": person_id})
        return self._births[person_id]

    def _family(self, family_id: str) -> None:
        if not self._reporting_allowed(family_id):
            return
        row = self.db.execute(_FAMILY, {"id": family_id}).first()
        if row is None:
            return
        people = self.db.scalar(_PEOPLE_COUNT, {"id": family_id})
        pid = self._pid("family", family_id, family_id)
        self._queue(
            pid,
            anonymise.family_fields(
                pid=pid,
                municipality_code=row.municipality_code,
                people=int(people or 0),
                enrolled=row.start_date or self.local_day(row.created_at),
            ),
            family_id,
        )
        history = self.db.execute(_FAMILY_HISTORY, {"id": family_id}).all()
        for entry in history:
            entry_pid = self._pid(FAMILY_STATUS, entry.id, family_id)
            self._queue(
                entry_pid,
                anonymise.status_change_fields(
                    pid=entry_pid,
                    subject_kind="family",
                    subject_pid=pid,
                    status=entry.status,
                    on=entry.happened_on,
                    birth_date=None,
                ),
                entry.id,
            )
        self._retract_orphans(family_id, FAMILY_STATUS, {entry.id for entry in history})

    def _person(self, person_id: str, family_id: str, *, dependents: bool = False) -> None:
        """The person's record; with ``dependents``, also every record that carries the
        person's age band (their goals and those goals' status changes, language levels and
        assessments), as a changed birth date changes them."""
        if not self._reporting_allowed(family_id):
            return
        row = self.db.execute(_PERSON, {"id": person_id}).first()
        if row is None:
            return
        self._prefetch_family_pid(family_id)
        pid = self._pid("person", person_id, family_id)
        self._queue(
            pid,
            anonymise.person_fields(
                pid=pid,
                family_pid=self._pid("family", family_id, family_id),
                gender=row.gender,
                role=row.role,
            ),
            person_id,
        )
        if dependents:
            person = {"person_id": person_id}
            for table, build in (
                (GoalRow, self._goal),
                (LanguageLevelRow, self._language_level),
                (AssessmentRow, self._assessment),
            ):
                for entity_id in self.db.scalars(_IDS_OF_PERSON[table], person).all():
                    build(entity_id)

    def _goal(self, goal_id: str) -> None:
        row = self.db.execute(_GOAL, {"id": goal_id}).first()
        if row is None or not self._reporting_allowed(row.family_id):
            return
        family_id = row.family_id
        history = self.db.execute(_GOAL_HISTORY, {"id": goal_id}).all()
        birth_date = self._birth_date(row.person_id)
        self._prefetch_family_pid(family_id)
        pid = self._pid("goal", goal_id, family_id)
        self._queue(
            pid,
            None
            if not history
            else anonymise.goal_fields(
                pid=pid,
                family_pid=self._pid("family", family_id, family_id),
                person_pid=(
                    self._pid("person", row.person_id, family_id) if row.person_id else None
                ),
                domain=row.domain,
                opened_on=history[0].happened_on,
                birth_date=birth_date,
            ),
            goal_id,
        )
        for entry in history:
            entry_pid = self._pid(GOAL_STATUS, entry.id, family_id)
            self._queue(
                entry_pid,
                anonymise.status_change_fields(
                    pid=entry_pid,
                    subject_kind="goal",
                    subject_pid=pid,
                    status=entry.status,
                    on=entry.happened_on,
                    birth_date=birth_date,
                ),
                entry.id,
            )
        existing = self.db.scalars(_GOAL_HISTORY_OF_FAMILY, {"family_id": family_id})
        self._retract_orphans(family_id, GOAL_STATUS, set(existing))

    def _language_level(self, level_id: str) -> None:
        row = self.db.execute(_LANGUAGE_LEVEL, {"id": level_id}).first()
        if row is None:  # deleted: retract what was queued or sent for it
            pid_row = self._known_pid_row(level_id)
            if pid_row is not None:
                self._retract(pid_row.pid, RETRACTED, level_id, forget=True, gone=True)
            return
        if not self._reporting_allowed(row.family_id):
            return
        self._prefetch_family_pid(row.family_id)
        person_pid = self._pid("person", row.person_id, row.family_id)
        pid = self._pid(LANGUAGE_LEVEL, level_id, row.family_id)
        self._queue(
            pid,
            anonymise.language_level_fields(
                pid=pid,
                person_pid=person_pid,
                level=row.level,
                on=row.assessed_on,
                birth_date=self._birth_date(row.person_id),
            ),
            level_id,
        )

    def _visit(self, visit_id: str) -> None:
        row = self._new_visits.get(visit_id) or _VISIT.first(self.db, {"id": visit_id})
        if row is None:
            return
        family_id, started_at, duration_minutes, mode = row
        if not self._reporting_allowed(family_id):
            return
        self._prefetch_family_pid(family_id)
        pid = self._pid("visit", visit_id, family_id)
        self._queue(
            pid,
            anonymise.visit_fields(
                pid=pid,
                family_pid=self._pid("family", family_id, family_id),
                day=self.local_day(started_at),
                duration_minutes=duration_minutes,
                mode=mode,
            ),
            visit_id,
        )

    def _assessment(self, assessment_id: str) -> None:
        row = self.db.execute(_ASSESSMENT, {"id": assessment_id}).first()
        if row is None or not self._reporting_allowed(row.family_id):
            return
        family_id = row.family_id
        self._prefetch_family_pid(family_id)
        subject = (
            self._pid("person", row.person_id, family_id)
            if row.person_id
            else self._pid("family", family_id, family_id)
        )
        pid = self._pid("assessment", assessment_id, family_id)
        self._queue(
            pid,
            anonymise.assessment_fields(
                pid=pid,
                subject_pid=subject,
                domain=row.domain,
                score=row.score,
                assessed_on=row.assessed_on,
                birth_date=self._birth_date(row.person_id),
                of_person=row.person_id is not None,
            ),
            assessment_id,
        )
