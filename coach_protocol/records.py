"""The anonymised progress records that leave a coach's laptop (DESIGN.md section 5).

Every field is a constrained type: a UUID4 pid, a month, an ISO week or a value from a closed
list. Nothing free-text can be carried, and unknown fields are refused (``extra="forbid"``).
Validation is strict, so ``"3"`` is not a score and ``1.0`` is not a version.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

__all__ = [
    "MAX_VERSION",
    "AgeBand",
    "AssessmentRecord",
    "DurationBand",
    "FamilyRecord",
    "Gender",
    "GoalRecord",
    "GoalStatus",
    "HouseholdSizeBand",
    "IsoWeek",
    "LifeDomain",
    "Month",
    "MunicipalityCode",
    "PersonRecord",
    "Pid",
    "ProgrammeStatus",
    "Record",
    "RecordKind",
    "Role",
    "TombstoneReason",
    "TombstoneRecord",
    "VisitMode",
    "VisitRecord",
    "whole_number",
]

#: The largest version a record may carry (a signed 32-bit integer, the database column type).
MAX_VERSION: Final = 2_147_483_647

Pid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
        min_length=36,
        max_length=36,
    ),
    Field(
        description="Pseudonymous id: a random lower-case UUID4, never the entity's own id.",
        examples=["0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1f"],
    ),
]
Month = Annotated[
    str,
    StringConstraints(pattern=r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$", min_length=7, max_length=7),
    Field(description="A calendar month, YYYY-MM.", examples=["2019-03"]),
]
IsoWeek = Annotated[
    str,
    StringConstraints(
        pattern=r"^(19|20)[0-9]{2}-W(0[1-9]|[1-4][0-9]|5[0-3])$", min_length=8, max_length=8
    ),
    Field(description="An ISO 8601 week, YYYY-Www.", examples=["2019-W11"]),
]
MunicipalityCode = Annotated[
    str,
    StringConstraints(pattern=r"^GM[0-9]{4}$", min_length=6, max_length=6),
    Field(description="CBS municipality code: GM and four digits.", examples=["GM0153"]),
]


def whole_number(value: object) -> object:
    """Lets ``3.0`` through as ``3``: JSON Schema calls it an integer. Strings, booleans and
    fractions still fail the strict integer check that follows."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


Version = Annotated[
    int,
    Field(ge=1, le=MAX_VERSION, description="Increases on every change of the entity."),
    BeforeValidator(whole_number),
]

RecordKind = Literal["family", "person", "goal", "visit", "assessment", "tombstone"]
HouseholdSizeBand = Literal["1", "2", "3-4", "5+"]
ProgrammeStatus = Literal["intake", "active", "paused", "completed", "withdrawn"]
AgeBand = Literal["0-3", "4-11", "12-17", "18-29", "30-49", "50-64", "65+"]
Gender = Literal["f", "m", "x", "unknown"]
Role = Literal["adult", "child"]
LifeDomain = Literal[
    "language",
    "education",
    "work",
    "entrepreneurship",
    "sport_participation",
    "civic_integration",
    "health",
    "finances",
    "housing",
    "social_network",
    "parenting",
]
GoalStatus = Literal["planned", "started", "achieved", "stopped"]
#: Visit length in minutes: under 30, 30 to 59, 60 to 89, 90 or more.
DurationBand = Literal["<30", "30-59", "60-89", "90+"]
VisitMode = Literal["home", "club", "phone", "video"]
TombstoneReason = Literal["erased", "consent_withdrawn"]
Score = Annotated[
    int,
    Field(ge=1, le=5, description="Self-reliance score, 1 (low) to 5."),
    BeforeValidator(whole_number),
]


class _RecordBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    pid: Pid
    version: Version


class FamilyRecord(_RecordBase):
    """A family's programme participation, without anything that identifies it."""

    kind: Literal["family"]
    municipality_code: MunicipalityCode
    household_size_band: HouseholdSizeBand
    programme_status: ProgrammeStatus
    enrolled_month: Month
    status_month: Month


class PersonRecord(_RecordBase):
    """A member of a family, by age band and role only."""

    kind: Literal["person"]
    family_pid: Pid
    age_band: AgeBand
    gender: Gender
    role: Role


class GoalRecord(_RecordBase):
    """A goal agreed with a family or one of its members."""

    kind: Literal["goal"]
    family_pid: Pid
    person_pid: Pid | None = None
    domain: LifeDomain
    status: GoalStatus
    opened_month: Month
    status_month: Month


class VisitRecord(_RecordBase):
    """A visit that took place, by ISO week, length band and mode."""

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


class TombstoneRecord(_RecordBase):
    """Removes the record with this pid (of any kind) from every summary."""

    kind: Literal["tombstone"]
    reason: TombstoneReason


Record = Annotated[
    FamilyRecord | PersonRecord | GoalRecord | VisitRecord | AssessmentRecord | TombstoneRecord,
    Field(discriminator="kind"),
]
