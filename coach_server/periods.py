"""The fixed calendar of reporting periods: months, quarters, years and the programme to date.

Summaries are served for these periods only (DESIGN section 7, issue 9): with free ranges, two
overlapping answers give a third by subtraction. Months are ``YYYY-MM`` in the programme's time
zone; a quarter is ``YYYY-Qn`` (January-March is Q1); a year ``YYYY``; the programme to date
``programme`` (from the programme's first month to the current month).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "PeriodError",
    "PeriodKind",
    "Programme",
    "ReportingPeriod",
    "month_index",
    "month_label",
]

PeriodKind = Literal["month", "quarter", "year", "programme"]

_MONTH: Final = re.compile(r"^((?:19|20)[0-9]{2})-(0[1-9]|1[0-2])$")
_QUARTER: Final = re.compile(r"^((?:19|20)[0-9]{2})-Q([1-4])$")
_YEAR: Final = re.compile(r"^((?:19|20)[0-9]{2})$")


class PeriodError(ValueError):
    """A period that is not one of the fixed calendar's; the message says what is allowed."""


def month_index(month: str) -> int:
    """``YYYY-MM`` as a count of months (year * 12 + month - 1), for arithmetic."""
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def month_label(index: int) -> str:
    """The inverse of :func:`month_index`."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True, order=True)
class ReportingPeriod:
    """One fixed period: its months ``first`` to ``last`` (month indices, inclusive)."""

    first: int
    last: int
    kind: PeriodKind
    label: str

    @property
    def from_month(self) -> str:
        return month_label(self.first)

    @property
    def to_month(self) -> str:
        return month_label(self.last)

    def holds(self, month: int) -> bool:
        return self.first <= month <= self.last


@dataclass(frozen=True)
class Programme:
    """The programme's span: ``first`` month to ``current`` month (month indices).

    ``first`` is the earliest month in the data (or the current month when there is none).
    """

    first: int
    current: int

    def __post_init__(self) -> None:
        if self.first > self.current:
            raise ValueError("the programme cannot start after the current month")

    @property
    def to_date(self) -> ReportingPeriod:
        return ReportingPeriod(self.first, self.current, "programme", "programme")

    def periods(self) -> tuple[ReportingPeriod, ...]:
        """Every fixed period of every calendar year of the programme, and the programme to
        date: the linked set that disclosure control protects as a whole."""
        out: list[ReportingPeriod] = []
        for year in range(self.first // 12, self.current // 12 + 1):
            out.append(ReportingPeriod(year * 12, year * 12 + 11, "year", f"{year:04d}"))
            for q in range(4):
                first = year * 12 + 3 * q
                out.append(ReportingPeriod(first, first + 2, "quarter", f"{year:04d}-Q{q + 1}"))
            for m in range(12):
                index = year * 12 + m
                out.append(ReportingPeriod(index, index, "month", month_label(index)))
        out.append(self.to_date)
        return tuple(out)

    def parse(self, text: str) -> ReportingPeriod:
        """``YYYY-MM``, ``YYYY-Qn``, ``YYYY`` or ``programme``; :class:`PeriodError` otherwise
        or when the period lies outside the programme's years."""
        text = text.strip()
        if text == "programme":
            return self.to_date
        if match := _MONTH.match(text):
            index = month_index(text)
            period = ReportingPeriod(index, index, "month", text)
        elif match := _QUARTER.match(text):
            first = int(match[1]) * 12 + 3 * (int(match[2]) - 1)
            period = ReportingPeriod(first, first + 2, "quarter", text)
        elif match := _YEAR.match(text):
            first = int(match[1]) * 12
            period = ReportingPeriod(first, first + 11, "year", text)
        else:
            raise PeriodError(
                "a period is a month (YYYY-MM), a quarter (YYYY-Qn), a year (YYYY) or "
                "'programme' (the programme to date)"
            )
        return self._within(period)

    def from_range(self, from_month: str, to_month: str) -> ReportingPeriod:
        """The fixed period that spans exactly ``from_month`` to ``to_month``, or
        :class:`PeriodError` (any other range is refused)."""
        first, last = month_index(from_month), month_index(to_month)
        if (first, last) == (self.first, self.current):
            return self.to_date
        if first == last:
            return self._within(ReportingPeriod(first, last, "month", from_month))
        if last - first == 2 and first % 3 == 0:
            label = f"{first // 12:04d}-Q{first % 12 // 3 + 1}"
            return self._within(ReportingPeriod(first, last, "quarter", label))
        if last - first == 11 and first % 12 == 0:
            return self._within(ReportingPeriod(first, last, "year", f"{first // 12:04d}"))
        raise PeriodError(
            f"{from_month} to {to_month} is not a fixed period: ask for a month, a calendar "
            f"quarter, a calendar year or the programme to date ({month_label(self.first)} to "
            f"{month_label(self.current)})"
        )

    def _within(self, period: ReportingPeriod) -> ReportingPeriod:
        first_year, last_year = self.first // 12, self.current // 12
        if not first_year <= period.first // 12 <= last_year:
            raise PeriodError(
                f"{period.label} lies outside the programme's years "
                f"({first_year:04d} to {last_year:04d})"
            )
        return period
