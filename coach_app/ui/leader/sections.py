"""The summary as sections (a table and a chart each), shared by the dashboard and the report.

Each cell keeps its raw value (a count, a mean, or SUPPRESSED) and its path in the server's JSON
so tests can hold every number on screen against the server's answer. Labels are translated by
the :class:`~coach_app.ui.leader.texts.Texts` given, so the same code serves the window's
language and a report's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP

from coach_app.leader import COUNT_INDICATORS, Series, Summary, Suppressed
from coach_app.ui.leader.texts import Texts

__all__ = ["SECTION_TITLES", "Cell", "ChartSpec", "Row", "Section", "sections"]

Value = int | float | Suppressed


@dataclass(frozen=True)
class Cell:
    value: Value
    path: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]
    is_total: bool = False


@dataclass(frozen=True)
class ChartSpec:
    """Bars per category; a value of None is withheld and left out (a gap).

    ``columns``: vertical bars stacked per category (one set per stacked part).
    ``categories`` are plain text (never markup); ``axis_title`` names the category axis (for
    months of one year: the year, the bars reading "jan", "feb", ...). ``means``: the values are
    means (decimals, maybe negative) rather than counts (whole numbers from 0)."""

    kind: Literal["bar", "stacked", "horizontal", "columns"]
    categories: tuple[str, ...]
    sets: tuple[tuple[str, tuple[float | None, ...]], ...]
    axis_title: str = ""
    means: bool = False


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    chart: ChartSpec | None


STATUSES: dict[str, str] = cast(
    dict[str, str],
    {
        "intake": QT_TRANSLATE_NOOP("Labels", "Intake"),
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "paused": QT_TRANSLATE_NOOP("Labels", "Paused"),
        "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
)
GOAL_STATUSES: dict[str, str] = cast(
    dict[str, str],
    {
        "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
        "started": QT_TRANSLATE_NOOP("Labels", "Started"),
        "achieved": QT_TRANSLATE_NOOP("Labels", "Achieved"),
        "stopped": QT_TRANSLATE_NOOP("Labels", "Stopped"),
    },
)
DOMAINS: dict[str, str] = cast(
    dict[str, str],
    {
        "language": QT_TRANSLATE_NOOP("Labels", "Language"),
        "education": QT_TRANSLATE_NOOP("Labels", "Education"),
        "work": QT_TRANSLATE_NOOP("Labels", "Work"),
        "entrepreneurship": QT_TRANSLATE_NOOP("Labels", "Entrepreneurship"),
        "sport_participation": QT_TRANSLATE_NOOP("Labels", "Sport and participation"),
        "civic_integration": QT_TRANSLATE_NOOP("Labels", "Civic integration"),
        "health": QT_TRANSLATE_NOOP("Labels", "Health"),
        "finances": QT_TRANSLATE_NOOP("Labels", "Finances"),
        "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
        "social_network": QT_TRANSLATE_NOOP("Labels", "Social network"),
        "parenting": QT_TRANSLATE_NOOP("Labels", "Parenting"),
    },
)
INDICATORS: dict[str, str] = cast(
    dict[str, str],
    {
        "adults_language_or_education_goal": QT_TRANSLATE_NOOP(
            "LeaderSummary", "Adults working on a language or education goal"
        ),
        "people_work_or_entrepreneurship_achieved": QT_TRANSLATE_NOOP(
            "LeaderSummary", "People who achieved a work or entrepreneurship goal"
        ),
        "people_sport_participation_goal": QT_TRANSLATE_NOOP(
            "LeaderSummary", "People working on a sport and participation goal"
        ),
        "families_active": QT_TRANSLATE_NOOP("LeaderSummary", "Active families"),
        "families_completed": QT_TRANSLATE_NOOP("LeaderSummary", "Families that completed"),
        "families_withdrawn": QT_TRANSLATE_NOOP("LeaderSummary", "Families that withdrew"),
        "visits_held": QT_TRANSLATE_NOOP("LeaderSummary", "Visits held"),
    },
)
_TOTAL = str(QT_TRANSLATE_NOOP("LeaderSummary", "Total"))
#: Each section's title (context "LeaderSummary"), also before its figures have arrived.
SECTION_TITLES: dict[str, str] = cast(
    dict[str, str],
    {
        "status": QT_TRANSLATE_NOOP("LeaderSummary", "Families and people by programme status"),
        "status_over_time": QT_TRANSLATE_NOOP(
            "LeaderSummary", "Families by programme status, month by month"
        ),
        "visits": QT_TRANSLATE_NOOP("LeaderSummary", "Visits per month"),
        "goals": QT_TRANSLATE_NOOP("LeaderSummary", "Goals by life domain and status"),
        "indicators": QT_TRANSLATE_NOOP("LeaderSummary", "Funder indicators"),
        "self_reliance": QT_TRANSLATE_NOOP(
            "LeaderSummary", "Change in self-reliance by life domain"
        ),
        "caseload": QT_TRANSLATE_NOOP("LeaderSummary", "Caseload per coach"),
    },
)


def _label(texts: Texts, table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return (
        texts.translate("Labels" if table is not INDICATORS else "LeaderSummary", source)
        if source
        else key
    )


def _chart_value(value: Value) -> float | None:
    return None if isinstance(value, Suppressed) else float(value)


def sections(summary: Summary, texts: Texts) -> tuple[Section, ...]:
    """The dashboard's and the report's sections, in reading order."""
    total = texts.translate("LeaderSummary", _TOTAL)
    return (
        _status_section(summary, texts, total),
        _visits_section(summary, texts, total),
        _goals_section(summary, texts, total),
        _indicator_section(summary, texts),
        _self_reliance_section(summary, texts),
        _caseload_section(summary, texts, total),
    )


def _status_section(summary: Summary, texts: Texts, total: str) -> Section:
    fam, ppl = summary.families_by_status, summary.people_by_status
    rows = [
        Row(
            _label(texts, STATUSES, key),
            (
                Cell(fam.cells[key], ("families_by_status", "cells", key)),
                Cell(ppl.cells[key], ("people_by_status", "cells", key)),
            ),
        )
        for key in fam.cells
    ]
    rows.append(
        Row(
            total,
            (
                Cell(fam.total, ("families_by_status", "total")),
                Cell(ppl.total, ("people_by_status", "total")),
            ),
            is_total=True,
        )
    )
    families = texts.translate("LeaderSummary", "Families")
    people = texts.translate("LeaderSummary", "People")
    return Section(
        "status",
        texts.translate("LeaderSummary", "Families and people by programme status"),
        (families, people),
        tuple(rows),
        ChartSpec(
            "bar",
            tuple(_label(texts, STATUSES, k) for k in fam.cells),
            (
                (families, tuple(_chart_value(v) for v in fam.cells.values())),
                (people, tuple(_chart_value(v) for v in ppl.cells.values())),
            ),
        ),
    )


def _visits_section(summary: Summary, texts: Texts, total: str) -> Section:
    series = summary.visits_per_month
    rows = [
        Row(texts.month(m), (Cell(v, ("visits_per_month", "cells", m)),))
        for m, v in series.cells.items()
    ]
    rows.append(Row(total, (Cell(series.total, ("visits_per_month", "total")),), is_total=True))
    visits = texts.translate("LeaderSummary", "Visits")
    labels, year = texts.month_axis(tuple(series.cells))
    return Section(
        "visits",
        texts.translate("LeaderSummary", "Visits per month"),
        (visits,),
        tuple(rows),
        ChartSpec(
            "bar",
            labels,
            ((visits, tuple(_chart_value(v) for v in series.cells.values())),),
            axis_title=year,
        ),
    )


def _goals_section(summary: Summary, texts: Texts, total: str) -> Section:
    table = summary.goals_by_domain_and_status
    statuses = list(table.column_totals)
    path = "goals_by_domain_and_status"
    rows = [
        Row(
            _label(texts, DOMAINS, domain),
            (
                *(Cell(cells[s], (path, "rows", domain, s)) for s in statuses),
                Cell(table.row_totals[domain], (path, "row_totals", domain)),
            ),
        )
        for domain, cells in table.rows.items()
    ]
    rows.append(
        Row(
            total,
            (
                *(Cell(table.column_totals[s], (path, "column_totals", s)) for s in statuses),
                Cell(table.total, (path, "total")),
            ),
            is_total=True,
        )
    )
    return Section(
        "goals",
        texts.translate("LeaderSummary", "Goals by life domain and status"),
        (*(_label(texts, GOAL_STATUSES, s) for s in statuses), total),
        tuple(rows),
        ChartSpec(
            "horizontal",
            tuple(_label(texts, DOMAINS, d) for d in table.rows),
            tuple(
                (
                    _label(texts, GOAL_STATUSES, s),
                    tuple(_chart_value(cells[s]) for cells in table.rows.values()),
                )
                for s in statuses
            ),
        ),
    )


def _indicator_section(summary: Summary, texts: Texts) -> Section:
    ind = summary.indicators
    rows = tuple(
        Row(_label(texts, INDICATORS, name), (Cell(getattr(ind, name), ("indicators", name)),))
        for name in COUNT_INDICATORS
    )
    value = texts.translate("LeaderSummary", "Number")
    return Section(
        "indicators",
        texts.translate("LeaderSummary", "Funder indicators"),
        (value,),
        rows,
        ChartSpec(
            "horizontal",
            tuple(r.label for r in rows),
            ((value, tuple(_chart_value(r.cells[0].value) for r in rows)),),
        ),
    )


def _self_reliance_section(summary: Summary, texts: Texts) -> Section:
    changes = summary.indicators.self_reliance_change
    path = ("indicators", "self_reliance_change")
    rows = tuple(
        Row(
            _label(texts, DOMAINS, domain),
            (
                Cell(change.subjects, (*path, domain, "subjects")),
                Cell(change.mean_change, (*path, domain, "mean_change")),
            ),
        )
        for domain, change in changes.items()
    )
    mean = texts.translate("LeaderSummary", "Mean change")
    shown = [r for r in rows if r.cells[0].value != 0]
    return Section(
        "self_reliance",
        texts.translate("LeaderSummary", "Change in self-reliance by life domain"),
        (texts.translate("LeaderSummary", "Assessed"), mean),
        rows,
        ChartSpec(
            "horizontal",
            tuple(r.label for r in shown),
            ((mean, tuple(_chart_value(r.cells[1].value) for r in shown)),),
            means=True,
        )
        if shown
        else None,
    )


def _caseload_section(summary: Summary, texts: Texts, total: str) -> Section:
    caseload = summary.caseload
    measures: tuple[tuple[str, str, Series], ...] = (
        ("families", texts.translate("LeaderSummary", "Families"), caseload.families),
        ("visits", texts.translate("LeaderSummary", "Visits in the period"), caseload.visits),
        (
            "families_without_recent_visit",
            texts.translate("LeaderSummary", "Not visited in 6 weeks"),
            caseload.families_without_recent_visit,
        ),
    )
    coaches = list(caseload.families.cells)
    rows = [
        Row(
            coach,
            tuple(
                Cell(s.cells[coach], ("caseload", key, "cells", coach)) for key, _, s in measures
            ),
        )
        for coach in coaches
    ]
    rows.append(
        Row(
            total,
            tuple(Cell(s.total, ("caseload", key, "total")) for key, _, s in measures),
            is_total=True,
        )
    )
    return Section(
        "caseload",
        texts.translate("LeaderSummary", "Caseload per coach"),
        tuple(name for _, name, _ in measures),
        tuple(rows),
        ChartSpec(
            "bar",
            tuple(coaches),
            tuple(
                (name, tuple(_chart_value(s.cells[c]) for c in coaches)) for _, name, s in measures
            ),
        ),
    )
