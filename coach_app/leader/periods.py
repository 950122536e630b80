"""The fixed reporting periods a leader chooses from: months, quarters, years (calendar) and
the programme to date.

Periods come from a fixed calendar (issue 9: the server serves no other ranges), so a period is a
kind and its first month; its last month follows (for the programme to date: the current
month). Each has the server's name for it, :attr:`Period.key` (``2019-03``, ``2019-Q1``,
``2019``, ``programme``). No period after the current one is offered, and none before
:data:`EARLIEST_YEAR` (or the programme's first year, once the server has said it). Typed months
are read leniently (:func:`parse_month`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

__all__ = [
    "EARLIEST_YEAR",
    "KINDS",
    "MonthNotUnderstood",
    "Period",
    "PeriodKind",
    "current_period",
    "parse_month",
    "periods",
]

PeriodKind = Literal["month", "quarter", "year", "programme"]
KINDS: Final[tuple[PeriodKind, ...]] = ("month", "quarter", "year", "programme")
#: The first year offered (the programme's records start in 2018; a margin for older data).
EARLIEST_YEAR: Final = 2010
_LENGTH: Final[dict[PeriodKind, int]] = {"month": 1, "quarter": 3, "year": 12}


@dataclass(frozen=True, order=True)
class Period:
    """A calendar month, quarter or year, or the programme to date: ``first`` is the first day
    of its first month; ``until`` the first day of the last month of the programme to date."""

    first: date
    kind: PeriodKind
    until: date | None = None

    def __post_init__(self) -> None:
        if self.kind == "programme" and self.until is None:
            raise ValueError("the programme to date needs its last month")
        if self.first.day != 1:
            raise ValueError("a period starts on the first day of a month")
        if self.kind == "quarter" and (self.first.month - 1) % 3:
            raise ValueError("a quarter starts in January, April, July or October")
        if self.kind == "year" and self.first.month != 1:
            raise ValueError("a year starts in January")

    @property
    def last(self) -> date:
        """The first day of the period's last month."""
        if self.until is not None:
            return self.until
        months = self.first.year * 12 + self.first.month - 1 + _LENGTH[self.kind] - 1
        return date(months // 12, months % 12 + 1, 1)

    @property
    def key(self) -> str:
        """The server's name of the period: ``2019-03``, ``2019-Q1``, ``2019``, ``programme``."""
        if self.kind == "programme":
            return "programme"
        if self.kind == "year":
            return f"{self.first.year:04d}"
        if self.kind == "quarter":
            return f"{self.first.year:04d}-Q{self.quarter}"
        return self.from_month

    @property
    def from_month(self) -> str:
        return f"{self.first.year:04d}-{self.first.month:02d}"

    @property
    def to_month(self) -> str:
        return f"{self.last.year:04d}-{self.last.month:02d}"

    @property
    def quarter(self) -> int:
        return (self.first.month - 1) // 3 + 1

    def months(self) -> list[str]:
        """Its months as ``YYYY-MM``, in order."""
        first = self.first.year * 12 + self.first.month - 1
        last = self.last.year * 12 + self.last.month - 1
        return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(first, last + 1)]

    def previous(self) -> Period:
        if self.kind == "programme":
            raise ValueError("the programme to date has no previous period")
        months = self.first.year * 12 + self.first.month - 1 - _LENGTH[self.kind]
        return Period(date(months // 12, months % 12 + 1, 1), self.kind)

    def contains(self, day: date) -> bool:
        return self.first <= day.replace(day=1) <= self.last


def current_period(
    kind: PeriodKind, today: date, programme_start: date = date(EARLIEST_YEAR, 1, 1)
) -> Period:
    """The month, quarter or year that ``today`` falls in, or the programme up to its month."""
    if kind == "programme":
        return Period(programme_start.replace(day=1), kind, until=today.replace(day=1))
    if kind == "month":
        return Period(today.replace(day=1), kind)
    if kind == "quarter":
        return Period(date(today.year, (today.month - 1) // 3 * 3 + 1, 1), kind)
    return Period(date(today.year, 1, 1), kind)


def periods(kind: PeriodKind, today: date, earliest_year: int = EARLIEST_YEAR) -> list[Period]:
    """Every period of ``kind`` from the current one back to ``earliest_year``, newest first.

    The current period is included (its figures so far); later ones never are. The programme to
    date is one period.
    """
    if kind == "programme":
        return [current_period(kind, today, date(earliest_year, 1, 1))]
    out = []
    period = current_period(kind, today)
    while period.first.year >= earliest_year:
        out.append(period)
        period = period.previous()
    return out


class MonthNotUnderstood(ValueError):
    """The text is not a month; the message says so in plain words (English; the UI words it)."""


def _fold(text: str) -> str:
    """Lower case without accents and dots: "Mär." and "mar" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(".", "")


def parse_month(text: str, month_names: Iterable[Sequence[str]] = ()) -> date:
    """The first day of the month ``text`` names.

    Understood: ``2019-03``, ``2019/3``, ``03-2019``, ``3/2019``, ``3.2019``, ``032019``, and a
    month's name or abbreviation with a year in either order (``maart 2019``, ``Mar 2019``,
    ``2019 mart``), for each list of twelve names in ``month_names`` (the UI passes its
    languages' long and short names). Raises :class:`MonthNotUnderstood` otherwise.
    """
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    if not cleaned:
        raise MonthNotUnderstood("no month was typed")
    numbers = re.fullmatch(r"(\d{4})\s*[-/.\s]\s*(\d{1,2})|(\d{1,2})\s*[-/.\s]\s*(\d{4})", cleaned)
    if numbers:
        year = int(numbers.group(1) or numbers.group(4))
        month = int(numbers.group(2) or numbers.group(3))
        return _month(year, month, text)
    compact = re.fullmatch(r"(\d{2})(\d{4})", cleaned)
    if compact:
        return _month(int(compact.group(2)), int(compact.group(1)), text)
    named = re.fullmatch(r"(\d{4})\s*([^\d\s]+)|([^\d\s]+)\s*'?\s*(\d{4})", cleaned)
    if named:
        word = _fold(named.group(2) or named.group(3))
        year = int(named.group(1) or named.group(4))
        for names in month_names:
            folded = [_fold(n) for n in names]
            matches = {i for i, name in enumerate(folded) if name == word}
            if not matches and len(word) >= 3:
                matches = {i for i, name in enumerate(folded) if name.startswith(word)}
            if len(matches) == 1:
                return _month(year, matches.pop() + 1, text)
    raise MonthNotUnderstood(f"{text!r} is not a month")


def _month(year: int, month: int, text: str) -> date:
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        raise MonthNotUnderstood(f"{text!r} is not a month")
    return date(year, month, 1)
