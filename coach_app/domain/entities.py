"""Entities and value objects of the coaching domain: frozen dataclasses, safe to pass between
threads. Personal fields are left out of `repr()`, so an entity that reaches a log or a
traceback shows ids, codes and dates only. Each entity checks its own invariants on
construction (also after `dataclasses.replace`), so an invalid entity cannot exist.

Every entity has a random UUID `id`, `created_at`/`updated_at` (timezone-aware UTC) and a
`version` that starts at 1 and increases on every change. Parts of an aggregate (a visit's
follow-up actions, a goal's milestones and progress entries) have ids but no version of their
own: changing them changes their parent's version.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from uuid import UUID, uuid4

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
from coach_app.domain.errors import ValidationError

__all__ = [
    "Assessment",
    "ConsentEvent",
    "ConsentStatus",
    "Family",
    "FamilySummary",
    "FollowUpAction",
    "Goal",
    "GoalStatusChange",
    "LanguageLevel",
    "Milestone",
    "Municipality",
    "Person",
    "ProgrammeStatusChange",
    "ProgressEntry",
    "Visit",
]

# Length limits (characters). Generous, but they stop a paste accident from filling the disk.
MAX_NAME = 200
MAX_SHORT_TEXT = 2_000
MAX_LONG_TEXT = 100_000
MAX_VISIT_MINUTES = 24 * 60
_MUNICIPALITY_CODE = re.compile(r"GM\d{4}")
_PHONE = re.compile(r"[0-9+()\-. /]*")
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")  # BCP 47-ish: nl, tr, ku, ar-SY


def _text(field_name: str, value: str, max_len: int, *, required: bool = False) -> None:
    if not isinstance(value, str):
        raise ValidationError(field_name, "must be text")
    if required and not value.strip():
        raise ValidationError(field_name, "must not be empty")
    if len(value) > max_len:
        raise ValidationError(field_name, f"must be at most {max_len} characters")
    if "\x00" in value:
        raise ValidationError(field_name, "must not contain NUL characters")


def _utc(field_name: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() != timedelta(0):
        raise ValidationError(field_name, "must be a timezone-aware UTC datetime")


def _meta(entity: _Entity) -> None:
    _utc("created_at", entity.created_at)
    _utc("updated_at", entity.updated_at)
    if entity.version < 1:
        raise ValidationError("version", "must be at least 1")


def _languages(field_name: str, value: tuple[str, ...]) -> None:
    for code in value:
        if not isinstance(code, str) or not _LANGUAGE.fullmatch(code):
            raise ValidationError(field_name, "must be language codes such as 'nl' or 'tr'")
    if len(set(value)) != len(value):
        raise ValidationError(field_name, "must not repeat a language")


def _plain_date(field_name: str, value: date) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(field_name, "must be a date (without a time)")


def utc_now() -> datetime:
    """The default clock: now, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, kw_only=True, slots=True)
class _Entity:
    id: UUID
    created_at: datetime
    updated_at: datetime
    version: int = 1


@dataclass(frozen=True, slots=True)
class Municipality:
    """A Dutch municipality: CBS code (``GM`` + 4 digits, e.g. ``GM0153``) and name."""

    code: str
    name: str

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not _MUNICIPALITY_CODE.fullmatch(self.code):
            raise ValidationError("municipality.code", "must be a CBS code such as GM0153")
        _text("municipality.name", self.name, MAX_NAME, required=True)


@dataclass(frozen=True, kw_only=True, slots=True)
class Family(_Entity):
    display_name: str = field(repr=False)
    municipality: Municipality
    address: str = field(default="", repr=False)
    phone: str = field(default="", repr=False)
    preferred_languages: tuple[str, ...] = ()
    status: ProgrammeStatus = ProgrammeStatus.INTAKE
    start_date: date | None = None
    assigned_coach: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        _meta(self)
        _text("display_name", self.display_name, MAX_NAME, required=True)
        _text("address", self.address, MAX_SHORT_TEXT)
        _text("phone", self.phone, 50)
        if not _PHONE.fullmatch(self.phone):
            raise ValidationError("phone", "may hold digits, spaces and + ( ) - . / only")
        _languages("preferred_languages", self.preferred_languages)
        _text("assigned_coach", self.assigned_coach, MAX_NAME)
        ProgrammeStatus(self.status)


