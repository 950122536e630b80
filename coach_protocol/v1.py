"""Protocol version 1: the records laptops sent before dated histories (still accepted).

Each record carries the latest state of its entity: a family's and a goal's status with the
month it was typed, a person's age band on the day the record was built. Version 2
(:mod:`coach_protocol.records`) replaces these with dated events; the server accepts both and
maps version 1 onto the same stored layout. The shapes here never change.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from coach_protocol.fields import (
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
    Version,
    VisitMode,
)

__all__ = [
    "PROTOCOL_VERSION",
    "AgeBandV1",
    "AssessmentRecordV1",
    "FamilyRecordV1",
    "GoalRecordV1",
    "PersonRecordV1",
    "RecordKindV1",
    "RecordV1",
    "TombstoneReasonV1",
    "TombstoneRecordV1",
    "VisitRecordV1",
]

PROTOCOL_VERSION: Final = 1

RecordKindV1 = Literal["family", "person", "goal", "visit", "assessment", "tombstone"]
#: Version 1's age bands: the person's age when the record was built (not at any event).
AgeBandV1 = Literal["0-3", "4-11", "12-17", "18-29", "30-49", "50-64", "65+"]
TombstoneReasonV1 = Literal["erased", "consent_withdrawn"]


class _RecordBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    pid: Pid
    version: Version


class FamilyRecordV1(_RecordBase):
    """A family's programme participation, with its latest programme status."""

    kind: Literal["family"]
    municipality_code: MunicipalityCode
    household_size_band: HouseholdSizeBand
    programme_status: ProgrammeStatus
    enrolled_month: Month
    status_month: Month


class PersonRecordV1(_RecordBase):
    """A member of a family, by age band and role only."""

    kind: Literal["person"]
    family_pid: Pid
    age_band: AgeBandV1
    gender: Gender
    role: Role


class GoalRecordV1(_RecordBase):
    """A goal agreed with a family or one of its members, with its latest status."""

    kind: Literal["goal"]
    family_pid: Pid
    person_pid: Pid | None = None
    domain: LifeDomain
    status: GoalStatus
    opened_month: Month
    status_month: Month


class VisitRecordV1(_RecordBase):
    """A visit that took place, by ISO week, length band and mode."""

    kind: Literal["visit"]
    family_pid: Pid
    iso_week: IsoWeek
    duration_band: DurationBand
    mode: VisitMode


class AssessmentRecordV1(_RecordBase):
    """A self-reliance score of a person or family (the subject) in one life domain."""

    kind: Literal["assessment"]
    subject_pid: Pid
    domain: LifeDomain
    score: Score
    month: Month


class TombstoneRecordV1(_RecordBase):
    """Removes the record with this pid (of any kind) from every summary."""

    kind: Literal["tombstone"]
    reason: TombstoneReasonV1


RecordV1 = Annotated[
    FamilyRecordV1
    | PersonRecordV1
    | GoalRecordV1
    | VisitRecordV1
    | AssessmentRecordV1
    | TombstoneRecordV1,
    Field(discriminator="kind"),
]
