"""Enumerations of the coaching domain. Values are stable codes: they are stored and synced."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ConsentKind",
    "Gender",
    "GoalStatus",
    "LifeDomain",
    "ProgrammeStatus",
    "Role",
    "VisitMode",
]


class ProgrammeStatus(StrEnum):
    """Where a family stands in the programme."""

    INTAKE = "intake"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class Role(StrEnum):
    ADULT = "adult"
    CHILD = "child"


class Gender(StrEnum):
    F = "f"
    M = "m"
    X = "x"
    UNKNOWN = "unknown"


class VisitMode(StrEnum):
    HOME = "home"
    CLUB = "club"
    PHONE = "phone"
    VIDEO = "video"


class LifeDomain(StrEnum):
    """Life domains; the codes are stable, labels are translated in the UI."""

    LANGUAGE = "language"
    EDUCATION = "education"
    WORK = "work"
    ENTREPRENEURSHIP = "entrepreneurship"
    SPORT_PARTICIPATION = "sport_participation"
    CIVIC_INTEGRATION = "civic_integration"
    HEALTH = "health"
    FINANCES = "finances"
    HOUSING = "housing"
    SOCIAL_NETWORK = "social_network"
    PARENTING = "parenting"


class GoalStatus(StrEnum):
    PLANNED = "planned"
    STARTED = "started"
    ACHIEVED = "achieved"
    STOPPED = "stopped"

    @property
    def is_open(self) -> bool:
        """An open goal is still being worked on (planned or started)."""
        return self in (GoalStatus.PLANNED, GoalStatus.STARTED)


class ConsentKind(StrEnum):
    """Kinds of consent a family gives. Coaching consent is required for the programme."""

    COACHING = "coaching"
    ANONYMISED_REPORTING = "anonymised_reporting"
    RESEARCH = "research"