@dataclass(frozen=True, kw_only=True, slots=True)
class Person(_Entity):
    family_id: UUID
    given_name: str = field(repr=False)
    family_name: str = field(default="", repr=False)
    birth_date: date | None = field(default=None, repr=False)
    gender: Gender = Gender.UNKNOWN
    role: Role = Role.ADULT
    languages: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _meta(self)
        _text("given_name", self.given_name, MAX_NAME, required=True)
        _text("family_name", self.family_name, MAX_NAME)
        _languages("languages", self.languages)
        Gender(self.gender)
        Role(self.role)

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True, kw_only=True, slots=True)
class FollowUpAction:
    """Something to do after a visit. Part of the visit."""

    text: str = field(repr=False)
    due_date: date | None = None
    done: bool = False
    id: UUID = field(default_factory=uuid4)

    def __post_init__(self) -> None:
        _text("follow_up.text", self.text, MAX_SHORT_TEXT, required=True)


@dataclass(frozen=True, kw_only=True, slots=True)
class Visit(_Entity):
    family_id: UUID
    started_at: datetime
    duration_minutes: int
    mode: VisitMode = VisitMode.HOME
    people_present: tuple[UUID, ...] = ()
    topics: tuple[LifeDomain, ...] = ()
    notes: str = field(default="", repr=False)
    follow_ups: tuple[FollowUpAction, ...] = ()

    def __post_init__(self) -> None:
        _meta(self)
        _utc("started_at", self.started_at)
        if not 1 <= self.duration_minutes <= MAX_VISIT_MINUTES:
            raise ValidationError("duration_minutes", f"must be 1 to {MAX_VISIT_MINUTES}")
        VisitMode(self.mode)
        for topic in self.topics:
            LifeDomain(topic)
        if len(set(self.topics)) != len(self.topics):
            raise ValidationError("topics", "must not repeat a life domain")
        if len(set(self.people_present)) != len(self.people_present):
            raise ValidationError("people_present", "must not repeat a person")
        _text("notes", self.notes, MAX_LONG_TEXT)
        if len({f.id for f in self.follow_ups}) != len(self.follow_ups):
            raise ValidationError("follow_ups", "must not repeat a follow-up id")


@dataclass(frozen=True, kw_only=True, slots=True)
class Milestone:
    """A step on the way to a goal. Part of the goal."""

    title: str = field(repr=False)
    target_date: date | None = None
    reached_on: date | None = None
    id: UUID = field(default_factory=uuid4)

    def __post_init__(self) -> None:
        _text("milestone.title", self.title, MAX_SHORT_TEXT, required=True)


@dataclass(frozen=True, kw_only=True, slots=True)
class ProgressEntry:
    """A dated note on a goal, with the status change it records (if any). Part of the goal."""

    entry_date: date
    recorded_at: datetime
    from_status: GoalStatus | None = None
    to_status: GoalStatus | None = None
    note: str = field(default="", repr=False)
    id: UUID = field(default_factory=uuid4)

    def __post_init__(self) -> None:
        _utc("progress.recorded_at", self.recorded_at)
        _text("progress.note", self.note, MAX_LONG_TEXT)
        if (self.from_status is None) != (self.to_status is None):
            raise ValidationError("progress", "a status change needs both statuses")
        if self.to_status is None and not self.note.strip():
            raise ValidationError("progress.note", "must not be empty without a status change")


@dataclass(frozen=True, kw_only=True, slots=True)
class GoalStatusChange:
    """One entry of a goal's dated status history: the goal had ``status`` from ``on`` (the
    day it happened, which may be long before ``recorded_at``, the moment it was typed). Part
    of the goal; the first entry is the status the goal was opened with, on its opened date."""

    status: GoalStatus
    on: date
    recorded_at: datetime
    id: UUID = field(default_factory=uuid4)

    def __post_init__(self) -> None:
        GoalStatus(self.status)
        _plain_date("status_on", self.on)
        _utc("status.recorded_at", self.recorded_at)


