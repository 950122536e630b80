"""Drafts of what is being typed in any editor, kept in the encrypted database so nothing typed
is ever lost: one mechanism (one table, one service, one revision rule) for every editor.

A ``VisitDraft`` mirrors the visit editor: every field, the follow-up actions and the goal
updates, as typed (a draft may be incomplete: follow-up text may still be empty, the duration
not chosen). A ``FormDraft`` holds the family, person and goal editors' fields by name. Drafts
never enforce the limits of saved data (a note may be longer than a visit accepts): they keep
what was typed up to ``MAX_DRAFT_TEXT`` per field, and the editor explains the limit on save.
One editor session keeps one draft id; each autosave is a new `revision`, and a stored draft
is only ever replaced by a higher revision, so a late background save cannot overwrite a
newer one saved at lock time.

`DraftService.finish_draft` saves the visit (through a `CoachingService` on the same
transaction) and discards the draft in that one transaction: either both happen or neither.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, cast
from uuid import UUID, uuid4

from coach_app.domain.entities import MAX_LONG_TEXT, utc_now
from coach_app.domain.enums import GoalStatus, LifeDomain, VisitMode
from coach_app.domain.errors import ValidationError

if TYPE_CHECKING:
    from coach_app.domain.ports import UnitOfWork
    from coach_app.domain.services import CoachingService

__all__ = [
    "FORM_KINDS",
    "MAX_DRAFT_TEXT",
    "DraftRepository",
    "DraftService",
    "FollowUpDraft",
    "FormDraft",
    "GoalUpdateDraft",
    "VisitDraft",
]

_T = TypeVar("_T")

#: The most a draft keeps of one text field: ten times the longest text a visit accepts.
MAX_DRAFT_TEXT = 10 * MAX_LONG_TEXT
#: The editors that keep drafts; "history" corrects an entry of a family's dated history.
FORM_KINDS = ("family", "person", "goal", "history")
FieldValue = str | int | bool | None | tuple[str, ...]


def _limit(field_name: str, value: str, max_len: int) -> None:
    if not isinstance(value, str):
        raise ValidationError(field_name, "must be text")
    if len(value) > max_len:
        raise ValidationError(field_name, f"must be at most {max_len} characters")


@dataclass(frozen=True, kw_only=True, slots=True)
class FollowUpDraft:
    """A follow-up action as typed; the text may still be empty."""

    text: str = field(default="", repr=False)
    due_date: date | None = None
    done: bool = False
    id: UUID = field(default_factory=uuid4)

    def __post_init__(self) -> None:
        _limit("follow_up.text", self.text, MAX_DRAFT_TEXT)


@dataclass(frozen=True, kw_only=True, slots=True)
class GoalUpdateDraft:
    """A status change and/or progress note for one of the family's goals, typed in a visit."""

    goal_id: UUID
    new_status: GoalStatus | None = None
    note: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if self.new_status is not None:
            GoalStatus(self.new_status)
        _limit("goal_update.note", self.note, MAX_DRAFT_TEXT)

    @property
    def is_empty(self) -> bool:
        return self.new_status is None and not self.note.strip()


