"""Enumerations of the coaching domain. Values are stable codes: they are stored and synced."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "CefrLevel",
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


class CefrLevel(StrEnum):
    """A level of Dutch on the Common European Framework of Reference for Languages (CEFR;
    Council of Europe, 2001, companion volume 2020), with "below A1" for a beginner who has not
    reached A1 yet. Ordered: `rank` goes up with the level."""

    BELOW_A1 = "below_a1"
    A1 = "a1"
    A2 = "a2"
    B1 = "b1"
    B2 = "b2"
    C1 = "c1"
    C2 = "c2"

    @property
    def rank(self) -> int:
        """0 (below A1) to 6 (C2)."""
        return list(CefrLevel).index(self)
