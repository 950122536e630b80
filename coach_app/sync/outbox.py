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
  queues a tombstone (``consent_withdrawn``) for each of the family's pids with live content;
- erasing a family queues a tombstone (``erased``) for each of its pids, then deletes its pid
  mappings: all in the erasing transaction.

Functions take a session and never commit.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.orm import Session

from coach_app.domain import ConsentKind
from coach_app.storage.models import (
    AssessmentRow,
    ConsentEventRow,
    FamilyRow,
    GoalRow,
    PersonRow,
    ProgressEntryRow,
    VisitRow,
)
from coach_app.storage.models_sync import OutboxRow, PidRow, SyncStateRow
from coach_app.storage.uow import Change
from coach_app.sync import anonymise

__all__ = ["OutboxWriter", "ensure_state"]

log = logging.getLogger(__name__)

TOMBSTONE = "tombstone"

# Statements built once (their cache keys are computed once): the writer runs on every save.
_STATE_EXISTS = select(SyncStateRow.id).where(SyncStateRow.id == 1)
_PID_OF_ENTITY = select(PidRow).where(PidRow.entity_id == bindparam("entity_id"))
_REPORTING_CONSENT = select(
    ConsentEventRow.given,
    ConsentEventRow.event_date,
    ConsentEventRow.created_at,
    ConsentEventRow.id,
).where(
    ConsentEventRow.family_id == bindparam("family_id"),
    ConsentEventRow.kind == ConsentKind.ANONYMISED_REPORTING.value,
)


def ensure_state(session: Session) -> SyncStateRow:
    """The single sync-state row, created on first use."""
    state = session.get(SyncStateRow, 1)
    if state is None:
        state = SyncStateRow(id=1, revoked=0, high_water_mark=0)
        session.add(state)
        session.flush()
    return state


