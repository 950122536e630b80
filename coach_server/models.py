"""Database tables of the server. Records are stored as anonymised, typed columns only.

Record storage (docs/decisions/0002, docs/protocol.md "On the server"):

- ``received_records``: every (device, pid, version) ever accepted, by a hash of its content;
- ``latest_records``: per (device, pid) the kind and version of the latest state, or the
  tombstone that removed it;
- one typed table per kind of live record (``families``, ``people``, ``goals``,
  ``status_changes``, ``language_levels``, ``visits``, ``assessments``): the fields summaries
  aggregate, as columns written at ingest, one row per live (device, pid) at its latest
  version. A tombstoned pid has no row there. Pids are scoped to their device, so every join
  between these tables is on (device_id, pid).

Month columns are month indices, ``year * 12 + month - 1`` (``2019-03`` is 24230; see
:func:`coach_server.periods.month_index`): sortable, comparable, and grouped by year
(``month / 12``) or quarter (``month / 3``) with the same integer arithmetic on SQLite and
PostgreSQL. A visit keeps its ISO week as ``YYYY-Www`` (sortable text), the week's Monday as a
date and the month index of its Thursday. Version 1 records are mapped onto the same layout
(see :mod:`coach_server.ingest`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "TYPED_TABLES",
    "AssessmentRow",
    "AuditEntry",
    "Base",
    "Device",
    "EnrolmentCode",
    "FamilyRow",
    "GoalRow",
    "LanguageLevelRow",
    "LatestRecord",
    "Leader",
    "LeaderToken",
    "PersonRow",
    "ReceivedRecord",
    "StatusChangeRow",
    "SummaryStateRow",
    "VisitRow",
]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: A sequence number: BIGINT on PostgreSQL, INTEGER (the rowid alias) on SQLite.
Sequence = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC as a naive timestamp on every backend; always returns an aware datetime."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Device(Base):
    """An enrolled coach laptop; the token is kept only as a SHA-256 hash."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    coach_name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The device that continues this one under another id (re-enrolment): this device's
    #: records stop counting once that one holds the same pids.
    #: (No foreign key: on SQLite one would rebuild the devices table on every migration.)
    replaced_by: Mapped[str | None] = mapped_column(String(36))


class EnrolmentCode(Base):
    """A single-use, short-lived code a leader hands to a coach; kept only as a hash."""

    __tablename__ = "enrolment_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    coach_name: Mapped[str] = mapped_column(String(100))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    #: The device a laptop enrolling with this code continues (same id, new token).
    replaces_device_id: Mapped[str | None] = mapped_column(String(36))


class Leader(Base):
    """A project leader; the password is kept as an Argon2id PHC string."""

    __tablename__ = "leaders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class LeaderToken(Base):
    """A leader's bearer token (hashed) with its expiry and last use (idle time-out)."""

    __tablename__ = "leader_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    leader_id: Mapped[int] = mapped_column(ForeignKey("leaders.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: The last request made with the token; it lapses after the idle time (sign-in settings).
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ReceivedRecord(Base):
    """Every (device, pid, version) ever accepted, by a content hash: the idempotency key.

    ``seq`` is the server-side sequence that orders receipt; the laptop's clock plays no part.
    """

    __tablename__ = "received_records"
    __table_args__ = (
        UniqueConstraint("device_id", "pid", "version"),
        Index("ix_received_records_device_id_seq", "device_id", "seq"),
    )

    seq: Mapped[int] = mapped_column(Sequence, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    pid: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    protocol_version: Mapped[int] = mapped_column(SmallInteger, server_default="1")


class LatestRecord(Base):
    """The latest state of each (device, pid): the kind and highest version received, or the
    tombstone that removed it (``kind`` is then ``tombstone`` and ``tombstone_reason`` set).

    The fields of a live record are in the typed table of its kind; a tombstone leaves none.
    """

    __tablename__ = "latest_records"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    pid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Sequence)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    protocol_version: Mapped[int] = mapped_column(SmallInteger, server_default="1")
    tombstone_reason: Mapped[str | None] = mapped_column(String(20))


class _TypedRecord:
    """Columns every typed record table has: the key, the version and the receive order."""

    device_id: Mapped[str] = mapped_column(
        ForeignKey("devices.id"), primary_key=True, sort_order=-5
    )
    pid: Mapped[str] = mapped_column(String(36), primary_key=True, sort_order=-4)
    version: Mapped[int] = mapped_column(Integer, sort_order=-3)
    seq: Mapped[int] = mapped_column(Sequence, sort_order=-2)
    #: 1 or 2: the protocol version of the record this row comes from.
    protocol_version: Mapped[int] = mapped_column(SmallInteger, sort_order=-1)


class FamilyRow(_TypedRecord, Base):
    """A live family. Its programme status is in ``status_changes`` (subject_kind family)."""

    __tablename__ = "families"
    __table_args__ = (Index("ix_families_enrolled_month", "enrolled_month"),)

    municipality_code: Mapped[str] = mapped_column(String(6), index=True)
    household_size_band: Mapped[str] = mapped_column(String(3))
    enrolled_month: Mapped[int] = mapped_column(Integer)


