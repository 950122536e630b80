"""The anonymised progress records that leave a coach's laptop: protocol version 2.

Every field is a constrained type from :mod:`coach_protocol.fields`: a UUID4 pid, a month, an
ISO week, a bounded integer or a value from a closed list. Nothing free-text can be carried,
unknown fields are refused (``extra="forbid"``) and every field must be present (``null`` where
the type allows it). Validation is strict, so ``"3"`` is not a score and ``1.0`` is not a
version.

Version 2 describes what happened and when: statuses travel as dated ``status_change`` records,
Dutch language levels as ``language_level`` records, and every record about a person at a
moment carries the person's age band *on that day* (never re-derived later). Months and weeks
are in the programme's time zone. The version 1 shapes live in :mod:`coach_protocol.v1`;
docs/protocol.md describes both.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

from coach_protocol.fields import (
    MAX_VERSION,
    AgeBand,
    CefrLevel,
    DurationBand,
    Gender,
    GoalStatus,
    HouseholdSizeBand,
    IsoWeek,
    LifeDomain,
    Month,
    MunicipalityCode,
    Pid,
    ProgrammeStatus,
    Role,
    Score,
    StatusSubjectKind,
    Version,
    VisitMode,
    whole_number,
)

__all__ = [
    "MAX_VERSION",
    "AgeBand",
    "AssessmentRecord",
    "CefrLevel",
    "DurationBand",
    "FamilyRecord",
    "FamilyStatusChangeRecord",
    "Gender",
    "GoalRecord",
    "GoalStatus",
    "GoalStatusChangeRecord",
    "HouseholdSizeBand",
    "IsoWeek",
    "LanguageLevelRecord",
    "LifeDomain",
    "Month",
    "MunicipalityCode",
    "PersonRecord",
    "Pid",
    "ProgrammeStatus",
    "Record",
    "RecordKind",
    "Role",
    "StatusChangeRecord",
    "StatusSubjectKind",
    "TombstoneReason",
    "TombstoneRecord",
    "Version",
    "VisitMode",
    "VisitRecord",
    "whole_number",
]

RecordKind = Literal[
    "family",
    "person",
    "goal",
    "status_change",
    "language_level",
    "visit",
    "assessment",
    "tombstone",
]
#: ``erased``: the family was erased; ``consent_withdrawn``: the family withdrew consent for
#: anonymised reporting; ``retracted``: the coach deleted the entry or corrected it away (for
#: example a status entry removed from a history).
TombstoneReason = Literal["erased", "consent_withdrawn", "retracted"]

_AGE_BAND_AT_EVENT = "The person's age band on the day of the event; null without a birth date."


class _RecordBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    pid: Pid
    version: Version


class FamilyRecord(_RecordBase):
    """A family in the programme; its programme status travels as ``status_change`` records."""

    kind: Literal["family"]
    municipality_code: MunicipalityCode
    household_size_band: HouseholdSizeBand
    enrolled_month: Month


class PersonRecord(_RecordBase):
    """A member of a family, by gender and role only (ages travel with events)."""

    kind: Literal["person"]
    family_pid: Pid
    gender: Gender
    role: Role


class GoalRecord(_RecordBase):
    """A goal agreed with a family or one of its members, by the month it was opened."""

    model_config = ConfigDict(
        json_schema_extra={  # the rule below, for JSON Schema readers (OpenAPI 3.1)
            "if": {"properties": {"person_pid": {"type": "null"}}},
            "then": {"properties": {"age_band": {"type": "null"}}},
        }
    )

    kind: Literal["goal"]
    family_pid: Pid
    person_pid: Pid | None = Field(description="The person the goal is for; null for the family.")
    domain: LifeDomain
    opened_month: Month
    age_band: AgeBand | None = Field(
        description="The person's age band on the day the goal was opened; null without a "
        "person or a birth date."
    )

    @model_validator(mode="after")
    def _no_age_without_a_person(self) -> Self:
        if self.person_pid is None and self.age_band is not None:
            raise ValueError("a goal without a person carries no age band")
        return self


class GoalStatusChangeRecord(_RecordBase):
    """One dated entry of a goal's status history (its own pid)."""

    kind: Literal["status_change"]
    subject_kind: Literal["goal"]
    subject_pid: Pid = Field(description="The goal's pid.")
    status: GoalStatus
    month: Month = Field(description="The month the status change happened.")
    age_band: AgeBand | None = Field(
        description="The goal's person's age band on the day of the change; null for a goal "
        "without a person or a person without a birth date."
    )


class FamilyStatusChangeRecord(_RecordBase):
    """One dated entry of a family's programme status history (its own pid)."""

    kind: Literal["status_change"]
    subject_kind: Literal["family"]
    subject_pid: Pid = Field(description="The family's pid.")
    status: ProgrammeStatus
    month: Month = Field(description="The month the status change happened.")
    age_band: None = Field(description="Always null: a family has no age.")


#: A status change of a goal or a family (``subject_kind`` tells which).
StatusChangeRecord = GoalStatusChangeRecord | FamilyStatusChangeRecord


class LanguageLevelRecord(_RecordBase):
    """A person's Dutch level (CEFR) as assessed in a month."""

    kind: Literal["language_level"]
    person_pid: Pid
    level: CefrLevel
    month: Month
    age_band: AgeBand | None = Field(description=_AGE_BAND_AT_EVENT)


class VisitRecord(_RecordBase):
    """A visit that took place, by ISO week, length band and mode (as in version 1)."""

    kind: Literal["visit"]
    family_pid: Pid
    iso_week: IsoWeek
    duration_band: DurationBand
    mode: VisitMode


class AssessmentRecord(_RecordBase):
    """A self-reliance score of a person or family (the subject) in one life domain."""

    kind: Literal["assessment"]
    subject_pid: Pid
    domain: LifeDomain
    score: Score
    month: Month
    age_band: AgeBand | None = Field(
        description="The person's age band on the day of the assessment; null for a family "
        "or a person without a birth date."
    )


class TombstoneRecord(_RecordBase):
    """Removes the record with this pid (of any kind) from every summary."""

    kind: Literal["tombstone"]
    reason: TombstoneReason


def _record_tag(value: Any) -> str | None:
    """The union member a record is: its ``kind``, and for a status change also its
    ``subject_kind`` (so the JSON Schema stays a flat ``oneOf`` that OpenAPI accepts)."""
    if isinstance(value, BaseModel):
        fields: dict[str, Any] = vars(value)
    elif isinstance(value, dict):
        fields = value
    else:
        return None
    kind = fields.get("kind")
    if kind == "status_change":
        subject = fields.get("subject_kind")
        return f"status_change:{subject}" if isinstance(subject, str) else None
    return kind if isinstance(kind, str) else None


Record = Annotated[
    Annotated[FamilyRecord, Tag("family")]
    | Annotated[PersonRecord, Tag("person")]
    | Annotated[GoalRecord, Tag("goal")]
    | Annotated[GoalStatusChangeRecord, Tag("status_change:goal")]
    | Annotated[FamilyStatusChangeRecord, Tag("status_change:family")]
    | Annotated[LanguageLevelRecord, Tag("language_level")]
    | Annotated[VisitRecord, Tag("visit")]
    | Annotated[AssessmentRecord, Tag("assessment")]
    | Annotated[TombstoneRecord, Tag("tombstone")],
    Discriminator(
        _record_tag,
        custom_error_type="record_kind",
        custom_error_message="Unknown record kind (or status change subject)",
    ),
]