@dataclass(frozen=True, kw_only=True, slots=True)
class Goal(_Entity):
    """A goal agreed with a family or one of its members.

    ``opened_on`` is the day the goal was opened (agreed), which may be earlier than the day it
    was typed (``created_at``). ``status_history`` holds every status the goal had, oldest
    first, each with the day it happened; ``status`` is the latest one. Invariants: the
    history is in date order and ends with ``status``. The use cases keep the rest: the first
    entry is dated ``opened_on``, no entry is before it, none is in the future.
    """

    family_id: UUID
    domain: LifeDomain
    title: str = field(repr=False)
    opened_on: date
    person_id: UUID | None = None
    description: str = field(default="", repr=False)
    target_date: date | None = None
    status: GoalStatus = GoalStatus.PLANNED
    status_history: tuple[GoalStatusChange, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    progress: tuple[ProgressEntry, ...] = ()

    def __post_init__(self) -> None:
        _meta(self)
        LifeDomain(self.domain)
        GoalStatus(self.status)
        _plain_date("opened_on", self.opened_on)
        _text("title", self.title, MAX_NAME, required=True)
        _text("description", self.description, MAX_LONG_TEXT)
        if len({m.id for m in self.milestones}) != len(self.milestones):
            raise ValidationError("milestones", "must not repeat a milestone id")
        history = self.status_history
        if history:
            if len({c.id for c in history}) != len(history):
                raise ValidationError("status_history", "must not repeat an entry id")
            if any(a.on > b.on for a, b in itertools.pairwise(history)):
                raise ValidationError("status_history", "must be in date order")
            if history[-1].status != self.status:
                raise ValidationError("status", "must be the latest status of the history")

    @property
    def is_open(self) -> bool:
        return self.status.is_open


@dataclass(frozen=True, kw_only=True, slots=True)
class Assessment(_Entity):
    """A 1-5 self-reliance score for a person (or the whole family) in one life domain."""

    family_id: UUID
    domain: LifeDomain
    score: int
    assessed_on: date
    person_id: UUID | None = None

    def __post_init__(self) -> None:
        _meta(self)
        LifeDomain(self.domain)
        if isinstance(self.score, bool) or not isinstance(self.score, int):
            raise ValidationError("score", "must be a whole number from 1 to 5")
        if not 1 <= self.score <= 5:
            raise ValidationError("score", "must be from 1 to 5")


@dataclass(frozen=True, kw_only=True, slots=True)
class LanguageLevel(_Entity):
    """An adult's level of Dutch on a date, on the CEFR scale (see `CefrLevel`)."""

    family_id: UUID
    person_id: UUID
    level: CefrLevel
    assessed_on: date

    def __post_init__(self) -> None:
        _meta(self)
        CefrLevel(self.level)
        _plain_date("assessed_on", self.assessed_on)


@dataclass(frozen=True, kw_only=True, slots=True)
class ProgrammeStatusChange:
    """One entry of a family's dated programme-status history: the family had ``status`` from
    ``on`` (the day it happened; ``recorded_at`` is when it was typed). The family's current
    status is its latest entry (by date, then by the time it was recorded)."""

    id: UUID
    family_id: UUID
    status: ProgrammeStatus
    on: date
    recorded_at: datetime

    def __post_init__(self) -> None:
        ProgrammeStatus(self.status)
        _plain_date("status_on", self.on)
        _utc("status.recorded_at", self.recorded_at)

    @property
    def order_key(self) -> tuple[date, datetime, str]:
        """How entries are ordered: by date, then by recording time, then by id."""
        return (self.on, self.recorded_at, str(self.id))


@dataclass(frozen=True, kw_only=True, slots=True)
class ConsentEvent(_Entity):
    """A family gave (`given=True`) or withdrew (`given=False`) one kind of consent.

    Events are never changed or deleted (except by erasure of the family): the history is the
    record. The current state is the latest event of each kind.
    """

    family_id: UUID
    kind: ConsentKind
    given: bool
    event_date: date
    recorded_by: str = field(repr=False)
    remark: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        _meta(self)
        ConsentKind(self.kind)
        _text("recorded_by", self.recorded_by, MAX_NAME, required=True)
        _text("remark", self.remark, MAX_SHORT_TEXT)


@dataclass(frozen=True, kw_only=True, slots=True)
class ConsentStatus:
    """The current consent of a family, derived from its consent events."""

    family_id: UUID
    coaching: bool = False
    anonymised_reporting: bool = False
    research: bool = False

    def is_given(self, kind: ConsentKind) -> bool:
        return bool(getattr(self, ConsentKind(kind).value))


@dataclass(frozen=True, kw_only=True, slots=True)
class FamilySummary:
    """One row of the families list."""

    id: UUID
    display_name: str = field(repr=False)
    municipality_name: str
    status: ProgrammeStatus
    people_count: int
    visit_count: int
    open_goal_count: int
    last_visit_at: datetime | None
