"""The coaching domain: entities, rules and use cases. Standard library only (no Qt, no SQL).

Public API
----------
Use cases
    `CoachingService(uow_factory, *, clock=utc_now, id_factory=uuid4)`: create_family,
    update_family, get_family, list_families, add_person, update_person, get_person,
    list_people, record_visit, update_visit, get_visit, list_visits, set_follow_up_done,
    create_goal, update_goal, change_goal_status, edit_goal_status_change,
    delete_goal_status_change, add_progress_note, add_milestone, set_milestone_reached,
    get_goal, list_goals, change_family_status, edit_family_status_change,
    delete_family_status_change, family_status_history, record_assessment, list_assessments,
    record_language_level, update_language_level, delete_language_level,
    list_language_levels, record_consent, withdraw_consent, consent_history,
    current_consent, erase_family, export_family. `GOAL_TRANSITIONS`, `EXPORT_FORMAT`,
    `FIRST_EVENT_DATE`.
Entities and values (frozen dataclasses)
    Family, ProgrammeStatusChange, Municipality, Person, Visit, FollowUpAction, Goal,
    GoalStatusChange, Milestone, ProgressEntry, Assessment, LanguageLevel, ConsentEvent,
    ConsentStatus, FamilySummary.
Enumerations (stable string codes)
    ProgrammeStatus, Role, Gender, VisitMode, LifeDomain, GoalStatus, CefrLevel, ConsentKind.
Errors
    DomainError > ValidationError (> EventDateError), NotFoundError,
    ConcurrentModificationError, InvalidGoalTransitionError, PersonNotInFamilyError,
    ConsentNotGivenError.
Ports (implemented by `coach_app.storage`)
    UnitOfWork, FamilyRepository, FamilyStatusRepository, PersonRepository, VisitRepository,
    GoalRepository, AssessmentRepository, LanguageLevelRepository, ConsentRepository;
    `UnitOfWorkFactory`, `Clock`.

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
    GoalStatusChange,
    LanguageLevel,
    Milestone,
    Municipality,
    Person,
    ProgrammeStatusChange,
    ProgressEntry,
    Visit,
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
    DomainError,
    EventDateError,
    InvalidGoalTransitionError,
    NotFoundError,
    PersonNotInFamilyError,
    ValidationError,
)
from coach_app.domain.ports import (
    AssessmentRepository,
    ConsentRepository,
    FamilyRepository,
    FamilyStatusRepository,
    GoalRepository,
    LanguageLevelRepository,
    PersonRepository,
    UnitOfWork,
    VisitRepository,
)
from coach_app.domain.services import (
    EXPORT_FORMAT,
    FIRST_EVENT_DATE,
    GOAL_TRANSITIONS,
    Clock,
    CoachingService,
    UnitOfWorkFactory,
)

__all__ = [
    "EXPORT_FORMAT",
    "FIRST_EVENT_DATE",
    "GOAL_TRANSITIONS",
    "Assessment",
    "AssessmentRepository",
    "CefrLevel",
    "Clock",
    "CoachingService",
    "ConcurrentModificationError",
    "ConsentEvent",
    "ConsentKind",
    "ConsentNotGivenError",
    "ConsentRepository",
    "ConsentStatus",
    "DomainError",
    "EventDateError",
    "Family",
    "FamilyRepository",
    "FamilyStatusRepository",
    "FamilySummary",
    "FollowUpAction",
    "Gender",
    "Goal",
    "GoalRepository",
    "GoalStatus",
    "GoalStatusChange",
    "InvalidGoalTransitionError",
    "LanguageLevel",
    "LanguageLevelRepository",
    "LifeDomain",
    "Milestone",
    "Municipality",
    "NotFoundError",
    "Person",
    "PersonNotInFamilyError",
    "PersonRepository",
    "ProgrammeStatus",
    "ProgrammeStatusChange",
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
