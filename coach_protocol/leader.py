"""Request and response bodies of the leader API, shared by the server and leader mode.

One definition of the wire: the server answers with these models and the desktop app's leader
mode reads its answers with the same ones, so they cannot drift apart. Request bodies (what the
server validates) refuse unknown fields; response bodies (what the app validates) ignore them,
so an older app keeps working with a newer server that adds a field. Missing or mistyped fields
are an error on both sides. The device API's bodies are in :mod:`coach_protocol.messages`; the
error shape of both APIs is :class:`coach_protocol.errors.ErrorBody`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from coach_protocol.fields import Pid, whole_number

__all__ = [
    "COUNT_INDICATORS",
    "SUPPRESSED",
    "Caseload",
    "Count",
    "DeviceInfo",
    "EnrolmentCodeRequest",
    "EnrolmentCodeResponse",
    "Indicators",
    "LoginRequest",
    "LoginResponse",
    "Period",
    "SelfRelianceChange",
    "Series",
    "Summary",
    "Suppressed",
    "Table",
    "is_suppressed",
]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


class Suppressed(_Response):
    """A value withheld by small-cell suppression: a count from 1 to threshold - 1, or a value
    hidden so that a withheld count cannot be computed from the others."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"suppressed": True}]}
    )

    suppressed: Literal[True] = True


SUPPRESSED = Suppressed()

Count = Annotated[
    int | Suppressed,
    Field(
        description='A count (>= 0), or {"suppressed": true} when it is withheld.',
        union_mode="left_to_right",
    ),
]


def is_suppressed(value: object) -> bool:
    """Whether a count or mean is withheld."""
    return isinstance(value, Suppressed)


class Series(_Response):
    """Counts per category with their total; suppression protects each cell against the total."""

    cells: dict[str, Count]
    total: Count


class Table(_Response):
    """A two-way table (rows by columns) with row totals, column totals and a grand total."""

    rows: dict[str, dict[str, Count]]
    row_totals: dict[str, Count]
    column_totals: dict[str, Count]
    total: Count


class Caseload(_Response):
    """Per coach (by the name given at enrolment): each measure is a series over coaches."""

    families: Series
    visits: Series
    families_without_recent_visit: Series = Field(
        description="Families open at the end of the period (intake, active, paused) without a "
        "visit in the ISO week of its last day or the five before it."
    )


class SelfRelianceChange(_Response):
    subjects: Count = Field(description="Subjects with at least two assessments in the domain.")
    mean_change: float | Suppressed = Field(
        union_mode="left_to_right",
        description="Mean of (last score - first score); withheld when subjects < threshold.",
    )


class Indicators(_Response):
    """Funder indicators; docs/indicators.md defines each one."""

    adults_language_or_education_goal: Count
    people_work_or_entrepreneurship_achieved: Count
    people_sport_participation_goal: Count
    families_active: Count
    families_completed: Count
    families_withdrawn: Count
    visits_held: Count
    self_reliance_change: dict[str, SelfRelianceChange]


#: The single-count indicators, in the order of docs/indicators.md.
COUNT_INDICATORS: Final[tuple[str, ...]] = (
    "adults_language_or_education_goal",
    "people_work_or_entrepreneurship_achieved",
    "people_sport_participation_goal",
    "families_active",
    "families_completed",
    "families_withdrawn",
    "visits_held",
)


class Period(_Response):
    from_month: str = Field(examples=["2019-01"])
    to_month: str = Field(examples=["2019-12"])


class Summary(_Response):
    """Aggregates of the latest state of every live record; never record-level data."""

    period: Period
    threshold: int = Field(ge=5, description="Counts from 1 to threshold - 1 are withheld.")
    generated_at: datetime
    families_by_status: Series
    people_by_status: Series
    visits_per_month: Series
    goals_by_domain_and_status: Table
    caseload: Caseload
    indicators: Indicators


Username = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{2,63}$", min_length=3, max_length=64)
]
CoachName = Annotated[
    str,
    StringConstraints(
        min_length=1,
        max_length=100,
        pattern=r"^[^\x00-\x1f\x7f]*[^\x00-\x20\x7f][^\x00-\x1f\x7f]*$",
    ),
]


class LoginRequest(_Request):
    username: Username = Field(examples=["leader"])
    password: str = Field(min_length=1, max_length=1024, examples=["correct horse battery"])


class LoginResponse(_Response):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_at: datetime


class EnrolmentCodeRequest(_Request):
    coach_name: CoachName = Field(examples=["Ayşe Yılmaz"])
    replaces_device_id: Pid | None = Field(
        default=None,
        description=(
            "A device (revoked or not) that the laptop enrolling with this code continues: same "
            "device id, new token, the old token revoked; its records are not counted twice."
        ),
    )
    ttl_hours: Annotated[
        int,
        Field(ge=1, le=168, description="Hours until the code expires."),
        BeforeValidator(whole_number),
    ] = 24


class EnrolmentCodeResponse(_Response):
    code: str = Field(examples=["K7QM-4XZP-9RTA-BC3D"])
    coach_name: str
    expires_at: datetime
    replaces_device_id: str | None = None


class DeviceInfo(_Response):
    """An enrolled laptop as leaders see it: the coach's name, dates and its newest encrypted
    backup on the server (when and how many bytes), nothing else."""

    device_id: str
    coach_name: str
    enrolled_at: datetime
    last_sync_at: datetime | None
    revoked_at: datetime | None
    last_backup_at: datetime | None = Field(
        default=None, description="When the newest complete backup reached the server."
    )
    last_backup_bytes: int | None = Field(
        default=None, ge=0, description="Size of that backup (ciphertext), in bytes."
    )
