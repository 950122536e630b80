"""The dashboard's period: a month, a quarter, a year or custom months (inclusive)."""

from __future__ import annotations

from datetime import date
from typing import Literal

__all__ = ["PeriodKind", "month_text", "period_months"]

PeriodKind = Literal["month", "quarter", "year", "custom"]


def month_text(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def period_months(kind: PeriodKind, start: date, end: date) -> tuple[date, date]:
    """First days of the first and the last month: the month, quarter or year that ``start``
    falls in; for ``custom`` the months of ``start`` and ``end`` (swapped if reversed)."""
    first = start.replace(day=1)
    if kind == "month":
        return first, first
    if kind == "quarter":
        q = (start.month - 1) // 3 * 3 + 1
        return date(start.year, q, 1), date(start.year, q + 2, 1)
    if kind == "year":
        return date(start.year, 1, 1), date(start.year, 12, 1)
    last = end.replace(day=1)
    return (first, last) if first <= last else (last, first)