@dataclass(frozen=True, kw_only=True, slots=True)
class VisitDraft:
    """What the coach typed for a new visit (`visit_id` None) or an edit of a stored visit.

    `base_version` is the version of the stored visit the edit started from (None for a new
    visit), so saving a restored draft still detects a concurrent change.
    """

    id: UUID
    family_id: UUID
    visit_id: UUID | None = None
    base_version: int | None = None
    started_at: datetime | None = None
    duration_minutes: int | None = None
    mode: VisitMode | None = None
    people_present: tuple[UUID, ...] = ()
    topics: tuple[LifeDomain, ...] = ()
    notes: str = field(default="", repr=False)
    follow_ups: tuple[FollowUpDraft, ...] = ()
    goal_updates: tuple[GoalUpdateDraft, ...] = ()
    revision: int = 1
    updated_at: datetime = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        if self.started_at is not None and self.started_at.tzinfo is None:
            raise ValidationError("started_at", "must be a timezone-aware datetime")
        if self.updated_at.tzinfo is None:
            raise ValidationError("updated_at", "must be a timezone-aware datetime")
        if self.mode is not None:
            VisitMode(self.mode)
        for topic in self.topics:
            LifeDomain(topic)
        if self.revision < 1:
            raise ValidationError("revision", "must be at least 1")
        _limit("notes", self.notes, MAX_DRAFT_TEXT)

    def same_content(self, other: VisitDraft) -> bool:
        """True if both hold the same typed content (ids, revision and time aside)."""
        ignore = {"id", "revision", "updated_at"}
        return all(
            getattr(self, name) == getattr(other, name)
            for name in self.__dataclass_fields__
            if name not in ignore
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class FormDraft:
    """What was typed in a family, person, goal or history-entry editor, field by field
    (``fields``: field name to value; text as typed). ``family_id`` is None for a new family;
    ``subject_id`` is the family, person, goal or history entry being edited (None for a new
    one)."""

    id: UUID
    kind: str
    family_id: UUID | None = None
    subject_id: UUID | None = None
    fields: tuple[tuple[str, FieldValue], ...] = field(default=(), repr=False)
    revision: int = 1
    updated_at: datetime = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        if self.kind not in FORM_KINDS:
            raise ValidationError("kind", f"must be one of {', '.join(FORM_KINDS)}")
        if self.updated_at.tzinfo is None:
            raise ValidationError("updated_at", "must be a timezone-aware datetime")
        if self.revision < 1:
            raise ValidationError("revision", "must be at least 1")
        for name, value in self.fields:
            texts = value if isinstance(value, tuple) else (value,)
            for text in texts:
                if isinstance(text, str):
                    _limit(name, text, MAX_DRAFT_TEXT)

    def as_dict(self) -> dict[str, FieldValue]:
        return dict(self.fields)

    def same_content(self, other: FormDraft) -> bool:
        return (self.kind, self.family_id, self.subject_id, self.fields) == (
            other.kind,
            other.family_id,
            other.subject_id,
            other.fields,
        )


class DraftRepository(Protocol):
    def save(self, draft: VisitDraft) -> bool:
        """Insert or replace the draft with that id, unless the stored one has a revision at
        least as high. Returns whether it was written."""

    def get(self, draft_id: UUID) -> VisitDraft | None: ...

    def get_for(self, family_id: UUID, visit_id: UUID | None) -> VisitDraft | None:
        """The newest draft of that family's new visit (`visit_id` None) or of that visit."""

    def list_all(self) -> list[VisitDraft]:
        """Newest first."""

    def delete(self, draft_id: UUID) -> None: ...

    def save_form(self, draft: FormDraft) -> bool:
        """As ``save``, for a form draft."""

    def get_form(self, draft_id: UUID) -> FormDraft | None: ...

    def get_form_for(
        self, kind: str, family_id: UUID | None, subject_id: UUID | None
    ) -> FormDraft | None:
        """The newest draft of that editor (a new one when ``subject_id`` is None)."""

    def list_forms(self) -> list[FormDraft]:
        """Newest first."""


class DraftService:
    """Use cases of visit drafts, one transaction each (like `CoachingService`)."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def save_draft(self, draft: VisitDraft) -> VisitDraft:
        """Store the draft stamped with the time; an older revision never replaces a newer one.
        Returns what is stored now."""
        stamped = replace(draft, updated_at=self._clock())
        with self._uow_factory() as uow:
            if uow.drafts.save(stamped):
                uow.commit()
                return stamped
            stored = uow.drafts.get(draft.id)
        return stored if stored is not None else stamped

    def get_draft_for(self, family_id: UUID, visit_id: UUID | None) -> VisitDraft | None:
        with self._uow_factory() as uow:
            return uow.drafts.get_for(family_id, visit_id)

    def list_drafts(self) -> list[VisitDraft]:
        """Every unsaved visit draft, newest first."""
        with self._uow_factory() as uow:
            return uow.drafts.list_all()

    def save_form_draft(self, draft: FormDraft) -> FormDraft:
        """Store a form draft (same rule as ``save_draft``); returns what is stored now."""
        stamped = replace(draft, updated_at=self._clock())
        with self._uow_factory() as uow:
            if uow.drafts.save_form(stamped):
                uow.commit()
                return stamped
            stored = uow.drafts.get_form(draft.id)
        return stored if stored is not None else stamped

    def get_form_draft_for(
        self, kind: str, family_id: UUID | None, subject_id: UUID | None
    ) -> FormDraft | None:
        with self._uow_factory() as uow:
            return uow.drafts.get_form_for(kind, family_id, subject_id)

    def list_form_drafts(self) -> list[FormDraft]:
        """Every unsaved family, person and goal draft, newest first."""
        with self._uow_factory() as uow:
            return uow.drafts.list_forms()

    def discard_draft(self, draft_id: UUID) -> None:
        with self._uow_factory() as uow:
            uow.drafts.delete(draft_id)
            uow.commit()

    def finish_draft(self, draft_id: UUID, save: Callable[[CoachingService], _T]) -> _T:
        """Run `save` (which records the visit and goal updates through the given service) and
        discard the draft, all in one transaction. If `save` raises, nothing is stored and the
        draft stays."""
        from coach_app.domain.services import CoachingService

        with self._uow_factory() as uow:
            joined = _JoinedUnitOfWork(uow)
            service = CoachingService(lambda: cast("UnitOfWork", joined), clock=self._clock)
            result = save(service)
            uow.drafts.delete(draft_id)
            uow.commit()
        return result


class _JoinedUnitOfWork:
    """An open unit of work lent to a nested use case: its `commit` only flushes, and leaving
    it neither commits nor rolls back; the lender decides."""

    def __init__(self, inner: UnitOfWork) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def commit(self) -> None:
        """Deferred to the lender's commit (repositories flush their own writes)."""

    def rollback(self) -> None:
        self._inner.rollback()
