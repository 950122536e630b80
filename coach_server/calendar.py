"""ISO weeks and months (ISO 8601): which month a week belongs to, which weeks end a month."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

__all__ = ["iso_week_month", "recent_weeks", "thursday"]


def thursday(iso_week: str) -> date:
    """The Thursday of ``YYYY-Www`` (a week 53 that a year lacks rolls into the next year)."""
    year, week = int(iso_week[:4]), int(iso_week[6:])
    jan4 = date(year, 1, 4)
    return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=week - 1, days=3)


@lru_cache(maxsize=4096)
def iso_week_month(iso_week: str) -> str:
    """The month an ISO week belongs to: the month of its Thursday, as ``YYYY-MM`` (the ISO rule
    that assigns a week to a year, applied to months)."""
    return thursday(iso_week).strftime("%Y-%m")


@lru_cache(maxsize=4096)
def recent_weeks(month: int, weeks: int) -> frozenset[str]:
    """The ISO weeks ``YYYY-Www`` of the last day of ``month`` (a month index, year * 12 +
    month - 1) and the ``weeks - 1`` weeks before it: "a visit in the last six weeks" as at the
    end of that month. A week 53 is also given as the next year's week 1, as visits name it."""
    year, number = divmod(month, 12)
    last_day = date(year, number + 1, calendar.monthrange(year, number + 1)[1])
    out = set()
    for back in range(weeks):
        iso = (last_day - timedelta(weeks=back)).isocalendar()
        out.add(f"{iso.year:04d}-W{iso.week:02d}")
        if iso.week == 1 and date(iso.year - 1, 12, 28).isocalendar().week == 52:
            # A week 53 of a year that has none is this week 1 (see :func:`thursday`).
            out.add(f"{iso.year - 1:04d}-W53")
    return frozenset(out)