class OutboxWriter:
    """The ``before_commit`` hook. ``today`` gives the date age bands are computed on (and the
    month a family's status change is dated to when its row carries no date)."""

    def __init__(
        self,
        *,
        today: Callable[[], date] = date.today,
        new_pid: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self._today = today
        self._new_pid = new_pid

    def __call__(self, session: Session, changes: Sequence[Change]) -> None:
        if session.scalar(_STATE_EXISTS) is None:
            # The first change since the outbox exists: derive everything once (a database
            # that held families before this feature is covered too).
            self.rebuild(session)
        _Pass(session, self._today(), self._new_pid).apply(changes)

    def rebuild(self, session: Session) -> None:
        """Re-derive every family's records and note the month (age bands move with time)."""
        today = self._today()
        ids = session.scalars(select(FamilyRow.id).order_by(FamilyRow.id)).all()
        _Pass(session, today, self._new_pid).apply([("consent", UUID(i)) for i in ids])
        ensure_state(session).refreshed_month = anonymise.month(today)

    def refresh_if_stale(self, session: Session) -> bool:
        """Rebuild once a calendar month (so age bands stay true); True if it did."""
        state = ensure_state(session)
        if state.refreshed_month == anonymise.month(self._today()):
            return False
        self.rebuild(session)
        return True


class _Pass:
    """One application of changes, with per-pass caches."""

    def __init__(self, session: Session, today: date, new_pid: Callable[[], str]) -> None:
        self.session = session
        self.today = today
        self.new_pid = new_pid
        self._allowed: dict[str, bool] = {}
        self._pids: dict[str, PidRow] = {}
        self._fresh: set[str] = set()  # pids made in this pass: they have no outbox row yet

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
                family_id = self.session.scalar(
                    select(PersonRow.family_id).where(PersonRow.id == key)
                )
                if family_id is not None:
                    self._person(key, family_id)
                    self._family(family_id)
            elif kind == "visit":
                self._visit(key)
            elif kind == "goal":
                self._goal(key)
            elif kind == "assessment":
                self._assessment(key)

    # ------------------------------------------------------------------ consent and pids

    def _reporting_allowed(self, family_id: str) -> bool:
        """Whether the family's latest reporting consent event (by date, then recording time,
        then id) gives consent. A family has a handful of events: they are picked in Python,
        as an ORDER BY here costs a sort (a temporary b-tree) on every save."""
        if family_id not in self._allowed:
            events = self.session.execute(_REPORTING_CONSENT, {"family_id": family_id}).all()
            latest = max(events, key=lambda e: (e.event_date, e.created_at, e.id), default=None)
            self._allowed[family_id] = latest is not None and bool(latest.given)
        return self._allowed[family_id]

    def _known_pid_row(self, entity_id: str) -> PidRow | None:
        """The entity's pid mapping if it has one (remembered for the pass)."""
        row = self._pids.get(entity_id)
        if row is None:
            row = self.session.scalars(_PID_OF_ENTITY, {"entity_id": entity_id}).first()
            if row is not None:
                self._pids[entity_id] = row
        return row

    def _prefetch_family_pid(self, family_id: str) -> None:
        """Look the family's pid up before the entity's own pid is made: the lookup then has
        no new row to flush first, and both new rows go in the commit's single flush."""
        self._known_pid_row(family_id)

    def _pid_row(self, entity_kind: str, entity_id: str, family_id: str) -> PidRow:
        row = self._known_pid_row(entity_id)
        if row is None:
            row = PidRow(
                pid=self.new_pid(),
                entity_kind=entity_kind,
                entity_id=entity_id,
                family_id=family_id,
            )
            self.session.add(row)
            self._fresh.add(row.pid)
            self._pids[entity_id] = row
        return row

    def _pid(self, entity_kind: str, entity_id: str, family_id: str) -> str:
        return self._pid_row(entity_kind, entity_id, family_id).pid

    # ------------------------------------------------------------------------ the queue

    def _queue(self, pid: str, fields: dict[str, Any] | None, entity_id: str) -> None:
        """Upsert the pid's outbox row with ``fields`` at the next version, unless the
        content is unchanged. ``None`` (not representable) retracts what was sent."""
        row = (
            None
            if pid in self._fresh
            else self.session.scalars(select(OutboxRow).where(OutboxRow.pid == pid)).first()
        )
        if fields is None:
            log.info("entity %s has no representable record", entity_id)
            if row is not None and row.kind != TOMBSTONE:
                self._queue(pid, anonymise.tombstone_fields(pid=pid, reason="erased"), entity_id)
            return
        if row is not None:
            stored = json.loads(row.payload)
            stored.pop("version", None)
            if stored == fields:
                return
        version = 1 if row is None else row.version + 1
        record = anonymise.validated(fields, version)
        if record is None:
            log.warning("entity %s produced a record the protocol refuses", entity_id)
            return
        payload = anonymise.canonical_json(record)
        if row is None:
            self._fresh.discard(pid)  # from now on the pid has a row (pending in the session)
            self.session.add(
                OutboxRow(
                    pid=pid,
                    kind=record.kind,
                    version=version,
                    payload=payload,
                    state="pending",
                    attempts=0,
                )
            )
        else:
            row.kind = record.kind
            row.version = version
            row.payload = payload
            row.state = "pending"
            row.attempts = 0
            row.next_attempt_at = None
            row.last_error = None

    def _tombstone_family(self, family_id: str, reason: str) -> list[PidRow]:
        rows = list(self.session.scalars(select(PidRow).where(PidRow.family_id == family_id)))
        for pid_row in rows:
            outbox = self.session.scalars(
                select(OutboxRow).where(OutboxRow.pid == pid_row.pid)
            ).first()
            if outbox is not None and outbox.kind != TOMBSTONE:
                self._queue(
                    pid_row.pid,
                    anonymise.tombstone_fields(pid=pid_row.pid, reason=reason),
                    pid_row.entity_id,
                )
        return rows

    def _erase(self, family_id: str) -> None:
        # Tombstones first, while the pid mappings still exist; then forget the mappings.
        self._tombstone_family(family_id, "erased")
        self.session.flush()
        self.session.execute(delete(PidRow).where(PidRow.family_id == family_id))
        self._pids = {k: v for k, v in self._pids.items() if v.family_id != family_id}
        self._allowed.pop(family_id, None)

    def _whole_family(self, family_id: str) -> None:
        if not self._reporting_allowed(family_id):
            self._tombstone_family(family_id, "consent_withdrawn")
            return
        session = self.session
        self._family(family_id)
        for person_id in session.scalars(
            select(PersonRow.id).where(PersonRow.family_id == family_id).order_by(PersonRow.id)
        ):
            self._person(person_id, family_id)
        for table, build in (
            (GoalRow, self._goal),
            (VisitRow, self._visit),
            (AssessmentRow, self._assessment),
        ):
            for entity_id in session.scalars(
                select(table.id).where(table.family_id == family_id).order_by(table.id)
            ):
                build(entity_id)

    # ---------------------------------------------------------------------- the records

    def _family(self, family_id: str) -> None:
        if not self._reporting_allowed(family_id):
            return
        row = self.session.execute(
            select(
                FamilyRow.municipality_code,
                FamilyRow.status,
                FamilyRow.start_date,
                FamilyRow.created_at,
                FamilyRow.updated_at,
            ).where(FamilyRow.id == family_id)
        ).first()
        if row is None:
            return
        people = self.session.scalar(
            select(func.count()).select_from(PersonRow).where(PersonRow.family_id == family_id)
        )
        pid_row = self._pid_row("family", family_id, family_id)
        enrolled = row.start_date or row.created_at
        if pid_row.status != row.status or pid_row.status_month is None:
            # The month of the status change, as the family's last edit records it; a family
            # first seen in intake or active counts from its enrolment.
            first = pid_row.status is None and row.status in ("intake", "active")
            pid_row.status = row.status
            pid_row.status_month = anonymise.month(enrolled if first else row.updated_at)
        self._queue(
            pid_row.pid,
            anonymise.family_fields(
                pid=pid_row.pid,
                municipality_code=row.municipality_code,
                people=int(people or 0),
                programme_status=row.status,
                enrolled=enrolled,
                status_month=pid_row.status_month,
            ),
            family_id,
        )

    def _person(self, person_id: str, family_id: str) -> None:
        if not self._reporting_allowed(family_id):
            return
        row = self.session.execute(
            select(PersonRow.birth_date, PersonRow.gender, PersonRow.role).where(
                PersonRow.id == person_id
            )
        ).first()
        if row is None:
            return
        self._prefetch_family_pid(family_id)
        pid = self._pid("person", person_id, family_id)
        self._queue(
            pid,
            anonymise.person_fields(
                pid=pid,
                family_pid=self._pid("family", family_id, family_id),
                birth_date=row.birth_date,
                gender=row.gender,
                role=row.role,
                today=self.today,
            ),
            person_id,
        )

    def _goal(self, goal_id: str) -> None:
        row = self.session.execute(
            select(
                GoalRow.family_id,
                GoalRow.person_id,
                GoalRow.domain,
                GoalRow.status,
                GoalRow.created_at,
            ).where(GoalRow.id == goal_id)
        ).first()
        if row is None or not self._reporting_allowed(row.family_id):
            return
        changed_on = self.session.scalars(
            select(ProgressEntryRow.entry_date)
            .where(ProgressEntryRow.goal_id == goal_id, ProgressEntryRow.to_status.is_not(None))
            .order_by(ProgressEntryRow.position.desc())
            .limit(1)
        ).first()
        self._prefetch_family_pid(row.family_id)
        pid = self._pid("goal", goal_id, row.family_id)
        self._queue(
            pid,
            anonymise.goal_fields(
                pid=pid,
                family_pid=self._pid("family", row.family_id, row.family_id),
                person_pid=(
                    self._pid("person", row.person_id, row.family_id) if row.person_id else None
                ),
                domain=row.domain,
                status=row.status,
                opened=row.created_at,
                status_changed=changed_on,
            ),
            goal_id,
        )

    def _visit(self, visit_id: str) -> None:
        row = self.session.execute(
            select(
                VisitRow.family_id, VisitRow.started_at, VisitRow.duration_minutes, VisitRow.mode
            ).where(VisitRow.id == visit_id)
        ).first()
        if row is None or not self._reporting_allowed(row.family_id):
            return
        self._prefetch_family_pid(row.family_id)
        pid = self._pid("visit", visit_id, row.family_id)
        self._queue(
            pid,
            anonymise.visit_fields(
                pid=pid,
                family_pid=self._pid("family", row.family_id, row.family_id),
                started_at=row.started_at,
                duration_minutes=row.duration_minutes,
                mode=row.mode,
            ),
            visit_id,
        )

    def _assessment(self, assessment_id: str) -> None:
        row = self.session.execute(
            select(
                AssessmentRow.family_id,
                AssessmentRow.person_id,
                AssessmentRow.domain,
                AssessmentRow.score,
                AssessmentRow.assessed_on,
            ).where(AssessmentRow.id == assessment_id)
        ).first()
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
            ),
            assessment_id,
        )
