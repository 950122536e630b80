"""The leader API's answers as frozen pydantic models (the client's reading of the server).

They mirror the server's response schemas field by field; the server's own models live in
``coach_server.schemas``, which the desktop app must not import. Unknown fields are ignored so
that a newer server with extra fields still works; missing or mistyped fields are an error.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SUPPRESSED",
    "Caseload",
    "Count",
    "Device",
    "EnrolmentCode",
    "Indicators",
    "Login",
    "Period",
    "SelfRelianceChange",
    "Series",
    "Summary",
    "Suppressed",
    "Table",
    "is_suppressed",
]


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


class Suppressed(_Answer):
    """A value withheld by the server's small-cell suppression (``{"suppressed": true}``)."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    suppressed: Literal[True] = True


SUPPRESSED = Suppressed()

Count = Annotated[int | Suppressed, Field(union_mode="left_to_right")]


def is_suppressed(value: object) -> bool:
    return isinstance(value, Suppressed)


class Series(_Answer):
    cells: dict[str, Count]
    total: Count


class Table(_Answer):
    rows: dict[str, dict[str, Count]]
    row_totals: dict[str, Count]
    column_totals: dict[str, Count]
    total: Count


class Caseload(_Answer):
    families: Series
    visits: Series
    families_without_recent_visit: Series


class SelfRelianceChange(_Answer):
    subjects: Count
    mean_change: Annotated[float | Suppressed, Field(union_mode="left_to_right")]


class Indicators(_Answer):
    adults_language_or_education_goal: Count
    people_work_or_entrepreneurship_achieved: Count
    people_sport_participation_goal: Count
    families_active: Count
    families_completed: Count
    families_withdrawn: Count
    visits_held: Count
    self_reliance_change: dict[str, SelfRelianceChange]


#: The single-count indicators, in the order of docs/indicators.md.
COUNT_INDICATORS: tuple[str, ...] = (
    "adults_language_or_education_goal",
    "people_work_or_entrepreneurship_achieved",
    "people_sport_participation_goal",
    "families_active",
    "families_completed",
    "families_withdrawn",
    "visits_held",
)


class Period(_Answer):
    from_month: str
    to_month: str


class Summary(_Answer):
    """Aggregates for a period; every count may be :data:`SUPPRESSED`."""

    period: Period
    threshold: int
    generated_at: datetime
    families_by_status: Series
    people_by_status: Series
    visits_per_month: Series
    goals_by_domain_and_status: Table
    caseload: Caseload
    indicators: Indicators


class Login(_Answer):
    access_token: str
    expires_at: datetime


class EnrolmentCode(_Answer):
    code: str
    coach_name: str
    expires_at: datetime


class Device(_Answer):
    device_id: str
    coach_name: str
    enrolled_at: datetime
    last_sync_at: datetime | None
    revoked_at: datetime | None
