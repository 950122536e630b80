"""Families by programme status over time: one one-month summary per month of the period.

A one-month summary (``GET /api/v2/summary?period=2019-03``) counts the families in the
programme at some time in that month by their status at the end of the month, from the dated
history (docs/indicators.md, ``families.by_status``).

Each month's cells keep the server's suppression: a withheld value is a gap in the chart and
"withheld" in the table, never a number.
"""

from __future__ import annotations

from datetime import date

from coach_app.leader import PeriodSummary
from coach_app.ui.leader.sections import STATUSES, Cell, ChartSpec, Row, Section, _chart_value
from coach_app.ui.leader.texts import Texts

__all__ = ["MAX_MONTHS", "MonthlySummaries", "months_between", "over_time_section"]

#: At most this many one-month requests for one view.
MAX_MONTHS = 24

MonthlySummaries = tuple[tuple[str, PeriodSummary], ...]


def months_between(from_month: str, to_month: str) -> list[str]:
    """``YYYY-MM`` months from ``from_month`` to ``to_month`` inclusive (empty if reversed)."""
    year, month = int(from_month[:4]), int(from_month[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= to_month:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_count(from_month: str, to_month: str) -> int:
    start = date(int(from_month[:4]), int(from_month[5:7]), 1)
    end = date(int(to_month[:4]), int(to_month[5:7]), 1)
    return max(0, (end.year - start.year) * 12 + end.month - start.month + 1)


def over_time_section(monthly: MonthlySummaries, texts: Texts) -> Section:
    """Rows are months; columns the families per status, all families, all people.

    A cell's path is ``(month, <path in that month's summary JSON>)``.
    """
    statuses = list(monthly[0][1].families.by_status.cells) if monthly else list(STATUSES)
    rows = []
    for month, summary in monthly:
        fam, ppl = summary.families.by_status, summary.people_by_status
        rows.append(
            Row(
                texts.month(month),
                (
                    *(
                        Cell(fam.cells[s], (month, "families", "by_status", "cells", s))
                        for s in statuses
                    ),
                    Cell(fam.total, (month, "families", "by_status", "total")),
                    Cell(ppl.total, (month, "people_by_status", "total")),
                ),
            )
        )
    labels = tuple(texts.translate("Labels", STATUSES.get(s, s)) for s in statuses)
    columns = (
        *labels,
        texts.translate("LeaderSummary", "All families"),
        texts.translate("LeaderSummary", "All people"),
    )
    categories, year = texts.month_axis(tuple(m for m, _ in monthly))
    chart = ChartSpec(
        "columns",
        categories,
        tuple(
            (
                label,
                tuple(_chart_value(summary.families.by_status.cells[s]) for _, summary in monthly),
            )
            for s, label in zip(statuses, labels, strict=True)
        ),
        axis_title=year,
    )
    return Section(
        "status_over_time",
        texts.translate("LeaderSummary", "Families by programme status, month by month"),
        columns,
        tuple(rows),
        chart if monthly else None,
    )
