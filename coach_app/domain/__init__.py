"""The coaching domain: entities, rules and use cases. Standard library only (no Qt, no SQL).

Public API
----------
Use cases
    `CoachingService(uow_factory, *, clock=utc_now, id_factory=uuid4)`: create_family,
    update_family, get_family, list_families, add_person, update_person, get_person,
    list_people, record_visit, update_visit, get_visit, list_visits, set_follow_up_done,
    create_goal, update_goal, change_goal_status, add_progress_note, add_milestone,
    set_milestone_reached, get_goal, list_goals, record_assessment, list_assessments,
    record_consent, withdraw_consent, consent_history, current_consent, erase_family,
    export_family. `GOAL_TRANSITIONS`, `EXPORT_FORMAT`.
Entities and values (frozen dataclasses)
    Family, Municipality, Person, Visit, FollowUpAction, Goal, Milestone, ProgressEntry,
    Assessment, ConsentEvent, ConsentStatus, FamilySummary.
Enumerations (stable string codes)
    ProgrammeStatus, Role, Gender, VisitMode, LifeDomain, GoalStatus, ConsentKind.
Errors
    DomainError > ValidationError, NotFoundError, ConcurrentModificationError,
    InvalidGoalTransitionError, PersonNotInFamilyError, ConsentNotGivenError.
Ports (implemented by `coach_app.storage`)
    UnitOfWork, FamilyRepository, PersonRepository, VisitRepository, GoalRepository,
    AssessmentRepository, ConsentRepository; `UnitOfWorkFactory`, `Clock`.

Editing follows one pattern: read an entity, `dataclasses.replace` it, pass it to the
`update_*` method, which checks its version, stores it as version + 1 and returns it.
"""

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
    DomainError,
    InvalidGoalTransitionError,
    NotFoundError,
    PersonNotInFamilyError,
    ValidationError,
)
from coach_app.domain.ports import (
    AssessmentRepository,
    ConsentRepository,
    FamilyRepository,
    GoalRepository,
    PersonRepository,
    UnitOfWork,
    VisitRepository,
)
from coach_app.domain.services import (
    EXPORT_FORMAT,
    GOAL_TRANSITIONS,
    Clock,
    CoachingService,
    UnitOfWorkFactory,
)

__all__ = [
    "EXPORT_FORMAT",
    "GOAL_TRANSITIONS",
    "Assessment",
    "AssessmentRepository",
    "Clock",
    "CoachingService",
    "ConcurrentModificationError",
    "ConsentEvent",
    "ConsentKind",
    "ConsentNotGivenError",
    "ConsentRepository",
    "ConsentStatus",
    "DomainError",
    "Family",
    "FamilyRepository",
    "FamilySummary",
    "FollowUpAction",
    "Gender",
    "Goal",
    "GoalRepository",
    "GoalStatus",
    "InvalidGoalTransitionError",
    "LifeDomain",
    "Milestone",
    "Municipality",
    "NotFoundError",
    "Person",
    "PersonNotInFamilyError",
    "PersonRepository",
    "ProgrammeStatus",
    "ProgressEntry",
    "Role",
    "UnitOfWork",
    "UnitOfWorkFactory",
    "ValidationError",
    "Visit",
    "VisitMode",
    "VisitRepository",
    "utc_now",
]
