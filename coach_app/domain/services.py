"""Use cases of the coaching domain, as one facade: `CoachingService`.

Each public method is one transaction: it opens a unit of work, reads, checks the rules,
writes and commits. It returns frozen entities (never ORM objects), so results may cross
threads. Version counters increase by one on every change; an update whose entity is not at
the stored version raises `ConcurrentModificationError` (optimistic locking).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar
from uuid import UUID, uuid4

from coach_app.domain.entities import (
    Assessment,
    ConsentEvent,
    ConsentStatus,
    Family,
    FamilySummary,
    FollowUpAction,
    Goal,
    Milestone,
    Municipality,
    Person,
    ProgressEntry,
    Visit,
    _Entity,
    utc_now,
)
from coach_app.domain.enums import (
    ConsentKind,
    Gender,
    GoalStatus,
    LifeDomain,
    ProgrammeStatus,
    Role,
    VisitMode,
)
from coach_app.domain.errors import (
    ConcurrentModificationError,
    ConsentNotGivenError,
    InvalidGoalTransitionError,
    NotFoundError,
    PersonNotInFamilyError,
    ValidationError,
)
from coach_app.domain.ports import UnitOfWork

__all__ = ["EXPORT_FORMAT", "GOAL_TRANSITIONS", "Clock", "CoachingService", "UnitOfWorkFactory"]

Clock = Callable[[], datetime]
UnitOfWorkFactory = Callable[[], UnitOfWork]
EXPORT_FORMAT = "coach-companion-family-export/1"

#: Allowed goal status changes. An achieved goal is final; a stopped goal may be resumed.
GOAL_TRANSITIONS: Mapping[GoalStatus, frozenset[GoalStatus]] = {
    GoalStatus.PLANNED: frozenset({GoalStatus.STARTED, GoalStatus.ACHIEVED, GoalStatus.STOPPED}),
    GoalStatus.STARTED: frozenset({GoalStatus.ACHIEVED, GoalStatus.STOPPED}),
    GoalStatus.STOPPED: frozenset({GoalStatus.STARTED}),
    GoalStatus.ACHIEVED: frozenset(),
}

_E = TypeVar("_E", bound=_Entity)
_T = TypeVar("_T")


def _found(kind: str, entity_id: UUID, entity: _T | None) -> _T:
    if entity is None:
        raise NotFoundError(kind, entity_id)
    return entity


class CoachingService:
    """The coaching use cases over a unit of work.

    `uow_factory` returns a fresh unit of work per call (e.g. `SqlUnitOfWork` of
    `coach_app.storage`); `clock` returns the current time as an aware UTC datetime.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        clock: Clock = utc_now,
        id_factory: Callable[[], UUID] = uuid4,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._new_id = id_factory

    # ----------------------------------------------------------------- helpers

    def _today(self) -> date:
        return self._clock().astimezone().date()

    def _meta(self) -> dict[str, Any]:
        now = self._clock()
        return {"id": self._new_id(), "created_at": now, "updated_at": now, "version": 1}

    def _next_version(self, entity: _E, stored: _E, kind: str) -> _E:
        """`entity` as the next version of `stored`, after an optimistic-lock check."""
        if entity.version != stored.version:
            raise ConcurrentModificationError(kind, stored.id, entity.version)
        return dataclasses.replace(
            entity,
            created_at=stored.created_at,
            updated_at=self._clock(),
            version=stored.version + 1,
        )

    @staticmethod
    def _require_family(uow: UnitOfWork, family_id: UUID) -> Family:
        return _found("family", family_id, uow.families.get(family_id))

    @staticmethod
    def _check_members(uow: UnitOfWork, family_id: UUID, person_ids: Iterable[UUID]) -> None:
        wanted = set(person_ids)
        if not wanted:
            return
        members = uow.people.ids_in_family(family_id)
        for person_id in sorted(wanted - members, key=str):
            raise PersonNotInFamilyError(person_id, family_id)

    # ---------------------------------------------------------------- families

    def create_family(
        self,
        *,
        display_name: str,
        municipality: Municipality,
        address: str = "",
        phone: str = "",
        preferred_languages: Sequence[str] = (),
        status: ProgrammeStatus = ProgrammeStatus.INTAKE,
        start_date: date | None = None,
        assigned_coach: str = "",
    ) -> Family:
        family = Family(
            **self._meta(),
            display_name=display_name.strip(),
            municipality=municipality,
            address=address.strip(),
            phone=phone.strip(),
            preferred_languages=tuple(preferred_languages),
            status=ProgrammeStatus(status),
            start_date=start_date,
            assigned_coach=assigned_coach.strip(),
        )
        with self._uow_factory() as uow:
            uow.families.add(family)
            uow.note_change("family", family.id)
            uow.commit()
        return family

    def update_family(self, family: Family) -> Family:
        """Store an edited family (from `dataclasses.replace` on one you read)."""
        with self._uow_factory() as uow:
            stored = self._require_family(uow, family.id)
            new = self._next_version(family, stored, "family")
            uow.families.update(new, expected_version=stored.version)
            uow.note_change("family", new.id)
            uow.commit()
        return new

    def get_family(self, family_id: UUID) -> Family:
        with self._uow_factory() as uow:
            return self._require_family(uow, family_id)

    def list_families(
        self, search: str | None = None, status: ProgrammeStatus | None = None
    ) -> list[FamilySummary]:
        search = search.strip() if search else None
        with self._uow_factory() as uow:
            return uow.families.summaries(search=search or None, status=status)

    # ------------------------------------------------------------------ people

    def add_person(
        self,
        family_id: UUID,
        *,
        given_name: str,
        family_name: str = "",
        birth_date: date | None = None,
        gender: Gender = Gender.UNKNOWN,
        role: Role = Role.ADULT,
        languages: Sequence[str] = (),
    ) -> Person:
        person = Person(
            **self._meta(),
            family_id=family_id,
            given_name=given_name.strip(),
            family_name=family_name.strip(),
            birth_date=birth_date,
            gender=Gender(gender),
            role=Role(role),
            languages=tuple(languages),
        )
        self._check_birth_date(person)
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            uow.people.add(person)
            uow.note_change("person", person.id)
            uow.commit()
        return person

    def _check_birth_date(self, person: Person) -> None:
        if person.birth_date is not None and person.birth_date > self._today():
            raise ValidationError("birth_date", "must not be in the future")

    def update_person(self, person: Person) -> Person:
        self._check_birth_date(person)
        with self._uow_factory() as uow:
            stored = _found("person", person.id, uow.people.get(person.id))
            if person.family_id != stored.family_id:
                raise ValidationError("family_id", "a person cannot move to another family")
            new = self._next_version(person, stored, "person")
            uow.people.update(new, expected_version=stored.version)
            uow.note_change("person", new.id)
            uow.commit()
        return new

    def get_person(self, person_id: UUID) -> Person:
        with self._uow_factory() as uow:
            return _found("person", person_id, uow.people.get(person_id))

    def list_people(self, family_id: UUID) -> list[Person]:
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            return uow.people.list_for_family(family_id)

    # ------------------------------------------------------------------ visits

    def record_visit(
        self,
        family_id: UUID,
        *,
        started_at: datetime,
        duration_minutes: int,
        mode: VisitMode = VisitMode.HOME,
        people_present: Sequence[UUID] = (),
        topics: Sequence[LifeDomain] = (),
        notes: str = "",
        follow_ups: Sequence[FollowUpAction] = (),
    ) -> Visit:
        visit = Visit(
            **self._meta(),
            family_id=family_id,
            started_at=started_at,
            duration_minutes=duration_minutes,
            mode=VisitMode(mode),
            people_present=tuple(people_present),
            topics=tuple(LifeDomain(t) for t in topics),
            notes=notes,
            follow_ups=tuple(follow_ups),
        )
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            self._check_members(uow, family_id, visit.people_present)
            uow.visits.add(visit)
            uow.note_change("visit", visit.id)
            uow.commit()
        return visit

    def update_visit(self, visit: Visit) -> Visit:
        """Store an edited visit, its follow-up actions included (add, edit or remove them)."""
        with self._uow_factory() as uow:
            stored = _found("visit", visit.id, uow.visits.get(visit.id))
            if visit.family_id != stored.family_id:
                raise ValidationError("family_id", "a visit cannot move to another family")
            self._check_members(uow, visit.family_id, visit.people_present)
            new = self._next_version(visit, stored, "visit")
            uow.visits.update(new, expected_version=stored.version)
            uow.note_change("visit", new.id)
            uow.commit()
        return new

    def get_visit(self, visit_id: UUID) -> Visit:
        with self._uow_factory() as uow:
            return _found("visit", visit_id, uow.visits.get(visit_id))

    def list_visits(self, family_id: UUID) -> list[Visit]:
        """The family's visits, newest first."""
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            return uow.visits.list_for_family(family_id)

    def set_follow_up_done(self, visit_id: UUID, follow_up_id: UUID, done: bool = True) -> Visit:
        """Tick a follow-up action off (or on again); raises NotFoundError for an unknown
        visit or action."""
        return self._change_follow_up(visit_id, follow_up_id, done=done)

    def move_follow_up(self, visit_id: UUID, follow_up_id: UUID, due_date: date | None) -> Visit:
        """Give a follow-up action a new due date (None: no date); raises NotFoundError for an
        unknown visit or action."""
        return self._change_follow_up(visit_id, follow_up_id, due_date=due_date)

    def _change_follow_up(self, visit_id: UUID, follow_up_id: UUID, **changes: Any) -> Visit:
        with self._uow_factory() as uow:
            stored = _found("visit", visit_id, uow.visits.get(visit_id))
            if follow_up_id not in {f.id for f in stored.follow_ups}:
                raise NotFoundError("follow-up action", follow_up_id)
            follow_ups = tuple(
                dataclasses.replace(f, **changes) if f.id == follow_up_id else f
                for f in stored.follow_ups
            )
            new = self._next_version(
                dataclasses.replace(stored, follow_ups=follow_ups), stored, "visit"
            )
            uow.visits.update(new, expected_version=stored.version)
            uow.note_change("visit", new.id)
            uow.commit()
        return new

    # ------------------------------------------------------------------- goals

    def create_goal(
        self,
        family_id: UUID,
        *,
        domain: LifeDomain,
        title: str,
        person_id: UUID | None = None,
        description: str = "",
        target_date: date | None = None,
        milestones: Sequence[Milestone] = (),
    ) -> Goal:
        goal = Goal(
            **self._meta(),
            family_id=family_id,
            person_id=person_id,
            domain=LifeDomain(domain),
            title=title.strip(),
            description=description,
            target_date=target_date,
            milestones=tuple(milestones),
        )
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            if person_id is not None:
                self._check_members(uow, family_id, [person_id])
            uow.goals.add(goal)
            uow.note_change("goal", goal.id)
            uow.commit()
        return goal

    def update_goal(self, goal: Goal) -> Goal:
        """Store an edited goal: person, domain, title, description, target date, milestones.

        The status changes only through `change_goal_status`; progress entries are history and
        are only added (`change_goal_status`, `add_progress_note`).
        """
        with self._uow_factory() as uow:
            stored = _found("goal", goal.id, uow.goals.get(goal.id))
            if goal.family_id != stored.family_id:
                raise ValidationError("family_id", "a goal cannot move to another family")
            if goal.status != stored.status:
                raise ValidationError("status", "use change_goal_status to change the status")
            if goal.progress != stored.progress:
                raise ValidationError("progress", "progress entries cannot be edited")
            if goal.person_id is not None:
                self._check_members(uow, goal.family_id, [goal.person_id])
            new = self._next_version(goal, stored, "goal")
            uow.goals.update(new, expected_version=stored.version)
            uow.note_change("goal", new.id)
            uow.commit()
        return new

    def _change_goal(
        self, goal_id: UUID, change: Callable[[Goal], Goal], *, expected_version: int | None
    ) -> Goal:
        with self._uow_factory() as uow:
            stored = _found("goal", goal_id, uow.goals.get(goal_id))
            if expected_version is not None and expected_version != stored.version:
                raise ConcurrentModificationError("goal", goal_id, expected_version)
            new = self._next_version(change(stored), stored, "goal")
            uow.goals.update(new, expected_version=stored.version)
            uow.note_change("goal", new.id)
            uow.commit()
        return new

    def change_goal_status(
        self,
        goal_id: UUID,
        new_status: GoalStatus,
        *,
        note: str = "",
        on: date | None = None,
        expected_version: int | None = None,
    ) -> Goal:
        """Change a goal's status (see `GOAL_TRANSITIONS`) and add a progress entry for it."""
        new_status = GoalStatus(new_status)

        def change(goal: Goal) -> Goal:
            if new_status not in GOAL_TRANSITIONS[goal.status]:
                raise InvalidGoalTransitionError(goal.id, goal.status.value, new_status.value)
            entry = ProgressEntry(
                id=self._new_id(),
                entry_date=on or self._today(),
                recorded_at=self._clock(),
                from_status=goal.status,
                to_status=new_status,
                note=note.strip(),
            )
            return dataclasses.replace(goal, status=new_status, progress=(*goal.progress, entry))

        return self._change_goal(goal_id, change, expected_version=expected_version)

    def add_progress_note(
        self,
        goal_id: UUID,
        note: str,
        *,
        on: date | None = None,
        expected_version: int | None = None,
    ) -> Goal:
        """Add a progress entry without a status change."""

        def change(goal: Goal) -> Goal:
            entry = ProgressEntry(
                id=self._new_id(),
                entry_date=on or self._today(),
                recorded_at=self._clock(),
                note=note.strip(),
            )
            return dataclasses.replace(goal, progress=(*goal.progress, entry))

        return self._change_goal(goal_id, change, expected_version=expected_version)

    def add_milestone(
        self,
        goal_id: UUID,
        title: str,
        *,
        target_date: date | None = None,
        expected_version: int | None = None,
    ) -> Goal:
        milestone = Milestone(id=self._new_id(), title=title.strip(), target_date=target_date)
        return self._change_goal(
            goal_id,
            lambda goal: dataclasses.replace(goal, milestones=(*goal.milestones, milestone)),
            expected_version=expected_version,
        )

    def set_milestone_reached(
        self, goal_id: UUID, milestone_id: UUID, reached_on: date | None
    ) -> Goal:
        """Mark a milestone reached on a date, or not reached (`None`)."""

        def change(goal: Goal) -> Goal:
            if milestone_id not in {m.id for m in goal.milestones}:
                raise NotFoundError("milestone", milestone_id)
            milestones = tuple(
                dataclasses.replace(m, reached_on=reached_on) if m.id == milestone_id else m
                for m in goal.milestones
            )
            return dataclasses.replace(goal, milestones=milestones)

        return self._change_goal(goal_id, change, expected_version=None)

    def get_goal(self, goal_id: UUID) -> Goal:
        with self._uow_factory() as uow:
            return _found("goal", goal_id, uow.goals.get(goal_id))

    def list_goals(self, family_id: UUID) -> list[Goal]:
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            return uow.goals.list_for_family(family_id)

    # ------------------------------------------------------------- assessments

    def record_assessment(
        self,
        family_id: UUID,
        *,
        domain: LifeDomain,
        score: int,
        assessed_on: date | None = None,
        person_id: UUID | None = None,
    ) -> Assessment:
        """Record a 1-5 score for a person of the family, or the whole family (no person)."""
        assessment = Assessment(
            **self._meta(),
            family_id=family_id,
            person_id=person_id,
            domain=LifeDomain(domain),
            score=score,
            assessed_on=assessed_on or self._today(),
        )
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            if person_id is not None:
                self._check_members(uow, family_id, [person_id])
            uow.assessments.add(assessment)
            uow.note_change("assessment", assessment.id)
            uow.commit()
        return assessment

    def list_assessments(self, family_id: UUID) -> list[Assessment]:
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            return uow.assessments.list_for_family(family_id)

    # ----------------------------------------------------------------- consent

    def _consent_event(
        self,
        family_id: UUID,
        kind: ConsentKind,
        *,
        given: bool,
        recorded_by: str,
        on: date | None,
        remark: str,
    ) -> ConsentEvent:
        event = ConsentEvent(
            **self._meta(),
            family_id=family_id,
            kind=ConsentKind(kind),
            given=given,
            event_date=on or self._today(),
            recorded_by=recorded_by.strip(),
            remark=remark.strip(),
        )
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            if not given:
                current = _current_consent(family_id, uow.consents.list_for_family(family_id))
                if not current.is_given(event.kind):
                    raise ConsentNotGivenError(family_id, event.kind.value)
            uow.consents.add(event)
            uow.note_change("consent", family_id)
            uow.commit()
        return event

    def record_consent(
        self,
        family_id: UUID,
        kind: ConsentKind,
        *,
        recorded_by: str,
        on: date | None = None,
        remark: str = "",
    ) -> ConsentEvent:
        """Record that the family gave a kind of consent (again, if it had)."""
        return self._consent_event(
            family_id, kind, given=True, recorded_by=recorded_by, on=on, remark=remark
        )

    def withdraw_consent(
        self,
        family_id: UUID,
        kind: ConsentKind,
        *,
        recorded_by: str,
        on: date | None = None,
        remark: str = "",
    ) -> ConsentEvent:
        """Record a withdrawal as a new event; the earlier events stay in the history."""
        return self._consent_event(
            family_id, kind, given=False, recorded_by=recorded_by, on=on, remark=remark
        )

    def consent_history(self, family_id: UUID) -> list[ConsentEvent]:
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            return uow.consents.list_for_family(family_id)

    def current_consent(self, family_id: UUID) -> ConsentStatus:
        return _current_consent(family_id, self.consent_history(family_id))

    # -------------------------------------------------------- rights of the family

    def erase_family(self, family_id: UUID) -> None:
        """Right to erasure: delete every row of the family, its people, visits, goals,
        assessments and consent events. Nothing is kept or flagged."""
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            uow.note_change("family_erased", family_id)
            uow.families.erase(family_id)
            uow.commit()

    def export_family(self, family_id: UUID) -> dict[str, Any]:
        """Right of access: everything held about the family, as a JSON-serialisable dict."""
        with self._uow_factory() as uow:
            family = self._require_family(uow, family_id)
            people = uow.people.list_for_family(family_id)
            visits = uow.visits.list_for_family(family_id)
            goals = uow.goals.list_for_family(family_id)
            assessments = uow.assessments.list_for_family(family_id)
            consents = uow.consents.list_for_family(family_id)
        return {
            "format": EXPORT_FORMAT,
            "exported_at": _jsonable(self._clock()),
            "family": _jsonable(family),
            "people": _jsonable(people),
            "visits": _jsonable(visits),
            "goals": _jsonable(goals),
            "assessments": _jsonable(assessments),
            "consent_events": _jsonable(consents),
        }


def _current_consent(family_id: UUID, history: Sequence[ConsentEvent]) -> ConsentStatus:
    latest: dict[ConsentKind, bool] = {}
    for event in history:
        latest[event.kind] = event.given
    return ConsentStatus(
        family_id=family_id,
        coaching=latest.get(ConsentKind.COACHING, False),
        anonymised_reporting=latest.get(ConsentKind.ANONYMISED_REPORTING, False),
        research=latest.get(ConsentKind.RESEARCH, False),
    )


def _jsonable(value: Any) -> Any:
    """Dataclasses, UUIDs, dates, enums and sequences as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value
