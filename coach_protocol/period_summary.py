"""The leader summary for one fixed period (``GET /api/v2/summary``): one definition for the
server, which builds it, and leader mode, which reads it.

Field by field (definitions: docs/indicators.md):

- ``period``: the fixed period served: ``kind`` (month, quarter, year, programme), ``label``
  (``2019-03``, ``2019-Q1``, ``2019``, ``programme``), ``from_month`` and ``to_month``.
- ``programme``: the programme's span, ``from_month`` (first month with data) to ``to_month``
  (the current month in the programme's time zone): the periods that may be asked for.
- ``threshold``: counts from 1 to threshold - 1 are withheld; further counts are withheld so
  that no withheld count can be narrowed below a range of that width from everything served
  for every period.
- ``generated_at``: when the answer was made (UTC).
- ``data_as_of``: when the newest record these figures include was received (UTC); null when
  no record was ever received.
- ``pending``: newer records were received and are being included (the figures of a large
  programme take minutes to protect); these figures are the newest already protected. Only
  with ``wait=false``; ask again later for the newest.
- ``families``: ``by_status`` (families in the programme at some time in the period, by their
  status at its end, with the total), ``by_municipality`` (the same families by CBS code;
  municipalities with fewer than 10 families in the programme are ``other``), ``entered`` and
  ``left`` (single counts).
- ``people_by_status``: people of those families by their family's status at the end.
- ``visits_per_month``: visits held in each month of the period, with the total.
- ``goals_by_domain_and_status``: goals open at some time in the period, domain by status at
  its end, with row, column and grand totals.
- ``caseload``: per coach (name given at enrolment) with totals: ``families`` (as in
  ``families``), ``visits`` (held in the period), ``families_without_recent_visit`` (open at
  the end of the period and without a visit in the six ISO weeks up to its last day).
- ``indicators``: the funder indicators by name (``adults_started_language_or_education``,
  ``adults_started_language_or_education_ever``, ``people_started_entrepreneurship``,
  ``people_achieved_entrepreneurship``, ``people_started_sport``, ``adults_dutch_level_rose``),
  each a :class:`Breakdown`: ``total``, ``by_gender`` (f, m, x, unknown), ``by_age_group`` (the
  server's reporting groups, default ``0-17``, ``18-59``, ``60+``, and ``unknown``) and
  ``by_municipality``; each breakdown adds up to ``total``. For a month the breakdowns are
  empty (totals only: a month's breakdowns are almost all too small to show).
- ``self_reliance_change``: per life domain, ``subjects`` (people or families with at least two
  assessments in the domain in the period) and ``mean_change`` (mean of last minus first score;
  withheld unless ``subjects`` is shown and at least the threshold; null without subjects).

Every count is an integer or ``{"suppressed": true}``. Models ignore unknown fields when read,
so a newer server with more fields still works for an older leader app.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from coach_protocol.leader import (
    SUPPRESSED,
    Caseload,
    Count,
    Series,
    Suppressed,
    Table,
    is_suppressed,
)

__all__ = [
    "SUPPRESSED",
    "Breakdown",
    "Caseload",
    "Count",
    "Families",
    "MeanChange",
    "PeriodOut",
    "PeriodSummary",
    "ProgrammeSpan",
    "Series",
    "Suppressed",
    "Table",
    "is_suppressed",
]


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


class Breakdown(_Answer):
    """One people indicator: its total and the same people by gender, age group, municipality."""

    total: Count
    by_gender: dict[str, Count]
    by_age_group: dict[str, Count]
    by_municipality: dict[str, Count]


class Families(_Answer):
    by_status: Series
    by_municipality: Series
    entered: Count
    left: Count


class MeanChange(_Answer):
    """Self-reliance change in one domain; the mean is null when there are no subjects."""

    subjects: Count
    mean_change: Annotated[float | Suppressed | None, Field(union_mode="left_to_right")]


class PeriodOut(_Answer):
    kind: Literal["month", "quarter", "year", "programme"]
    label: str = Field(examples=["2019-Q1"])
    from_month: str = Field(examples=["2019-01"])
    to_month: str = Field(examples=["2019-03"])


class ProgrammeSpan(_Answer):
    from_month: str
    to_month: str


class PeriodSummary(_Answer):
    """Aggregates for one fixed period; never record-level data."""

    period: PeriodOut
    programme: ProgrammeSpan
    threshold: int = Field(ge=5)
    generated_at: datetime
    data_as_of: datetime | None = None
    pending: bool = False
    families: Families
    people_by_status: Series
    visits_per_month: Series
    goals_by_domain_and_status: Table
    caseload: Caseload
    indicators: dict[str, Breakdown]
    self_reliance_change: dict[str, MeanChange]
