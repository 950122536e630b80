"""What the use cases need from storage: repositories and a unit of work (Protocols).

Repositories read and write frozen entities and never commit; the use case owns the
transaction::

    with uow_factory() as uow:
        uow.families.add(family)
        uow.commit()

Leaving the `with` block without `commit()` rolls back.
"""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Literal, Protocol, Self
from uuid import UUID

from coach_app.domain.drafts import DraftRepository
from coach_app.domain.entities import (
    Assessment,
    ConsentEvent,
    Family,
    FamilySummary,
    Goal,
    LanguageLevel,
    Person,
    ProgrammeStatusChange,
    Visit,
)
from coach_app.domain.enums import ProgrammeStatus

__all__ = [
    "AssessmentRepository",
    "ChangeKind",
    "ConsentRepository",
    "FamilyRepository",
    "FamilyStatusRepository",
    "GoalRepository",
    "LanguageLevelRepository",
    "PersonRepository",
    "UnitOfWork",
    "VisitRepository",
]


class FamilyRepository(Protocol):
    def add(self, family: Family) -> None: ...

    def get(self, family_id: UUID) -> Family | None: ...

    def member_ids(self, family_id: UUID) -> set[UUID] | None:
        """The ids of the family's members, or None if there is no such family (one look-up:
        saving a visit checks both)."""

    def update(self, family: Family, *, expected_version: int) -> None:
        """Store `family` if the stored version is still `expected_version`, else raise
        `ConcurrentModificationError`."""

    def summaries(
        self,
        *,
        now: datetime,
        search: str | None = None,
        status: ProgrammeStatus | None = None,
    ) -> list[FamilySummary]:
        """Summaries ordered by display name; `search` matches the family's display name,
        municipality name or a member's name, case-insensitively. A summary's last visit is
        the latest one started at or before `now` (an aware datetime): planned visits are not
        counted as the last one held."""

    def erase(self, family_id: UUID) -> None:
        """Delete the family and every row belonging to it (people, visits, goals,
        assessments, consent events)."""


class PersonRepository(Protocol):
    def add(self, person: Person) -> None: ...

    def get(self, person_id: UUID) -> Person | None: ...

    def update(self, person: Person, *, expected_version: int) -> None: ...

    def ids_in_family(self, family_id: UUID) -> set[UUID]:
        """The ids of the family's members."""

    def list_for_family(self, family_id: UUID) -> list[Person]:
        """Adults first, then by birth date and name."""


class VisitRepository(Protocol):
    def add(self, visit: Visit) -> None: ...

    def get(self, visit_id: UUID) -> Visit | None: ...

    def update(self, visit: Visit, *, expected_version: int) -> None: ...

    def list_for_family(self, family_id: UUID) -> list[Visit]:
        """Newest first."""


class GoalRepository(Protocol):
    def add(self, goal: Goal) -> None: ...

    def get(self, goal_id: UUID) -> Goal | None: ...

    def update(self, goal: Goal, *, expected_version: int) -> None: ...

    def list_for_family(self, family_id: UUID) -> list[Goal]:
        """Oldest first."""


class AssessmentRepository(Protocol):
    def add(self, assessment: Assessment) -> None: ...

    def list_for_family(self, family_id: UUID) -> list[Assessment]:
        """By date, oldest first."""


class LanguageLevelRepository(Protocol):
    def add(self, level: LanguageLevel) -> None: ...

    def get(self, level_id: UUID) -> LanguageLevel | None: ...

    def update(self, level: LanguageLevel, *, expected_version: int) -> None: ...

    def delete(self, level_id: UUID) -> None: ...

    def list_for_family(self, family_id: UUID) -> list[LanguageLevel]:
        """By date, oldest first."""


class FamilyStatusRepository(Protocol):
    """A family's dated programme-status history (entries change with the family's version)."""

    def add(self, change: ProgrammeStatusChange) -> None: ...

    def update(self, change: ProgrammeStatusChange) -> None: ...

    def delete(self, change_id: UUID) -> None: ...

    def list_for_family(self, family_id: UUID) -> list[ProgrammeStatusChange]:
        """Oldest first: by date, then time recorded, then id."""


class ConsentRepository(Protocol):
    def add(self, event: ConsentEvent) -> None: ...

    def list_for_family(self, family_id: UUID) -> list[ConsentEvent]:
        """In the order they happened (event date, then time recorded)."""


#: What a use case changed, noted on its unit of work so that storage can write derived rows
#: (the sync outbox) in the same transaction. ``consent`` and ``family_erased`` carry the
#: family's id; the others carry the changed entity's id.
#: A change of a family's programme-status history is a ``family`` change; of a goal's status
#: history a ``goal`` change.
ChangeKind = Literal[
    "family",
    "person",
    "visit",
    "goal",
    "assessment",
    "language_level",
    "consent",
    "family_erased",
]


class UnitOfWork(Protocol):
    @property
    def families(self) -> FamilyRepository: ...

    @property
    def people(self) -> PersonRepository: ...

    @property
    def visits(self) -> VisitRepository: ...

    @property
    def goals(self) -> GoalRepository: ...

    @property
    def assessments(self) -> AssessmentRepository: ...

    @property
    def consents(self) -> ConsentRepository: ...

    @property
    def language_levels(self) -> LanguageLevelRepository: ...

    @property
    def family_statuses(self) -> FamilyStatusRepository: ...

    @property
    def drafts(self) -> DraftRepository: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back whatever was not committed and release the connection."""

    def note_change(self, kind: ChangeKind, entity_id: UUID) -> None:
        """Record that this transaction changed an entity (see `ChangeKind`); the notes are
        handed to storage's commit hook, then forgotten."""

    def commit(self) -> None: ...

    def rollback(self) -> None: ...
