"""SQLAlchemy 2 typed ORM models of the local data model (DESIGN.md section 3).

UUIDs are stored as 36-character strings, enums as their stable codes, datetimes as naive UTC
(converted back to aware UTC on read), lists of codes as JSON text. Children of an aggregate
(people, visits, goals, ...) reference their family with ON DELETE CASCADE, so erasing a family
cannot leave rows behind even if a new table forgets to be listed.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

__all__ = [
    "AssessmentRow",
    "Base",
    "ConsentEventRow",
    "FamilyRow",
    "FamilyStatusChangeRow",
    "FollowUpRow",
    "GoalRow",
    "GoalStatusChangeRow",
    "LanguageLevelRow",
    "MilestoneRow",
    "PersonRow",
    "ProgressEntryRow",
    "VisitAttendeeRow",
    "VisitRow",
    "VisitTopicRow",
]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LENGTH = 36
CODE_LENGTH = 32


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored naive in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class CodeList(TypeDecorator[list[str]]):
    """A short list of codes (languages), stored as JSON text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else json.dumps([str(v) for v in value])

    def process_result_value(self, value: Any, dialect: Dialect) -> list[str] | None:
        return None if value is None else [str(v) for v in json.loads(value)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _uuid_pk() -> Mapped[str]:
    return mapped_column(String(UUID_LENGTH), primary_key=True)


def _family_fk() -> Mapped[str]:
    return mapped_column(
        String(UUID_LENGTH), ForeignKey("family.id", ondelete="CASCADE"), index=True
    )


class _Versioned:
    """Columns every entity has. `version` is also the ORM's optimistic-lock column."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (declared_attr takes the class)
        table = cls.__table__  # type: ignore[attr-defined]
        return {"version_id_col": table.c.version, "version_id_generator": False}


class FamilyRow(_Versioned, Base):
    __tablename__ = "family"

    id: Mapped[str] = _uuid_pk()
    display_name: Mapped[str] = mapped_column(String(200))
    municipality_code: Mapped[str] = mapped_column(String(6))
    municipality_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(String(50))
    preferred_languages: Mapped[list[str]] = mapped_column(CodeList())
    status: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    assigned_coach: Mapped[str] = mapped_column(String(200))


class PersonRow(_Versioned, Base):
    __tablename__ = "person"

    id: Mapped[str] = _uuid_pk()
    family_id: Mapped[str] = _family_fk()
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(CODE_LENGTH))
    role: Mapped[str] = mapped_column(String(CODE_LENGTH))
    languages: Mapped[list[str]] = mapped_column(CodeList())


class VisitRow(_Versioned, Base):
    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_family_id_started_at", "family_id", "started_at"),)

    id: Mapped[str] = _uuid_pk()
    family_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("family.id", ondelete="CASCADE")
    )
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    duration_minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(CODE_LENGTH))
    notes: Mapped[str] = mapped_column(Text)

    attendees: Mapped[list[VisitAttendeeRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="VisitAttendeeRow.position",
    )
    topics: Mapped[list[VisitTopicRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="VisitTopicRow.position",
    )
    follow_ups: Mapped[list[FollowUpRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="FollowUpRow.position",
    )


class VisitAttendeeRow(Base):
    __tablename__ = "visit_attendee"

    visit_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH),
        ForeignKey("person.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    )
    position: Mapped[int] = mapped_column(Integer)


class VisitTopicRow(Base):
    __tablename__ = "visit_topic"

    visit_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True
    )
    domain: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class FollowUpRow(Base):
    __tablename__ = "follow_up_action"

    id: Mapped[str] = _uuid_pk()
    visit_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean(create_constraint=False))


class GoalRow(_Versioned, Base):
    __tablename__ = "goal"
    # The Families list counts each family's open goals from this index alone (revision 0015).
    __table_args__ = (Index("ix_goal_family_id_status", "family_id", "status"),)

    id: Mapped[str] = _uuid_pk()
    family_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("family.id", ondelete="CASCADE")
    )
    person_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    domain: Mapped[str] = mapped_column(String(CODE_LENGTH))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(CODE_LENGTH))

    status_history: Mapped[list[GoalStatusChangeRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="GoalStatusChangeRow.position",
    )
    milestones: Mapped[list[MilestoneRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="MilestoneRow.position",
    )
    progress: Mapped[list[ProgressEntryRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="ProgressEntryRow.position",
    )


class GoalStatusChangeRow(Base):
    """An entry of a goal's dated status history; ``position`` is its place in date order.
    The first entry's date (position 0) is the day the goal was opened."""

    __tablename__ = "goal_status_change"

    id: Mapped[str] = _uuid_pk()
    goal_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(CODE_LENGTH))
    happened_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FamilyStatusChangeRow(Base):
    """An entry of a family's dated programme-status history."""

    __tablename__ = "family_status_change"

    id: Mapped[str] = _uuid_pk()
    family_id: Mapped[str] = _family_fk()
    status: Mapped[str] = mapped_column(String(CODE_LENGTH))
    happened_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MilestoneRow(Base):
    __tablename__ = "milestone"

    id: Mapped[str] = _uuid_pk()
    goal_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    target_date: Mapped[date | None] = mapped_column(Date)
    reached_on: Mapped[date | None] = mapped_column(Date)


class ProgressEntryRow(Base):
    __tablename__ = "progress_entry"

    id: Mapped[str] = _uuid_pk()
    goal_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    entry_date: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    from_status: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    to_status: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    note: Mapped[str] = mapped_column(Text)


class AssessmentRow(_Versioned, Base):
    __tablename__ = "assessment"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),)

    id: Mapped[str] = _uuid_pk()
    family_id: Mapped[str] = _family_fk()
    person_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    domain: Mapped[str] = mapped_column(String(CODE_LENGTH))
    score: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[date] = mapped_column(Date)


class LanguageLevelRow(_Versioned, Base):
    """An adult's CEFR level of Dutch on a date."""

    __tablename__ = "language_level"

    id: Mapped[str] = _uuid_pk()
    family_id: Mapped[str] = _family_fk()
    person_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[str] = mapped_column(String(CODE_LENGTH))
    assessed_on: Mapped[date] = mapped_column(Date)


class ConsentEventRow(_Versioned, Base):
    __tablename__ = "consent_event"

    id: Mapped[str] = _uuid_pk()
    family_id: Mapped[str] = _family_fk()
    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    given: Mapped[bool] = mapped_column(Boolean(create_constraint=False))
    event_date: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200))
    remark: Mapped[str] = mapped_column(Text)


from coach_app.storage import models_drafts as _models_drafts  # noqa: E402, F401  (editor drafts)
from coach_app.storage import models_offsite as _models_offsite  # noqa: E402, F401  (issue 12)
from coach_app.storage import models_sync as _models_sync  # noqa: E402, F401  (sync tables)