class PersonRow(_TypedRecord, Base):
    """A live person. ``age_band`` is set only for version 1 records (the age when the record
    was built, ``50-64`` kept as given); version 2 carries ages on events."""

    __tablename__ = "people"
    __table_args__ = (Index("ix_people_device_id_family_pid", "device_id", "family_pid"),)

    family_pid: Mapped[str] = mapped_column(String(36))
    gender: Mapped[str] = mapped_column(String(7), index=True)
    role: Mapped[str] = mapped_column(String(5))
    age_band: Mapped[str | None] = mapped_column(String(5))


class GoalRow(_TypedRecord, Base):
    """A live goal. Its status history is in ``status_changes`` (subject_kind goal)."""

    __tablename__ = "goals"
    __table_args__ = (
        Index("ix_goals_device_id_family_pid", "device_id", "family_pid"),
        Index("ix_goals_device_id_person_pid", "device_id", "person_pid"),
        Index("ix_goals_domain", "domain"),
    )

    family_pid: Mapped[str] = mapped_column(String(36))
    person_pid: Mapped[str | None] = mapped_column(String(36))
    domain: Mapped[str] = mapped_column(String(24))
    opened_month: Mapped[int] = mapped_column(Integer)
    #: The person's band on the day the goal was opened (version 2); null in version 1.
    age_band: Mapped[str | None] = mapped_column(String(5))


class StatusChangeRow(_TypedRecord, Base):
    """One dated status entry of a goal or a family.

    Version 2 sends each entry as its own record. A version 1 family or goal carries one status
    and its month; that becomes one entry whose ``pid`` is the family's or goal's own pid
    (``protocol_version`` 1, ``age_band`` null) and follows that record's latest version.
    """

    __tablename__ = "status_changes"
    __table_args__ = (
        Index("ix_status_changes_device_id_subject_pid_month", "device_id", "subject_pid", "month"),
        Index("ix_status_changes_subject_kind_status_month", "subject_kind", "status", "month"),
    )

    subject_kind: Mapped[str] = mapped_column(String(6))
    subject_pid: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(10))
    month: Mapped[int] = mapped_column(Integer)
    age_band: Mapped[str | None] = mapped_column(String(5))


class LanguageLevelRow(_TypedRecord, Base):
    """A person's Dutch level (CEFR) in a month; ``level_rank`` orders levels (below A1 = 0 up
    to C2 = 6) so a rise is a difference of ranks."""

    __tablename__ = "language_levels"
    __table_args__ = (
        Index("ix_language_levels_device_id_person_pid_month", "device_id", "person_pid", "month"),
        Index("ix_language_levels_month", "month"),
    )

    person_pid: Mapped[str] = mapped_column(String(36))
    level: Mapped[str] = mapped_column(String(8))
    level_rank: Mapped[int] = mapped_column(SmallInteger)
    month: Mapped[int] = mapped_column(Integer)
    age_band: Mapped[str | None] = mapped_column(String(5))


class VisitRow(_TypedRecord, Base):
    """A live visit: its ISO week (``YYYY-Www``), the week's Monday, and the month index of the
    week's Thursday (the ISO rule that assigns a week to a year, applied to months)."""

    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_device_id_family_pid_week_start", "device_id", "family_pid", "week_start"),
        Index("ix_visits_month", "month"),
    )

    family_pid: Mapped[str] = mapped_column(String(36))
    iso_week: Mapped[str] = mapped_column(String(8))
    week_start: Mapped[date] = mapped_column(Date)
    month: Mapped[int] = mapped_column(Integer)
    duration_band: Mapped[str] = mapped_column(String(5))
    mode: Mapped[str] = mapped_column(String(5))


class AssessmentRow(_TypedRecord, Base):
    """A live self-reliance score of a person or family in one domain and month."""

    __tablename__ = "assessments"
    __table_args__ = (
        Index(
            "ix_assessments_device_id_subject_pid_domain_month",
            "device_id",
            "subject_pid",
            "domain",
            "month",
        ),
        Index("ix_assessments_month", "month"),
    )

    subject_pid: Mapped[str] = mapped_column(String(36))
    domain: Mapped[str] = mapped_column(String(24))
    score: Mapped[int] = mapped_column(SmallInteger)
    month: Mapped[int] = mapped_column(Integer)
    age_band: Mapped[str | None] = mapped_column(String(5))


#: The typed table of each kind of live record.
TYPED_TABLES: dict[str, type[Base]] = {
    "family": FamilyRow,
    "person": PersonRow,
    "goal": GoalRow,
    "status_change": StatusChangeRow,
    "language_level": LanguageLevelRow,
    "visit": VisitRow,
    "assessment": AssessmentRow,
}


class AuditEntry(Base):
    """Who did what, when: leader and admin actions, never record contents."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(100))


class SummaryStateRow(Base):
    """A computed summary (coach_server.summary_store): the linked set of one data state and
    its suppression pattern at one threshold, so that every worker process serves it without
    computing it again. Counts only, never a record."""

    __tablename__ = "summary_states"

    last_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    devices: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    threshold: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data_as_of: Mapped[datetime | None] = mapped_column(UTCDateTime())
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: zlib-compressed JSON of the figures (summary_store.encode_figures).
    figures: Mapped[bytes] = mapped_column(LargeBinary)
    #: JSON list of the withheld figures' indices.
    withheld: Mapped[bytes] = mapped_column(LargeBinary)
