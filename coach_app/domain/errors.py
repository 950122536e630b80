"""The domain's exception hierarchy.

Every error a caller can meet derives from `DomainError`. Messages name the cause and carry ids
only, never personal data, so they are safe to log.
"""

from __future__ import annotations

from datetime import date
from typing import Literal
from uuid import UUID

__all__ = [
    "ConcurrentModificationError",
    "ConsentNotGivenError",
    "DomainError",
    "EventDateError",
    "EventDateProblem",
    "InvalidGoalTransitionError",
    "NotFoundError",
    "PersonNotInFamilyError",
    "ValidationError",
]


class DomainError(Exception):
    """Base class of every error raised by the coaching domain."""


class ValidationError(DomainError, ValueError):
    """An input value breaks a rule (empty name, score outside 1-5, ...).

    `field` names the offending field so the UI can point at it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


#: Why the date of an event (a goal opened, a status change, a language level) is refused:
#: ``future`` (after today in the programme's time zone), ``out_of_range`` (before 1900),
#: ``before_opened`` (a status change before the goal was opened), ``before_previous`` (a new
#: status change before the latest one), ``after_status_change`` (a goal's opened date after
#: one of its status changes), ``before_birth`` (before the person's birth date; ``limit`` is
#: the birth date), ``under_18`` (a Dutch level of someone not yet 18 that day; ``limit`` is
#: the 18th birthday).
EventDateProblem = Literal[
    "future",
    "out_of_range",
    "before_opened",
    "before_previous",
    "after_status_change",
    "before_birth",
    "under_18",
]


class EventDateError(ValidationError):
    """The date of an event breaks a rule of the dated history (see `EventDateProblem`).

    `problem` says which rule; `limit` is the date the rule compares with (today, the opened
    date, the previous change), for the UI to show. The message carries neither date.
    """

    def __init__(self, field: str, problem: EventDateProblem, limit: date | None = None) -> None:
        super().__init__(field, f"date refused ({problem})")
        self.problem: EventDateProblem = problem
        self.limit = limit


class NotFoundError(DomainError, LookupError):
    """No entity of that kind with that id (it may have been erased)."""

    def __init__(self, kind: str, entity_id: UUID) -> None:
        super().__init__(f"{kind} {entity_id} not found")
        self.kind = kind
        self.entity_id = entity_id


class ConcurrentModificationError(DomainError):
    """The entity changed since the caller read it (its version moved on). Reload and retry."""

    def __init__(self, kind: str, entity_id: UUID, expected_version: int) -> None:
        super().__init__(f"{kind} {entity_id} is no longer at version {expected_version}")
        self.kind = kind
        self.entity_id = entity_id
        self.expected_version = expected_version


class InvalidGoalTransitionError(DomainError):
    """A goal's status cannot change from one status to another (see GOAL_TRANSITIONS)."""

    def __init__(self, goal_id: UUID, from_status: str, to_status: str) -> None:
        super().__init__(f"goal {goal_id}: cannot change status from {from_status} to {to_status}")
        self.goal_id = goal_id
        self.from_status = from_status
        self.to_status = to_status


class PersonNotInFamilyError(DomainError):
    """A person referred to (present at a visit, owner of a goal, ...) is not of that family."""

    def __init__(self, person_id: UUID, family_id: UUID) -> None:
        super().__init__(f"person {person_id} is not a member of family {family_id}")
        self.person_id = person_id
        self.family_id = family_id


class ConsentNotGivenError(DomainError):
    """Withdrawing a consent that is not currently given."""

    def __init__(self, family_id: UUID, kind: str) -> None:
        super().__init__(f"family {family_id} has no current {kind} consent to withdraw")
        self.family_id = family_id
        self.kind = kind
