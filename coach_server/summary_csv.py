"""The summaries as long-format CSV (``table,row,column,value``) for funder reports; a withheld
value reads ``suppressed``."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from coach_protocol import period_summary as v2
from coach_protocol.leader import SUPPRESSED, Indicators, Series, Summary

__all__ = ["period_summary_csv", "summary_csv"]


def _writer() -> tuple[io.StringIO, Any]:
    out = io.StringIO()
    return out, csv.writer(out, lineterminator="\r\n")


def summary_csv(summary: Summary) -> str:
    """The version 1 summary: ``table,row,column,value``."""
    out, writer = _writer()
    writer.writerow(["table", "row", "column", "value"])
    writer.writerow(["period", "from", "", summary.period.from_month])
    writer.writerow(["period", "to", "", summary.period.to_month])
    writer.writerow(["threshold", "", "", summary.threshold])

    def cell(value: object) -> object:
        return "suppressed" if value == SUPPRESSED else value

    def series(name: str, s: Series) -> None:
        for label, value in s.cells.items():
            writer.writerow([name, label, "", cell(value)])
        writer.writerow([name, "total", "", cell(s.total)])

    series("families_by_status", summary.families_by_status)
    series("people_by_status", summary.people_by_status)
    series("visits_per_month", summary.visits_per_month)
    table = summary.goals_by_domain_and_status
    for row, cells in table.rows.items():
        for column, value in cells.items():
            writer.writerow(["goals_by_domain_and_status", row, column, cell(value)])
        writer.writerow(["goals_by_domain_and_status", row, "total", cell(table.row_totals[row])])
    for column, value in table.column_totals.items():
        writer.writerow(["goals_by_domain_and_status", "total", column, cell(value)])
    writer.writerow(["goals_by_domain_and_status", "total", "total", cell(table.total)])
    series("caseload_families", summary.caseload.families)
    series("caseload_visits", summary.caseload.visits)
    series("caseload_families_without_recent_visit", summary.caseload.families_without_recent_visit)
    indicators = summary.indicators
    for name in Indicators.model_fields:
        if name != "self_reliance_change":
            writer.writerow(["indicators", name, "", cell(getattr(indicators, name))])
    for domain, change in indicators.self_reliance_change.items():
        writer.writerow(["self_reliance_change", domain, "subjects", cell(change.subjects)])
        writer.writerow(["self_reliance_change", domain, "mean_change", cell(change.mean_change)])
    return out.getvalue()


def period_summary_csv(summary: v2.PeriodSummary) -> str:
    """The version 2 summary: ``table,row,column,value``; a mean without subjects is empty."""
    out, writer = _writer()

    def cell(value: object) -> object:
        if v2.is_suppressed(value):
            return "suppressed"
        return "" if value is None else value

    def series(name: str, s: v2.Series) -> None:
        for label, value in s.cells.items():
            writer.writerow([name, label, "", cell(value)])
        writer.writerow([name, "total", "", cell(s.total)])

    def by(name: str, column: str, values: Mapping[str, object]) -> None:
        for label, value in values.items():
            writer.writerow([name, label, column, cell(value)])

    writer.writerow(["table", "row", "column", "value"])
    writer.writerow(["period", summary.period.kind, "", summary.period.label])
    writer.writerow(["period", "from", "", summary.period.from_month])
    writer.writerow(["period", "to", "", summary.period.to_month])
    writer.writerow(["threshold", "", "", summary.threshold])
    as_of = summary.data_as_of
    writer.writerow(["data_as_of", "", "", "" if as_of is None else as_of.isoformat()])
    series("families_by_status", summary.families.by_status)
    series("families_by_municipality", summary.families.by_municipality)
    writer.writerow(["families_entered", "total", "", cell(summary.families.entered)])
    writer.writerow(["families_left", "total", "", cell(summary.families.left)])
    series("people_by_status", summary.people_by_status)
    series("visits_per_month", summary.visits_per_month)
    table = summary.goals_by_domain_and_status
    for row, cells in table.rows.items():
        for column, value in cells.items():
            writer.writerow(["goals_by_domain_and_status", row, column, cell(value)])
        writer.writerow(["goals_by_domain_and_status", row, "total", cell(table.row_totals[row])])
    for column, value in table.column_totals.items():
        writer.writerow(["goals_by_domain_and_status", "total", column, cell(value)])
    writer.writerow(["goals_by_domain_and_status", "total", "total", cell(table.total)])
    series("caseload_families", summary.caseload.families)
    series("caseload_visits", summary.caseload.visits)
    series("caseload_families_without_recent_visit", summary.caseload.families_without_recent_visit)
    for name, breakdown in summary.indicators.items():
        writer.writerow([name, "total", "total", cell(breakdown.total)])
        by(name, "gender", breakdown.by_gender)
        by(name, "age_group", breakdown.by_age_group)
        by(name, "municipality", breakdown.by_municipality)
    for domain, change in summary.self_reliance_change.items():
        writer.writerow(["self_reliance_change", domain, "subjects", cell(change.subjects)])
        writer.writerow(["self_reliance_change", domain, "mean_change", cell(change.mean_change)])
    return out.getvalue()
