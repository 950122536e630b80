"""Use cases of the coaching domain, as one facade: `CoachingService`.

Each public method is one transaction: it opens a unit of work, reads, checks the rules,
writes and commits. It returns frozen entities (never ORM objects), so results may cross
threads. Version counters increase by one on every change; an update whose entity is not at
the stored version raises `ConcurrentModificationError` (optimistic locking).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, tzinfo
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
    GoalStatusChange,
    LanguageLevel,
    Milestone,
    Municipality,
    Person,
    ProgrammeStatusChange,
    ProgressEntry,
    Visit,
    _Entity,
    utc_now,
)
from coach_app.domain.enums import (
    CefrLevel,
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
    EventDateError,
    EventDateProblem,
    InvalidGoalTransitionError,
    NotFoundError,
    PersonNotInFamilyError,
    ValidationError,
)
from coach_app.domain.ports import UnitOfWork

__all__ = [
    "EXPORT_FORMAT",
    "FIRST_EVENT_DATE",
    "GOAL_TRANSITIONS",
    "Clock",
    "CoachingService",
    "UnitOfWorkFactory",
    "eighteenth_birthday",
]

Clock = Callable[[], datetime]
UnitOfWorkFactory = Callable[[], UnitOfWork]
EXPORT_FORMAT = "coach-companion-family-export/1"
#: The earliest date an event (a goal opened, a status change, a language level) may carry.
FIRST_EVENT_DATE = date(1900, 1, 1)

#: Allowed goal status changes. An achieved goal is final; a stopped goal may be resumed.
GOAL_TRANSITIONS: Mapping[GoalStatus, frozenset[GoalStatus]] = {
    GoalStatus.PLANNED: frozenset({GoalStatus.STARTED, GoalStatus.ACHIEVED, GoalStatus.STOPPED}),
    GoalStatus.STARTED: frozenset({GoalStatus.ACHIEVED, GoalStatus.STOPPED}),
    GoalStatus.STOPPED: frozenset({GoalStatus.STARTED}),
    GoalStatus.ACHIEVED: frozenset(),
}

_E = TypeVar("_E", bound=_Entity)
_T = TypeVar("_T")


def eighteenth_birthday(born: date) -> date:
    """The day someone born on ``born`` turns 18 (born on 29 February: 1 March, in a year
    without one)."""
    try:
        return born.replace(year=born.year + 18)
    except ValueError:
        return date(born.year + 18, 3, 1)


def _found(kind: str, entity_id: UUID, entity: _T | None) -> _T:
    if entity is None:
        raise NotFoundError(kind, entity_id)
    return entity


class CoachingService:
    """The coaching use cases over a unit of work.

    `uow_factory` returns a fresh unit of work per call (e.g. `SqlUnitOfWork` of
    `coach_app.storage`); `clock` returns the current time as an aware UTC datetime;
    `time_zone` is the programme's (the deployment file's ``time_zone``): it decides what
    "today" is, the default date of every event and the latest date an event may have. None
    uses the computer's own time zone.

    Dated events (a goal opened, its status changes, a family's programme status, a language
    level) take their date as a keyword argument (``opened_on=``, ``on=``; default today), so
    entering what happened years ago is one call. Their dates are checked: never in the future,
    never before 1900, a goal's status never before it was opened; a refused date raises
    `EventDateError` saying which rule.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        clock: Clock = utc_now,
        id_factory: Callable[[], UUID] = uuid4,
        time_zone: tzinfo | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._new_id = id_factory
        self._time_zone = time_zone

    # ----------------------------------------------------------------- helpers

    def _today(self) -> date:
        return self._clock().astimezone(self._time_zone).date()

    def today(self) -> date:
        """Today in the programme's time zone (the default date of new events)."""
        return self._today()

    def _event_date(
        self,
        field: str,
        on: date | None,
        *,
        not_before: date | None = None,
        problem: EventDateProblem = "before_opened",
    ) -> date:
        """``on`` (default today) after checking it: not in the future, not before 1900, not
        before ``not_before`` (else `EventDateError` with ``problem``)."""
        today = self._today()
        day = today if on is None else on
        if isinstance(day, datetime) or not isinstance(day, date):
            raise ValidationError(field, "must be a date (without a time)")
        if day > today:
            raise EventDateError(field, "future", today)
        if day < FIRST_EVENT_DATE:
            raise EventDateError(field, "out_of_range", FIRST_EVENT_DATE)
        if not_before is not None and day < not_before:
            raise EventDateError(field, problem, not_before)
        return day

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

    @staticmethod
    def _birth_date(uow: UnitOfWork, person_id: UUID | None) -> date | None:
        """The birth date of ``person_id`` (None: no person, unknown birth date)."""
        if person_id is None:
            return None
        person = uow.people.get(person_id)
        return None if person is None else person.birth_date

    @staticmethod
    def _check_born(field: str, day: date, born: date | None) -> None:
        """An event of a person is not dated before the person's birth date (the birth day
        itself is allowed)."""
        if born is not None and day < born:
            raise EventDateError(field, "before_birth", born)

    def _check_goal_born(self, uow: UnitOfWork, goal: Goal, stored: Goal | None) -> None:
        """The dates of ``goal`` that are new or moved (against ``stored``; all of them for a
        new goal or one given to another person) are not before its person's birth date.

        A goal opened before its family's first programme status (intake) is allowed: families
        are often entered after the fact with the intake dated the day they were typed in, and
        their earlier goals must still be entered; the birth date is the hard limit."""
        born = self._birth_date(uow, goal.person_id)
        if born is None:
            return
        same = stored is not None and stored.person_id == goal.person_id
        if stored is None or not same or goal.opened_on != stored.opened_on:
            self._check_born("opened_on", goal.opened_on, born)
        known = {(c.id, c.on) for c in stored.status_history[1:]} if stored and same else set()
        for change in goal.status_history[1:]:
            if (change.id, change.on) not in known:
                self._check_born("status_on", change.on, born)

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
        status_on: date | None = None,
    ) -> Family:
        """A new family with its first programme status, dated ``status_on`` (default: the
        start date if it is not in the future, else today)."""
        today = self._today()
        if status_on is None:
            status_on = start_date if start_date is not None and start_date <= today else None
        meta = self._meta()
        family = Family(
            **meta,
            display_name=display_name.strip(),
            municipality=municipality,
            address=address.strip(),
            phone=phone.strip(),
            preferred_languages=tuple(preferred_languages),
            status=ProgrammeStatus(status),
            start_date=start_date,
            assigned_coach=assigned_coach.strip(),
        )
        first = ProgrammeStatusChange(
            id=self._new_id(),
            family_id=family.id,
            status=family.status,
            on=self._event_date("status_on", status_on),
            recorded_at=meta["created_at"],
        )
        with self._uow_factory() as uow:
            uow.families.add(family)
            uow.family_statuses.add(first)
            uow.note_change("family", family.id)
            uow.commit()
        return family

    def update_family(self, family: Family, *, status_on: date | None = None) -> Family:
        """Store an edited family (from `dataclasses.replace` on one you read).

        A new ``status`` adds an entry to the programme-status history, dated ``status_on``
        (default today; not before the latest entry). With the status unchanged, a
        ``status_on`` corrects the date of the latest entry.
        """
        with self._uow_factory() as uow:
            stored = self._require_family(uow, family.id)
            new = self._next_version(family, stored, "family")
            history = uow.family_statuses.list_for_family(family.id)
            latest = history[-1] if history else None
            if new.status != stored.status or latest is None:
                uow.family_statuses.add(
                    self._next_family_status(family.id, new.status, status_on, history)
                )
            elif status_on is not None and status_on != latest.on:
                previous = history[-2].on if len(history) > 1 else None
                day = self._event_date(
                    "status_on", status_on, not_before=previous, problem="before_previous"
                )
                uow.family_statuses.update(dataclasses.replace(latest, on=day))
            uow.families.update(new, expected_version=stored.version)
            uow.note_change("family", new.id)
            uow.commit()
        return new

    def _next_family_status(
        self,
        family_id: UUID,
        status: ProgrammeStatus,
        on: date | None,
        history: Sequence[ProgrammeStatusChange],
    ) -> ProgrammeStatusChange:
        latest = history[-1].on if history else None
        return ProgrammeStatusChange(
            id=self._new_id(),
            family_id=family_id,
            status=ProgrammeStatus(status),
            on=self._event_date("status_on", on, not_before=latest, problem="before_previous"),
            recorded_at=self._clock(),
        )

    def change_family_status(
        self,
        family_id: UUID,
        status: ProgrammeStatus,
        *,
        on: date | None = None,
        expected_version: int | None = None,
    ) -> Family:
        """The family's programme status changed on ``on`` (default today; not before the
        latest change): a new history entry, and the family's current status."""
        status = ProgrammeStatus(status)

        def change(uow: UnitOfWork, family: Family, history: list[ProgrammeStatusChange]) -> Family:
            uow.family_statuses.add(self._next_family_status(family.id, status, on, history))
            return dataclasses.replace(family, status=status)

        return self._change_family_history(family_id, change, expected_version)

    def edit_family_status_change(
        self,
        family_id: UUID,
        change_id: UUID,
        *,
        on: date | None = None,
        status: ProgrammeStatus | None = None,
        expected_version: int | None = None,
    ) -> Family:
        """Correct an entry of the programme-status history (its date and/or status). The
        family's current status becomes that of the latest entry afterwards."""

        def change(uow: UnitOfWork, family: Family, history: list[ProgrammeStatusChange]) -> Family:
            entry = _entry(history, change_id, "programme status change")
            edited = dataclasses.replace(
                entry,
                on=entry.on if on is None else self._event_date("status_on", on),
                status=entry.status if status is None else ProgrammeStatus(status),
            )
            uow.family_statuses.update(edited)
            history = sorted(
                (edited if e.id == change_id else e for e in history), key=lambda e: e.order_key
            )
            return dataclasses.replace(family, status=history[-1].status)

        return self._change_family_history(family_id, change, expected_version)

    def delete_family_status_change(
        self, family_id: UUID, change_id: UUID, *, expected_version: int | None = None
    ) -> Family:
        """Remove a wrong entry of the programme-status history; the family keeps at least
        one. The current status becomes that of the latest remaining entry."""

        def change(uow: UnitOfWork, family: Family, history: list[ProgrammeStatusChange]) -> Family:
            _entry(history, change_id, "programme status change")
            rest = [e for e in history if e.id != change_id]
            if not rest:
                raise ValidationError("status_history", "a family keeps at least one status")
            uow.family_statuses.delete(change_id)
            return dataclasses.replace(family, status=rest[-1].status)

        return self._change_family_history(family_id, change, expected_version)

    def _change_family_history(
        self,
        family_id: UUID,
        change: Callable[[UnitOfWork, Family, list[ProgrammeStatusChange]], Family],
        expected_version: int | None,
    ) -> Family:
        with self._uow_factory() as uow:
            stored = self._require_family(uow, family_id)
            if expected_version is not None and expected_version != stored.version:
                raise ConcurrentModificationError("family", family_id, expected_version)
            history = uow.family_statuses.list_for_family(family_id)
            new = self._next_version(change(uow, stored, history), stored, "family")
            uow.families.update(new, expected_version=stored.version)
            uow.note_change("family", family_id)
            uow.commit()
        return new

    def family_status_history(self, family_id: UUID) -> list[ProgrammeStatusChange]:
        """The family's programme statuses, oldest first, each with the day it began."""
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            return uow.family_statuses.list_for_family(family_id)

    def get_family(self, family_id: UUID) -> Family:
        with self._uow_factory() as uow:
            return self._require_family(uow, family_id)

    def list_families(
        self, search: str | None = None, status: ProgrammeStatus | None = None
    ) -> list[FamilySummary]:
        search = search.strip() if search else None
        with self._uow_factory() as uow:
            return uow.families.summaries(now=self._clock(), search=search or None, status=status)

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
            members = _found("family", family_id, uow.families.member_ids(family_id))
            for person_id in sorted(set(visit.people_present) - members, key=str):
                raise PersonNotInFamilyError(person_id, family_id)
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
        opened_on: date | None = None,
        status: GoalStatus = GoalStatus.PLANNED,
    ) -> Goal:
        """A new goal, opened on ``opened_on`` (default today) with ``status`` (the first entry
        of its status history, dated the same day)."""
        meta = self._meta()
        opened = self._event_date("opened_on", opened_on)
        status = GoalStatus(status)
        goal = Goal(
            **meta,
            family_id=family_id,
            person_id=person_id,
            domain=LifeDomain(domain),
            title=title.strip(),
            description=description,
            target_date=target_date,
            opened_on=opened,
            status=status,
            status_history=(
                GoalStatusChange(
                    id=self._new_id(), status=status, on=opened, recorded_at=meta["created_at"]
                ),
            ),
            milestones=tuple(milestones),
        )
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            if person_id is not None:
                self._check_members(uow, family_id, [person_id])
            self._check_goal_born(uow, goal, None)
            uow.goals.add(goal)
            uow.note_change("goal", goal.id)
            uow.commit()
        return goal

    def update_goal(self, goal: Goal) -> Goal:
        """Store an edited goal: person, domain, title, description, target date, milestones,
        and the date it was opened (the first status entry moves with it; it may not pass a
        later status change).

        The status changes only through `change_goal_status` and the history's edit methods;
        progress entries are history and are only added (`change_goal_status`,
        `add_progress_note`).
        """
        with self._uow_factory() as uow:
            stored = _found("goal", goal.id, uow.goals.get(goal.id))
            if goal.family_id != stored.family_id:
                raise ValidationError("family_id", "a goal cannot move to another family")
            if goal.status != stored.status:
                raise ValidationError("status", "use change_goal_status to change the status")
            if goal.status_history != stored.status_history:
                raise ValidationError(
                    "status_history", "use the status history's methods to change it"
                )
            if goal.progress != stored.progress:
                raise ValidationError("progress", "progress entries cannot be edited")
            if goal.person_id is not None:
                self._check_members(uow, goal.family_id, [goal.person_id])
            if goal.opened_on != stored.opened_on:
                goal = self._reopened(goal, goal.opened_on)
            self._check_goal_born(uow, goal, stored)
            new = self._next_version(goal, stored, "goal")
            uow.goals.update(new, expected_version=stored.version)
            uow.note_change("goal", new.id)
            uow.commit()
        return new

    def _reopened(self, goal: Goal, opened_on: date) -> Goal:
        """``goal`` opened on another day: the first status entry moves along."""
        opened = self._event_date("opened_on", opened_on)
        later = [c.on for c in goal.status_history[1:]]
        if later and opened > min(later):
            raise EventDateError("opened_on", "after_status_change", min(later))
        history = goal.status_history
        if history:
            history = (dataclasses.replace(history[0], on=opened), *history[1:])
        return dataclasses.replace(goal, opened_on=opened, status_history=history)

    def _change_goal(
        self, goal_id: UUID, change: Callable[[Goal], Goal], *, expected_version: int | None
    ) -> Goal:
        with self._uow_factory() as uow:
            stored = _found("goal", goal_id, uow.goals.get(goal_id))
            if expected_version is not None and expected_version != stored.version:
                raise ConcurrentModificationError("goal", goal_id, expected_version)
            changed = change(stored)
            self._check_goal_born(uow, changed, stored)
            new = self._next_version(changed, stored, "goal")
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
        """Change a goal's status (see `GOAL_TRANSITIONS`) on ``on`` (default today; not before
        the goal was opened nor before its latest status change): a new entry of its status
        history, and a progress entry (with the note) that shares the entry's id."""
        new_status = GoalStatus(new_status)

        def change(goal: Goal) -> Goal:
            if new_status not in GOAL_TRANSITIONS[goal.status]:
                raise InvalidGoalTransitionError(goal.id, goal.status.value, new_status.value)
            # The latest change is the limit that binds (never before the opening), so it is
            # the one named: "before the goal was opened" only while there is no other.
            changed = len(goal.status_history) > 1
            latest = goal.status_history[-1].on if goal.status_history else goal.opened_on
            day = self._event_date(
                "status_on",
                on,
                not_before=max(latest, goal.opened_on),
                problem="before_previous" if changed else "before_opened",
            )
            now = self._clock()
            entry_id = self._new_id()
            entry = ProgressEntry(
                id=entry_id,
                entry_date=day,
                recorded_at=now,
                from_status=goal.status,
                to_status=new_status,
                note=note.strip(),
            )
            history_entry = GoalStatusChange(
                id=entry_id, status=new_status, on=day, recorded_at=now
            )
            return dataclasses.replace(
                goal,
                status=new_status,
                status_history=(*goal.status_history, history_entry),
                progress=(*goal.progress, entry),
            )

        return self._change_goal(goal_id, change, expected_version=expected_version)

    def edit_goal_status_change(
        self,
        goal_id: UUID,
        change_id: UUID,
        *,
        on: date | None = None,
        status: GoalStatus | None = None,
        expected_version: int | None = None,
    ) -> Goal:
        """Correct an entry of the goal's status history (its date and/or status). Moving the
        first entry moves the opened date; other entries stay on or after it. The history,
        in date order, must still follow `GOAL_TRANSITIONS`."""

        def change(goal: Goal) -> Goal:
            history = list(goal.status_history)
            index = history.index(_entry(history, change_id, "goal status change"))
            entry = history[index]
            new_on = entry.on if on is None else on
            if index == 0:
                goal = self._reopened(goal, new_on)
                history = list(goal.status_history)
            else:
                new_on = self._event_date("status_on", new_on, not_before=goal.opened_on)
            history[index] = dataclasses.replace(
                history[index],
                on=new_on,
                status=entry.status if status is None else GoalStatus(status),
            )
            return self._with_history(goal, history)

        return self._change_goal(goal_id, change, expected_version=expected_version)

    def delete_goal_status_change(
        self, goal_id: UUID, change_id: UUID, *, expected_version: int | None = None
    ) -> Goal:
        """Remove a wrong entry of the goal's status history (not the first: the status the
        goal was opened with; correct that one with `edit_goal_status_change`). Its progress
        entry keeps its note, without the status change; one without a note goes too."""

        def change(goal: Goal) -> Goal:
            history = list(goal.status_history)
            entry = _entry(history, change_id, "goal status change")
            if history.index(entry) == 0:
                raise ValidationError(
                    "status_history", "the status a goal was opened with cannot be deleted"
                )
            return self._with_history(goal, [e for e in history if e.id != change_id])

        return self._change_goal(goal_id, change, expected_version=expected_version)

    @staticmethod
    def _with_history(goal: Goal, history: Sequence[GoalStatusChange]) -> Goal:
        """``goal`` with ``history`` (sorted by date, stably): the chain of statuses checked,
        the current status and the progress entries of status changes brought in line."""
        ordered = sorted(history, key=lambda e: e.on)
        for before, after in itertools.pairwise(ordered):
            if after.status not in GOAL_TRANSITIONS[before.status]:
                raise InvalidGoalTransitionError(goal.id, before.status.value, after.status.value)
        previous = {after.id: (before, after) for before, after in itertools.pairwise(ordered)}
        progress: list[ProgressEntry] = []
        for entry in goal.progress:
            if entry.to_status is None:
                progress.append(entry)
            elif entry.id in previous:
                before, after = previous[entry.id]
                progress.append(
                    dataclasses.replace(
                        entry,
                        entry_date=after.on,
                        from_status=before.status,
                        to_status=after.status,
                    )
                )
            elif entry.note.strip():  # its status change was deleted: the note stays
                progress.append(dataclasses.replace(entry, from_status=None, to_status=None))
        return dataclasses.replace(
            goal,
            opened_on=ordered[0].on,
            status=ordered[-1].status,
            status_history=tuple(ordered),
            progress=tuple(progress),
        )

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

    # --------------------------------------------------------- language levels

    @staticmethod
    def _check_adult(uow: UnitOfWork, level: LanguageLevel) -> None:
        """A Dutch level is an adult's: someone 18 or over on the level's date (and not dated
        before their birth). A person without a birth date counts as an adult by role."""
        person = uow.people.get(level.person_id)
        if person is None or person.family_id != level.family_id:
            raise PersonNotInFamilyError(level.person_id, level.family_id)
        if person.birth_date is None:
            if person.role != Role.ADULT:
                raise ValidationError("person_id", "a language level is recorded for adults")
            return
        CoachingService._check_born("assessed_on", level.assessed_on, person.birth_date)
        adult_on = eighteenth_birthday(person.birth_date)
        if level.assessed_on < adult_on:
            raise EventDateError("assessed_on", "under_18", adult_on)

    @staticmethod
    def _check_not_recorded(uow: UnitOfWork, level: LanguageLevel) -> None:
        """The same level of the same person on the same day is recorded once."""
        for other in uow.language_levels.list_for_family(level.family_id):
            if other.id != level.id and (other.person_id, other.level, other.assessed_on) == (
                level.person_id,
                level.level,
                level.assessed_on,
            ):
                raise ValidationError("language_level", "this level is already recorded")

    def record_language_level(
        self,
        family_id: UUID,
        *,
        person_id: UUID,
        level: CefrLevel,
        on: date | None = None,
    ) -> LanguageLevel:
        """An adult of the family reached ``level`` of Dutch (CEFR), as assessed on ``on``
        (default today). The person is 18 or over on that day (by birth date; without one, by
        role: `Role.ADULT`), and the same level on the same day is not recorded twice."""
        entry = LanguageLevel(
            **self._meta(),
            family_id=family_id,
            person_id=person_id,
            level=CefrLevel(level),
            assessed_on=self._event_date("assessed_on", on),
        )
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            self._check_adult(uow, entry)
            self._check_not_recorded(uow, entry)
            uow.language_levels.add(entry)
            uow.note_change("language_level", entry.id)
            uow.commit()
        return entry

    def update_language_level(self, level: LanguageLevel) -> LanguageLevel:
        """Store an edited language level (its level, date or adult)."""
        self._event_date("assessed_on", level.assessed_on)
        with self._uow_factory() as uow:
            stored = _found("language level", level.id, uow.language_levels.get(level.id))
            if level.family_id != stored.family_id:
                raise ValidationError("family_id", "a language level stays with its family")
            self._check_adult(uow, level)
            self._check_not_recorded(uow, level)
            new = self._next_version(level, stored, "language level")
            uow.language_levels.update(new, expected_version=stored.version)
            uow.note_change("language_level", new.id)
            uow.commit()
        return new

    def delete_language_level(self, level_id: UUID) -> None:
        """Remove a language level entered by mistake."""
        with self._uow_factory() as uow:
            _found("language level", level_id, uow.language_levels.get(level_id))
            uow.language_levels.delete(level_id)
            uow.note_change("language_level", level_id)
            uow.commit()

    def list_language_levels(self, family_id: UUID) -> list[LanguageLevel]:
        """The family's adults' levels of Dutch, oldest first."""
        with self._uow_factory() as uow:
            self._require_family(uow, family_id)
            return uow.language_levels.list_for_family(family_id)

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
        assessments, language levels, status history and consent events. Nothing is kept or
        flagged."""
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
            statuses = uow.family_statuses.list_for_family(family_id)
            levels = uow.language_levels.list_for_family(family_id)
        return {
            "format": EXPORT_FORMAT,
            "exported_at": _jsonable(self._clock()),
            "family": _jsonable(family),
            "people": _jsonable(people),
            "visits": _jsonable(visits),
            "goals": _jsonable(goals),
            "assessments": _jsonable(assessments),
            "consent_events": _jsonable(consents),
            "programme_status_history": _jsonable(statuses),
            "language_levels": _jsonable(levels),
        }


_H = TypeVar("_H", GoalStatusChange, ProgrammeStatusChange)


def _entry(history: Sequence[_H], change_id: UUID, kind: str) -> _H:
    for entry in history:
        if entry.id == change_id:
            return entry
    raise NotFoundError(kind, change_id)


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
