"""Everything held about one family, read in one go: what the family's page and its printed
export show. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from coach_app.domain.entities import (
    Assessment,
    ConsentEvent,
    Family,
    Goal,
    LanguageLevel,
    Person,
    ProgrammeStatusChange,
    Visit,
)
from coach_app.domain.services import CoachingService

__all__ = ["FamilyDossier", "load_dossier"]


@dataclass(frozen=True, slots=True)
class FamilyDossier:
    """A family with its people, visits (newest first), goals, assessments and consent history,
    its programme-status history (oldest first) and its adults' Dutch levels (CEFR, oldest
    first).

    Immutable (tuples of frozen entities), so it may cross threads.
    """

    family: Family
    people: tuple[Person, ...]
    visits: tuple[Visit, ...]
    goals: tuple[Goal, ...]
    assessments: tuple[Assessment, ...]
    consent_events: tuple[ConsentEvent, ...]
    status_history: tuple[ProgrammeStatusChange, ...] = ()
    language_levels: tuple[LanguageLevel, ...] = ()

    def person_names(self) -> dict[UUID, str]:
        return {person.id: person.display_name for person in self.people}


def load_dossier(service: CoachingService, family_id: UUID) -> FamilyDossier:
    """Read the family's dossier. Raises `NotFoundError` when the family does not exist."""
    family = service.get_family(family_id)
    visits = sorted(service.list_visits(family_id), key=lambda v: v.started_at, reverse=True)
    return FamilyDossier(
        family=family,
        people=tuple(service.list_people(family_id)),
        visits=tuple(visits),
        goals=tuple(service.list_goals(family_id)),
        assessments=tuple(
            sorted(service.list_assessments(family_id), key=lambda a: (a.assessed_on, a.created_at))
        ),
        consent_events=tuple(service.consent_history(family_id)),
        status_history=tuple(service.family_status_history(family_id)),
        language_levels=tuple(
            sorted(
                service.list_language_levels(family_id),
                key=lambda level: (level.assessed_on, level.created_at),
            )
        ),
    )
