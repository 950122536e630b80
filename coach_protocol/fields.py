"""The constrained field types that anonymised records are made of (every protocol version).

Each type is a UUID4, a month, an ISO week, a bounded integer or a value from a closed list, so
no record can carry free text. Patterns are anchored and length-bounded; integers are bounded on
both sides. docs/protocol.md lists every field of every record kind.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal, get_args

from pydantic import BeforeValidator, Field, StringConstraints

__all__ = [
    "AGE_BANDS",
    "CEFR_LEVELS",
    "GOAL_STATUSES",
    "ISO_WEEK_PATTERN",
    "LIFE_DOMAINS",
    "MAX_VERSION",
    "MONTH_PATTERN",
    "MUNICIPALITY_CODE_PATTERN",
    "PID_PATTERN",
    "PROGRAMME_STATUSES",
    "AgeBand",
    "CefrLevel",
    "DurationBand",
    "Gender",
    "GoalStatus",
    "HouseholdSizeBand",
    "IsoWeek",
    "LifeDomain",
    "Month",
    "MunicipalityCode",
    "Pid",
    "ProgrammeStatus",
    "Role",
    "Score",
    "StatusSubjectKind",
    "Version",
    "VisitMode",
    "whole_number",
]

#: The largest version a record may carry (a signed 32-bit integer, the database column type).
MAX_VERSION: Final = 2_147_483_647

PID_PATTERN: Final = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
MONTH_PATTERN: Final = r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$"
ISO_WEEK_PATTERN: Final = r"^(19|20)[0-9]{2}-W(0[1-9]|[1-4][0-9]|5[0-3])$"
MUNICIPALITY_CODE_PATTERN: Final = r"^GM[0-9]{4}$"

Pid = Annotated[
    str,
    StringConstraints(pattern=PID_PATTERN, min_length=36, max_length=36),
    Field(
        description="Pseudonymous id: a random lower-case UUID4, never the entity's own id.",
        examples=["0b6f4c1e-8f2a-4d3b-9c1e-2a4b6c8d0e1f"],
    ),
]
Month = Annotated[
    str,
    StringConstraints(pattern=MONTH_PATTERN, min_length=7, max_length=7),
    Field(
        description="A calendar month, YYYY-MM, in the programme's time zone.",
        examples=["2019-03"],
    ),
]
IsoWeek = Annotated[
    str,
    StringConstraints(pattern=ISO_WEEK_PATTERN, min_length=8, max_length=8),
    Field(
        description="An ISO 8601 week, YYYY-Www, in the programme's time zone.",
        examples=["2019-W11"],
    ),
]
MunicipalityCode = Annotated[
    str,
    StringConstraints(pattern=MUNICIPALITY_CODE_PATTERN, min_length=6, max_length=6),
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
Score = Annotated[
    int,
    Field(ge=1, le=5, description="Self-reliance score, 1 (low) to 5."),
    BeforeValidator(whole_number),
]

HouseholdSizeBand = Literal["1", "2", "3-4", "5+"]
ProgrammeStatus = Literal["intake", "active", "paused", "completed", "withdrawn"]
GoalStatus = Literal["planned", "started", "achieved", "stopped"]
#: Age in whole years on the day of the event a record carries (protocol version 2). Finer than
#: version 1's bands (which had 50-64) so that funders' groups (under 18, 18-59, 60 and over)
#: can be formed from them.
AgeBand = Literal["0-3", "4-11", "12-17", "18-29", "30-49", "50-59", "60-64", "65+"]
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
#: Visit length in minutes: under 30, 30 to 59, 60 to 89, 90 or more.
DurationBand = Literal["<30", "30-59", "60-89", "90+"]
VisitMode = Literal["home", "club", "phone", "video"]
#: A level of the Common European Framework of Reference for Languages (Council of Europe,
#: 2001), lowest first; ``below_a1`` is a learner not yet at A1.
CefrLevel = Literal["below_a1", "a1", "a2", "b1", "b2", "c1", "c2"]
#: What a status change is about: a goal (goal statuses) or a family (programme statuses).
StatusSubjectKind = Literal["goal", "family"]

AGE_BANDS: Final[tuple[str, ...]] = get_args(AgeBand)
CEFR_LEVELS: Final[tuple[str, ...]] = get_args(CefrLevel)
GOAL_STATUSES: Final[tuple[str, ...]] = get_args(GoalStatus)
LIFE_DOMAINS: Final[tuple[str, ...]] = get_args(LifeDomain)
PROGRAMME_STATUSES: Final[tuple[str, ...]] = get_args(ProgrammeStatus)
